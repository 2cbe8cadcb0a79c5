"""tracker/extraction/targets.py and the clause grammar behind it, on synthetic plan sentences in
the style of real reports (written for these tests)."""
import pytest

from tests.extraction.corpus import sample_extraction
from tests.extraction.synthetic import goal_rows, pick, plan_rows
from tracker.extraction import extract_report
from tracker.extraction.targets import headline_regions

FIELDS = ("indicator", "period", "kind", "value", "value_high", "unit", "qualifier", "stretch", "headline")

HEADLINE_LIST = (
    "今年经济社会发展的主要预期目标是:地区生产总值增长6%左右;城镇新增就业1.2万人以上,城镇调查失业率控制在5.5%以内;"
    "居民消费价格涨幅3%左右;粮食产量保持在1.3万亿斤以上;单位国内生产总值能耗降低2.5%左右。"
)


@pytest.mark.parametrize("sentence, expected", [
    (HEADLINE_LIST, [
        ("gdp", "2024", "growth", 6, None, "%", "approx", False, True),
        ("new_urban_jobs", "2024", "count", 1.2, None, "万人", "at_least", False, True),
        ("surveyed_unemployment", "2024", "share", 5.5, None, "%", "at_most", False, True),
        ("cpi", "2024", "growth", 3, None, "%", "approx", False, True),
        ("grain_output", "2024", "level", 1.3, None, "万亿斤", "at_least", False, True),
        ("energy_intensity", "2024", "growth", -2.5, None, "%", "approx", False, True),
    ]),
    ("主要预期目标是:地区生产总值增长6-6.5%,规模以上工业增加值增长8%,固定资产投资增长5%到6%左右,一般公共预算收入下降3%以上。", [
        ("gdp", "2024", "growth", 6, 6.5, "%", "range", False, True),
        ("industrial_va_above_scale", "2024", "growth", 8, None, "%", "exact", False, True),
        ("fixed_asset_investment", "2024", "growth", 5, 6, "%", "range", False, True),
        ("general_budget_revenue", "2024", "growth", -3, None, "%", "at_most", False, True),
    ]),
    ("全区经济社会发展的主要目标是:规上工业增加值增长10%以上、社会消费品零售总额增长8%,实际使用外资1.5亿美元。", [
        ("industrial_va_above_scale", "2024", "growth", 10, None, "%", "at_least", False, True),
        ("retail_sales", "2024", "growth", 8, None, "%", "exact", False, True),
        ("fdi", "2024", "level", 1.5, None, "亿美元", "exact", False, True),
    ]),
    ("发展目标是:地區生產總值增長6%左右,居民每人平均可支配收入增長6.5%。", [
        ("gdp", "2024", "growth", 6, None, "%", "approx", False, True),
        ("disposable_income", "2024", "growth", 6.5, None, "%", "exact", False, True),
    ]),
    ("主要预期目标是:國(guó)內(nèi)生產(chǎn)總值增長(zhǎng)7.5%左右。", [
        ("gdp", "2024", "growth", 7.5, None, "%", "approx", False, True),
    ]),
    ("主要预期目标是:地区生产总值增长百分之五点五,进出口总额达到八千五百亿元。", [
        ("gdp", "2024", "growth", 5.5, None, "%", "exact", False, True),
        ("foreign_trade", "2024", "level", 8500, None, "亿元", "exact", False, True),
    ]),
    ("主要预期目标是:粮食产量1.3万亿斤左【某某APP下载】右。", [
        ("grain_output", "2024", "level", 1.3, None, "万亿斤", "approx", False, True),
    ]),
    ("赤字率拟按3%左右安排。", [("deficit_ratio", "2024", "share", 3, None, "%", "approx", False, False)]),
    ("研发经费投入强度达到2.5%。", [("rd_intensity", "2024", "share", 2.5, None, "%", "exact", False, False)]),
    ("全年新增城镇就业1.1万人。", [("new_urban_jobs", "2024", "count", 1.1, None, "万人", "exact", False, False)]),
    ("城镇登记失业率控制在4.5%以内。", [("registered_unemployment", "2024", "share", 4.5, None, "%", "at_most", False, False)]),
    ("空气质量优良天数比率达到90%以上。", [("good_air_days", "2024", "share", 90, None, "%", "at_least", False, False)]),
    ("确保粮食产量稳定在50万吨以上。", [("grain_output", "2024", "level", 50, None, "万吨", "at_least", False, False)]),
    ("力争地区生产总值增长7%,一般公共预算收入突破100亿元。", [
        ("gdp", "2024", "growth", 7, None, "%", "exact", True, False),
        ("general_budget_revenue", "2024", "level", 100, None, "亿元", "at_least", True, False),
    ]),
    ("新增科技型企业280家、高新技术企业25家,力争新增重点企业3至5家。", [
        ("other", "2024", "count", 280, None, "家", "exact", False, False),
        ("other", "2024", "count", 25, None, "家", "exact", False, False),
        ("other", "2024", "count", 3, 5, "家", "range", True, False),
    ]),
    ("城镇、农村居民人均可支配收入分别增长5.5%、7%。", [
        ("disposable_income_urban", "2024", "growth", 5.5, None, "%", "exact", False, False),
        ("disposable_income_rural", "2024", "growth", 7, None, "%", "exact", False, False),
    ]),
    ("单位地区生产总值能耗下降3%以上。", [("energy_intensity", "2024", "growth", -3, None, "%", "at_most", False, False)]),
    ("城镇调查失业率下降0.2个百分点。", [
        ("surveyed_unemployment", "2024", "growth", -0.2, None, "个百分点", "exact", False, False)]),
    ("力争数字产业增加值增长15%以上。", [("other", "2024", "growth", 15, None, "%", "at_least", True, False)]),
    ("确保全年蓝天天数达300天以上。", [("good_air_days", "2024", "count", 300, None, "天", "at_least", False, False)]),
])
def test_plan_sentences(sentence, expected):
    assert [pick(row, FIELDS) for row in plan_rows(sentence)] == expected


RELATION_FIELDS = ("indicator", "period", "kind", "value", "qualifier", "reference")


@pytest.mark.parametrize("sentence, expected", [
    ("城乡居民人均可支配收入增长与经济增长同步。", [("disposable_income", "2024", "relational", None, "in_step", "gdp")]),
    ("城镇居民人均可支配收入增速保持与经济发展同步。",
     [("disposable_income_urban", "2024", "relational", None, "in_step", "gdp")]),
    ("居民收入增长和经济增长基本同步。", [("disposable_income", "2024", "relational", None, "in_step", "gdp")]),
    ("居民收入增长快于经济增长。", [("disposable_income", "2024", "relational", None, "above", "gdp")]),
    ("一般公共预算收入增速高于全省平均水平。",
     [("general_budget_revenue", "2024", "relational", None, "above", "parent_average")]),
    # A relation without an indicator of ours is no target.
    ("生态环境质量与经济质量效益同步提高。", []),
    ("上述目标,保持与全市平均发展速度同步。", []),
])
def test_relational_targets(sentence, expected):
    assert [pick(row, RELATION_FIELDS) for row in plan_rows(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("今后五年的主要目标是:地区生产总值年均增长6%以上,到2026年突破1000亿元。", [
        ("gdp", "2024-2028", "growth", 6, None, "%", "at_least", False, True),
        ("gdp", "2026", "level", 1000, None, "亿元", "at_least", False, True),
    ]),
    ("到2028年,全社会研发经费投入占地区生产总值比重达3.5%,地区生产总值年均增长7%左右。", [
        ("rd_intensity", "2028", "share", 3.5, None, "%", "exact", False, False),
        ("gdp", "2024-2028", "growth", 7, None, "%", "approx", False, False),
    ]),
])
def test_five_year_goals_have_a_span(sentence, expected):
    assert [pick(row, FIELDS) for row in goal_rows(sentence)] == expected


@pytest.mark.parametrize("sentence", [
    "推动唐桂新城21个重点项目建设。",  # a number modifying a noun
    "完成塔坪、南桥苑等4个片区老旧小区改造。",  # a count of listed items
    "积淀了1100亿现代服务产业规模、23万人才支撑。",  # what the place already has
    "2024年是新中国成立75周年。",
    "加快打造“33618”现代制造业集群体系,构建“135”工作体系。",
])
def test_no_target_where_the_plan_commits_to_no_figure(sentence):
    assert plan_rows(sentence) == []


def test_after_the_list_a_general_striving_is_no_stretch():
    rows = plan_rows("主要预期目标是:地区生产总值增长6%左右,社会消费品零售总额增长8%。在实际工作中争取更好结果。")
    assert [row["stretch"] for row in rows] == [False, False]


def test_headline_regions_cover_a_bulleted_list():
    text = "今后五年发展的主要目标是:\n——综合实力迈上新台阶。地区生产总值年均增长8%。\n——产业转型取得新成效。\n其他段落。"
    ((start, end),) = headline_regions(text)
    assert "地区生产总值年均增长8%" in text[start:end] and "其他段落" not in text[start:end]


def test_five_year_goals_of_the_sample_are_not_this_years_targets():
    targets = sample_extraction("002").to_dict()["targets"]
    this_year = [row for row in targets if row["period"] == "2021" and row["indicator"] == "gdp"]
    assert [(row["value"], row["headline"]) for row in this_year] == [(7, True)]
    assert {row["period"] for row in targets if "年均" in row["quote"]} == {"2021-2025"}


@pytest.mark.parametrize("sentence, expected", [
    ("今年经济社会发展的主要预期目标是:\n地区生产总值增长6%左右;\n规模以上工业增加值增长8%;\n居民收入增长与经济增长同步。\n"
     "为实现上述目标,新增企业10家。", [("gdp", True), ("industrial_va_above_scale", True), ("disposable_income", True),
                                   ("other", False)]),
    ("今年全市经济社会发展的主要预期目标建议为:\n——地区生产总值增长6%左右;\n——城镇新增就业1万人。\n力争新增企业10家。",
     [("gdp", True), ("new_urban_jobs", True), ("other", False)]),
    ("全年经济增长预期目标为6%左右。", [("gdp", True)]),
])
def test_headline_lists_one_item_per_line(sentence, expected):
    assert [pick(row, ("indicator", "headline")) for row in plan_rows(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("一般公共预算收入实现正增长。", [("general_budget_revenue", "growth", 0, "at_least")]),
    ("地区生产总值增长6%以上,力争达到7%。", [("gdp", "growth", 6, "at_least"), ("gdp", "growth", 7, "exact")]),
    ("赤字率拟按3%安排,赤字规模4.06万亿元,比上年增加1800亿元。",
     [("deficit_ratio", "share", 3, "exact"), ("other", "level", 4.06, "exact")]),
])
def test_plan_phrasings(sentence, expected):
    assert [pick(row, ("indicator", "kind", "value", "qualifier")) for row in plan_rows(sentence)] == expected


def test_five_year_flows_span_the_term():
    rows = goal_rows("今后五年,城镇新增就业5万人,累计完成固定资产投资3000亿元,常住人口城镇化率达到70%。")
    assert [pick(row, ("indicator", "period")) for row in rows] == [
        ("new_urban_jobs", "2024-2028"), ("fixed_asset_investment", "2024-2028"), ("other", "2028")]


def test_a_news_article_without_parts_still_gives_its_headline_list():
    text = "某某区两会召开\n会议指出,全区经济社会发展主要预期目标是:地区生产总值增长6%左右,城镇新增就业1万人。另有企业300家。"
    rows = extract_report(text, report_year=2024).to_dict()["targets"]
    assert [pick(row, ("indicator", "period", "headline")) for row in rows] == [
        ("gdp", "2024", True), ("new_urban_jobs", "2024", True)]
