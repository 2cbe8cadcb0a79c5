"""A document's text with its page boundaries, and those boundaries carried into normalised text.

Targets and outcomes point into the normalised text, so a page number is found there: the
importer stores where each page starts in it (``page_starts``) and a span's page is the last page
starting at or before the span. Normalisation removes characters (spaces, chrome lines, glosses),
so each page's start is found again by searching the normalised page's opening words near where
the page lengths so far predict it.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from tracker.extraction.normalize import normalize_text

# Characters of a page's opening searched for; long enough to be unique in a window.
ANCHOR_LENGTH = 16
# How far from the predicted start the anchor may be found.
SEARCH_SLACK = 400


@dataclass(frozen=True)
class PagedText:
    """Text read from a paged document. ``pages[i]`` is the text page i+1 contributes (a paragraph
    running over a page break is joined, so a page may start mid-sentence); ``confidence[i]`` is
    the OCR confidence of page i+1 (0-100) when the text came from OCR."""

    pages: tuple[str, ...]
    confidence: tuple[float, ...] = ()
    notes: tuple[str, ...] = field(default=())

    @property
    def text(self) -> str:
        return "".join(self.pages)

    @property
    def page_count(self) -> int:
        return len(self.pages)


def normalized_page_starts(pages: tuple[str, ...], normalized: str) -> list[int]:
    """Offset in ``normalized`` (normalize_text of the joined pages) where each page starts."""
    starts: list[int] = []
    predicted = 0
    for index, page in enumerate(pages):
        page_normalized = normalize_text(page)
        if index == 0:
            start = 0
        else:
            start = _find_anchor(page_normalized, normalized, predicted)
            start = max(start, starts[-1])
        starts.append(start)
        predicted = start + len(page_normalized) + 1
    return starts


def _find_anchor(page: str, normalized: str, predicted: int) -> int:
    predicted = min(predicted, len(normalized))
    low = max(0, predicted - SEARCH_SLACK)
    high = predicted + SEARCH_SLACK + ANCHOR_LENGTH
    # The page's first characters may be changed by what precedes them (a thousands separator,
    # a joined line), so later openings are tried too.
    for skip in range(0, min(4, len(page))):
        anchor = page[skip : skip + ANCHOR_LENGTH]
        if len(anchor) < 2:
            break
        hits = _occurrences(normalized, anchor, low, high)
        if hits:
            return max(0, min(hits, key=lambda hit: abs(hit - skip - predicted)) - skip)
    return predicted


def _occurrences(text: str, needle: str, low: int, high: int) -> list[int]:
    hits, position = [], text.find(needle, low, high)
    while position != -1:
        hits.append(position)
        position = text.find(needle, position + 1, high)
    return hits


def page_of(page_starts: list[int], offset: int) -> int | None:
    """1-based page of a character offset, or None for a text without pages."""
    if not page_starts:
        return None
    return bisect_right(page_starts, offset)
