"""The paragraph around a quote, cut from a window of the report text.

The item page shows each quote inside its paragraph so a reviewer can judge it in context. The
database sends only a window of WINDOW characters either side of the span (a report is 100 KB),
and this pure function trims that window to the paragraph and splits it around the quote.
Templates escape the three parts, so a report full of HTML shows as text.
"""
from __future__ import annotations

from dataclasses import dataclass

WINDOW = 400
ELLIPSIS = "…"


@dataclass(frozen=True)
class Excerpt:
    before: str
    quote: str
    after: str
    # False when the text at the stored span is not the quote: the page then says so.
    located: bool


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
    if line_start >= 0:
        before = before[line_start + 1 :]
    elif offset > 0:
        before = ELLIPSIS + before
    line_end = after.find("\n")
    if line_end >= 0:
        after = after[:line_end]
    elif len(after) >= WINDOW:
        after += ELLIPSIS
    return Excerpt(before=before, quote=window[head:tail], after=after, located=True)
