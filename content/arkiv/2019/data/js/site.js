// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  // Risk register filter: shows the form (hidden without JS) and hides rows that do not match.
  function setUpFilter(form) {
    var rows = Array.prototype.slice.call(document.querySelectorAll("table.risks tbody tr[data-band]"));
    var status = form.querySelector(".filter-status");
    function apply() {
      var want = {};
      ["band", "goal", "process", "manager"].forEach(function (name) {
        want[name] = form.elements[name].value;
      });
      var shown = 0;
      rows.forEach(function (row) {
        var managers = (row.getAttribute("data-manager") || "").split("|");
        var ok = (!want.band || row.getAttribute("data-band") === want.band) &&
          (!want.goal || row.getAttribute("data-goal") === want.goal) &&
          (!want.process || row.getAttribute("data-process") === want.process) &&
          (!want.manager || managers.indexOf(want.manager) >= 0);
        row.hidden = !ok;
        if (ok) shown++;
      });
      // Hide tables, processes and goals that have nothing left to show.
      ["table.risks", "section.process", "section.goal"].forEach(function (selector) {
        document.querySelectorAll(selector).forEach(function (el) {
          el.hidden = !el.querySelector("tbody tr[data-band]:not([hidden])");
        });
      });
      status.textContent = status.getAttribute("data-template")
        .replace("{shown}", String(shown)).replace("{total}", String(rows.length));
    }
    // The filter lives in the address (?band=high&goal=1.1): a filtered view can be shared and
    // bookmarked, and the back button steps through the choices made.
    var names = ["band", "goal", "process", "manager"];
    function fromAddress() {
      var params = new URLSearchParams(window.location.search);
      names.forEach(function (name) {
        var select = form.elements[name], value = params.get(name) || "";
        var known = Array.prototype.some.call(select.options, function (o) { return o.value === value; });
        select.value = known ? value : "";
      });
      apply();
    }
    function toAddress() {
      var params = new URLSearchParams(window.location.search);
      names.forEach(function (name) {
        if (form.elements[name].value) params.set(name, form.elements[name].value);
        else params.delete(name);
      });
      var query = params.toString();
      var url = window.location.pathname + (query ? "?" + query : "");
      if (url === window.location.pathname + window.location.search) return;
      try { window.history.pushState(null, "", url); } catch (e) { /* file:// may refuse: the filter still works */ }
    }
    form.hidden = false;
    form.addEventListener("change", function () { apply(); toAddress(); });
    form.addEventListener("reset", function () { setTimeout(function () { apply(); toAddress(); }, 0); });
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    window.addEventListener("popstate", fromAddress);
    fromAddress();
  }

  document.addEventListener("DOMContentLoaded", function () {
    var form = document.querySelector("form.risk-filter");
    if (form) setUpFilter(form);
    document.querySelectorAll(".print-button").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () { window.print(); });
    });
  });
})();
