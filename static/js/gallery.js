// The shop page's photos open large in a dialog: arrows, swipe, Escape; focus stays in the
// dialog and goes back to the photo it was opened from. Without this script each photo is
// a link to its large picture, which works the same.
(function () {
  "use strict";

  function setUp(gallery) {
    var links = Array.prototype.slice.call(gallery.querySelectorAll(".gallery__link"));
    if (!links.length || typeof HTMLDialogElement !== "function") return;
    var labels = gallery.dataset;
    var current = 0;
    var opener = null;

    var dialog = document.createElement("dialog");
    dialog.className = "lightbox";
    dialog.setAttribute("aria-roledescription", "carousel");
    var figure = document.createElement("figure");
    figure.className = "lightbox__figure";
    var image = document.createElement("img");
    image.className = "lightbox__image";
    figure.appendChild(image);
    var caption = document.createElement("figcaption");
    caption.className = "lightbox__caption";
    figure.appendChild(caption);

    function button(name, label, text) {
      var element = document.createElement("button");
      element.type = "button";
      element.className = "lightbox__button lightbox__button--" + name;
      element.setAttribute("aria-label", label);
      element.textContent = text;
      return element;
    }
    var close = button("close", labels.labelClose, "×");
    var previous = button("previous", labels.labelPrevious, "‹");
    var next = button("next", labels.labelNext, "›");
    dialog.append(close, figure, previous, next);
    document.body.appendChild(dialog);

    function show(index) {
      current = (index + links.length) % links.length;
      var link = links[current];
      var thumbnail = link.querySelector("img");
      image.src = link.href;
      image.width = Number(link.dataset.width);
      image.height = Number(link.dataset.height);
      image.alt = thumbnail ? thumbnail.alt : "";
      var label = labels.labelDialog
        .replace("%(number)s", String(current + 1))
        .replace("%(count)s", String(links.length));
      dialog.setAttribute("aria-label", label);
      caption.textContent = label;
      previous.hidden = next.hidden = links.length < 2;
    }

    links.forEach(function (link, index) {
      link.addEventListener("click", function (event) {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
        event.preventDefault();
        opener = link;
        show(index);
        dialog.showModal();
        close.focus();
      });
    });
    close.addEventListener("click", function () { dialog.close(); });
    previous.addEventListener("click", function () { show(current - 1); });
    next.addEventListener("click", function () { show(current + 1); });
    // A click on the backdrop (the dialog itself, outside the photo and buttons) closes it.
    dialog.addEventListener("click", function (event) {
      if (event.target === dialog) dialog.close();
    });
    dialog.addEventListener("close", function () {
      if (opener) opener.focus();
    });

    var focusable = [close, previous, next];
    dialog.addEventListener("keydown", function (event) {
      if (event.key === "ArrowLeft") { event.preventDefault(); show(current - 1); }
      else if (event.key === "ArrowRight") { event.preventDefault(); show(current + 1); }
      else if (event.key === "Tab") {
        // showModal() keeps focus in the page's dialog, but would let it reach the
        // browser's own controls: cycle between the dialog's buttons instead.
        var shown = focusable.filter(function (element) { return !element.hidden; });
        var at = shown.indexOf(document.activeElement);
        var to = event.shiftKey ? at - 1 : at + 1;
        event.preventDefault();
        shown[(to + shown.length) % shown.length].focus();
      }
    });

    var startX = null;
    dialog.addEventListener("pointerdown", function (event) { startX = event.clientX; });
    dialog.addEventListener("pointerup", function (event) {
      if (startX === null) return;
      var moved = event.clientX - startX;
      startX = null;
      if (Math.abs(moved) > 50) show(moved < 0 ? current + 1 : current - 1);
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll("[data-gallery]"), setUp);
})();
