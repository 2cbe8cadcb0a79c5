"""分别 lists and whose figure a figure is (the government's own, a parent's, a sub-area's or
another government's), on synthetic sentences in the style of real reports (written for these
tests, not quoted)."""
import pytest

from tests.extraction.synthetic import pick, plan_rows, review_rows
from tracker.extraction import extract_report
from tracker.extraction.subjects import Place


@pytest.mark.parametrize("sentence, expected", [
    ("第一、二、三产业增加值分别增长3.5%、5.8%、6.2%。",
     [("primary_industry_va", 3.5), ("secondary_industry_va", 5.8), ("tertiary_industry_va", 6.2)]),
    ("一、二、三产业增加值分别增长3.5%、5.8%、6.2%。",
     [("primary_industry_va", 3.5), ("secondary_industry_va", 5.8), ("tertiary_industry_va", 6.2)]),
    ("第一、第二、第三产业增加值分别增长3.5%、5.8%和6.2%。",
     [("primary_industry_va", 3.5), ("secondary_industry_va", 5.8), ("tertiary_industry_va", 6.2)]),
    ("三次产业增加值分别增长3.5%、5.8%、6.2%。",
     [("primary_industry_va", 3.5), ("secondary_industry_va", 5.8), ("tertiary_industry_va", 6.2)]),
    ("第二产业、第三产业增加值分别增长6.8%、6.6%。", [("secondary_industry_va", 6.8), ("tertiary_industry_va", 6.6)]),
    ("城乡居民人均可支配收入分别增长5.6%、7.9%。", [("disposable_income_urban", 5.6), ("disposable_income_rural", 7.9)]),
    ("城镇和农村居民人均可支配收入分别达到4.5万元和2.1万元。",
     [("disposable_income_urban", 4.5), ("disposable_income_rural", 2.1)]),
    ("规上工业增加值、固定资产投资、社会消费品零售总额分别增长8%、5%和7%。",
     [("industrial_va_above_scale", 8), ("fixed_asset_investment", 5), ("retail_sales", 7)]),
    # Values without as many subjects are parts of a year or a series, not results.
    ("地区生产总值前三季度分别增长4.8%、3.7%、5.8%。", []),
])
def test_listwise_pairs(sentence, expected):
    assert [pick(row, ("indicator", "value")) for row in review_rows(sentence)] == expected


DISTRICT = "2024年某某市某某区政府工作报告\n一、2023年工作回顾\n{}"
COUNTY_NEWS = "某某县十八届人大三次会议开幕 县长作政府工作报告\n报告显示,{}"


def actual_scopes(template: str, sentence: str) -> list[tuple]:
    result = extract_report(template.format(sentence), report_year=2024).to_dict()
    return [pick(row, ("indicator", "value", "scope")) for row in result["actuals"]]


@pytest.mark.parametrize("sentence, expected", [
    # The government itself, by its collective name or its own name.
    ("全区地区生产总值增长6%。", [("gdp", 6, None)]),
    ("某某区地区生产总值增长6%。", [("gdp", 6, None)]),
    # A parent's figure keeps the parent as scope, so that it is never the district's own.
    ("全市地区生产总值增长5.6%,我区增长6.2%。", [("gdp", 5.6, "全市"), ("gdp", 6.2, None)]),
    ("全市GDP增长5.6%。", [("gdp", 5.6, "全市")]),
    ("全国居民消费价格上涨0.2%。", [("cpi", 0.2, "全国")]),
    ("某某市地区生产总值增长5.6%。", [("gdp", 5.6, "某某市")]),
    # Sub-areas by their common suffixes, alone or opening the sentence.
    ("高新区实现规上工业总产值820亿元,规上工业增加值增长12%。",
     [("industrial_output_above_scale", 820, "高新区"), ("industrial_va_above_scale", 12, "高新区")]),
    ("全区地区生产总值增长6%,其中某某经开区增长9%。", [("gdp", 6, None), ("gdp", 9, "某某经开区")]),
    ("某某镇地区生产总值增长10%。", [("gdp", 10, "某某镇")]),
    ("某某街道社会消费品零售总额增长8%。", [("retail_sales", 8, "某某街道")]),
    ("某某自贸区进出口总额增长30%。", [("foreign_trade", 30, "某某自贸区")]),
    ("中心城区地区生产总值增长5%。", [("gdp", 5, "中心城区")]),
    # A rank among the central districts is no figure.
    ("地区生产总值增长6.5%,增速居中心城区第一。", [("gdp", 6.5, None)]),
    ("地区生产总值增长6.5%,增速高于中心城区平均水平1.2个百分点。", [("gdp", 6.5, None)]),
    # Two-character words ending like a place are no places.
    # 新建超市5家 counts the government's own work (rules.py: work_item), no result of the economy.
    ("地区生产总值增长6%,新建超市5家。", [("gdp", 6, None)]),
])
def test_district_scopes(sentence, expected):
    assert actual_scopes(DISTRICT, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("2023年,全县地区生产总值增长6.8%。同期,邻近的某甲县地区生产总值增长5.1%,一般公共预算收入下降2.3%。",
     [("gdp", 6.8, None), ("gdp", 5.1, "某甲县"), ("general_budget_revenue", -2.3, "某甲县")]),
    ("2023年,某乙区地区生产总值增长7%,全县增长6%。", [("gdp", 7, "某乙区"), ("gdp", 6, None)]),
])
def test_other_governments_in_a_news_article(sentence, expected):
    assert actual_scopes(COUNTY_NEWS, sentence) == expected


@pytest.mark.parametrize("jurisdiction, names, level, parents", [
    ("重庆市江北区", {"重庆市江北区", "江北区", "江北"}, "区", {"重庆市", "重庆"}),
    ("某某省某某市", {"某某省某某市", "某某市", "某某"}, "市", {"某某省"}),
    ("广西壮族自治区", {"广西壮族自治区"}, "区", set()),
    ("全国", {"全国"}, "国", set()),
    (None, set(), None, set()),
])
def test_place_of_a_jurisdiction(jurisdiction, names, level, parents):
    place = Place.of(jurisdiction)
    assert (set(place.names) >= names, place.level, set(place.parents)) == (True, level, parents)


def test_a_sub_area_target_is_kept_as_other_and_a_parent_target_dropped():
    text = "2024年某某市某某区政府工作报告\n二、2024年工作安排\n高新区规上工业总产值突破1000亿元。全市地区生产总值增长5%左右。全区地区生产总值增长6%。"
    rows = extract_report(text).to_dict()["targets"]
    assert [pick(row, ("indicator", "indicator_text", "value")) for row in rows] == [
        ("other", "高新区规上工业总产值", 1000), ("gdp", "地区生产总值", 6)]


def test_plan_lists_pair_too():
    rows = plan_rows("城镇、农村居民人均可支配收入分别增长5.5%、7%。")
    assert [pick(row, ("indicator", "value")) for row in rows] == [
        ("disposable_income_urban", 5.5), ("disposable_income_rural", 7)]
