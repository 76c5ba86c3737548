// Shop finder enhancements; the page works fully without them.
// 1. The query box is an ARIA combobox with suggestions from the server.
// 2. Ticking a filter applies it at once (the URL changes, so it stays shareable).
(function () {
  "use strict";
  var form = document.querySelector("[data-finder]");
  if (!form) return;
  var input = form.querySelector("[role=combobox]");
  var list = document.getElementById(input.getAttribute("aria-controls"));
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
  }

  function show(suggestions) {
    close();
    if (!suggestions.length) return;
    suggestions.forEach(function (suggestion, i) {
      var item = document.createElement("li");
      item.id = "finder-suggestion-" + i;
      item.setAttribute("role", "option");
      item.setAttribute("aria-selected", "false");
      item.dataset.url = suggestion.url;
      item.textContent = suggestion.label;
      item.addEventListener("mousedown", function (event) {
        event.preventDefault();
        window.location.href = suggestion.url;
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
    else if (event.key === "Escape") { close(); }
    else if (event.key === "Enter" && active >= 0) {
      event.preventDefault();
      window.location.href = options()[active].dataset.url;
    }
  });
  input.addEventListener("blur", function () { setTimeout(close, 100); });

  form.addEventListener("change", function (event) {
    if (event.target.matches("input[type=checkbox], select")) form.requestSubmit();
  });
  var apply = form.querySelector(".finder__apply");
  if (apply) apply.classList.add("visually-hidden");
})();
