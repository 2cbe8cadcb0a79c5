"""Where a report came from, stored on import: the source address and the day it was fetched,
given on the command line or read from a saved page's canonical link; shown on the API rows."""
import datetime
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from tracker.models import Report
from tracker.services.ingest import ReportMeta, report_import

pytestmark = pytest.mark.django_db


def saved_page(text: str, head: str) -> bytes:
    paragraphs = "".join(f"<p>{line}</p>" for line in text.splitlines() if line.strip())
    return f'<!DOCTYPE html><html><head><meta charset="utf-8">{head}</head><body>{paragraphs}</body></html>'.encode()


def test_command_stores_source_address_and_retrieval_day(tmp_path, sample_bytes):
    path = tmp_path / "report.txt"
    path.write_bytes(sample_bytes("002"))
    call_command(
        "import_reports", str(path), "--source-url", "https://www.example.gov.cn/2021/report.html",
        "--retrieved-on", "2024-03-02", stdout=StringIO(),
    )
    report = Report.objects.get()
    assert (report.source_url, report.retrieved_on) == ("https://www.example.gov.cn/2021/report.html", datetime.date(2024, 3, 2))


def test_a_bad_retrieval_day_is_refused(tmp_path, sample_bytes):
    path = tmp_path / "report.txt"
    path.write_bytes(sample_bytes("002"))
    with pytest.raises(CommandError, match="--retrieved-on must be a date like 2024-02-04, got '02/03/2024'"):
        call_command("import_reports", str(path), "--retrieved-on", "02/03/2024", stdout=StringIO())
    assert not Report.objects.exists()


def test_a_saved_page_says_where_it_came_from(sample_bytes):
    page = saved_page(sample_bytes("001").decode("utf-8"), '<link rel="canonical" href="https://www.example.gov.cn/nanan/2024.html">')
    report = report_import(data=page, file_name="report.html").report
    assert report.source_url == "https://www.example.gov.cn/nanan/2024.html"


def test_a_given_address_wins_over_the_page(sample_bytes):
    page = saved_page(sample_bytes("001").decode("utf-8"), '<link rel="canonical" href="https://mirror.example.cn/copy.html">')
    meta = ReportMeta(source_url="https://www.example.gov.cn/original.html")
    assert report_import(data=page, file_name="report.html", meta=meta).report.source_url == meta.source_url


def test_provenance_is_on_every_api_row(sample_bytes, client):
    meta = ReportMeta(source_url="https://www.example.gov.cn/2021/report.html", retrieved_on=datetime.date(2024, 3, 2))
    report = report_import(data=sample_bytes("002"), file_name="report.txt", meta=meta).report
    row = client.get("/api/v1/targets/", {"include_unreviewed": "true", "page_size": 1}).json()["results"][0]
    assert (row["source_url"], row["retrieved_on"], row["report_title"]) == (meta.source_url, "2024-03-02", report.title)
    assert client.get(f"/api/v1/reports/{report.pk}/").json()["retrieved_on"] == "2024-03-02"
