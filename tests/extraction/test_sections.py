"""tracker/extraction/sections.py: which part of a report a paragraph is in (synthetic texts)."""
import pytest

from tracker.extraction.sections import (
    GOALS, OTHER, PLAN, REVIEW, TERM, UNKNOWN, find_cues, five_year_plan_span, split_paragraphs,
)


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


# Headings in the forms real reports use (synthetic lines, written for these tests).
@pytest.mark.parametrize("heading, part", [
    ("二、2024年工作安排", PLAN),
    ("二、二〇二四年工作安排", PLAN),
    ("二、今年工作安排", PLAN),
    ("二、2024年重点工作", PLAN),
    ("三、下一步工作", PLAN),
    ("二、关于2024年经济社会发展目标任务", PLAN),
    ("二、今后五年的主要目标", GOALS),
    ("二、今后五年工作的总体要求和奋斗目标", GOALS),
    ("一、2023年工作回顾", REVIEW),
    ("一、二〇二三年工作回顾", REVIEW),
    ("一、过去一年工作回顾", REVIEW),
    ("一、一年来的主要工作", REVIEW),
    ("一、2023年目标任务完成情况", REVIEW),
    ("四、全面加强政府自身建设", OTHER),
])
def test_heading_parts(heading, part):
    assert parts(f"{heading}\n…", 2024)[0][0] == part


@pytest.mark.parametrize("text, expected", [
    # A heading without a cue word or a year opens the part its first words name.
    ("一、2023年工作回顾\n过去一年…\n二、坚定信心,奋力开创新局面\n2024年是…的关键一年。\n(一)加快…",
     [REVIEW, REVIEW, PLAN, PLAN, PLAN]),
    ("一、2023年工作回顾\n过去一年…\n二、凝心聚力,砥砺前行\n今年政府工作的总体要求是…", [REVIEW, REVIEW, PLAN, PLAN]),
    ("一、砥砺奋进的一年\n过去一年,全区…\n二、奋力谱写新篇章\n2024年是…", [REVIEW, REVIEW, PLAN, PLAN]),
    # …and the review goes on when the first words under it still look back.
    ("一、2023年工作回顾\n过去一年…\n二、经济发展稳中有进\n2023年,全区…", [REVIEW, REVIEW, REVIEW, REVIEW]),
    # Inside the plan, a heading without a cue never turns the part back, nor does a goal cue.
    ("二、2024年工作安排\n今年…\n三、加快建设现代化产业体系\n到2027年,…", [PLAN, PLAN, PLAN, GOALS]),
    # After an outlook, only the year's plan takes over.
    ("二、今后五年的奋斗目标\n今后五年…\n三、扎实推进高质量发展\n2024年是…", [GOALS, GOALS, PLAN, PLAN]),
])
def test_headings_without_cues_are_named_by_their_first_words(text, expected):
    assert [part for part, _, _ in parts(text)] == expected


def test_a_cue_in_the_first_sentence_counts_beyond_thirty_characters():
    text = "二、2024年工作安排\n各位代表,我们要以更加昂扬的精神状态、更加务实的工作作风,全力以赴抓落实,今后五年,全区…"
    assert parts(text)[1] == (GOALS, False, (2024, 2028))


def test_a_cue_in_a_later_sentence_does_not_move_the_paragraph():
    text = "二、2024年工作安排\n加快发展先进制造业。到2027年,规上工业总产值突破2000亿元。\n新增企业30家。"
    assert [part for part, _, _ in parts(text)] == [PLAN, PLAN, PLAN]


@pytest.mark.parametrize("sentence, expected", [
    ("过去五年,…", [(TERM, (2019, 2023), None)]),
    ("“十三五”时期,…", [(TERM, (2016, 2020), None)]),
    ("“十四五”以来,…", [(TERM, (2021, 2023), None)]),
    ("“十四五”时期,…", [(GOALS, (2024, 2025), None)]),
    ("去年,…今年,…", [(REVIEW, None, None), (PLAN, None, None)]),
    ("2023年,…到2027年,…", [(REVIEW, None, 2023), (GOALS, (2024, 2027), 2027)]),
    ("二〇二三年,…", [(REVIEW, None, 2023)]),
    ("今年以来,…", [(REVIEW, None, None)]),
    # Comparison bases and starting points are no cues.
    ("比2020年翻一番,较上年增长,按2020年价格,由2019年的…,2019年以来,在去年基础上", []),
])
def test_find_cues(sentence, expected):
    cues = find_cues(sentence, 0, len(sentence), 2024)
    assert [(cue.part, cue.span, cue.year) for cue in cues] == expected


@pytest.mark.parametrize("line", [
    "2024年某某县政府工作报告", "二〇二四年某某县人民政府工作报告(全文)", "——2024年1月12日在某某县第十八届人民代表大会第四次会议上",
])
def test_titles_and_datelines_name_no_part(line):
    assert find_cues(line, 0, len(line), 2024) == []


def test_a_news_title_does_not_turn_the_article_into_a_plan():
    text = "2024年某某县政府工作报告(摘要)\n全县地区生产总值增长6.8%。\n今年全县地区生产总值预期增长6.5%左右。"
    assert [part for part, _, _ in parts(text)] == [UNKNOWN, UNKNOWN, PLAN]
