// Maps of shops (templates/includes/shop_map.html, the editor's pin in map-pin.js).
// Progressive enhancement: without this script the list of results, or the address and
// its OpenStreetMap link, are the map's equivalent. Leaflet and the tiles are loaded
// only when a map is shown: without a tile server of the city's, only after the
// visitor's click on "Show the map", and nothing remembers that click.
(function () {
  "use strict";
  if (window.VitrineMap) return; // the include may appear twice on a page

  var MONS = [50.4542, 3.9519];
  var loaded = {};

  function loadOnce(url, make) {
    if (!loaded[url]) {
      loaded[url] = new Promise(function (resolve, reject) {
        var element = make(url);
        element.onload = resolve;
        element.onerror = reject;
        document.head.appendChild(element);
      });
    }
    return loaded[url];
  }

  function script(url) {
    var element = document.createElement("script");
    element.src = url;
    element.async = false; // the cluster plug-in runs after Leaflet
    return element;
  }

  function stylesheet(url) {
    var element = document.createElement("link");
    element.rel = "stylesheet";
    element.href = url;
    return element;
  }

  function words(value) {
    return (value || "").split(" ").filter(Boolean);
  }

  // The library files named in the element's data-scripts and data-styles.
  function loadLeaflet(element) {
    var styles = words(element.dataset.styles).map(function (url) { return loadOnce(url, stylesheet); });
    var scripts = words(element.dataset.scripts).map(function (url) { return loadOnce(url, script); });
    return Promise.all(styles.concat(scripts));
  }

  function escapeHtml(text) {
    var span = document.createElement("span");
    span.textContent = text || "";
    return span.innerHTML;
  }

  // Runs start() at once when the city has its own tile server; otherwise the "Show
  // the map" button does, and focus moves to the map that replaces it.
  function whenAllowed(element, start) {
    var button = element.querySelector("[data-map-show]");
    if (!button) { start(false); return; }
    button.addEventListener("click", function () {
      button.remove();
      start(true);
    });
  }

  // A Leaflet map in the element's [data-map-canvas], with tiles from data-tiles-url.
  // A tile server that is down leaves an empty map and a message, nothing else broken.
  function createMap(element, options) {
    var canvas = element.querySelector("[data-map-canvas]");
    var status = element.querySelector("[data-map-problem]");
    canvas.hidden = false;
    var map = L.map(canvas, Object.assign({ scrollWheelZoom: false, zoomControl: false }, options || {}));
    // Leaflet's own labels are English: the page gives them in its language.
    L.control.zoom({
      zoomInTitle: element.dataset.zoomIn || "+",
      zoomOutTitle: element.dataset.zoomOut || "−",
    }).addTo(map);
    map.on("popupopen", function (event) {
      var close = event.popup.getElement().querySelector(".leaflet-popup-close-button");
      if (close && element.dataset.closeLabel) {
        close.setAttribute("aria-label", element.dataset.closeLabel);
        close.setAttribute("title", element.dataset.closeLabel);
      }
    });
    map.attributionControl.setPrefix(
      '<a href="https://leafletjs.com/">Leaflet</a>'
    );
    var tiles = L.tileLayer(element.dataset.tilesUrl, {
      maxZoom: 19,
      attribution: escapeHtml(element.dataset.attribution),
    });
    var failures = 0;
    tiles.on("tileerror", function () {
      failures += 1;
      if (failures === 3 && status) status.textContent = element.dataset.tilesDown || "";
    });
    tiles.on("tileload", function () {
      if (failures && status) status.textContent = "";
      failures = 0;
    });
    tiles.addTo(map);
    // A map drawn in a hidden tab (the editor's) has no size until the tab opens.
    if (window.ResizeObserver) {
      new ResizeObserver(function () { map.invalidateSize(); }).observe(canvas);
    }
    if (element.dataset.mapLabel) canvas.setAttribute("aria-label", element.dataset.mapLabel);
    canvas.setAttribute("role", "region");
    return map;
  }

  // A pin whose accessible name is its text (Leaflet makes it a focusable button).
  function pinIcon(label, className) {
    return L.divIcon({
      className: "map-pin-icon" + (className ? " " + className : ""),
      html: '<span class="map-pin-icon__shape" aria-hidden="true"></span>' +
        '<span class="visually-hidden">' + escapeHtml(label) + "</span>",
      iconSize: [28, 28],
      iconAnchor: [14, 34], // the rotated square's lower corner
      popupAnchor: [0, -30],
    });
  }

  function popupLink(name, url, detail) {
    var box = document.createElement("div");
    var link = document.createElement("a");
    link.href = url;
    link.textContent = name;
    box.appendChild(link);
    if (detail) {
      var text = document.createElement("p");
      text.textContent = detail;
      box.appendChild(text);
    }
    return box;
  }

  // Enter on a pin opens its popup: its link takes the focus, Escape brings it back.
  function focusPopups(map) {
    map.on("popupopen", function (event) {
      var link = event.popup.getElement().querySelector("a");
      if (link) link.focus();
    });
    map.on("popupclose", function (event) {
      var source = event.popup._source;
      var icon = source && source.getElement && source.getElement();
      var lost = !document.activeElement || document.activeElement === document.body;
      if (icon && lost) icon.focus();
    });
  }

  // --- One shop's position (the shop page) --------------------------------------

  function showShop(element) {
    var position = [parseFloat(element.dataset.latitude), parseFloat(element.dataset.longitude)];
    var map = createMap(element);
    map.setView(position, 17);
    var label = element.dataset.name + ", " + element.dataset.address;
    L.marker(position, { icon: pinIcon(label), keyboard: true, title: "" })
      .bindPopup(popupLink(element.dataset.name, "https://www.openstreetmap.org/?mlat=" +
        position[0] + "&mlon=" + position[1] + "#map=18/" + position[0] + "/" + position[1],
        element.dataset.address))
      .addTo(map);
    focusPopups(map);
    return map;
  }

  // --- The finder's results -----------------------------------------------------

  function pointsUrl(element) {
    var params = new URLSearchParams(window.location.search);
    params.delete("page");
    params.delete("sort");
    var query = params.toString();
    return element.dataset.pointsUrl + (query ? "?" + query : "");
  }

  function showResults(element) {
    var map = createMap(element, { maxZoom: 19 });
    map.setView(MONS, 13);
    focusPopups(map);
    var status = element.querySelector("[data-map-status]");
    var clusterLabel = element.dataset.clusterLabel || "{count}";
    var group = L.markerClusterGroup({
      chunkedLoading: true,
      showCoverageOnHover: false,
      iconCreateFunction: function (cluster) {
        var count = cluster.getChildCount();
        var size = count < 10 ? "small" : count < 100 ? "medium" : "large";
        return L.divIcon({
          className: "marker-cluster marker-cluster-" + size,
          iconSize: [40, 40],
          html: '<div><span aria-hidden="true">' + count + '</span><span class="visually-hidden">' +
            escapeHtml(clusterLabel.replace("{count}", count)) + "</span></div>",
        });
      },
    });
    map.addLayer(group);
    // After a cluster opens by keyboard its button is gone: the map keeps the focus.
    group.on("clusterkeypress", function () {
      map.once("zoomend", function () { map.getContainer().focus(); });
    });

    var request = null;
    function load() {
      if (request) request.abort();
      request = new AbortController();
      fetch(pointsUrl(element), { credentials: "same-origin", signal: request.signal })
        .then(function (response) {
          if (!response.ok) throw new Error("HTTP " + response.status);
          return response.json();
        })
        .then(function (data) {
          group.clearLayers();
          var markers = data.points.map(function (point) {
            return L.marker([point[0], point[1]], { icon: pinIcon(point[2]), keyboard: true })
              .bindPopup(popupLink(point[2], point[3]));
          });
          group.addLayers(markers);
          if (markers.length) {
            map.fitBounds(group.getBounds(), { maxZoom: 16, padding: [24, 24], animate: false });
          }
          if (status && element.dataset.countLabel) {
            status.textContent = element.dataset.countLabel.replace("{count}", markers.length);
          }
        })
        .catch(function (error) {
          var problem = element.querySelector("[data-map-problem]");
          if (error.name !== "AbortError" && problem) problem.textContent = element.dataset.tilesDown || "";
        });
    }
    load();

    // finder.js replaces the results in place when the filters change: follow them.
    var results = document.getElementById("finder-results");
    var form = document.querySelector("[data-finder]");
    if (form && window.MutationObserver) {
      new MutationObserver(function () {
        var current = document.getElementById("finder-results");
        if (current !== results) { results = current; load(); }
      }).observe(form, { childList: true, subtree: true });
    }
    return map;
  }

  function start(element) {
    element.hidden = false;
    whenAllowed(element, function (clicked) {
      loadLeaflet(element).then(function () {
        var map = element.dataset.pointsUrl ? showResults(element) : showShop(element);
        if (clicked) map.getContainer().focus();
      }).catch(function () {
        var problem = element.querySelector("[data-map-problem]");
        if (problem) problem.textContent = element.dataset.tilesDown || "";
      });
    });
  }

  window.VitrineMap = {
    MONS: MONS,
    loadLeaflet: loadLeaflet,
    whenAllowed: whenAllowed,
    createMap: createMap,
    pinIcon: pinIcon,
  };

  function init() {
    document.querySelectorAll("[data-shop-map]").forEach(start);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
