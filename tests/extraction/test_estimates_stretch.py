"""Estimates (预计, 初步核算, 约, 有望) and stretch commitments (力争, 争取, 努力), on synthetic
sentences in the style of real reports (written for these tests, not quoted)."""
import pytest

from tests.extraction.synthetic import pick, plan_rows, review_rows
from tracker.extraction.qualifiers import is_stretch


@pytest.mark.parametrize("sentence, expected", [
    ("预计全年地区生产总值增长5.5%左右。", [("gdp", 5.5, True)]),
    ("初步核算,全区地区生产总值达到1200亿元,增长6%。", [("gdp", 1200, True), ("gdp", 6, True)]),
    ("初步测算,全区地区生产总值增长5%。", [("gdp", 5, True)]),
    ("全年一般公共预算收入有望突破80亿元。", [("general_budget_revenue", 80, True)]),
    ("地区生产总值约1200亿元。", [("gdp", 1200, True)]),
    ("实现地区生产总值大约1200亿元。", [("gdp", 1200, True)]),
    # 约 qualifies only the figure it stands before; a final figure is no estimate.
    ("规上工业企业约占全区企业总数10%,规上工业增加值增长8%。", [("industrial_va_above_scale", 8, False)]),
    ("地区生产总值达到1200亿元,增长6%。", [("gdp", 1200, False), ("gdp", 6, False)]),
    # An estimate does not outlive its sentence.
    ("预计全年地区生产总值增长5%。一般公共预算收入增长3%。", [("gdp", 5, True), ("general_budget_revenue", 3, False)]),
])
def test_estimates(sentence, expected):
    assert [pick(row, ("indicator", "value", "estimate")) for row in review_rows(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # 力争/争取/努力 governing the commitment make it a stretch goal.
    ("力争地区生产总值达到1000亿元。", [("gdp", 1000, True)]),
    ("地区生产总值增长6%以上,力争达到7%。", [("gdp", 6, False), ("gdp", 7, True)]),
    ("争取新增高新技术企业20家。", [("other", 20, True)]),
    ("争取全年规上工业增加值增长8%。", [("industrial_va_above_scale", 8, True)]),
    ("努力实现居民人均可支配收入增长6%。", [("disposable_income", 6, True)]),
    ("力争全年地区生产总值增长7%,一般公共预算收入突破100亿元。",
     [("gdp", 7, True), ("general_budget_revenue", 100, True)]),
    # 确保 (ensure) in a later clause is firm, whatever 力争 opened the sentence with.
    ("力争新增规上工业企业30家,确保空气质量优良天数达到320天以上。",
     [("other", 30, True), ("good_air_days", 320, False)]),
    # 争取 meaning "obtain" is no stretch.
    ("争取中央资金5亿元。", [("other", 5, False)]),
    ("争取中央预算内投资和专项债券资金20亿元以上。", [("other", 20, False)]),
    ("积极争取上级转移支付资金10亿元,新增就业5000人。", [("other", 10, False), ("new_urban_jobs", 5000, False)]),
    # A striving after the list does not make the list a stretch.
    ("主要预期目标是:地区生产总值增长6%左右,一般公共预算收入增长5%,在实际工作中争取更好结果。",
     [("gdp", 6, False), ("general_budget_revenue", 5, False)]),
    ("主要预期目标是:地区生产总值增长6%左右。在实际工作中争取更好结果。", [("gdp", 6, False)]),
])
def test_stretch(sentence, expected):
    assert [pick(row, ("indicator", "value", "stretch")) for row in plan_rows(sentence)] == expected


@pytest.mark.parametrize("text, stretch", [
    ("力争", True), ("力争新增", True), ("争取全年地区生产总值增长", True), ("争取达到", True), ("努力", True),
    ("争取中央资金", False), ("积极争取上级转移支付资金", False), ("", False), ("确保", False),
])
def test_is_stretch(text, stretch):
    assert is_stretch(text) is stretch


def test_an_estimate_opening_a_list_governs_it_up_to_the_full_stop():
    # SYNTHETIC, in the style of a January report on the year just ended.
    from tracker.extraction import extract_report

    text = ("政府工作报告\n——2019年1月15日在某某区第十七届人民代表大会第四次会议上\n"
            "2018年,我们预计完成地区生产总值320亿元、增长8%;一般公共预算收入22.6亿元、增长9%。城镇新增就业1.2万人。\n")
    assert [(a.indicator, a.kind, a.estimate) for a in extract_report(text).actuals] == [
        ("gdp", "level", True), ("gdp", "growth", True), ("general_budget_revenue", "level", True),
        ("general_budget_revenue", "growth", True), ("new_urban_jobs", "count", False)]
