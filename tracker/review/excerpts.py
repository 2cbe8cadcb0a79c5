"""The paragraph around a quote, cut from a window of the report text.

The item page shows each quote inside its paragraph so a reviewer can judge it in context. The
database sends only a window of WINDOW characters either side of the span (a report is 100 KB),
and this pure function trims that window to the paragraph and splits it around the quote.
Templates escape the three parts, so a report full of HTML shows as text. The excerpt knows where it
starts in the full text, so a reviewer can select a missed figure in it (see fact_entry).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

WINDOW = 400
Label = TypeVar("Label")


@dataclass(frozen=True)
class Excerpt:
    before: str
    quote: str
    after: str
    # False when the text at the stored span is not the quote: the page then says so.
    located: bool
    # Where `before` starts in the full text, so a selection in the excerpt maps to a span of it.
    offset: int | None = None
    # The paragraph goes on beyond the window (shown as an ellipsis, which is not report text).
    cut_before: bool = False
    cut_after: bool = False


def window_start(start: int) -> int:
    """Offset in the full text of the window's first character (the selector's Substr agrees)."""
    return max(0, start - WINDOW)


def paragraph_excerpt(*, window: str | None, start: int, end: int, quote: str) -> Excerpt:
    """`window` is text[window_start(start) : end + WINDOW]; start/end index the full text."""
    if not window:
        return Excerpt(before="", quote=quote, after="", located=False)
    offset = window_start(start)
    head, tail = start - offset, end - offset
    if window[head:tail] != quote:
        found = window.find(quote)
        if found < 0:
            return Excerpt(before="", quote=quote, after="", located=False)
        head, tail = found, found + len(quote)
    before, after = window[:head], window[tail:]
    line_start = before.rfind("\n")
    cut_before = line_start < 0 and offset > 0
    if line_start >= 0:
        before = before[line_start + 1 :]
    line_end = after.find("\n")
    cut_after = line_end < 0 and len(after) >= WINDOW
    if line_end >= 0:
        after = after[:line_end]
    return Excerpt(
        before=before, quote=window[head:tail], after=after, located=True, offset=offset + head - len(before),
        cut_before=cut_before, cut_after=cut_after,
    )


def marked_segments(text: str, spans: list[tuple[int, int, Label]]) -> list[tuple[str, Label | None]]:
    """The text cut into pieces, each with the label of the span it is (None between spans).
    Spans are (start, end, label); one overlapping an earlier span is left unmarked. Joined, the
    pieces are the text unchanged, so offsets of a selection in the page are offsets of the text."""
    pieces: list[tuple[str, Label | None]] = []
    position = 0
    for start, end, label in sorted(spans):
        if start < position or end > len(text) or start >= end:
            continue
        if start > position:
            pieces.append((text[position:start], None))
        pieces.append((text[start:end], label))
        position = end
    if position < len(text):
        pieces.append((text[position:], None))
    return pieces
