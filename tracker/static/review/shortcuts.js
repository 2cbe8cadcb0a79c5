/*
 * Keyboard shortcuts of the review pages. An element marked data-key="c" is activated by the key
 * c: a button or link is clicked, a field is focused, a <details> is opened and its first field
 * focused. On a list (table[data-queue]) j/k move between rows, x selects, o or Enter opens.
 * On an item page o enters the candidate outcomes (table[data-picker]): j/k move the choice,
 * Enter links the chosen one, Escape leaves the list.
 * Keys are ignored while typing in a field; Escape leaves the field, Ctrl+Enter submits it.
 */
(function () {
  "use strict";

  // Fields that take typed text; checkboxes and radios leave the keys to the shortcuts.
  var FIELDS = "input:not([type=checkbox]):not([type=radio]):not([type=submit]), textarea, select, [contenteditable]";

  function activate(element) {
    var details = element.closest("details");
    if (element.tagName === "DETAILS") {
      details = element;
    }
    if (details) {
      details.open = true;
    }
    if (element.tagName === "DETAILS") {
      var field = element.querySelector("select, input:not([type=hidden]), textarea");
      if (field) {
        field.focus();
      }
    } else if (element.matches(FIELDS)) {
      element.focus();
    } else {
      element.click();
    }
  }

  function rows() {
    return Array.prototype.slice.call(document.querySelectorAll("table[data-queue] tr[data-row]"));
  }

  function moveRow(step) {
    var all = rows();
    if (!all.length) {
      return;
    }
    var index = all.findIndex(function (row) { return row.classList.contains("active"); });
    if (index >= 0) {
      all[index].classList.remove("active");
    }
    index = Math.min(all.length - 1, Math.max(0, index + step));
    all[index].classList.add("active");
    all[index].scrollIntoView({ block: "nearest" });
  }

  function activeRow() {
    return document.querySelector("table[data-queue] tr[data-row].active");
  }

  var picking = false;

  function pick(step) {
    var all = Array.prototype.slice.call(document.querySelectorAll("table[data-picker] tr[data-pick]"));
    if (!all.length) {
      return;
    }
    var index = all.findIndex(function (row) { return row.classList.contains("picked"); });
    if (index < 0) {
      index = Math.max(0, all.findIndex(function (row) { return row.querySelector("input[type=radio]").checked; }));
    }
    all.forEach(function (row) { row.classList.remove("picked"); });
    var row = all[Math.min(all.length - 1, Math.max(0, index + step))];
    var radio = row.querySelector("input[type=radio]");
    row.classList.add("picked");
    radio.checked = true;
    radio.focus();
    row.scrollIntoView({ block: "nearest" });
  }

  function pickerKey(key) {
    var table = document.querySelector("table[data-picker]");
    if (!table) {
      return false;
    }
    var section = table.closest("section");
    if (!picking) {
      if (key !== "o") {
        return false;
      }
      picking = true;
      section.classList.add("picking");
      pick(0);
      return true;
    }
    if (key === "j" || key === "k") {
      pick(key === "j" ? 1 : -1);
      return true;
    }
    if (key === "Enter") {
      table.closest("form").requestSubmit();
      return true;
    }
    if (key === "Escape") {
      picking = false;
      section.classList.remove("picking");
      document.activeElement.blur();
      return true;
    }
    return false;
  }

  function listKey(key) {
    if (key === "j" || key === "k") {
      moveRow(key === "j" ? 1 : -1);
      return true;
    }
    var row = activeRow();
    if (row && (key === "o" || key === "Enter")) {
      window.location.href = row.dataset.href;
      return true;
    }
    if (row && key === "x") {
      var box = row.querySelector("input[type=checkbox]");
      if (box && !box.disabled) {
        box.checked = !box.checked;
      }
      return true;
    }
    if (key === "/") {
      var filter = document.querySelector("#filters select, #filters input");
      if (filter) {
        filter.focus();
      }
      return true;
    }
    return false;
  }

  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (target.closest && target.closest(FIELDS)) {
      if (event.key === "Escape") {
        target.blur();
      } else if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && target.form) {
        target.form.requestSubmit();
      }
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    if (pickerKey(event.key)) {
      event.preventDefault();
      return;
    }
    if (event.key === "?") {
      document.getElementById("shortcuts").classList.toggle("open");
      event.preventDefault();
      return;
    }
    if (event.key === "Escape") {
      document.getElementById("shortcuts").classList.remove("open");
      return;
    }
    if (document.querySelector("table[data-queue]") && listKey(event.key)) {
      event.preventDefault();
      return;
    }
    var element = document.querySelector('[data-key="' + CSS.escape(event.key) + '"]');
    if (element && !element.disabled) {
      event.preventDefault();
      activate(element);
    }
  });

  var selectAll = document.getElementById("select-all");
  if (selectAll) {
    selectAll.addEventListener("change", function () {
      document.querySelectorAll("#bulk-form input[name=selected]:not(:disabled)").forEach(function (box) {
        box.checked = selectAll.checked;
      });
    });
  }
})();
