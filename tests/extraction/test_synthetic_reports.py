"""Whole synthetic reports (written for these tests in the style of real national and district
reports, not quoted): sections, metadata and both grammars working together."""
import pytest

from tests.extraction.synthetic import pick
from tracker.extraction import extract_report

NATIONAL = """政府工作报告
——2024年3月5日在第十四届全国人民代表大会第二次会议上
国务院总理 李强
各位代表:
一、2023年工作回顾
过去一年是全面贯彻党的二十大精神的开局之年。
经济总体回升向好。国内生产总值超过126万亿元,增长5.2%,增速居世界主要经济体前列。城镇新增就业1244万人,年末城镇调查失业率为5.1%。居民消费价格上涨0.2%。粮食产量1.39万亿斤。居民人均可支配收入实际增长6.1%。一般公共预算收入完成4512亿元,同口径增长8.2%。城乡居民人均可支配收入分别增长5%和7.2%。固定资产投资增长2.1%,其中工业投资增长9.7%。粮食总产量达到1350万吨,连续10年稳定在1300万吨以上。常住人口城镇化率提高1.2个百分点、达到65%。
二、2024年经济社会发展总体要求和政策取向
今年发展主要预期目标是:国内生产总值增长5%左右;城镇新增就业1200万人以上,城镇调查失业率5.5%左右;居民消费价格涨幅3%左右;居民收入增长和经济增长同步;国际收支保持基本平衡;粮食产量1.3万亿斤以上;单位国内生产总值能耗降低2.5%左右,生态环境质量持续改善。
赤字率拟按3%安排,赤字规模4.06万亿元,比上年年初预算增加1800亿元。
三、2024年政府工作任务
地区生产总值增长6%以上,力争达到7%。一般公共预算收入实现正增长。
"""

TARGET_FIELDS = ("indicator", "period", "kind", "value", "unit", "qualifier", "stretch", "headline", "reference")
ACTUAL_FIELDS = ("indicator", "period", "kind", "value", "unit", "scope")


@pytest.fixture(scope="module")
def national():
    return extract_report(NATIONAL).to_dict()


def test_national_metadata(national):
    assert (national["jurisdiction"], national["report_year"], national["delivered_on"], national["speaker"]) == (
        "中华人民共和国", 2024, "2024-03-05", "李强")


def test_national_targets(national):
    assert [pick(row, TARGET_FIELDS) for row in national["targets"]] == [
        ("gdp", "2024", "growth", 5, "%", "approx", False, True, None),
        ("new_urban_jobs", "2024", "count", 1200, "万人", "at_least", False, True, None),
        ("surveyed_unemployment", "2024", "share", 5.5, "%", "approx", False, True, None),
        ("cpi", "2024", "growth", 3, "%", "approx", False, True, None),
        ("disposable_income", "2024", "relational", None, None, "in_step", False, True, "gdp"),
        ("grain_output", "2024", "level", 1.3, "万亿斤", "at_least", False, True, None),
        ("energy_intensity", "2024", "growth", -2.5, "%", "approx", False, True, None),
        ("deficit_ratio", "2024", "share", 3, "%", "exact", False, False, None),
        ("other", "2024", "level", 4.06, "万亿元", "exact", False, False, None),
        ("gdp", "2024", "growth", 6, "%", "at_least", False, False, None),
        ("gdp", "2024", "growth", 7, "%", "exact", True, False, None),
        ("general_budget_revenue", "2024", "growth", 0, "%", "at_least", False, False, None),
    ]


def test_national_actuals(national):
    assert [pick(row, ACTUAL_FIELDS) for row in national["actuals"]] == [
        ("gdp", "2023", "level", 126, "万亿元", None),
        ("gdp", "2023", "growth", 5.2, "%", None),
        ("new_urban_jobs", "2023", "count", 1244, "万人", None),
        ("surveyed_unemployment", "2023", "share", 5.1, "%", None),
        ("cpi", "2023", "growth", 0.2, "%", None),
        ("grain_output", "2023", "level", 1.39, "万亿斤", None),
        ("disposable_income", "2023", "growth", 6.1, "%", None),
        ("general_budget_revenue", "2023", "level", 4512, "亿元", None),
        ("general_budget_revenue", "2023", "growth", 8.2, "%", None),
        ("disposable_income_urban", "2023", "growth", 5, "%", None),
        ("disposable_income_rural", "2023", "growth", 7.2, "%", None),
        ("fixed_asset_investment", "2023", "growth", 2.1, "%", None),
        ("industrial_investment", "2023", "growth", 9.7, "%", None),
        ("grain_output", "2023", "level", 1350, "万吨", None),
        ("other", "2023", "growth", 1.2, "个百分点", None),
        ("other", "2023", "share", 65, "%", None),
    ]


DISTRICT = """二〇二三年某某区政府工作报告
——2023年1月10日在某某区第十八届人民代表大会第二次会议上
某某区人民政府区长 张明
一、过去五年工作回顾
五年来,全区地区生产总值由800亿元增加到1000亿元,年均增长6.2%;一般公共预算收入累计完成300亿元。高新区地区生产总值年均增长12%。
2022年,全区地区生产总值增长4.1%,上半年增长2.3%;社会消费品零售总额下降1.5%。
二、今后五年的奋斗目标
今后五年经济社会发展的主要目标是:地区生产总值年均增长6%以上,到2027年突破1300亿元;居民收入增长和经济增长基本同步。
三、2023年重点工作
今年全区经济社会发展的主要预期目标是:
——地区生产总值增长6%左右;
——规模以上工业增加值增长7%;
——一般公共预算收入增长5%。
力争新增规上工业企业20家以上。
"""


def test_district_report():
    result = extract_report(DISTRICT).to_dict()
    assert (result["jurisdiction"], result["report_year"], result["speaker"]) == ("某某区", 2023, "张明")
    assert [pick(row, TARGET_FIELDS) for row in result["targets"]] == [
        ("gdp", "2023-2027", "growth", 6, "%", "at_least", False, True, None),
        ("gdp", "2027", "level", 1300, "亿元", "at_least", False, True, None),
        ("disposable_income", "2023-2027", "relational", None, None, "in_step", False, True, "gdp"),
        ("gdp", "2023", "growth", 6, "%", "approx", False, True, None),
        ("industrial_va_above_scale", "2023", "growth", 7, "%", "exact", False, True, None),
        ("general_budget_revenue", "2023", "growth", 5, "%", "exact", False, True, None),
        ("other", "2023", "count", 20, "家", "at_least", True, False, None),
    ]
    assert [pick(row, ACTUAL_FIELDS) for row in result["actuals"]] == [
        ("gdp", "2022", "level", 1000, "亿元", None),
        ("gdp", "2018-2022", "growth", 6.2, "%", None),
        ("general_budget_revenue", "2018-2022", "level", 300, "亿元", None),
        ("gdp", "2018-2022", "growth", 12, "%", "高新区"),
        ("gdp", "2022", "growth", 4.1, "%", None),
        ("retail_sales", "2022", "growth", -1.5, "%", None),
    ]
