"""Page numbers and original files on the review pages; OCR figures first in the queue."""
import re

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from review.world import queue_ids
from tracker.models import Assessment, Report

pytestmark = pytest.mark.django_db
PDF_BYTES = b"%PDF-1.7\n(a stand-in for the stored original)\n%%EOF\n"


def _as_pdf(report: Report, *, pages_from: str, source_url: str = "") -> Report:
    """The report as if read from a two-page PDF whose second page starts at `pages_from`."""
    report.file_format = "pdf"
    report.page_starts = [0, report.normalized_text.index(pages_from)]
    report.source_url = source_url
    report.original_file.save("original", ContentFile(PDF_BYTES), save=False)
    report.save()
    return report


def test_the_item_page_names_the_page_and_links_the_original(reviewer_client, world):
    plan = _as_pdf(world.plan, pages_from="二、2023年工作安排")
    html = reviewer_client.get(reverse("review:assessment", args=[world.gdp.pk])).content.decode()
    target_section = html[html.index('id="target"') : html.index('id="outcome"')]
    assert ">page 2</span>" in target_section
    assert f'href="/originals/{plan.pk}/#page=2"' in target_section
    # The outcome's report is a text import: no page, no file.
    assert 'class="fact-source"' not in html[html.index('id="outcome"') :]
    fact = reviewer_client.get(reverse("review:target", args=[world.gdp.target_id])).content.decode()
    assert ">page 2</span>" in fact
    chinese = reviewer_client.get(reverse("review:target", args=[world.gdp.target_id]),
                                  headers={"Accept-Language": "zh-CN"}).content.decode()
    assert ">第2页</span>" in chinese and "原始文件（PDF）" in chinese


def test_a_figure_on_the_first_page_says_page_1(reviewer_client, world):
    _as_pdf(world.plan, pages_from="实现上述目标")
    html = reviewer_client.get(reverse("review:target", args=[world.gdp.target_id])).content.decode()
    assert ">page 1</span>" in html


def test_ocr_figures_are_flagged_with_their_page_confidence(reviewer_client, world):
    plan = _as_pdf(world.plan, pages_from="二、2023年工作安排")
    Report.objects.filter(pk=plan.pk).update(ocr=True, ocr_confidence=[71.5, 88.2])
    html = reviewer_client.get(reverse("review:target", args=[world.gdp.target_id])).content.decode()
    assert "read by OCR from a scan (page confidence 88)" in html


def test_the_original_is_served_to_staff_and_to_the_public_only_when_published(client, reader_client, world):
    plan = _as_pdf(world.plan, pages_from="二、2023年工作安排")
    url = reverse("report-original", args=[plan.pk])
    response = reader_client.get(url)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content) == PDF_BYTES
    assert response["ETag"] == f'"{plan.sha256}"' and response["Cache-Control"] == "private"
    client.logout()
    assert client.get(url).status_code == 404
    Report.objects.filter(pk=plan.pk).update(source_url="https://www.cqjb.gov.cn/report.pdf")
    public = client.get(url)
    assert public.status_code == 200 and b"".join(public.streaming_content) == PDF_BYTES
    # A text import has no original file to serve.
    assert reader_client.get(reverse("report-original", args=[world.review.pk])).status_code == 404



def test_figures_read_by_ocr_come_first_in_the_queue(reviewer_client, world):
    # Without OCR the missed GDP target leads; with the review read from a scan, every assessment
    # whose outcome came from it goes first, the one without an outcome last.
    Assessment.objects.filter(pk=world.revenue.pk).update(outcome=None, verdict="not_reported")
    Report.objects.filter(pk=world.review.pk).update(ocr=True)
    html = reviewer_client.get(reverse("review:queue")).content.decode()
    assert queue_ids(html) == [world.gdp.pk, world.industry.pk, world.unemployment.pk, world.revenue.pk]
    assert html.count('class="flag flag-ocr"') == 3
    item = reviewer_client.get(reverse("review:assessment", args=[world.unemployment.pk])).content.decode()
    assert re.search(rf'href="/review/assessments/{world.revenue.pk}/[^"]*"[^>]*rel="next"', item)
