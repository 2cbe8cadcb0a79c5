"""Whole reports in styles the samples lack, extracted end to end: what must be found and what
must not. All three texts are SYNTHETIC: written for these tests in the style of real reports,
with invented places (某某), people and figures; none is quoted from a real document.

- a national report (国务院, 2025), full text: review, headline list, budget figures, tasks;
- a provincial report copied to a forum in traditional script: chrome around it, a year written
  in words in a heading, a plan part whose heading has no cue word, a parent's (全国) figure;
- a county report as a news summary: no headings, the county's figures, its parent's (全市) and
  a neighbouring county's figures, the year's targets.
"""
import pytest

from tests.extraction.synthetic import pick
from tracker.extraction import extract_report

TARGET_FIELDS = ("indicator", "period", "kind", "value", "unit", "qualifier", "stretch", "headline", "reference")
ACTUAL_FIELDS = ("indicator", "period", "kind", "value", "unit", "estimate", "cumulative", "scope")

NATIONAL = """政府工作报告
——2025年3月5日在第十四届全国人民代表大会第三次会议上
国务院总理 某某
各位代表:
现在,我代表国务院,向大会报告政府工作,请予审议,并请全国政协委员提出意见。
一、2024年工作回顾
过去一年,经济运行总体平稳、稳中有进。国内生产总值达到134.9万亿元,增长5%,增速居世界主要经济体前列。城镇新增就业1256万人,城镇调查失业率平均为5.1%。居民消费价格上涨0.2%。粮食产量首次迈上1.4万亿斤台阶。单位国内生产总值能耗降幅收窄至3.8%。全国居民人均可支配收入实际增长5.1%。
一年来,我们主要做了以下工作。
(一)加大宏观调控力度。发行超长期特别国债1万亿元,比上年增加5000亿元。
二、2025年经济社会发展总体要求和政策取向
今年发展的主要预期目标是:国内生产总值增长5%左右;城镇调查失业率5.5%左右,城镇新增就业1200万人以上;居民消费价格涨幅2%左右;居民收入增长和经济增长同步;粮食产量1.4万亿斤左右;单位国内生产总值能耗降低3%左右。
今年赤字率拟按4%左右安排,赤字规模5.66万亿元,比上年增加1.6万亿元。拟发行超长期特别国债1.3万亿元。
三、2025年政府工作任务
(一)大力提振消费。安排超长期特别国债3000亿元支持消费品以旧换新。
(二)加强生态环境保护。到2027年,细颗粒物平均浓度下降到28微克/立方米以下。
"""


@pytest.fixture(scope="module")
def national():
    return extract_report(NATIONAL).to_dict()


def test_national_metadata(national):
    assert (national["jurisdiction"], national["report_year"], national["delivered_on"], national["speaker"]) == (
        "中华人民共和国", 2025, "2025-03-05", "某某")


def test_national_targets(national):
    assert [pick(row, TARGET_FIELDS) for row in national["targets"]] == [
        ("gdp", "2025", "growth", 5, "%", "approx", False, True, None),
        ("surveyed_unemployment", "2025", "share", 5.5, "%", "approx", False, True, None),
        ("new_urban_jobs", "2025", "count", 1200, "万人", "at_least", False, True, None),
        ("cpi", "2025", "growth", 2, "%", "approx", False, True, None),
        ("disposable_income", "2025", "relational", None, None, "in_step", False, True, "gdp"),
        ("grain_output", "2025", "level", 1.4, "万亿斤", "approx", False, True, None),
        ("energy_intensity", "2025", "growth", -3, "%", "approx", False, True, None),
        ("deficit_ratio", "2025", "share", 4, "%", "approx", False, False, None),
        ("other", "2025", "level", 5.66, "万亿元", "exact", False, False, None),
        ("other", "2025", "level", 1.3, "万亿元", "exact", False, False, None),
        ("other", "2027", "level", 28, "微克/立方米", "at_most", False, False, None),
    ]


def test_national_actuals(national):
    assert [pick(row, ACTUAL_FIELDS) for row in national["actuals"]] == [
        ("gdp", "2024", "level", 134.9, "万亿元", False, False, None),
        ("gdp", "2024", "growth", 5, "%", False, False, None),
        ("new_urban_jobs", "2024", "count", 1256, "万人", False, False, None),
        ("surveyed_unemployment", "2024", "share", 5.1, "%", False, False, None),
        ("cpi", "2024", "growth", 0.2, "%", False, False, None),
        ("grain_output", "2024", "level", 1.4, "万亿斤", False, False, None),
        ("energy_intensity", "2024", "growth", -3.8, "%", False, False, None),
        ("disposable_income", "2024", "growth", 5.1, "%", False, False, None),
        # 发行超长期特别国债1万亿元 stands alone in its sentence, a fiscal measure no target names:
        # rules.py's stray_other leaves it out of the results.
    ]


def test_national_increments_and_spending_are_not_figures(national):
    quotes = " ".join(row["quote"] for side in ("targets", "actuals") for row in national[side])
    for absent in ("5000亿元", "1.6万亿元", "3000亿元", "增速居世界"):
        assert absent not in quotes


PROVINCE_FORUM = """某某论坛
查看:1234|回复:5
某某省2024年政府工作報告
——2024年1月20日在某某省第十四屆人民代表大會第二次會議上
某某省人民政府省長 某某
各位代表:
一、二〇二三年工作回顧
過去一年,全省地區生產總值達到5.8萬億元,增長5.5%,高於全國平均水平0.3個百分點。規模以上工業增加值增長6.1%。全省居民每人平均可支配收入增長6.3%,其中城鎮、農村居民分別增長5.1%、7.2%。全國居民消費價格上漲0.2%,全省上漲0.3%。一般公共預算收入完成4512億元,同口徑增長8.2%。
二、奮力譜寫高品質發展新篇章
2024年是實現“十四五”規劃目標任務的關鍵一年。全省經濟社會發展的主要預期目標是:地區生產總值增長5.5%左右,規模以上工業增加值增長6%,一般公共預算收入增長5%,居民人均可支配收入增長與經濟增長同步,單位地區生產總值能耗降低2.5%左右。
到2025年,全省研發經費投入強度達到2.8%。
三、下一步工作
新建5G基站2萬個,爭取中央預算內投資300億元以上,力爭新增高新技術企業3000家。
每日心情 開心
簽到天數: 30 天
發表於2024-1-21 10:00
回复 支持 反對
"""


@pytest.fixture(scope="module")
def province():
    return extract_report(PROVINCE_FORUM).to_dict()


def test_provincial_metadata(province):
    assert (province["jurisdiction"], province["report_year"], province["delivered_on"], province["speaker"]) == (
        "某某省", 2024, "2024-01-20", "某某")


def test_provincial_targets(province):
    assert [pick(row, TARGET_FIELDS) for row in province["targets"]] == [
        ("gdp", "2024", "growth", 5.5, "%", "approx", False, True, None),
        ("industrial_va_above_scale", "2024", "growth", 6, "%", "exact", False, True, None),
        ("general_budget_revenue", "2024", "growth", 5, "%", "exact", False, True, None),
        ("disposable_income", "2024", "relational", None, None, "in_step", False, True, "gdp"),
        ("energy_intensity", "2024", "growth", -2.5, "%", "approx", False, True, None),
        ("rd_intensity", "2025", "share", 2.8, "%", "exact", False, False, None),
        ("other", "2024", "count", 2, "万个", "exact", False, False, None),
        ("other", "2024", "level", 300, "亿元", "at_least", False, False, None),
        ("other", "2024", "count", 3000, "家", "exact", True, False, None),
    ]


def test_provincial_actuals(province):
    assert [pick(row, ACTUAL_FIELDS) for row in province["actuals"]] == [
        ("gdp", "2023", "level", 5.8, "万亿元", False, False, None),
        ("gdp", "2023", "growth", 5.5, "%", False, False, None),
        ("industrial_va_above_scale", "2023", "growth", 6.1, "%", False, False, None),
        ("disposable_income", "2023", "growth", 6.3, "%", False, False, None),
        ("disposable_income_urban", "2023", "growth", 5.1, "%", False, False, None),
        ("disposable_income_rural", "2023", "growth", 7.2, "%", False, False, None),
        ("cpi", "2023", "growth", 0.2, "%", False, False, "全国"),
        ("cpi", "2023", "growth", 0.3, "%", False, False, None),
        ("general_budget_revenue", "2023", "level", 4512, "亿元", False, False, None),
        ("general_budget_revenue", "2023", "growth", 8.2, "%", False, False, None),
    ]


def test_provincial_gap_to_the_nation_is_no_figure(province):
    assert all("0.3个百分点" not in row["quote"] for row in province["actuals"])


COUNTY_NEWS = """某某县十八届人大三次会议开幕
来源:某某县融媒体中心 时间:2024-01-08 10:00:00
1月8日上午,某某县第十八届人民代表大会第三次会议开幕。县长李某作政府工作报告。
报告显示,2023年,全县实现地区生产总值312.5亿元,同比增长6.8%;一般公共预算收入18.2亿元,增长9.3%;城乡居民人均可支配收入分别增长5.6%、7.9%。全市地区生产总值增长5.2%,我县增速高于全市平均水平1.6个百分点。
同期,邻近的某甲县地区生产总值增长5.1%,一般公共预算收入下降2.3%。
报告提出,今年全县经济社会发展的主要预期目标是:地区生产总值增长6.5%左右,规上工业增加值增长8%以上,城镇新增就业3000人以上。
今年,全县将力争固定资产投资增长10%,确保粮食产量稳定在30万吨以上,争取上级资金5亿元。
会议还审查了计划报告和预算报告。
"""


@pytest.fixture(scope="module")
def county():
    return extract_report(COUNTY_NEWS).to_dict()


def test_county_metadata(county):
    assert (county["jurisdiction"], county["report_year"], county["delivered_on"], county["speaker"]) == (
        "某某县", 2024, "2024-01-08", "李某")


def test_county_targets(county):
    assert [pick(row, TARGET_FIELDS) for row in county["targets"]] == [
        ("gdp", "2024", "growth", 6.5, "%", "approx", False, True, None),
        ("industrial_va_above_scale", "2024", "growth", 8, "%", "at_least", False, True, None),
        ("new_urban_jobs", "2024", "count", 3000, "人", "at_least", False, True, None),
        ("fixed_asset_investment", "2024", "growth", 10, "%", "exact", True, False, None),
        ("grain_output", "2024", "level", 30, "万吨", "at_least", False, False, None),
        ("other", "2024", "level", 5, "亿元", "exact", False, False, None),
    ]


def test_county_actuals(county):
    assert [pick(row, ACTUAL_FIELDS) for row in county["actuals"]] == [
        ("gdp", "2023", "level", 312.5, "亿元", False, False, None),
        ("gdp", "2023", "growth", 6.8, "%", False, False, None),
        ("general_budget_revenue", "2023", "level", 18.2, "亿元", False, False, None),
        ("general_budget_revenue", "2023", "growth", 9.3, "%", False, False, None),
        ("disposable_income_urban", "2023", "growth", 5.6, "%", False, False, None),
        ("disposable_income_rural", "2023", "growth", 7.9, "%", False, False, None),
        ("gdp", "2023", "growth", 5.2, "%", False, False, "全市"),
        ("gdp", "2023", "growth", 5.1, "%", False, False, "某甲县"),
        ("general_budget_revenue", "2023", "growth", -2.3, "%", False, False, "某甲县"),
    ]


def test_county_own_figures_exclude_the_parent_and_the_neighbour(county):
    own_gdp_growth = [row["value"] for row in county["actuals"]
                      if row["indicator"] == "gdp" and row["kind"] == "growth" and row["scope"] is None]
    assert own_gdp_growth == [6.8]
