"""The paragraph around a quote, as a table of cases; pure, no database."""
import pytest

from tracker.review.excerpts import WINDOW, Excerpt, marked_segments, paragraph_excerpt, window_start

TEXT = "第一段。\n主要预期目标是：地区生产总值增长6%左右，城镇调查失业率5.5%以内。\n第三段。"
QUOTE = "地区生产总值增长6%左右"
START = TEXT.index(QUOTE)


def _window(text: str, start: int, end: int) -> str:
    return text[window_start(start) : end + WINDOW]


@pytest.mark.parametrize(
    "text, start, quote, expected",
    [
        (TEXT, START, QUOTE, Excerpt("主要预期目标是：", QUOTE, "，城镇调查失业率5.5%以内。", True, 5)),
        # A stale span: the quote is found nearby in the window.
        (TEXT, START - 3, QUOTE, Excerpt("主要预期目标是：", QUOTE, "，城镇调查失业率5.5%以内。", True, 5)),
        # Nowhere to be found: the quote alone, flagged.
        (TEXT, START, "粮食产量1.3万亿斤", Excerpt("", "粮食产量1.3万亿斤", "", False)),
        # A paragraph longer than the window is cut, with an ellipsis.
        ("甲" * 1000 + QUOTE + "乙" * 1000, 1000, QUOTE, Excerpt("甲" * WINDOW, QUOTE, "乙" * WINDOW, True, 600, True, True)),
        # At the very start of the text: no ellipsis before.
        (QUOTE + "。", 0, QUOTE, Excerpt("", QUOTE, "。", True, 0)),
        # Markup is kept as text here; the template escapes it.
        ("<p>" + QUOTE + "<script>", 3, QUOTE, Excerpt("<p>", QUOTE, "<script>", True, 0)),
    ],
)
def test_paragraph_excerpt(text, start, quote, expected):
    window = _window(text, start, start + len(quote))
    assert paragraph_excerpt(window=window, start=start, end=start + len(quote), quote=quote) == expected


def test_the_offset_maps_the_excerpt_to_the_full_text():
    excerpt = paragraph_excerpt(window=_window(TEXT, START, START + len(QUOTE)), start=START, end=START + len(QUOTE), quote=QUOTE)
    shown = excerpt.before + excerpt.quote + excerpt.after
    assert TEXT[excerpt.offset : excerpt.offset + len(shown)] == shown


def test_no_window_means_the_quote_alone():
    assert paragraph_excerpt(window=None, start=5, end=9, quote="增长6%") == Excerpt("", "增长6%", "", False)


@pytest.mark.parametrize(
    "spans, expected",
    [
        ([], [(TEXT, None)]),
        ([(START, START + len(QUOTE), "t1")], [(TEXT[:START], None), (QUOTE, "t1"), (TEXT[START + len(QUOTE):], None)]),
        ([(0, 4, "a"), (2, 6, "overlaps")], [(TEXT[:4], "a"), (TEXT[4:], None)]),
        ([(0, len(TEXT), "all")], [(TEXT, "all")]),
    ],
)
def test_marked_segments_keep_the_text(spans, expected):
    pieces = marked_segments(TEXT, spans)
    assert pieces == expected and "".join(piece for piece, _ in pieces) == TEXT
