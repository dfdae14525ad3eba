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
  function listen(tell) {
    var events = new EventSource("/__insyn/events");
    events.addEventListener("build", function (e) { tell(e.data); check(true); });
  }
  // A browser allows about six connections per host: one event stream per open tab would use them
  // up and stall every further request. So one tab (the holder of a Web Lock) listens and passes
  // each build on to the others; when it closes, another tab takes over.
  if (window.BroadcastChannel && navigator.locks) {
    var channel = new BroadcastChannel("insyn-live");
    channel.onmessage = function () { check(true); };
    navigator.locks.request("insyn-live-events", function () {
      listen(function (data) { channel.postMessage(data); });
      return new Promise(function () {});  // held until this tab goes
    });
  } else {
    listen(function () {});
  }
})();
)JS";

}  // namespace insyn
