// Suggestions under a search box (an ARIA 1.2 combobox), on the home page and in the
// finder; the box works as a plain search field without this script.
// Each suggestion says what it is ("Category", or "Shop" and its district). Choosing one
// follows its link, unless a listener of the "suggestion-chosen" event on the input calls
// preventDefault() (the finder then loads the results in place).
(function () {
  "use strict";

  function setup(input) {
    var list = document.getElementById(input.getAttribute("aria-controls"));
    var prefix = list.id + "-";
    var active = -1;
    var timer = null;

    function options() { return list.querySelectorAll("[role=option]"); }

    function close() {
      list.hidden = true;
      list.innerHTML = "";
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }

    function highlight(index) {
      var items = options();
      if (!items.length) return;
      active = (index + items.length) % items.length;
      items.forEach(function (item, i) { item.setAttribute("aria-selected", i === active ? "true" : "false"); });
      input.setAttribute("aria-activedescendant", items[active].id);
      items[active].scrollIntoView({ block: "nearest" });
    }

    function choose(href) {
      close();
      var event = new CustomEvent("suggestion-chosen", { detail: { url: href }, cancelable: true });
      if (input.dispatchEvent(event)) window.location.href = new URL(href, window.location.href).href;
    }

    function describe(suggestion) {
      return suggestion.district ? suggestion.kind_label + ", " + suggestion.district : suggestion.kind_label;
    }

    function show(suggestions) {
      close();
      if (!suggestions.length) return;
      suggestions.forEach(function (suggestion, i) {
        var item = document.createElement("li");
        item.id = prefix + i;
        item.setAttribute("role", "option");
        item.setAttribute("aria-selected", "false");
        item.dataset.url = suggestion.url;
        var label = document.createElement("span");
        label.className = "suggestion__label";
        label.textContent = suggestion.label;
        var kind = document.createElement("span");
        kind.className = "suggestion__kind suggestion__kind--" + suggestion.kind;
        // Read after the name: "Fleurs du Beffroi, Shop, Jemappes".
        kind.textContent = describe(suggestion);
        var comma = document.createElement("span");
        comma.className = "visually-hidden";
        comma.textContent = ", ";
        item.append(label, comma, kind);
        item.addEventListener("mousedown", function (event) {
          event.preventDefault();
          choose(suggestion.url);
        });
        list.appendChild(item);
      });
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      var value = input.value.trim();
      if (value.length < 2) { close(); return; }
      timer = setTimeout(function () {
        fetch(input.dataset.suggestUrl + "?q=" + encodeURIComponent(value), { headers: { Accept: "application/json" } })
          .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
          .then(function (data) { if (input.value.trim() === value) show(data.suggestions); })
          .catch(close);
      }, 150);
    });

    input.addEventListener("keydown", function (event) {
      if (list.hidden) return;
      if (event.key === "ArrowDown") { event.preventDefault(); highlight(active + 1); }
      else if (event.key === "ArrowUp") { event.preventDefault(); highlight(active - 1); }
      else if (event.key === "Escape") { event.preventDefault(); close(); }
      else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        choose(options()[active].dataset.url);
      }
    });
    input.addEventListener("blur", function () { setTimeout(close, 100); });
    if (input.form) input.form.addEventListener("submit", close);
  }

  document.querySelectorAll("input[role=combobox][data-suggest-url]").forEach(setup);
})();
