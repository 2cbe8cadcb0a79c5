/*
 * Selecting report text to add a fact extraction missed. A block marked data-text-offset="N"
 * shows the report's normalised text from offset N on (data-report names the report); selecting
 * inside it fills every add form (form[data-add-fact]) with the quote, its offset and the report.
 * Offsets count code points, as Python does. Typing a quote by hand clears the offset: the
 * server then looks the quote up in the text.
 */
(function () {
  "use strict";

  function field(form, name) {
    return form.querySelector('[name$="-' + name + '"]');
  }

  function selectedSpan() {
    var selection = window.getSelection();
    if (!selection || selection.isCollapsed || !selection.rangeCount) {
      return null;
    }
    var range = selection.getRangeAt(0);
    var start = range.startContainer.nodeType === 1 ? range.startContainer : range.startContainer.parentElement;
    var block = start && start.closest("[data-text-offset]");
    if (!block || !block.contains(range.endContainer)) {
      return null;
    }
    var before = document.createRange();
    before.setStart(block, 0);
    before.setEnd(range.startContainer, range.startOffset);
    var quote = range.toString();
    var lead = quote.length - quote.replace(/^\s+/, "").length;
    return {
      quote: quote.trim(),
      start: Number(block.dataset.textOffset) + Array.from(before.toString()).length + lead,
      report: block.dataset.report
    };
  }

  function fill(span) {
    document.querySelectorAll("form[data-add-fact]").forEach(function (form) {
      field(form, "quote").value = span.quote;
      field(form, "start").value = String(span.start);
      field(form, "report").value = span.report;
    });
    var status = document.getElementById("selection-status");
    if (status) {
      status.textContent = "Selected «" + span.quote + "» at character " + span.start +
        ": press a to add it as a target, A as an outcome.";
    }
  }

  document.addEventListener("selectionchange", function () {
    var span = selectedSpan();
    if (span && span.quote) {
      fill(span);
    }
  });

  document.querySelectorAll("form[data-add-fact]").forEach(function (form) {
    field(form, "quote").addEventListener("input", function () {
      field(form, "start").value = "";
    });
  });
})();
