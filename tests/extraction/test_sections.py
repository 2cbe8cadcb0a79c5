"""tracker/extraction/sections.py: which part of a report a paragraph is in (synthetic texts)."""
import pytest

from tracker.extraction.sections import GOALS, OTHER, PLAN, REVIEW, UNKNOWN, five_year_plan_span, split_paragraphs


def parts(text, year=2024):
    return [(paragraph.part, paragraph.term, paragraph.span) for paragraph in split_paragraphs(text, year)]


@pytest.mark.parametrize("ordinal, span", [("一", (2006, 2010)), ("三", (2016, 2020)), ("四", (2021, 2025)),
                                           ("五", (2026, 2030))])
def test_five_year_plan_span(ordinal, span):
    assert five_year_plan_span(ordinal) == span


def test_full_report():
    text = "各位代表:\n一、2023年工作回顾\n过去一年,…\n二、2024年工作安排\n今年…\n三、加强政府自身建设\n…"
    assert [part for part, _, _ in parts(text)] == [OTHER, REVIEW, REVIEW, PLAN, PLAN, OTHER, OTHER]


def test_term_review_then_last_year():
    text = ("一、回首“十三五”,成果丰硕\n(一)过去的五年,是…的五年。\n继续…\n极不寻常的2020年,我们取得的成绩…\n"
            "——经济增长…\n二、展望“十四五”\n——奋战五年…\n三、拼搏2021:确保“十四五”开新局\n2021年是…")
    assert parts(text, 2021) == [
        (REVIEW, True, (2016, 2020)), (REVIEW, True, (2016, 2020)), (REVIEW, True, (2016, 2020)),
        (REVIEW, False, None), (REVIEW, False, None),
        (GOALS, False, (2021, 2025)), (GOALS, False, (2021, 2025)),
        (PLAN, False, None), (PLAN, False, None),
    ]


def test_fragment_starting_inside_the_review():
    text = "过去一年,我们…\n二、2024年工作安排\n今年…"
    assert [part for part, _, _ in parts(text)] == [REVIEW, PLAN, PLAN]


def test_five_year_goals_heading_spans_from_the_report_year():
    text = "二、今后五年工作的总体要求和奋斗目标\n今后五年发展的主要目标是:"
    assert parts(text, 2022) == [(GOALS, False, (2022, 2026)), (GOALS, False, (2022, 2026))]


def test_goal_paragraph_inside_the_plan():
    text = "二、2024年工作安排\n到2027年,全区…\n今年…"
    assert parts(text) == [(PLAN, False, None), (GOALS, False, (2024, 2027)), (PLAN, False, None)]


def test_news_article_without_headings():
    text = ("两会召开\n五年来,全区…\n预计实现地区生产总值947亿元。\n刚刚过去的2021年,…\n未来五年,将…\n"
            "今年经济社会发展主要目标是:…")
    assert parts(text, 2022) == [
        (UNKNOWN, False, None), (REVIEW, True, (2017, 2021)), (REVIEW, True, (2017, 2021)), (REVIEW, False, None),
        (GOALS, False, (2022, 2026)), (PLAN, False, None),
    ]


def test_without_a_report_year_only_words_decide():
    assert parts("一、过去五年工作回顾\n五年来,…", None) == [(REVIEW, True, None), (REVIEW, True, None)]


def test_headings_that_lost_their_numbers():
    text = "2023年工作回顾\n地区生产总值增长6%。\n2024年工作安排\n今年…"
    assert [part for part, _, _ in parts(text)] == [REVIEW, REVIEW, PLAN, PLAN]
