// The week grid of the shop editor: "copy to the following days", and "closed" empties a
// day. Without this script the grid is a plain form that works the same.
(function () {
  "use strict";

  function dayRows(grid) {
    return Array.prototype.slice.call(grid.querySelectorAll("[data-week-day]"));
  }

  function times(row) {
    return Array.prototype.slice.call(row.querySelectorAll("[data-week-time]"));
  }

  function copyDay(grid, source) {
    var rows = dayRows(grid);
    var sourceTimes = times(source);
    var closed = source.querySelector("[data-week-closed]").checked;
    rows.slice(rows.indexOf(source) + 1).forEach(function (row) {
      row.querySelector("[data-week-closed]").checked = closed;
      times(row).forEach(function (input, n) {
        input.value = sourceTimes[n] ? sourceTimes[n].value : "";
      });
    });
  }

  function setUp(grid) {
    dayRows(grid).forEach(function (row) {
      var copy = row.querySelector("[data-week-copy]");
      if (copy) {
        copy.hidden = false;
        copy.addEventListener("click", function () {
          copyDay(grid, row);
        });
      }
      row.querySelector("[data-week-closed]").addEventListener("change", function (event) {
        if (event.target.checked) {
          times(row).forEach(function (input) {
            input.value = "";
          });
        }
      });
      times(row).forEach(function (input) {
        input.addEventListener("input", function () {
          if (input.value) {
            row.querySelector("[data-week-closed]").checked = false;
          }
        });
      });
    });
  }

  function init() {
    document.querySelectorAll("[data-week-hours]").forEach(setUp);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
