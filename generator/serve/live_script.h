#pragma once

namespace insyn {

/// /__insyn/live.js: reloads the page after a good build and shows the diagnostics of a failed one
/// as an overlay (also when a page is opened while the latest build is broken). Only in preview.
inline constexpr const char* kLiveScript = R"JS((function () {
  "use strict";
  var overlay = null;
  function show(text) {
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.id = "insyn-overlay";
      overlay.setAttribute("role", "alert");
      overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.94);" +
        "color:#fff;font:14px/1.45 monospace;padding:2rem;white-space:pre-wrap";
      document.body.appendChild(overlay);
    }
    overlay.textContent = "insyn: the latest build failed; showing the last good build.\n\n" + text;
  }
  function check(reloadWhenOk) {
    fetch("/__insyn/status", { cache: "no-store" }).then(function (r) { return r.json(); }).then(function (s) {
      if (!s.ok) show(s.diagnostics);
      else if (reloadWhenOk) location.reload();
    });
  }
  check(false);
  var events = new EventSource("/__insyn/events");
  events.addEventListener("build", function () { check(true); });
})();
)JS";

}  // namespace insyn
