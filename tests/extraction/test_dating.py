"""tracker/extraction/dating.py: the year a text is from, by the forms real copies use (synthetic
texts in those forms, written for these tests)."""
import datetime

import pytest

from tracker.extraction.dating import NO_EVIDENCE, date_report, page_address, published_on
from tracker.extraction.normalize import normalize_text


@pytest.mark.parametrize("text, year, reason", [
    # A date line, on one line or broken after the date.
    ("政府工作报告\n——2024年2月4日在某某区第十九届人民代表大会第五次会议上\n", 2024, "date line"),
    ("政府工作报告\n2026年1月28日\n在某某市第十八届人民代表大会第四次会议上\n", 2026, "date line"),
    ("政府工作报告\n——二〇二四年一月二十日在某某市第十七届人民代表大会第三次会议上\n", 2024, "date line"),
    ("某某省政府工作报告(2023年1月11日 张某某)\n各位代表:", 2023, "date in the title"),
    # The national congress dates its own sessions: the 十二届 began in 2013.
    ("十二届全国人大一次会议在人民大会堂开幕,国务院总理代表国务院作政府工作报告。", 2013, "national congress"),
    ("第十四届全国人民代表大会第三次会议开幕。", 2025, "national congress"),
    # A news lead's opening day with the article's own date (an article of December, about 昨日).
    ("来源:某某报 2021-12-23 09:51\n昨日上午,某某市第十八届人民代表大会第一次会议开幕。", 2021, "opening"),
    ("某某网 2018-03-20 10:33:06\n2月25日上午,某某市第十七届人民代表大会第一次会议隆重开幕。", 2018, "opening"),
    # Headings: a review of a year is the next year's report; a plan names its own year.
    ("各位代表:\n一、2022年工作回顾\n2022年是极不平凡的一年。", 2023, "review of 2022"),
    ("二、2023年工作安排\n做好今年的工作,意义重大。", 2023, "plan for 2023"),
    ("■2023 成就鼓舞人心\n全年地区生产总值增长5%左右。", 2024, "review of 2023"),
    ("报告提出,2024年全省经济社会发展的主要预期目标是:地区生产总值增长5%左右。", 2024, "plan for 2024"),
    # A five-year plan's phase names the year: 十五五 begins in 2026.
    ("今年是“十五五”开局之年,做好各项工作意义重大。", 2026, "plan for"),
    # The content outweighs a mirror's title naming another year.
    ("2023年某某县政府工作报告全文\n一、2018年工作回顾\n2018年,全县经济平稳增长。\n二、2019年工作安排\n"
     "2019年全县经济社会发展的主要预期目标是:地区生产总值增长7%。", 2019, ""),
])
def test_the_year_and_the_evidence(text, year, reason):
    dating = date_report(normalize_text(text))
    assert dating.report_year == year
    assert reason in dating.reason


@pytest.mark.parametrize("text", [
    "各位代表:\n过去一年,全县地区生产总值增长6%。",  # no year anywhere
    "到2025年,地区生产总值突破1000亿元。",  # a goal's horizon is no report year
    "比2020年翻一番。2019年以来,累计新增就业3万人。",  # comparison bases and starting points
])
def test_nothing_is_guessed(text):
    dating = date_report(normalize_text(text))
    assert (dating.report_year, dating.reason) == (None, NO_EVIDENCE)


def test_a_report_delivered_in_december_plans_the_next_year():
    text = normalize_text("二、2023年工作安排\n2023年是开局之年。做好明年的政府工作,要坚持稳中求进。")
    dating = date_report(text)
    assert (dating.report_year, dating.plan_year) == (2022, 2023)
    assert "明年" in dating.reason


def test_a_dated_december_delivery_keeps_its_year_and_plans_the_next():
    text = normalize_text("——2020年12月28日在某某市第五届人民代表大会第六次会议上\n各位代表:")
    dating = date_report(text)
    assert (dating.report_year, dating.plan_year, dating.delivered_on) == (2020, 2021, datetime.date(2020, 12, 28))


@pytest.mark.parametrize("address, day", [
    # The forms news sites and mirrors put the day in (addresses made up for these tests).
    ("https://news.example.cn/c/2012-03-05/1114240.shtml", datetime.date(2012, 3, 5)),
    ("http://example.com.cn/n/2013/0305/c1004-206810.html", datetime.date(2013, 3, 5)),
    ("https://m.example.com/yaowen/20220123/2326.html", datetime.date(2022, 1, 23)),
    ("http://example.gov.cn/art/2024/3/11/art_157_41515.html", datetime.date(2024, 3, 11)),
    ("https://example.cn/html/2025-01/17/content_1517.htm", datetime.date(2025, 1, 17)),
    ("http://example.cn/zwgk/202301/t20230110_47277.html", datetime.date(2023, 1, 10)),
    ("http://example.com/realtime/china/story20190127-9275", datetime.date(2019, 1, 27)),
    ("http://example.com/2020/12-29/29508.html", datetime.date(2020, 12, 29)),
    # No day: a month folder, an ambiguous run of digits, an id, a date in the host name.
    ("https://example.com/china/201901/50-160948.html", None),
    ("http://example.cn/a11/201905147/a15c0e8c.html", None),
    ("http://example.com/2019012/1.html", None),
    ("http://example.com/article/detail/1494432.html", None),
    ("http://20220101.example.com/a.html", None),
    ("http://example.com/2019/1399/a.html", None),
])
def test_the_day_a_page_address_carries(address, day):
    assert published_on(address) == day


def test_a_page_names_its_address_on_its_first_lines():
    assert page_address("SOURCE: https://example.cn/a/20220123/1.html\n某某网1月22日讯") == "https://example.cn/a/20220123/1.html"
    assert page_address("原文链接:http://example.cn/2021/0127/8.html\n正文") == "http://example.cn/2021/0127/8.html"
    assert page_address("正文\n" * 20 + "http://example.cn/2021/0127/8.html") == ""


def test_without_a_date_line_the_address_dates_the_article():
    lead = normalize_text("某某网1月22日讯 今日上午,某某省第十三届人民代表大会第六次会议开幕。")
    assert date_report(lead).report_year is None
    dating = date_report(lead, published=datetime.date(2022, 1, 23))
    # The wire date is the opening day; the address gives its year.
    assert (dating.report_year, dating.delivered_on) == (2022, datetime.date(2022, 1, 22))
    assert "in an article dated 2022-01-23" in dating.reason


def test_the_text_outweighs_the_address():
    """A repost's address is dated long after the congress; the text's own date line decides."""
    text = normalize_text("政府工作报告\n——2019年1月20日在某某市第十五届人民代表大会第四次会议上\n各位代表:")
    assert date_report(text, published=datetime.date(2023, 6, 9)).report_year == 2019
    plan = normalize_text("报告提出,2019年全市经济社会发展的主要预期目标是:地区生产总值增长7%左右。")
    assert date_report(plan, published=datetime.date(2023, 6, 9)).report_year == 2019
