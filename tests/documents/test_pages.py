"""Page boundaries carried from the text as read into the normalised text spans point into."""
import pytest

from tracker.documents.pages import normalized_page_starts, page_of
from tracker.extraction.normalize import normalize_text


def _pages_of(pages: tuple[str, ...], phrase: str) -> int:
    normalized = normalize_text("".join(pages))
    starts = normalized_page_starts(pages, normalized)
    return page_of(starts, normalized.index(phrase))


PAGES = (
    "設為首頁\n二〇二四年政府工作报告\n各位代表:\n過去一年,地区生产总值增长 6. 5 %,",
    "全年完成一般公共预算收入４,233.2亿元。\n\n\n二、2024年工作安排\n",
    "主要预期目标是:地区生产总值增长6%左右,城镇调查失业率控制在5.5%以内。\n",
    "",
    "固定资产投资增长5%[1]。\n返回顶部\n",
)


@pytest.mark.parametrize(
    "phrase, page",
    [
        ("政府工作报告", 1),
        ("地区生产总值增长6.5%", 1),
        ("一般公共预算收入4233.2亿元", 2),
        ("二、2024年工作安排", 2),
        ("城镇调查失业率", 3),
        ("固定资产投资增长5%", 5),
    ],
)
def test_a_phrase_is_on_the_page_it_was_on_before_normalisation(phrase, page):
    assert _pages_of(PAGES, phrase) == page


def test_page_starts_rise_and_the_first_is_zero():
    normalized = normalize_text("".join(PAGES))
    starts = normalized_page_starts(PAGES, normalized)
    assert starts[0] == 0 and starts == sorted(starts) and len(starts) == len(PAGES)


def test_a_phrase_repeated_on_every_page_does_not_confuse_the_search():
    pages = tuple(f"地区生产总值增长{n}%左右,各项工作扎实推进,经济运行总体平稳。\n" * 3 for n in range(1, 7))
    for number in range(1, 7):
        assert _pages_of(pages, f"增长{number}%") == number


def test_a_text_without_pages_has_no_page_numbers():
    assert page_of([], 120) is None
