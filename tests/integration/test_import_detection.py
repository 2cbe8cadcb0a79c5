"""Import with no hints: the form, the government and the year found in the text, unknowns left
empty with the reason, and a folder of news pages that name no year imported without a traceback.
The pages are synthetic (written for these tests), in the forms real news copies use."""
from io import StringIO

import pytest
from django.core.management import call_command

from tracker.models import Jurisdiction, Report, Target
from tracker.services.ingest import ReportMeta, report_import

pytestmark = pytest.mark.django_db

NEWS = ("某某网1月10日讯(记者 张某)1月10日,晋江市第十八届人民代表大会第五次会议召开。市长李某作政府工作报告。"
        "报告指出,今年全市地区生产总值增长6%左右,一般公共预算收入增长5%。来源:某某报 2026-01-12 10:03\n")
UNDATED = ("某某网讯(记者 王某)今天上午,某某县第五届人民代表大会第四次会议开幕。县长赵某作政府工作报告。"
           "报告提出,今年全县地区生产总值增长7.5%以上,固定资产投资增长8%左右,社会消费品零售总额增长9%左右。"
           "过去一年,全县经济社会发展迈出坚实步伐,地区生产总值增长6.1%。\n")


def test_a_news_page_is_imported_as_a_summary_of_the_government_it_names():
    report = report_import(data=NEWS.encode(), file_name="news.html").report
    assert (report.source_kind, report.report_year) == ("summary", 2026)
    assert report.jurisdiction.name == "福建省泉州市晋江市"
    assert sorted(Target.objects.filter(report=report).values_list("indicator__code", flat=True)) == [
        "gdp", "general_budget_revenue"]


def test_a_short_name_given_by_hand_and_the_full_name_read_from_the_text_are_one_government():
    report_import(data=NEWS.encode(), file_name="news.txt")
    given = report_import(data=NEWS.replace("6%", "6.5%").encode(), file_name="news2.txt",
                          meta=ReportMeta(jurisdiction="晋江市")).report
    assert given.jurisdiction.name == "福建省泉州市晋江市"
    assert Jurisdiction.objects.filter(name__endswith="晋江市").count() == 1


def test_a_page_without_a_year_keeps_no_figure_and_says_why():
    result = report_import(data=UNDATED.encode(), file_name="undated.txt")
    assert result.report.report_year is None and "report_year" in result.undetected
    assert "no date line" in result.reasons["report_year"]
    assert Target.objects.filter(report=result.report).count() == 0  # never a guessed period


def test_the_address_a_copied_page_names_is_its_source_and_dates_it():
    page = "SOURCE: https://news.example.cn/xw/20250118/4410.html\n" + UNDATED
    report = report_import(data=page.encode(), file_name="copied.txt").report
    assert report.source_url == "https://news.example.cn/xw/20250118/4410.html"
    assert report.report_year == 2025
    assert Target.objects.filter(report=report, period_start=2025).count() == 3


def test_an_address_given_by_hand_wins_and_an_odd_one_is_not_stored():
    page = "SOURCE: https://news.example.cn/xw/20250118/4410.html\n" + UNDATED
    given = report_import(data=page.encode(), file_name="a.txt",
                          meta=ReportMeta(source_url="https://example.gov.cn/2024/0119/1.html")).report
    assert (given.source_url, given.report_year) == ("https://example.gov.cn/2024/0119/1.html", 2024)
    odd = report_import(data=("SOURCE: http://x\n" + UNDATED.replace("7.5%", "7%")).encode(), file_name="b.txt").report
    assert (odd.source_url, odd.report_year) == ("", None)


def test_a_folder_of_news_pages_with_no_hints_ends_without_a_traceback(tmp_path):
    for index, text in enumerate([NEWS, UNDATED, NEWS.replace("晋江市", "某某区").replace("2026-01-12", ""),
                                  "某某网讯 某某市政府工作报告提出,今年全市地区生产总值增长6%,一般公共预算收入增长5%。" * 3]):
        (tmp_path / f"{index}.txt").write_text(text, encoding="utf-8")
    out, err = StringIO(), StringIO()
    call_command("import_reports", str(tmp_path), stdout=out, stderr=err)
    assert "Traceback" not in out.getvalue() + err.getvalue()
    assert out.getvalue().rstrip().endswith("4 imported, 0 unchanged, 0 failed")
    assert "not detected, left empty: report_year: no date line" in out.getvalue()
    assert Report.objects.count() == 4
