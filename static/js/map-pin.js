// The editor's pin map (shops/map_pin.py): dragging the pin, moving it with the arrow keys
// once it has the focus (Shift for larger steps), or clicking the map, writes the latitude
// and longitude fields; typing in them moves the pin. Uses map.js.
(function () {
  "use strict";

  function number(input) {
    var value = parseFloat(String(input.value).replace(",", "."));
    return isFinite(value) ? value : null;
  }

  var ARROWS = { ArrowUp: [0, -1], ArrowDown: [0, 1], ArrowLeft: [-1, 0], ArrowRight: [1, 0] };

  function setup(element) {
    if (element.dataset.ready) return;
    element.dataset.ready = "true";
    var longitude = document.getElementById(element.dataset.longitudeId);
    var form = longitude.form || document;
    var latitude = form.querySelector('[name="' + element.dataset.latitudeField + '"]');
    if (!latitude) return;

    function position() {
      var lat = number(latitude), lng = number(longitude);
      return lat === null || lng === null ? null : [lat, lng];
    }

    function write(latlng) {
      latitude.value = latlng.lat.toFixed(5);
      longitude.value = latlng.lng.toFixed(5);
      // Wagtail's "unsaved changes" warning listens for these.
      [latitude, longitude].forEach(function (input) {
        input.dispatchEvent(new Event("input", { bubbles: true }));
        input.dispatchEvent(new Event("change", { bubbles: true }));
      });
    }

    window.VitrineMap.whenAllowed(element, function (clicked) {
      window.VitrineMap.loadLeaflet(element).then(function () {
        var map = window.VitrineMap.createMap(element, { scrollWheelZoom: true });
        var known = position();
        map.setView(known || window.VitrineMap.MONS, known ? 17 : 13);
        var pin = L.marker(known || window.VitrineMap.MONS, {
          draggable: true,
          autoPan: true,
          keyboard: true,
          icon: window.VitrineMap.pinIcon(element.dataset.pinLabel),
        }).addTo(map);
        pin.on("dragend", function () { write(pin.getLatLng()); });
        pin.getElement().addEventListener("keydown", function (event) {
          var arrow = ARROWS[event.key];
          if (!arrow) return;
          event.preventDefault(); // neither the page nor the map scrolls
          event.stopPropagation();
          var step = event.shiftKey ? 50 : 5; // screen pixels, so a step fits the zoom
          var point = map.latLngToContainerPoint(pin.getLatLng());
          var moved = map.containerPointToLatLng(
            L.point(point.x + arrow[0] * step, point.y + arrow[1] * step)
          );
          pin.setLatLng(moved);
          map.panInside(moved);
          write(moved);
        });
        map.on("click", function (event) {
          pin.setLatLng(event.latlng);
          write(event.latlng);
        });
        [latitude, longitude].forEach(function (input) {
          input.addEventListener("input", function (event) {
            if (!event.isTrusted) return; // our own write()
            var typed = position();
            if (typed) { pin.setLatLng(typed); map.panTo(typed); }
          });
        });
        if (clicked) map.getContainer().focus();
      });
    });
  }

  function init() {
    document.querySelectorAll("[data-map-pin]").forEach(setup);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
