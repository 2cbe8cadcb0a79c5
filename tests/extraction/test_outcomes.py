"""tracker/extraction/outcomes.py and the clause grammar behind it, on synthetic review sentences
in the style of real reports (written for these tests), and the negative cases of the samples."""
import pytest

from tests.extraction.corpus import sample_extraction
from tests.extraction.synthetic import pick, review_rows

FIELDS = ("indicator", "period", "kind", "value", "unit", "estimate", "cumulative", "scope")


@pytest.mark.parametrize("sentence, expected", [
    ("全年地区生产总值达到1200亿元,增长5.2%。", [
        ("gdp", "2023", "level", 1200, "亿元", False, False, None),
        ("gdp", "2023", "growth", 5.2, "%", False, False, None),
    ]),
    ("预计全年规上工业增加值增长5%左右。", [("industrial_va_above_scale", "2023", "growth", 5, "%", True, False, None)]),
    ("初步核算,全区社会消费品零售总额完成850.3亿元,同比增长6.1%。", [
        ("retail_sales", "2023", "level", 850.3, "亿元", True, False, None),
        ("retail_sales", "2023", "growth", 6.1, "%", True, False, None),
    ]),
    ("城镇、农村居民人均可支配收入分别增长5.1%、7.2%。", [
        ("disposable_income_urban", "2023", "growth", 5.1, "%", False, False, None),
        ("disposable_income_rural", "2023", "growth", 7.2, "%", False, False, None),
    ]),
    ("一般公共预算收入下降5.6%。", [("general_budget_revenue", "2023", "growth", -5.6, "%", False, False, None)]),
    ("城镇调查失业率5.2%。居民消费价格上涨0.1%。", [
        ("surveyed_unemployment", "2023", "share", 5.2, "%", False, False, None),
        ("cpi", "2023", "growth", 0.1, "%", False, False, None),
    ]),
    ("全体居民人均可支配收入3.5万元、增长6%。", [
        ("disposable_income", "2023", "level", 3.5, "万元", False, False, None),
        ("disposable_income", "2023", "growth", 6, "%", False, False, None),
    ]),
    ("地区生产总值增长6.7%(达到985.2亿元)、居中心城区第1。", [
        ("gdp", "2023", "growth", 6.7, "%", False, False, None),
        ("gdp", "2023", "level", 985.2, "亿元", False, False, None),
    ]),
    ("全口径税收221.3亿元(剔除减税因素后,同比增长0.8%)、一般公共预算收入67.2亿元。", [
        ("tax_revenue", "2023", "level", 221.3, "亿元", False, False, None),
        ("general_budget_revenue", "2023", "level", 67.2, "亿元", False, False, None),
    ]),
    ("全区空气质量优良天数再创新高,达330天。", [("good_air_days", "2023", "count", 330, "天", False, False, None)]),
    ("GDP增长3.9%、增速连续三年居中心城区第一、总量达到1325亿元。", [
        ("gdp", "2023", "growth", 3.9, "%", False, False, None),
        ("gdp", "2023", "level", 1325, "亿元", False, False, None),
    ]),
    ("实际利用外资5218万美元(约占全市5%)。", [("fdi", "2023", "level", 5218, "万美元", False, False, None)]),
    ("2022年,全区地区生产总值增长3%。", [("gdp", "2022", "growth", 3, "%", False, False, None)]),
    ("地区生产总值增长6%,人均地区生产总值由8万元增长到14万元。", [
        ("gdp", "2023", "growth", 6, "%", False, False, None),
        ("other", "2023", "level", 14, "万元", False, False, None)]),
    ("全省粮食产量1.3万亿斤左【某某APP下载】右。", [("grain_output", "2023", "level", 1.3, "万亿斤", False, False, None)]),
])
def test_review_sentences(sentence, expected):
    assert [pick(row, FIELDS) for row in review_rows(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("五年来,地区生产总值年均增长6.5%,累计完成固定资产投资3000亿元,城镇新增就业5万人,一般公共预算收入增至51.3亿元。", [
        ("gdp", "2019-2023", "growth", 6.5, "%", False, False, None),
        ("fixed_asset_investment", "2019-2023", "level", 3000, "亿元", False, True, None),
        ("new_urban_jobs", "2019-2023", "count", 5, "万人", False, False, None),
        ("general_budget_revenue", "2023", "level", 51.3, "亿元", False, False, None),
    ]),
    ("单位地区生产总值能耗累计降低16.5%,建成区面积增加44%。", [
        ("energy_intensity", "2019-2023", "growth", -16.5, "%", False, True, None),
        ("other", "2019-2023", "growth", 44, "%", False, True, None),
    ]),
])
def test_term_review_figures_span_the_term(sentence, expected):
    rows = review_rows(sentence, heading="一、过去五年工作回顾")
    assert [pick(row, FIELDS) for row in rows] == expected


@pytest.mark.parametrize("sentence", [
    "上半年地区生产总值增长5.5%。",
    "一季度、上半年、前三季度分别增长4%、5%、6%。",
    "地区生产总值前三季度分别增长4.8%、3.7%、5.8%。",
    "1-11月规上工业增加值增长7%。",
    "第一季度社会消费品零售总额增长9%。",
])
def test_no_part_of_a_year_as_an_annual_result(sentence):
    assert review_rows(sentence) == []


@pytest.mark.parametrize("sentence, scope", [
    ("高新区实现地区生产总值300亿元。", "高新区"),
    ("某某镇地区生产总值增长10%。", "某某镇"),
    ("重庆经开区地区生产总值增速居全市第1,全年增长8.3%(达到513.4亿元)。", "重庆经开区"),
    ("全区地区生产总值增长6%。", None),
])
def test_sub_area_figures_carry_their_scope(sentence, scope):
    rows = review_rows(sentence)
    assert rows and {row["scope"] for row in rows} == {scope}


def test_quarterly_figures_of_the_sample_are_not_annual():
    gdp = [row for row in sample_extraction("001").to_dict()["actuals"] if row["indicator"] == "gdp"]
    assert sorted(row["value"] for row in gdp if row["kind"] == "growth") == [6.7, 8.3]
    for quarterly in (4.8, 3.7, 5.8):
        assert all(row["value"] != quarterly for row in sample_extraction("001").to_dict()["actuals"])


def test_sub_area_figures_of_the_sample_are_not_the_governments():
    own = [row for row in sample_extraction("001").to_dict()["actuals"]
           if row["indicator"] == "gdp" and row["scope"] is None]
    assert {row["value"] for row in own} == {6.7, 985.2}


def test_plan_figures_are_no_outcomes():
    assert sample_extraction("003").to_dict()["actuals"] == [] or all(
        row["period"] == "2023" for row in sample_extraction("003").to_dict()["actuals"])


@pytest.mark.parametrize("sentence, expected", [
    ("居民人均可支配收入达到3.5万元,增长5.8%,其中城镇、农村居民分别增长4.9%、7.1%。", [
        ("disposable_income", "level", 3.5), ("disposable_income", "growth", 5.8),
        ("disposable_income_urban", "growth", 4.9), ("disposable_income_rural", "growth", 7.1)]),
    ("地区生产总值增长6%,增速高于全市平均2个百分点。", [("gdp", "growth", 6)]),
    ("国内生产总值超过126万亿元,增长5.2%。", [("gdp", "level", 126), ("gdp", "growth", 5.2)]),
    ("居民人均可支配收入实际增长6.1%。", [("disposable_income", "growth", 6.1)]),
    ("一般公共预算收入完成4512亿元,同口径增长8.2%。",
     [("general_budget_revenue", "level", 4512), ("general_budget_revenue", "growth", 8.2)]),
    ("城乡居民人均可支配收入分别增长5%和7.2%。",
     [("disposable_income_urban", "growth", 5), ("disposable_income_rural", "growth", 7.2)]),
    ("粮食总产量达到1350万吨,连续10年稳定在1300万吨以上。", [("grain_output", "level", 1350)]),
    ("地区生产总值增长了5%。", [("gdp", "growth", 5)]),
    ("常住人口城镇化率提高1.2个百分点、达到65%。", [("other", "growth", 1.2), ("other", "share", 65)]),
    ("地区生产总值由800亿元增加到1000亿元,年均增长6.2%。", [("gdp", "level", 1000), ("gdp", "growth", 6.2)]),
])
def test_review_phrasings(sentence, expected):
    assert [pick(row, ("indicator", "kind", "value")) for row in review_rows(sentence)] == expected


# SYNTHETIC sentences: a starting value and the year a level was reached around the numbers.
@pytest.mark.parametrize("sentence, expected", [
    ("一般公共预算收入由2015年的12亿元增加到2020年的18.5亿元", ("general_budget_revenue", "2020", "level", 18.5)),
    ("一般公共预算收入从2015年的12亿元增加到18.5亿元", ("general_budget_revenue", "2020", "level", 18.5)),
    ("地区生产总值由2015年底的200亿元增至2020年的312亿元", ("gdp", "2020", "level", 312)),
])
def test_starting_values_and_reached_years(sentence, expected):
    from tracker.extraction import extract_report

    text = f"2021年某某县人民政府工作报告\n一、工作回顾\n五年来,{sentence}。\n"
    actuals = extract_report(text, report_year=2021).actuals
    assert [(a.indicator, a.period, a.kind, a.value) for a in actuals] == [expected]


# SYNTHETIC: averages over the last N years, and a 分别 list reused by the next clause.
@pytest.mark.parametrize("sentence, expected", [
    ("全市地区生产总值同比增长8.1%,两年平均增长5.9%",
     [("gdp", "2021", "growth", 8.1), ("gdp", "2020-2021", "growth", 5.9)]),
    ("规上工业增加值三年平均增长7%", [("industrial_va_above_scale", "2019-2021", "growth", 7)]),
    ("城乡居民人均可支配收入分别达到45600元、21800元,分别增长8.3%、10.5%",
     [("disposable_income_urban", "2021", "level", 45600), ("disposable_income_rural", "2021", "level", 21800),
      ("disposable_income_urban", "2021", "growth", 8.3), ("disposable_income_rural", "2021", "growth", 10.5)]),
])
def test_span_averages_and_repeated_lists(sentence, expected):
    from tracker.extraction import extract_report

    text = f"2022年某某市人民政府工作报告\n一、2021年工作回顾\n2021年,{sentence}。\n"
    actuals = extract_report(text, report_year=2022).actuals
    assert [(a.indicator, a.period, a.kind, a.value) for a in actuals] == expected


def test_progress_against_a_plan_is_no_figure():
    from tracker.extraction import extract_report

    text = "2023年某某省政府工作报告\n一、2022年工作回顾\n过去一年,城镇新增就业62.3万人,完成年度目标的113%。\n"
    assert [(a.indicator, a.value) for a in extract_report(text).actuals] == [("new_urban_jobs", 62.3)]
