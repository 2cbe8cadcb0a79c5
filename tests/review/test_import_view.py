"""Importing report files from the review UI: the command's rules, one result line per file."""
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse

from tracker.documents.pdf import CORRUPT_PDF
from tracker.models import Report
from tracker.services.ingest import NOT_A_REPORT, TOO_LARGE, UNSUPPORTED_SUFFIX

pytestmark = pytest.mark.django_db


def _upload(name: str, data: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type="text/plain")


def test_several_files_with_a_result_line_each(reviewer_client, sample_bytes):
    files = [
        _upload("nanan.txt", sample_bytes("001")),
        _upload("report.pdf", b"%PDF-1.4"),
        _upload("sheet.xlsx", b"PK\x03\x04"),
        _upload("notes.txt", "今天天气很好，我们去公园散步。".encode()),
    ]
    response = reviewer_client.post(reverse("review:import"), {"files": files, "source_kind": "full"})
    assert response.status_code == 200
    html = response.content.decode()
    report = Report.objects.get()
    assert f"nanan.txt: imported as report {report.pk}: 重庆市南岸区" in html
    assert f"report.pdf: {CORRUPT_PDF}" in html
    assert f"sheet.xlsx: {UNSUPPORTED_SUFFIX}" in html
    assert f"notes.txt: {NOT_A_REPORT}" in html
    assert report.imported_by.username == "rita" and report.outcomes.exists()

    again = reviewer_client.post(reverse("review:import"), {"files": [_upload("copy.txt", sample_bytes("001"))], "source_kind": "full"})
    assert f"copy.txt: already imported as report {report.pk}" in again.content.decode()
    assert Report.objects.count() == 1


def test_metadata_given_in_the_form_wins(reviewer_client, sample_bytes):
    data = {"files": [_upload("a.txt", sample_bytes("001"))], "report_year": 2021, "source_kind": "summary",
            "source_url": "https://www.cq.gov.cn/report", "delivered_on": "2021-01-20"}
    assert reviewer_client.post(reverse("review:import"), data).status_code == 200
    report = Report.objects.get()
    assert (report.report_year, report.source_kind, str(report.delivered_on)) == (2021, "summary", "2021-01-20")
    assert report.source_url == "https://www.cq.gov.cn/report"


@override_settings(IMPORT_MAX_BYTES=100)
def test_an_oversized_file_is_refused(reviewer_client, sample_bytes):
    html = reviewer_client.post(reverse("review:import"), {"files": [_upload("big.txt", sample_bytes("001"))], "source_kind": "full"}).content.decode()
    assert TOO_LARGE.format(limit=100) in html
    assert not Report.objects.exists()


def test_no_file_is_a_form_error(reviewer_client):
    response = reviewer_client.post(reverse("review:import"), {"source_kind": "full"})
    assert response.status_code == 400
    assert not Report.objects.exists()


def test_staff_outside_the_group_cannot_import(reader_client, sample_bytes):
    assert reader_client.get(reverse("review:import")).status_code == 200
    response = reader_client.post(reverse("review:import"), {"files": [_upload("a.txt", sample_bytes("001"))], "source_kind": "full"})
    assert response.status_code == 403
    assert not Report.objects.exists()
