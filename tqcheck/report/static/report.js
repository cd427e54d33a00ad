/* tqcheck report: filters, the finding popover, links between text and list.
   Reads only the page's own elements; builds no markup from strings, only clones and text. */
(function () {
  "use strict";
  var root = document.documentElement;
  var pop = document.getElementById("pop");
  var hidden = { cat: {}, sev: {} };
  var current = null;

  function byId(id) { return document.getElementById(id); }
  function each(selector, fn, scope) { Array.prototype.forEach.call((scope || document).querySelectorAll(selector), fn); }
  function ids(mark) { return (mark.getAttribute("data-ids") || "").split(" ").filter(Boolean); }

  function apply() {
    each("li.finding", function (li) {
      if (li.closest(".pop")) { return; }
      li.hidden = Boolean(hidden.cat[li.getAttribute("data-cat")] || hidden.sev[li.getAttribute("data-sev")]);
    });
    each("mark.f", function (mark) {
      var on = ids(mark).some(function (id) { var li = byId(id); return li && !li.hidden; });
      mark.classList.toggle("off", !on);
    });
    close();
  }

  each(".toolbar input[type=checkbox]", function (box) {
    box.addEventListener("change", function () {
      hidden[box.getAttribute("data-filter")][box.value] = !box.checked;
      apply();
    });
  });

  function close() {
    pop.hidden = true;
    if (current) { current.classList.remove("current"); current = null; }
  }

  function open(mark) {
    close();
    pop.textContent = "";
    var shown = 0;
    ids(mark).forEach(function (id) {
      var li = byId(id);
      if (!li || li.hidden) { return; }
      var card = li.cloneNode(true);
      card.removeAttribute("id");
      pop.appendChild(card);
      var rule = byId("rule-" + li.getAttribute("data-code"));
      var body = rule && rule.querySelector(".rule-body");
      if (body) { pop.appendChild(body.cloneNode(true)); }
      li.classList.remove("flash");
      void li.offsetWidth;
      li.classList.add("flash");
      shown += 1;
    });
    if (!shown) { return; }
    var box = mark.getBoundingClientRect();
    var width = Math.min(440, window.innerWidth - 24);
    pop.style.left = Math.max(12, Math.min(window.scrollX + box.left, window.scrollX + window.innerWidth - width - 12)) + "px";
    pop.style.top = (window.scrollY + box.bottom + 8) + "px";
    pop.hidden = false;
    current = mark;
    mark.classList.add("current");
  }

  document.addEventListener("click", function (event) {
    var mark = event.target.closest("mark.f");
    if (mark && !mark.classList.contains("off")) { open(mark); return; }
    var loc = event.target.closest("a.loc");
    if (loc) {
      event.preventDefault();
      var id = loc.getAttribute("data-target");
      var target = null;
      each("mark.f", function (m) { if (!target && ids(m).indexOf(id) >= 0) { target = m; } });
      if (target) { target.scrollIntoView({ block: "center" }); open(target); }
      return;
    }
    var code = event.target.closest("a.code");
    if (code) {
      var rule = byId(code.getAttribute("href").slice(1));
      if (rule) { rule.open = true; }
    }
    if (!pop.contains(event.target)) { close(); }
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { close(); }
    if (event.key === "Enter" && event.target.matches && event.target.matches("mark.f")) { open(event.target); }
  });

  window.addEventListener("beforeprint", function () {
    close();
    each("details", function (d) { d.open = true; });
  });

  root.setAttribute("data-ready", "1");
})();
