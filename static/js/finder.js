// Shop finder enhancements; the page works fully without them.
// 1. The query box's suggestions (suggest.js) load their results in place.
// 2. Filters, sorting, pages and the query apply without reloading the page: the server
//    sends the same facets and results HTML (header X-Finder-Fragment), the URL follows
//    (history.pushState, back button included) and the new count is announced.
(function () {
  "use strict";
  var form = document.querySelector("[data-finder]");
  if (!form) return;
  var input = form.querySelector("[role=combobox]");
  var status = document.getElementById("finder-status");
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
    ["finder-filter-count", "finder-facets", "finder-results"].forEach(function (id) {
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

  // The filters' disclosure is open beside the results on a wide screen.
  var filters = form.querySelector("[data-finder-filters]");
  if (filters && window.matchMedia("(min-width: 64rem)").matches) filters.open = true;

  history.replaceState({ finder: true }, "", window.location.href);
  window.addEventListener("popstate", function (event) {
    if (event.state && event.state.finder) load(new URL(window.location.href), {});
  });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
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

  // --- Suggestions (suggest.js): a suggestion of the finder loads in place -----

  input.addEventListener("suggestion-chosen", function (event) {
    var url = new URL(event.detail.url, window.location.href);
    if (!isFinderUrl(url)) return;
    event.preventDefault();
    load(url, { push: true });
  });
})();
