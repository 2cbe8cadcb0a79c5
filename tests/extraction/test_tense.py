"""tracker/extraction/tense.py: a sentence's own time cue and form decide whether its figures are
targets or outcomes, whatever the part it stands in. All texts are synthetic (written for these
tests in the style of real reports, not quoted)."""
import pytest

from tests.extraction.synthetic import pick
from tracker.extraction import extract_report

YEAR = 2024
HEADINGS = {
    "review": "一、2023年工作回顾",
    "plan": "二、2024年工作安排",
    "goals": "二、今后五年的奋斗目标",
    "news": "某某区两会召开",  # no headings at all
}
T_FIELDS = ("indicator", "period", "kind", "value", "qualifier")
A_FIELDS = ("indicator", "period", "kind", "value", "estimate")


def both(part: str, text: str) -> tuple[list, list]:
    result = extract_report(f"{HEADINGS[part]}\n{text}", report_year=YEAR).to_dict()
    return ([pick(row, T_FIELDS) for row in result["targets"]], [pick(row, A_FIELDS) for row in result["actuals"]])


@pytest.mark.parametrize("part, sentence, targets, actuals", [
    # A target form inside a review or a news article is a target.
    ("review", "今年全区地区生产总值预期增长6%左右。", [("gdp", "2024", "growth", 6, "approx")], []),
    ("review", "今年,全区将力争规上工业增加值增长8%。", [("industrial_va_above_scale", "2024", "growth", 8, "exact")], []),
    ("news", "今年,全区确保一般公共预算收入增长5%。", [("general_budget_revenue", "2024", "growth", 5, "exact")], []),
    ("review", "主要预期目标是:地区生产总值增长6%左右。", [("gdp", "2024", "growth", 6, "approx")], []),
    # …but not a reporting form: an estimate stays an outcome, a bare mention is neither.
    ("review", "预计今年全区地区生产总值增长5%左右。", [], [("gdp", "2023", "growth", 5, True)]),
    ("news", "全区地区生产总值增长6%。", [], []),
    # An outcome form inside the plan is an outcome.
    ("plan", "去年,全区地区生产总值增长6.1%。", [], [("gdp", "2023", "growth", 6.1, False)]),
    ("plan", "2023年,全区一般公共预算收入完成35.6亿元。", [], [("general_budget_revenue", "2023", "level", 35.6, False)]),
    ("plan", "全区实现地区生产总值1000亿元,同比增长6.5%,为今年发展奠定了基础。", [],
     [("gdp", "2023", "level", 1000, False), ("gdp", "2023", "growth", 6.5, False)]),
    ("news", "全区地区生产总值同比增长6%。", [], [("gdp", "2023", "growth", 6, False)]),
    # …unless the words after the cue commit to the figure.
    ("plan", "在去年基础上,力争全区地区生产总值同比增长7%。", [("gdp", "2024", "growth", 7, "exact")], []),
    ("plan", "力争全年实现地区生产总值同比增长7%。", [("gdp", "2024", "growth", 7, "exact")], []),
    # Both sides in one sentence: each figure follows the last cue before it.
    ("plan", "2023年全区地区生产总值增长6.1%,今年预期增长6%左右。",
     [("gdp", "2024", "growth", 6, "approx")], [("gdp", "2023", "growth", 6.1, False)]),
    ("review", "去年全区规上工业增加值增长8%,高新技术企业达到320家,今年力争新增50家。",
     [("other", "2024", "count", 50, "exact")],
     [("industrial_va_above_scale", "2023", "growth", 8, False), ("other", "2023", "count", 320, False)]),
    # A comparison base is no cue: the plan keeps its targets.
    ("plan", "单位地区生产总值能耗较2020年下降13.5%。", [("energy_intensity", "2024", "growth", -13.5, "exact")], []),
    ("plan", "以2020年为基期,全区地区生产总值增长6%。", [("gdp", "2024", "growth", 6, "exact")], []),
    # A target restated in a review is no outcome, nor a target.
    ("review", "较好完成了年初确定的地区生产总值增长6%左右的目标。", [], []),
    ("review", "年初确定的主要预期目标是:地区生产总值增长6%左右。", [], []),
    ("review", "地区生产总值增长6.2%,高于年初预期目标0.2个百分点。", [], [("gdp", "2023", "growth", 6.2, False)]),
])
def test_a_sentence_form_wins_over_its_part(part, sentence, targets, actuals):
    assert both(part, sentence) == (targets, actuals)


@pytest.mark.parametrize("part, text, targets, actuals", [
    # A goal cue in the middle of a plan paragraph governs its own sentence…
    ("plan", "加快发展先进制造业。到2027年,规上工业总产值突破2000亿元。新增规上工业企业30家。",
     [("industrial_output_above_scale", "2027", "level", 2000, "at_least"),
      ("other", "2024", "count", 30, "exact")], []),
    ("plan", "推进产业升级,今后五年,全区地区生产总值年均增长6.5%。今年地区生产总值增长6%。",
     [("gdp", "2024-2028", "growth", 6.5, "exact"), ("gdp", "2024", "growth", 6, "exact")], []),
    ("plan", "“十四五”时期,全区研发经费投入强度年均提高0.2个百分点;今年研发经费投入强度达到2.5%。",
     [("rd_intensity", "2024-2025", "growth", 0.2, "exact"), ("rd_intensity", "2024", "share", 2.5, "exact")], []),
    # …and never the next paragraph.
    ("plan", "到2027年,全区规上工业企业达到800家。\n全区规上工业企业达到600家。",
     [("other", "2027", "count", 800, "exact"), ("other", "2024", "count", 600, "exact")], []),
    # A term cue in an annual review paragraph, and back.
    ("review", "过去一年,全区市场主体达到1.2万户,地区生产总值增长6%。五年来,累计完成固定资产投资3000亿元。",
     [], [("other", "2023", "count", 1.2, False), ("gdp", "2023", "growth", 6, False),
          ("fixed_asset_investment", "2019-2023", "level", 3000, False)]),
    ("review", "五年来,地区生产总值年均增长6.5%。2023年,地区生产总值增长6%。",
     [], [("gdp", "2019-2023", "growth", 6.5, False), ("gdp", "2023", "growth", 6, False)]),
    # A subject named before ; carries over; before 。 it does not.
    ("review", "2022年,全区地区生产总值增长3%;2023年增长6%。",
     [], [("gdp", "2022", "growth", 3, False), ("gdp", "2023", "growth", 6, False)]),
    ("review", "全区地区生产总值增长6%。2023年增长7%。", [], [("gdp", "2023", "growth", 6, False)]),
])
def test_a_cue_governs_its_sentence_only(part, text, targets, actuals):
    assert both(part, text) == (targets, actuals)


# A whole synthetic report whose headings carry no cue words, a year in words, and a plan part
# that says 下一步工作.
UNUSUAL_HEADINGS = """2024年某某市某某区政府工作报告
——2024年1月12日在某某区第三届人民代表大会第四次会议上
某某区人民政府区长 王某
各位代表:
一、砥砺奋进的一年
过去一年,全区地区生产总值增长6.2%,一般公共预算收入完成35.6亿元、增长8.1%。
二、踔厉奋发 勇毅前行
二〇二四年是实现“十四五”规划目标任务的关键一年。全区经济社会发展的主要预期目标是:地区生产总值增长6%左右,一般公共预算收入增长5%。
加快发展先进制造业。到2027年,规上工业总产值突破2000亿元。新增规上工业企业30家。
三、下一步工作
新建5G基站500个。
四、全面加强政府自身建设
政府一般性支出压减5%。
"""


def test_a_report_with_unusual_headings():
    result = extract_report(UNUSUAL_HEADINGS).to_dict()
    assert [pick(row, ("indicator", "period", "kind", "value", "headline")) for row in result["targets"]] == [
        ("gdp", "2024", "growth", 6, True),
        ("general_budget_revenue", "2024", "growth", 5, True),
        ("industrial_output_above_scale", "2027", "level", 2000, False),
        ("other", "2024", "count", 30, False),
        ("other", "2024", "count", 500, False),
    ]
    assert [pick(row, A_FIELDS) for row in result["actuals"]] == [
        ("gdp", "2023", "growth", 6.2, False),
        ("general_budget_revenue", "2023", "level", 35.6, False),
        ("general_budget_revenue", "2023", "growth", 8.1, False),
    ]


@pytest.mark.parametrize("part, text, targets, actuals", [
    # 今年 in a review needs a commitment (将, 力争, 左右 …): it may be the year just ended.
    ("review", "今年全区地区生产总值增长6.5%。", [], []),
    ("review", "今年,全区地区生产总值将增长6.5%。", [("gdp", "2024", "growth", 6.5, "exact")], []),
    # A goal cue can only look ahead.
    ("review", "全区经济持续向好。未来五年,全区地区生产总值年均增长7%。", [("gdp", "2024-2028", "growth", 7, "exact")], []),
    ("news", "报告指出,到2027年,全区规上工业总产值突破1000亿元。",
     [("industrial_output_above_scale", "2027", "level", 1000, "at_least")], []),
])
def test_future_cues_outside_the_plan(part, text, targets, actuals):
    assert both(part, text) == (targets, actuals)
