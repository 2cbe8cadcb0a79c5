"""Importing report files from the review UI: the command's rules, one result line per file in
the batch's table; large batches go to a worker while the page refreshes itself."""
import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse

from tracker.documents.pdf import CORRUPT_PDF
from tracker.extraction.decoding import EMPTY_FILE
from tracker.middleware import REQUEST_TOO_LARGE
from tracker.models import ImportBatch, ImportFile, Report
from tracker.review.forms import TOO_MANY_FILES
from tracker.services.imports import import_batch_run
from tracker.services.ingest import NOT_A_REPORT, TOO_LARGE, UNSUPPORTED_SUFFIX, ReportMeta

pytestmark = pytest.mark.django_db


def _upload(name: str, data: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type="text/plain")


def _rows(response) -> list[tuple[str, str, str]]:
    """(file, result, details) of each line of the batch page's table."""
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "lxml")
    return [
        tuple(cell.get_text(" ", strip=True) for cell in row.select("td.file-name, td.import-state, td:last-child"))
        for row in html.select("table.review-import-table tbody tr")
    ]


def test_several_files_with_a_result_line_each(reviewer_client, sample_bytes):
    files = [
        _upload("nanan.txt", sample_bytes("001")),
        _upload("report.pdf", b"%PDF-1.4"),
        _upload("sheet.xlsx", b"PK\x03\x04"),
        _upload("notes.txt", "今天天气很好，我们去公园散步。".encode()),
    ]
    response = reviewer_client.post(reverse("review:import"), {"files": files, "source_kind": "full"})
    batch = ImportBatch.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("review:import_batch", args=[batch.pk])
    report = Report.objects.get()
    assert _rows(reviewer_client.get(response["Location"])) == [
        ("nanan.txt", "imported", f"imported as report {report.pk}: 重庆市南岸区 2024 (full text)"),
        ("report.pdf", "failed", CORRUPT_PDF),
        ("sheet.xlsx", "failed", UNSUPPORTED_SUFFIX),
        ("notes.txt", "failed", NOT_A_REPORT),
    ]
    assert report.imported_by.username == "rita" and report.outcomes.exists()
    assert not batch.queued and set(batch.files.values_list("data", flat=True)) == {b""}

    again = reviewer_client.post(reverse("review:import"), {"files": [_upload("copy.txt", sample_bytes("001"))], "source_kind": "full"}, follow=True)
    assert _rows(again) == [("copy.txt", "unchanged", f"already imported as report {report.pk}")]
    assert Report.objects.count() == 1


def test_metadata_given_in_the_form_wins(reviewer_client, sample_bytes):
    data = {"files": [_upload("a.txt", sample_bytes("001"))], "report_year": 2021, "source_kind": "summary",
            "source_url": "https://www.cq.gov.cn/report", "delivered_on": "2021-01-20"}
    assert reviewer_client.post(reverse("review:import"), data).status_code == 302
    report = Report.objects.get()
    assert (report.report_year, report.source_kind, str(report.delivered_on)) == (2021, "summary", "2021-01-20")
    assert report.source_url == "https://www.cq.gov.cn/report"


@override_settings(IMPORT_MAX_BYTES=100, IMPORT_MAX_DOCUMENT_BYTES=100)
def test_an_oversized_file_is_refused(reviewer_client, sample_bytes):
    response = reviewer_client.post(reverse("review:import"), {"files": [_upload("big.txt", sample_bytes("001"))], "source_kind": "full"}, follow=True)
    assert _rows(response) == [("big.txt", "failed", TOO_LARGE.format(limit=100))]
    assert not Report.objects.exists()
    assert ImportFile.objects.get().data == b""  # refused by its size: never read, never stored


def test_no_file_is_a_form_error(reviewer_client):
    response = reviewer_client.post(reverse("review:import"), {"source_kind": "full"})
    assert response.status_code == 400
    assert not Report.objects.exists()


def test_staff_outside_the_group_cannot_import(reader_client, sample_bytes):
    assert reader_client.get(reverse("review:import")).status_code == 200
    response = reader_client.post(reverse("review:import"), {"files": [_upload("a.txt", sample_bytes("001"))], "source_kind": "full"})
    assert response.status_code == 403
    assert not Report.objects.exists()


@override_settings(IMPORT_INLINE_MAX_BYTES=10_000)
def test_a_large_batch_goes_to_a_worker_and_the_page_follows_it(reviewer_client, sample_bytes, django_capture_on_commit_callbacks):
    files = [_upload("jiangbei.txt", sample_bytes("002")), _upload("empty.txt", b""), _upload("nanan.txt", sample_bytes("001"))]
    with django_capture_on_commit_callbacks() as callbacks:
        response = reviewer_client.post(reverse("review:import"), {"files": files, "source_kind": "full"})
    batch = ImportBatch.objects.get()
    assert batch.queued and len(callbacks) == 1  # the task is sent once the files are stored
    assert not Report.objects.exists()  # nothing was imported by the web worker
    page = reviewer_client.get(response["Location"])
    assert '<meta http-equiv="refresh" content="2">' in page.content.decode()
    assert [state for _, state, _ in _rows(page)] == ["waiting", "waiting", "waiting"]

    import_batch_run(batch_id=batch.pk)  # what the worker does

    page = reviewer_client.get(response["Location"])
    assert 'http-equiv="refresh"' not in page.content.decode()
    rows = _rows(page)
    assert [state for _, state, _ in rows] == ["imported", "failed", "imported"]
    assert rows[1] == ("empty.txt", "failed", EMPTY_FILE)
    assert Report.objects.count() == 2
    assert "2 imported, 0 unchanged, 1 failed" in page.content.decode()


def test_a_batch_stopped_halfway_goes_on_from_its_first_waiting_file(reviewer, sample_bytes):
    from tracker.services.imports import import_batch_create

    uploads = [_upload("a.txt", sample_bytes("001")), _upload("b.txt", sample_bytes("003"))]
    batch = import_batch_create(uploads=uploads, meta=ReportMeta(), user=reviewer)
    first = batch.files.get(position=0)
    import_batch_run(batch_id=batch.pk)
    assert set(batch.files.values_list("state", flat=True)) == {"imported"}
    ImportFile.objects.filter(pk=first.pk).update(state="queued", data=sample_bytes("001"))
    import_batch_run(batch_id=batch.pk)  # a second run: a.txt's bytes are imported already
    assert batch.files.get(position=0).state == "unchanged" and Report.objects.count() == 2


@override_settings(IMPORT_MAX_FILES=2)
def test_more_files_than_the_limit_is_a_form_error(reviewer_client):
    files = [_upload(f"{n}.txt", b"x") for n in range(3)]
    response = reviewer_client.post(reverse("review:import"), {"files": files, "source_kind": "full"})
    assert response.status_code == 400
    assert TOO_MANY_FILES.format(limit=2) in response.content.decode()
    assert not ImportBatch.objects.exists()


@override_settings(MAX_REQUEST_BYTES=50_000)
def test_a_request_over_the_size_cap_is_refused_before_it_is_read(reviewer_client, sample_bytes):
    files = [_upload(f"{n}.txt", sample_bytes("002")) for n in range(2)]  # 2 × 50 KB
    response = reviewer_client.post(reverse("review:import"), {"files": files, "source_kind": "full"})
    assert response.status_code == 413
    assert REQUEST_TOO_LARGE.format(limit=50_000) in response.content.decode()
    assert not ImportBatch.objects.exists()
