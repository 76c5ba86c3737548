// Booking page: choosing a day loads its free times without reloading the page.
// Without JavaScript the day links reload the page with ?day=, which works the same.
(function () {
  "use strict";
  var root = document.querySelector("[data-booking]");
  if (!root || !window.fetch) return;
  var list = root.querySelector("[data-slot-list]");
  var empty = root.querySelector("[data-slots-empty]");
  var heading = root.querySelector("[data-slots-heading]");
  var status = root.querySelector("[data-slots-status]");
  var form = root.querySelector("form.booking__form");
  var waiting = root.querySelector("[data-waiting]");

  function dayLabel(isoDay) {
    var date = new Date(isoDay + "T12:00:00");
    return date.toLocaleDateString(document.documentElement.lang, {
      weekday: "long", day: "numeric", month: "long"
    });
  }

  function showSlots(isoDay, slots) {
    list.textContent = "";
    slots.forEach(function (slot) {
      var item = document.createElement("li");
      var label = document.createElement("label");
      var input = document.createElement("input");
      label.className = "slot";
      input.type = "radio";
      input.name = "slot";
      input.value = slot.start;
      label.appendChild(input);
      label.appendChild(document.createTextNode(" " + slot.label));
      item.appendChild(label);
      list.appendChild(item);
    });
    empty.hidden = slots.length > 0;
    heading.textContent = heading.dataset.template.replace("{day}", dayLabel(isoDay));
    status.textContent = empty.hidden ? heading.textContent + ": " + slots.length : empty.textContent;
    var action = new URL(form.action, window.location.href);
    action.searchParams.set("day", isoDay);
    form.action = action.toString();
  }

  // The waiting list of the day shown, offered when some of its times are taken.
  function showWaiting(isoDay, taken) {
    if (!waiting) return;
    var link = waiting.querySelector("a");
    var target = new URL(link.href, window.location.href);
    target.searchParams.set("day", isoDay);
    link.href = target.toString();
    link.textContent = link.dataset.template.replace("{day}", dayLabel(isoDay));
    waiting.hidden = !taken;
  }

  root.addEventListener("click", function (event) {
    var link = event.target.closest("a[data-day]");
    if (!link) return;
    event.preventDefault();
    var day = link.dataset.day;
    var url = new URL(root.dataset.slotsUrl, window.location.href);
    url.searchParams.set("from", day);
    url.searchParams.set("to", day);
    fetch(url, { headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.json();
      })
      .then(function (data) {
        var shown = data.days.length ? data.days[0] : { slots: [], taken_slots: 0 };
        showSlots(day, shown.slots);
        showWaiting(day, shown.taken_slots);
        root.querySelectorAll("a[data-day]").forEach(function (other) {
          other.removeAttribute("aria-current");
        });
        link.setAttribute("aria-current", "date");
        history.replaceState(null, "", link.href);
      })
      .catch(function () {
        window.location.href = link.href; // fall back to the server-rendered page
      });
  });
})();
