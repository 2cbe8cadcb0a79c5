"""Signs of changes, units and increments, on synthetic sentences in the style of real reports
(written for these tests, not quoted).

Units and increments are read the same way on both sides of a report; they are checked on plan
sentences, where a lone figure of an indicator the taxonomy does not know stays (in a review the
stray_other and work_item rules of rules.py would drop it, which test_rules.py checks)."""
import pytest

from tests.extraction.synthetic import pick, plan_rows, review_rows
from tracker.extraction.numbers import find_quantities, unit_kind

FIELDS = ("indicator", "indicator_text", "kind", "value", "unit")


@pytest.mark.parametrize("sentence, expected", [
    # A decline is negative growth, whatever the verb.
    ("规上工业增加值下降3.5%。", [("industrial_va_above_scale", "规上工业增加值", "growth", -3.5, "%")]),
    ("固定资产投资降低2%。", [("fixed_asset_investment", "固定资产投资", "growth", -2, "%")]),
    ("进出口总额减少4.1%。", [("foreign_trade", "进出口总额", "growth", -4.1, "%")]),
    # A growth rate brought to a value is that rate: negative after 降幅 only.
    ("社会消费品零售总额降幅收窄至2%。", [("retail_sales", "社会消费品零售总额", "growth", -2, "%")]),
    ("固定资产投资降幅扩大至3.2%。", [("fixed_asset_investment", "固定资产投资", "growth", -3.2, "%")]),
    ("工业投资增幅回落到3%。", [("industrial_investment", "工业投资", "growth", 3, "%")]),
    ("居民消费价格涨幅回落至1.5%。", [("cpi", "居民消费价格", "growth", 1.5, "%")]),
    ("地区生产总值增速回升至5.5%。", [("gdp", "地区生产总值", "growth", 5.5, "%")]),
    # A growth rate moving by some points is no figure of the indicator.
    ("全区地区生产总值增速比上年回落2个百分点。", []),
    ("社会消费品零售总额降幅比上年收窄2个百分点。", []),
    ("规上工业增加值增速提高1.5个百分点。", []),
    # A rate (not a growth rate) moving by some points is a change of the rate.
    ("地区生产总值增长6%,常住人口城镇化率提高1.1个百分点。", [("gdp", "地区生产总值", "growth", 6, "%"), ("other", "常住人口城镇化率", "growth", 1.1, "个百分点")]),
    ("城镇调查失业率下降0.3个百分点。", [("surveyed_unemployment", "城镇调查失业率", "growth", -0.3, "个百分点")]),
    # A doubling is growth of 100%; a multiple is never read as a percentage.
    ("五年来,全区地区生产总值翻了一番。", [("gdp", "地区生产总值", "growth", 100, "%")]),
    ("高新技术企业数量增长1.5倍。", []),
    ("全区经济总量是2018年的2倍。", []),
])
def test_signs(sentence, expected):
    assert [pick(row, FIELDS) for row in review_rows(sentence)] == expected


def test_a_doubling_over_a_goal_span():
    (row,) = plan_rows("到2028年,全区地区生产总值比2023年翻一番。")
    assert pick(row, ("indicator", "period", "kind", "value", "unit")) == ("gdp", "2024-2028", "growth", 100, "%")


@pytest.mark.parametrize("sentence, expected", [
    ("全区PM2.5平均浓度下降到30微克/立方米。", [("other", "全区PM2.5平均浓度", "level", 30, "微克/立方米")]),
    ("细颗粒物平均浓度为32微克每立方米。", [("other", "细颗粒物平均浓度", "level", 32, "微克/立方米")]),
    ("通勤时间缩短至45分钟。", [("other", "通勤时间", "count", 45, "分钟")]),
    ("政务服务事项办理时限压缩至2小时。", [("other", "政务服务事项办理时限", "count", 2, "小时")]),
    ("新建城市道路25公里、轨道交通15千米。", [
        ("other", "新建城市道路", "level", 25, "公里"), ("other", "新建轨道交通", "level", 15, "千米")]),
    ("新增光伏装机50万千瓦,全社会用电量达到120亿千瓦时。", [
        ("other", "新增光伏装机", "level", 50, "万千瓦"), ("other", "全社会用电量", "level", 120, "亿千瓦时")]),
    ("建成保障性住房45万平方米、筹集保障性租赁住房2万套。", [
        ("other", "建成保障性住房", "level", 45, "万平方米"), ("other", "筹集保障性租赁住房", "count", 2, "万套")]),
    ("新能源汽车产量达到12万辆。", [("other", "新能源汽车产量", "count", 12, "万辆")]),
    ("实际使用外资8.5亿美元,服务贸易出口320万美元。", [
        ("fdi", "实际使用外资", "level", 8.5, "亿美元"), ("other", "服务贸易出口", "level", 320, "万美元")]),
    # A number modifying a noun is no figure, whatever its unit.
    ("打造15分钟便民生活圈。", []),
])
def test_units(sentence, expected):
    assert [pick(row, FIELDS) for row in plan_rows(sentence)] == expected


@pytest.mark.parametrize("unit, kind", [
    ("微克/立方米", "level"), ("万千瓦", "level"), ("亿千瓦时", "level"), ("万平方米", "level"), ("亿美元", "level"),
    ("公里", "level"), ("小时", "count"), ("分钟", "count"), ("万辆", "count"), ("万套", "count"),
    ("个百分点", "percent"),
])
def test_unit_kinds(unit, kind):
    assert unit_kind(unit) == kind


@pytest.mark.parametrize("text, value, unit", [
    ("翻一番", 100, "%"), ("翻两番", 300, "%"), ("翻了一番", 100, "%"), ("实现翻番", 100, "%"),
])
def test_doublings(text, value, unit):
    (quantity,) = find_quantities(text)
    assert (quantity.value, quantity.unit) == (value, unit)


@pytest.mark.parametrize("sentence, expected", [
    # A total the sentence states is a level.
    ("一般公共预算收入达到50亿元,比上年增加5亿元。", [("general_budget_revenue", "一般公共预算收入", "level", 50, "亿元")]),
    ("存贷款余额增至5000亿元。", [("deposits_loans", "存贷款余额", "level", 5000, "亿元")]),
    ("进出口总额突破300亿元。", [("foreign_trade", "进出口总额", "level", 300, "亿元")]),
    # An increment measured against last year only restates the difference of two levels.
    ("一般公共预算收入比上年增加5亿元。", []),
    ("人民币存款余额比年初增加300亿元。", []),
    ("粮食产量同比增加1.2万吨。", []),
    # An increment without a base is kept as other, with its verb, never as the indicator's level.
    ("一般公共预算收入增加5亿元。", [("other", "一般公共预算收入增加", "level", 5, "亿元")]),
    ("城乡居民人均可支配收入增加2000元。", [("other", "城乡居民人均可支配收入增加", "level", 2000, "元")]),
    ("贷款余额多增120亿元。", [("other", "贷款余额多增", "level", 120, "亿元")]),
    ("高新技术企业增加50家。", [("other", "高新技术企业增加", "count", 50, "家")]),
    # New flows are figures of their own (新增就业 is an indicator).
    ("城镇新增就业1.2万人。", [("new_urban_jobs", "城镇新增就业", "count", 1.2, "万人")]),
])
def test_increments_and_levels(sentence, expected):
    assert [pick(row, FIELDS) for row in plan_rows(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("年末城镇调查失业率为5.1%。", [("surveyed_unemployment", "2023", "share", 5.1, "%")]),
    ("城镇调查失业率平均为5.2%。", [("surveyed_unemployment", "2023", "share", 5.2, "%")]),
    ("年末金融机构本外币存贷款余额达到5000亿元,增长8%。", [
        ("deposits_loans", "2023", "level", 5000, "亿元"), ("deposits_loans", "2023", "growth", 8, "%")]),
    ("年末存贷款余额5000亿元,比年初增加300亿元,增长11%。", [
        ("deposits_loans", "2023", "level", 5000, "亿元"), ("deposits_loans", "2023", "growth", 11, "%")]),
])
def test_year_end_figures(sentence, expected):
    assert [pick(row, ("indicator", "period", "kind", "value", "unit")) for row in review_rows(sentence)] == expected
