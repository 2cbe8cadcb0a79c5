"""Lines placed on pages (from a PDF's text layer or from OCR) to the text a reader would copy.

A printed report breaks every paragraph into lines and every few lines into pages, and repeats a
running head and a page number on each page. Text extraction needs paragraphs back: a line that
runs to the right margin continues on the next line unless that one is indented (a new paragraph
in Chinese typesetting starts two characters in), also across a page break. Joins never add a
space inside a number (``6.`` + ``5%`` stays ``6.5%``) and undo a hyphen only inside a word.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from tracker.documents.pages import PagedText

# The share of the page height at its top and bottom where running heads and page numbers sit.
MARGIN_BAND = 0.12
# A line whose right end is within this many character widths of the right margin is full; so is
# a line whose gap is too narrow for the next line's first unbreakable unit (a number, or a
# character with the punctuation that may not start or end a line: 项。“放).
FULL_LINE_SLACK = 2
# A line only runs on if it spans at least this share of the page width.
MIN_FULL_LINE_SPAN = 0.5
# A line starting this many character widths right of the left margin is indented.
INDENT_MIN = 0.8
# A running head repeats on at least this share of the pages (and on two pages at least).
REPEAT_SHARE = 0.5

_PAGE_NUMBER = re.compile(
    r"^[\s\-—–_·•.()（）\[\]]*(?:第\s*)?(?:\d{1,4}|[ivxlcIVXLC]{1,6})(?:\s*页)?"
    r"(?:\s*(?:/|of|共)\s*\d{1,4}\s*页?)?[\s\-—–_·•.()（）\[\]]*$"
)
_PAGE_LABEL = re.compile(r"^(?:page|Page|PAGE)\s*\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?$")
_DIGITS = re.compile(r"\d+")
_CLOSING = "」』)）》〉】〗〕.,;:!?%。,、;:!?"
_OPENING = "「『(（《〈【〖〔"
# Line breaking keeps curly quotes glued to both neighbours (Unicode line breaking class QU), so
# 军”和“独 moves to the next line as one unit.
_FIRST_UNIT = re.compile(rf"^(?:[A-Za-z0-9.%+\-/:]+|\S)(?:[{_CLOSING}]+|[“”‘’]\S?|[{_OPENING}]+\S)*")
# Latin letters and digits are about half as wide as a Chinese character.
_ASCII_WIDTH = 0.55
_SOFT_HYPHENS = "\xad\x02"


@dataclass(frozen=True)
class Line:
    """One line of text and its box on the page, in page units with y growing downwards."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    char_width: float


@dataclass(frozen=True)
class Page:
    lines: tuple[Line, ...]
    width: float
    height: float


def paged_text(pages: list[Page], *, confidence: tuple[float, ...] = (), notes: tuple[str, ...] = ()) -> PagedText:
    """The pages' body text with page furniture removed and paragraphs joined."""
    bodies = _without_furniture(pages)
    # One text column for the whole document: a page of short lines (a list, the last page) has
    # no right margin of its own.
    left, right = _margins([line for lines in bodies for line in lines])
    texts = [""] * len(pages)
    previous: tuple[Line, int] | None = None  # the last line and its page's index
    for index, lines in enumerate(bodies):
        for line in lines:
            text = line.text.strip()
            if previous is not None:
                last, last_index = previous
                separator = "\n"
                # Never across a page left out (an unreadable scan page).
                # Nor from a line narrower than half its page: in a document of short lines only
                # (a list, a centred title), the longest of them does not make a right margin.
                full_width = last.x1 - last.x0 >= pages[last_index].width * MIN_FULL_LINE_SPAN
                if index - last_index <= 1 and full_width and _continues(last, line, left=left, right=right):
                    separator = _join_separator(texts[last_index], text)
                    if separator is None:  # a hyphen inside a word goes
                        texts[last_index] = texts[last_index][:-1]
                        separator = ""
                texts[last_index] += separator
            texts[index] += text
            previous = (line, index)
    if previous is not None:
        texts[previous[1]] += "\n"
    return PagedText(pages=tuple(texts), confidence=confidence, notes=notes)


def _margins(lines: list[Line]) -> tuple[float, float]:
    """The body's left and right edges: the edges most lines reach, not the odd outlier."""
    if not lines:
        return 0.0, 0.0
    lefts = sorted(line.x0 for line in lines)
    rights = sorted(line.x1 for line in lines)
    cut = len(lines) // 10
    return lefts[cut], rights[len(rights) - 1 - cut]


def _continues(line: Line, following: Line, *, left: float, right: float) -> bool:
    width = max(line.char_width, following.char_width, 1e-6)
    unit = _FIRST_UNIT.match(following.text.strip())
    needed = sum(_ASCII_WIDTH if char.isascii() else 1.0 for char in unit.group(0)) if unit else 1.0
    full = right - line.x1 <= width * max(FULL_LINE_SLACK, needed + 0.5)
    indented = following.x0 > left + INDENT_MIN * width
    return full and not indented


def _join_separator(before: str, after: str) -> str | None:
    """What goes between two joined lines: nothing, a space between two words, or None when
    the first ends with a hyphen that splits a word."""
    if not before or not after:
        return ""
    last, first = before[-1], after[0]
    if last in _SOFT_HYPHENS or (last == "-" and len(before) > 1 and before[-2].isalpha() and first.islower()):
        return None
    if _ascii_alnum(last) and _ascii_alnum(first) and (last.isalpha() or first.isalpha()):
        return " "
    return ""


def _ascii_alnum(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _without_furniture(pages: list[Page]) -> list[list[Line]]:
    """Each page's lines without running heads, running feet and page numbers."""
    in_band = [[line for line in page.lines if _in_margin_band(line, page)] for page in pages]
    repeated = Counter(key for lines in in_band for key in {_repeat_key(line.text) for line in lines})
    needed = max(2, REPEAT_SHARE * len(pages))
    bodies = []
    for page, band in zip(pages, in_band):
        furniture = {
            id(line) for line in band if _is_page_number(line.text) or repeated[_repeat_key(line.text)] >= needed
        }
        bodies.append([line for line in page.lines if id(line) not in furniture and line.text.strip()])
    return bodies


def _in_margin_band(line: Line, page: Page) -> bool:
    return line.bottom <= page.height * MARGIN_BAND or line.top >= page.height * (1 - MARGIN_BAND)


def _repeat_key(text: str) -> str:
    return _DIGITS.sub("#", "".join(text.split()))


def _is_page_number(text: str) -> bool:
    text = text.strip()
    return len(text) <= 20 and bool(_PAGE_NUMBER.match(text) or _PAGE_LABEL.match(text))
