"""Lines on pages back to paragraphs: joins, page furniture, page boundaries."""
import pytest

from tracker.documents.layout import Line, Page, paged_text

EM = 12.0
LEFT, RIGHT, HEIGHT = 60.0, 540.0, 840.0


def line(text: str, row: int, *, indent: float = 0, short: float = 0) -> Line:
    """A body line on row `row`; `indent` and `short` in character widths."""
    top = 100 + row * 20
    return Line(text=text, x0=LEFT + indent * EM, x1=RIGHT - short * EM, top=top, bottom=top + 16, char_width=EM)


def page(*lines: Line) -> Page:
    return Page(lines=lines, width=600, height=HEIGHT)


def head(text: str) -> Line:
    return Line(text=text, x0=270, x1=330, top=40, bottom=52, char_width=9)


def foot(text: str) -> Line:
    return Line(text=text, x0=280, x1=320, top=800, bottom=812, char_width=9)


@pytest.mark.parametrize(
    "first, second, joined",
    [
        ((("全区地区生产总值增长", 0),), ("6%左右。", 0), "全区地区生产总值增长6%左右。"),
        ((("规模以上工业增加值增长6.", 0),), ("5%。", 0), "规模以上工业增加值增长6.5%。"),
        ((("规划期为2021-", 0),), ("2025年。", 0), "规划期为2021-2025年。"),
        ((("the develop-", 0),), ("ment zone", 0), "the development zone"),
        ((("Powered", 0),), ("by Discuz", 0), "Powered by Discuz"),
        ((("GDP", 0),), ("增长", 0), "GDP增长"),
        ((("Copyright 2024", 0),), ("2025", 0), "Copyright 20242025"),
    ],
)
def test_a_full_line_runs_on_into_the_next(first, second, joined):
    (text, short), = first
    pages = paged_text([page(line(text, 0, short=short), line(second[0], 1))])
    assert pages.text == joined + "\n"


@pytest.mark.parametrize(
    "second_indent, first_short, new_paragraph",
    [
        (2, 0, True),  # the next line is indented: a new paragraph
        (0, 10, True),  # the line stops well before the margin
        (0, 1.5, False),  # within the slack of a justified line
        (0, 0, False),
    ],
)
def test_paragraph_ends(second_indent, first_short, new_paragraph):
    lines = [line("各位代表", 0, short=first_short), line("现在我代表区人民政府报告工作", 1, indent=second_indent)]
    text = paged_text([page(*lines)]).text
    assert ("\n" in text.rstrip("\n")) is new_paragraph


def test_a_number_pushed_to_the_next_line_still_joins():
    # The gap is four characters wide: 80.6%。 did not fit, so the line broke early.
    lines = [line("在园幼儿普惠率达", 0, short=4), line("80.6%。双溪敬老院入选全国案例", 1)]
    assert paged_text([page(*lines)]).text == "在园幼儿普惠率达80.6%。双溪敬老院入选全国案例\n"


def test_quotes_glue_their_neighbours_across_the_break():
    lines = [line("引育行业的“隐形冠", 0, short=4.5), line("军”和“独角兽”企业", 1)]
    assert paged_text([page(*lines)]).text == "引育行业的“隐形冠军”和“独角兽”企业\n"


@pytest.mark.parametrize("number", ["— 7 —", "- 7 -", "7", "第7页", "第 7 页 共 30 页", "7/30", "Page 7 of 30", "(7)", "vii"])
def test_page_numbers_are_dropped(number):
    pages = [page(line("地区生产总值增长6%左右", 0, short=30), foot(number))]
    assert paged_text(pages).text == "地区生产总值增长6%左右\n"


def test_a_running_head_repeated_on_the_pages_is_dropped_and_a_single_one_kept():
    pages = [page(head("重庆市人民政府公报"), line(f"第{n}段正文", 0, short=30)) for n in range(1, 4)]
    assert paged_text(pages).text == "第1段正文\n第2段正文\n第3段正文\n"
    alone = [page(head("政府工作报告"), line("正文", 0, short=30))]
    assert paged_text(alone).text == "政府工作报告\n正文\n"


def test_a_figure_in_the_bottom_margin_band_that_does_not_repeat_is_kept():
    low = Line(text="增长6%", x0=LEFT, x1=200, top=790, bottom=806, char_width=EM)
    pages = [page(line("正文", 0, short=30), low), page(line("正文", 0, short=30))]
    assert "增长6%" in paged_text(pages).text


def test_a_paragraph_running_over_a_page_break_is_joined_and_the_page_starts_mid_sentence():
    first = page(line("一般公共预算收入增长", 0), foot("1"))
    second = page(line("5%。", 0, short=30), line("各位代表", 1, indent=2, short=30), foot("2"))
    text = paged_text([first, second])
    assert text.pages == ("一般公共预算收入增长", "5%。\n各位代表\n")
    assert text.text == "一般公共预算收入增长5%。\n各位代表\n"


def test_an_empty_page_breaks_the_paragraph():
    pages = [page(line("一般公共预算收入增长", 0)), page(), page(line("5%。", 0, short=30))]
    assert paged_text(pages).pages == ("一般公共预算收入增长\n", "", "5%。\n")
