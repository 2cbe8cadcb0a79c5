"""The phrasing families real reports use, each with a sentence the grammar reads and a similar one
it must not misread. Every sentence is written for this table, in the style of real reports; the
development corpus that showed the families is third-party text and stays out of the project."""
import pytest

from tests.extraction.synthetic import pick, plan_rows, review_rows
from tracker.extraction import extract_report

TARGET = ("indicator", "period", "kind", "value", "qualifier")
ACTUAL = ("indicator", "period", "kind", "value")


@pytest.mark.parametrize("sentence, expected", [
    # Rate before level: 增长12.6%达92.9亿元 is two figures of one indicator.
    ("全县地区生产总值增长8.1%达120.5亿元。", [("gdp", "2023", "growth", 8.1), ("gdp", "2023", "level", 120.5)]),
    # …but a number counting the noun after it is no figure.
    ("全县地区生产总值增长8.1%,30家企业入规。", [("gdp", "2023", "growth", 8.1)]),
    # Two items joined by 和, two values joined by 和, without 分别.
    ("城镇居民人均可支配收入和农村居民人均可支配收入实际增长5.2%和7.1%。",
     [("disposable_income_urban", "2023", "growth", 5.2), ("disposable_income_rural", "2023", "growth", 7.1)]),
    # 城、乡 and 存贷款 split into their parts.
    ("城、乡居民人均可支配收入分别增长5%、6%。",
     [("disposable_income_urban", "2023", "growth", 5), ("disposable_income_rural", "2023", "growth", 6)]),
    ("金融机构存贷款余额分别达到800亿元、600亿元。",
     [("deposits_loans", "2023", "level", 800), ("deposits_loans", "2023", "level", 600)]),
    # 分别 after amounts of two subjects refers to those subjects.
    ("实际到位内资320亿元、实际利用外资5亿美元,分别增长6.5%、8%。",
     [("other", "2023", "level", 320), ("fdi", "2023", "level", 5), ("other", "2023", "growth", 6.5),
      ("fdi", "2023", "growth", 8)]),
    # A price index on last year = 100 is the change it states.
    ("居民消费价格指数为102.3。", [("cpi", "2023", "growth", 2.3)]),
    # Taiwan wording: 成長 is growth, 兆 is 万亿.
    ("地區生產總值成長5.4%,總量達到5.2兆元。", [("gdp", "2023", "growth", 5.4), ("gdp", "2023", "level", 5.2)]),
    # A currency after the unit, an abbreviation in brackets.
    ("地区生产总值达到1390亿元人民币,居民消费价格(CPI)上涨0.5%。",
     [("gdp", "2023", "level", 1390), ("cpi", "2023", "growth", 0.5)]),
    # An estimate note covering a list: (预计,下同).
    ("全年实现地区生产总值(预计,下同)710亿元左右、增长6%左右。",
     [("gdp", "2023", "level", 710), ("gdp", "2023", "growth", 6)]),
    # The report's own level words anywhere before the subject (仍预计全区): its own figure.
    ("仍预计全区地区生产总值增长5.2%左右。", [("gdp", "2023", "growth", 5.2)]),
    # 年均 in a paragraph on the last year: the average over the term.
    ("2023年,全县实现地区生产总值39亿元,同比增长4.5%,年均增长5.8%。",
     [("gdp", "2023", "level", 39), ("gdp", "2023", "growth", 4.5), ("gdp", "2019-2023", "growth", 5.8)]),
    # …but an annual mean is the year's level.
    ("地区生产总值增长6%,PM2.5年均浓度降至35微克/立方米。",
     [("gdp", "2023", "growth", 6), ("other", "2023", "level", 35)]),
    # A year opening a sentence governs it across ; (a term paragraph's last-year figures).
    ("五年来,全省经济实力显著增强。2023年,全省生产总值增长6%;一般公共预算收入增长8%。",
     [("gdp", "2023", "growth", 6), ("general_budget_revenue", "2023", "growth", 8)]),
    # An adjusted reading of an indicator is the indicator's (扣除…因素).
    ("一般公共预算收入扣除减税降费因素增长8%左右。", [("general_budget_revenue", "2023", "growth", 8)]),
    # Two subjects named with their amounts, then two changes without 分别.
    ("城镇居民人均可支配收入4.2万元,农村居民人均可支配收入2.1万元,实际增长5%和6%。",
     [("disposable_income_urban", "2023", "level", 4.2), ("disposable_income_rural", "2023", "level", 2.1),
      ("disposable_income_urban", "2023", "growth", 5), ("disposable_income_rural", "2023", "growth", 6)]),
    # A part of the year named in its own clause governs the clauses after it.
    ("上半年,全县地区生产总值增长5.1%,固定资产投资增长3%。", []),
])
def test_review_families(sentence, expected):
    assert [pick(row, ACTUAL) for row in review_rows(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # One qualifier after a list covers the list.
    ("财政总收入和一般公共预算收入分别增长8%和7.5%左右。",
     [("other", "2024", "growth", 8, "approx"), ("general_budget_revenue", "2024", "growth", 7.5, "approx")]),
    # …a qualifier of its own stays its own.
    ("财政总收入和一般公共预算收入分别增长8%以上和7.5%左右。",
     [("other", "2024", "growth", 8, "at_least"), ("general_budget_revenue", "2024", "growth", 7.5, "approx")]),
    # Two targets for one indicator: a floor and a stretch.
    ("地区生产总值增速超过7%、力争达到8%。",
     [("gdp", "2024", "growth", 7, "at_least"), ("gdp", "2024", "growth", 8, "exact")]),
    # A goal named as such: 增长目标定为, 锚定.
    ("全区经济增长预期目标定为6%左右,GDP增速锚定5.5%以上。",
     [("gdp", "2024", "growth", 6, "approx"), ("gdp", "2024", "growth", 5.5, "at_least")]),
    # A relation after the numbers of a list, and one that does not fall below.
    ("居民消费价格涨幅3%左右、居民收入增长与经济增长基本同步。",
     [("cpi", "2024", "growth", 3, "approx"), ("disposable_income", "2024", "relational", None, "in_step")]),
    ("城镇居民、农村居民人均可支配收入不低于经济增速。",
     [("disposable_income_urban", "2024", "relational", None, "at_least"),
      ("disposable_income_rural", "2024", "relational", None, "at_least")]),
    # An indicator the taxonomy does not know is compared by its growth only.
    ("全员劳动生产率增长高于经济增长。", [("other", "2024", "relational", None, "above")]),
    ("生态环境质量与经济质量效益同步提高。", []),
    # Other governments in a news article about several are not this one's targets.
    ("开封、洛阳等市也将GDP增速目标定为7%,周口是7.5%以上。", []),
    # The year of an aside (扣除2023年…支出) is not the target's year.
    ("一般公共预算支出(扣除2023年灾后重建支出)增长3%以上;地区生产总值增长6%。",
     [("other", "2024", "growth", 3, "at_least"), ("gdp", "2024", "growth", 6, "exact")]),
    # Deputies present at the congress are no figure.
    ("大会应到代表300名,实到代表290名。", []),
    # A stated total of a work item stays a target of the plan (新增学位1.5万个).
    ("新增学位1.5万个。", [("other", "2024", "count", 1.5, "exact")]),
])
def test_plan_families(sentence, expected):
    assert [pick(row, TARGET) for row in plan_rows(sentence)] == expected


@pytest.mark.parametrize("raw, value", [
    ("地区生产总值增长5。7%。", 5.7),  # 。 as a decimal point between digits, before a unit
    ("地区生产总值达到25\n0.3亿元。", 250.3),  # a number broken across lines
    ("地区生产总\n值增长6%。", 6),  # a line break inside an indicator's name
])
def test_damaged_numbers_and_names(raw, value):
    (row,) = review_rows(raw)
    assert (row["indicator"], row["value"]) == ("gdp", value)


def test_a_machine_reworded_copy_is_read_as_the_original():
    # The reworder swaps 人民→人平易近, 地区生产总值→地域出产总值, 分别→别离, 基本→根基.
    rows = plan_rows("居平易近收入增加和经济增加根基同步,地域出产总值增加5%,城乡居平易近收入别离增加5%、6%。")
    assert [pick(row, ("indicator", "kind", "value")) for row in rows] == [
        ("disposable_income", "relational", None), ("gdp", "growth", 5),
        ("disposable_income_urban", "growth", 5), ("disposable_income_rural", "growth", 6)]


def test_one_reworded_word_alone_is_left_as_written():
    # 出产 is a word of its own: one mark is no reworded copy.
    rows = review_rows("粮食出产总值增长3%,地区生产总值增长6%。")
    assert [row["indicator"] for row in rows] == ["other", "gdp"]


def test_a_completed_figure_in_a_news_text_without_parts_is_a_result():
    text = ("某某网3月2日讯 3月2日上午,某某县第十七届人民代表大会第六次会议开幕。来源:某某报 2016-03-03\n"
            "县长某某作政府工作报告。在回顾过去一年工作时,他说,我们迎难而上。全年实现生产总值83亿元、增长8%。")
    rows = extract_report(text).to_dict()["actuals"]
    assert [pick(row, ACTUAL) for row in rows] == [("gdp", "2015", "level", 83), ("gdp", "2015", "growth", 8)]


@pytest.mark.parametrize("text, headline", [
    # A news sentence listing several indicators' targets is the main-target list…
    ("报告提出,今年全市地区生产总值增长6%左右,一般公共预算收入增长5%,固定资产投资增长7%。", [True, True, True]),
    # …a target named as the goal is one of them…
    ("报告明确了今年GDP增长5.5%左右的目标。", [True]),
    # …and so is a paragraph of short sentences each stating one.
    ("地区生产总值增长6%。一般公共预算收入增长5%。固定资产投资增长7%。社会消费品零售总额增长8%。", [True] * 4),
    # A list under its heading, written as one sentence on the next line.
    ("主要目标\n地区生产总值增长6%左右,财政总收入增长8%,城镇化率提高1个百分点。", [True, True, True]),
    # A single target of the work plan, an ambition, or a task list is not.
    ("全面推进乡村振兴,粮食产量稳定在50万吨以上。", [False]),
    ("力争地区生产总值增长7%,一般公共预算收入突破100亿元。", [False, False]),
    ("一是扩大有效投资,固定资产投资增长8%;二是提振消费,社会消费品零售总额增长7%。", [False, False]),
])
def test_main_target_lists(text, headline):
    assert [row["headline"] for row in plan_rows(text)] == headline
