"""Public evidence pages: no login, the quote highlighted in its paragraph, the source, the
verdict, the history and a citation, at a permanent address the API links as html_url."""
import html
import json
import re
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.api.world import make_assessment, make_outcome, make_report, make_target

pytestmark = pytest.mark.django_db

PARAGRAPH = "一、2021年主要预期目标\n全区地区生产总值增长7%左右，一般公共预算收入增长5%。\n二、重点工作"
QUOTE = "地区生产总值增长7%左右"


@pytest.fixture
def quoted(world):
    """A district report whose text holds the quote where its offsets say."""
    report = make_report(world.other_district, 2021, delivered_on="2021-01-20", retrieved_on="2024-03-02")
    report.normalized_text = PARAGRAPH
    report.save()
    target = make_target(report, "gdp", 7, qualifier="approx", headline=True)
    target.quote = QUOTE
    target.start = PARAGRAPH.index(QUOTE)
    target.end = target.start + len(QUOTE)
    target.save()
    outcome = make_outcome(make_report(world.other_district, 2022), "gdp", "6.4")
    assessment = make_assessment(target, outcome, "missed", rule="approx", ruleset_version="2025.1", narrow=True)
    return target, outcome, assessment


def page(client, url: str) -> str:
    response = client.get(url, follow=True)  # an unprefixed address redirects to the reader's language
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("text/html")
    return response.content.decode()


def test_target_page_shows_the_quote_in_its_paragraph_with_source_and_verdict(anonymous, quoted):
    target, outcome, assessment = quoted
    body = page(anonymous, f"/zh-hans/targets/{target.pk}/")
    assert f"全区<mark>{QUOTE}</mark>，一般公共预算收入增长5%。" in body
    assert "二、重点工作" not in body  # the paragraph, not the report
    assert f'href="{target.report.source_url}"' in body
    assert "2024-03-02" in body and "2021-01-20" in body  # retrieved, delivered
    assert ">全文<" in body
    assert "未完成" in body and "差距微小" in body and "approx" in body and "2025.1" in body
    assert f'href="/zh-hans/outcomes/{outcome.pk}/"' in body
    assert "-0.6个百分点" in body  # the gap
    assert "未经审核" not in body


def test_target_page_is_citable(anonymous, quoted):
    target, _, _ = quoted
    body = page(anonymous, f"/zh-hans/targets/{target.pk}/")
    permalink = f"http://testserver/targets/{target.pk}/"
    assert f'<link rel="canonical" href="{permalink}">' in body
    assert f'<meta property="og:url" content="{permalink}">' in body
    title = re.search(r'<meta property="og:title" content="([^"]+)">', body).group(1)
    assert html.unescape(title) == f"四川省成都市锦江区2021年政府工作报告：{QUOTE}"
    bibtex = html.unescape(re.search(r'aria-label="BibTeX">(.*?)</textarea>', body, re.S).group(1))
    assert bibtex.startswith(f"@misc{{target-{target.pk},") and permalink in bibtex
    csl = json.loads(html.unescape(re.search(r'aria-label="CSL-JSON">(.*?)</textarea>', body, re.S).group(1)))
    assert csl[0]["URL"] == permalink


def test_the_api_links_each_row_to_its_page(anonymous, quoted):
    target, outcome, assessment = quoted
    row = anonymous.get(f"/api/v1/assessments/{assessment.pk}/").json()
    assert row["html_url"] == f"http://testserver/targets/{target.pk}/#assessment"
    assert row["target"]["html_url"] == f"http://testserver/targets/{target.pk}/"
    assert row["outcome"]["html_url"] == f"http://testserver/outcomes/{outcome.pk}/"
    page(anonymous, row["outcome"]["html_url"])


def test_unreviewed_and_rejected_rows_say_so(anonymous, world):
    assert "未经审核。" in page(anonymous, f"/zh-hans/targets/{world.cpi_target.pk}/")
    rejected = page(anonymous, f"/zh-hans/targets/{world.rejected_target.pk}/")
    assert "已驳回。" in rejected and "未经审核。" not in rejected
    assert "未经审核。" in page(anonymous, f"/zh-hans/outcomes/{world.pending_outcome.pk}/")


def test_outcome_page_lists_the_targets_judged_against_it(anonymous, world):
    body = page(anonymous, f"/zh-hans/outcomes/{world.retail_outcome.pk}/")
    assert f'href="/zh-hans/targets/{world.retail_target.pk}/#assessment"' in body
    assert "预计数" in body and "未完成" in body


def test_history_shows_corrections_but_not_who_or_internal_notes(anonymous, quoted, reviewer):
    target, _, _ = quoted
    target.refresh_from_db()
    target.value, target.review_status = Decimal("7.5"), "edited"
    target._history_user, target._change_reason = reviewer, "报告原文为7.5%"  # as the review services record it
    target.save()
    assessment = target.assessment
    assessment.note, assessment._history_user = "内部备注：请再核对", reviewer
    assessment.save()
    body = page(anonymous, f"/zh-hans/targets/{target.pk}/")
    history = body[body.index('id="history"') :]
    assert "审核员" in history and "报告原文为7.5%" in history and "7 → 7.5" in history
    assert reviewer.username not in body and "内部备注" not in body


def test_government_page_lists_reports_targets_and_verdicts(anonymous, world):
    body = page(anonymous, f"/zh-hans/governments/{world.city.pk}/")
    assert world.city_2021.title in body and world.city_2022.title in body
    assert "新闻摘要" in body  # city_2022 is a news summary
    for target in (world.gdp_target, world.retail_target, world.cpi_target, world.five_year_target):
        assert f'href="/zh-hans/targets/{target.pk}/"' in body
    assert f'href="/zh-hans/targets/{world.rejected_target.pk}/"' not in body
    assert f'href="/zh-hans/governments/{world.province.pk}/"' in body
    assert f'href="/zh-hans/reports/scorecard/{world.city.pk}/2021/"' in body


def test_government_page_queries_do_not_grow_with_targets(anonymous, world, django_assert_num_queries):
    with CaptureQueriesContext(connection) as before:
        page(anonymous, f"/zh-hans/governments/{world.city.pk}/")
    report = make_report(world.city, 2023)
    for number in range(20):
        make_assessment(make_target(report, "gdp", number), None, "pending")
    with django_assert_num_queries(len(before)):
        page(anonymous, f"/zh-hans/governments/{world.city.pk}/")


@pytest.mark.parametrize("url", ["/zh-hans/targets/999999/", "/zh-hans/outcomes/999999/", "/zh-hans/governments/999999/"])
def test_unknown_ids_are_404(anonymous, world, url):
    assert anonymous.get(url).status_code == 404


def test_data_and_guide_pages(anonymous, world):
    data = page(anonymous, "/zh-hans/data/")
    assert "CC BY 4.0" in data and "@misc{work-report-tracker," in html.unescape(data)
    guide = page(anonymous, "/zh-hans/journalists/")
    for request in ["assessments/?jurisdiction=江北区&amp;period=2021", "assessments/?indicator=GDP&amp;verdict=missed",
                    "assessments/?format=csv&amp;lang=zh", "changes/?since=", "html_url"]:
        assert request in guide


def test_scorecard_and_trend_embeds_may_be_framed_by_any_site(anonymous, world):
    for url in (f"/zh-hans/reports/scorecard/{world.city.pk}/2021/embed/", f"/zh-hans/reports/trend/{world.city.pk}/embed/"):
        response = anonymous.get(url)
        assert response.status_code == 200
        policy = response["Content-Security-Policy"]
        assert "frame-ancestors *" in policy and "script-src 'self'" in policy
        assert "X-Frame-Options" not in response
        body = response.content.decode()
        assert '<base target="_top">' in body and "<nav" not in body


def test_other_pages_may_not_be_framed(anonymous, world):
    for url in (f"/zh-hans/reports/scorecard/{world.city.pk}/2021/", f"/zh-hans/targets/{world.gdp_target.pk}/",
                "/zh-hans/journalists/"):
        assert anonymous.get(url)["X-Frame-Options"] == "DENY"
