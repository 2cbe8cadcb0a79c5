"""A reviewer sees which page of the original PDF a figure is on and opens that file."""
import re

import pytest
from playwright.sync_api import expect

from tests.documents.builders import text_pdf
from tracker.services.ingest import report_import

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_the_target_page_names_its_page_and_links_the_original(world, reviewer, logged_in, live_server, samples_dir):
    data = text_pdf(next(samples_dir.glob("002*.txt")).read_text("utf-8"))
    report = report_import(data=data, file_name="jiangbei-2021.pdf").report
    target = report.targets.get(headline=True, indicator__code="gdp")
    assert target.page > 1

    page = logged_in("rita", "pw-rita-12345")
    page.goto(f"{live_server.url}/review/targets/{target.pk}/")
    expect(page.locator(".fact-source")).to_contain_text(f"page {target.page}")
    link = page.locator("a.original-link")
    expect(link).to_have_attribute("href", re.compile(rf"/originals/{report.pk}/#page={target.page}$"))
    response = page.request.get(live_server.url + link.get_attribute("href").split("#")[0])
    assert response.status == 200 and response.headers["content-type"] == "application/pdf"
    assert response.body() == data
