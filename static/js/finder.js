// Shop finder enhancements; the page works fully without them.
// 1. The query box is an ARIA combobox with suggestions from the server.
// 2. Filters, sorting, pages and the query apply without reloading the page: the server
//    sends the same facets and results HTML (header X-Finder-Fragment), the URL follows
//    (history.pushState, back button included) and the new count is announced.
(function () {
  "use strict";
  var form = document.querySelector("[data-finder]");
  if (!form) return;
  var input = form.querySelector("[role=combobox]");
  var list = document.getElementById(input.getAttribute("aria-controls"));
  var status = document.getElementById("finder-status");
  var active = -1;
  var timer = null;
  var request = null;
  var finderPath = new URL(form.action, window.location.href).pathname;

  // --- Results without a full reload -------------------------------------------

  function isFinderUrl(url) {
    return url.origin === window.location.origin && url.pathname === finderPath;
  }

  function formUrl() {
    var url = new URL(form.action, window.location.href);
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, key) {
      if (!String(value).trim()) return; // an empty query or the default order
      params.append(key, value);
    });
    url.search = params.toString();
    return url;
  }

  // Where focus was, so it can come back to the same control in the new HTML.
  function focusKey() {
    var el = document.activeElement;
    if (!el || !el.name || !el.closest("#finder-facets")) return null;
    return { name: el.name, value: el.type === "checkbox" ? el.value : null };
  }

  function restoreFocus(key, moveToCount) {
    if (key) {
      var selector = "#finder-facets [name='" + key.name + "']";
      if (key.value !== null) selector += "[value='" + key.value + "']";
      var control = document.querySelector(selector);
      if (control) { control.focus(); return; }
    }
    if (moveToCount) {
      var count = document.getElementById("finder-count");
      if (count) { count.focus(); count.scrollIntoView({ block: "start" }); }
    }
  }

  function announce(text) {
    status.textContent = "";
    // A short delay makes screen readers announce the text even when it is unchanged.
    setTimeout(function () { status.textContent = text; }, 50);
  }

  function syncQueryBox(url) {
    input.value = url.searchParams.get("q") || "";
  }

  // The other languages' finders open on the same search and filters.
  function syncLanguageLinks(url) {
    document.querySelectorAll(".language-switcher a[hreflang]").forEach(function (link) {
      var target = new URL(link.href);
      target.search = url.search;
      link.href = target.href;
    });
  }

  function swap(html) {
    var template = document.createElement("template");
    template.innerHTML = html;
    ["finder-facets", "finder-results"].forEach(function (id) {
      var fresh = template.content.getElementById(id);
      var current = document.getElementById(id);
      if (fresh && current) current.replaceWith(fresh);
    });
    hideApplyButton();
  }

  function load(url, options) {
    options = options || {};
    if (request) request.abort();
    request = new AbortController();
    var key = focusKey();
    var results = document.getElementById("finder-results");
    if (results) results.setAttribute("aria-busy", "true");
    return fetch(url.href, {
      headers: { "X-Finder-Fragment": "results" },
      credentials: "same-origin",
      signal: request.signal,
    })
      .then(function (response) {
        if (!response.ok) throw new Error("HTTP " + response.status);
        return response.text();
      })
      .then(function (html) {
        swap(html);
        if (options.push) history.pushState({ finder: true }, "", url.href);
        syncQueryBox(url);
        syncLanguageLinks(url);
        restoreFocus(key, options.focusCount);
        var count = document.getElementById("finder-count");
        if (count) announce(count.textContent.trim());
      })
      .catch(function (error) {
        if (error.name === "AbortError") return;
        window.location.href = url.href; // the page without the script still works
      });
  }

  history.replaceState({ finder: true }, "", window.location.href);
  window.addEventListener("popstate", function (event) {
    if (event.state && event.state.finder) load(new URL(window.location.href), {});
  });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    close();
    load(formUrl(), { push: true });
  });

  form.addEventListener("change", function (event) {
    if (event.target.matches("#finder-facets input[type=checkbox], #finder-facets select")) {
      load(formUrl(), { push: true });
    }
  });

  // Pages, "remove the filters": links that lead back to the finder.
  form.addEventListener("click", function (event) {
    var link = event.target.closest("#finder-results a[href]");
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    var url = new URL(link.href, window.location.href);
    if (!isFinderUrl(url)) return;
    event.preventDefault();
    load(url, { push: true, focusCount: true });
  });

  function hideApplyButton() {
    var apply = form.querySelector(".finder__apply");
    if (apply) apply.classList.add("visually-hidden");
  }
  hideApplyButton();

  // --- Suggestions (ARIA combobox) ---------------------------------------------

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
    var url = new URL(href, window.location.href);
    if (isFinderUrl(url)) load(url, { push: true });
    else window.location.href = url.href;
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
})();
