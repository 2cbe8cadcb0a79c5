"""Scans: checked at import, queued, read by Tesseract in a Celery task, stored with page numbers
and per-page confidence, and compared with the .txt import of the same text.

The scan is made here: a part of sample 003 (its headline targets) typeset as a PDF, its page
rendered at 200 dpi to a slightly skewed, noisy greyscale image behind a blank scanned cover
page. One page of real OCR keeps the test within seconds.
"""
import io
import re

import pytest

from tests.documents.builders import blank_page, images_pdf, scanned_pages, text_pdf
from tracker.celery import app as celery_app
from tracker.documents.ocr import LOW_CONFIDENCE_PAGE, NO_READABLE_PAGE, OCR_UNAVAILABLE, PAGE_TIMEOUT
from tracker.models import DocumentImport, DocumentImportStatus, Report
from tracker.services.ingest import NOT_A_REPORT, ImportRejected, ReportMeta, report_import

pytestmark = pytest.mark.django_db
META = ReportMeta(jurisdiction="重庆市渝中区", report_year=2024)
# Title, plan part and the main targets of sample 003, as lines of the sample.
SLICE_LINES = (3, 11, 13, 15, 17, 19, 21)


@pytest.fixture
def eager(monkeypatch):
    monkeypatch.setitem(celery_app.conf, "task_always_eager", True)


@pytest.fixture
def plan_text(samples_dir) -> str:
    lines = next(samples_dir.glob("003*.txt")).read_text("utf-8").splitlines()
    return "\n".join(lines[number - 1] for number in SLICE_LINES)


def _import_now(data: bytes, name: str, capture) -> DocumentImport:
    with capture(execute=True):
        result = report_import(data=data, file_name=name, meta=META)
    assert result.report is None and result.created
    return DocumentImport.objects.get(pk=result.queued.pk)


def _key(target) -> tuple:
    return (target.indicator_id, target.kind, target.value, target.value_high, target.qualifier, target.period)


def test_a_scan_finds_the_headline_targets_of_the_text(plan_text, eager, django_capture_on_commit_callbacks):
    reference = report_import(data=plan_text.encode(), file_name="plan.txt", meta=META).report
    (page,) = scanned_pages(text_pdf(plan_text))
    scan = images_pdf([blank_page(width=page.width, height=page.height), page])

    job = _import_now(scan, "scan.pdf", django_capture_on_commit_callbacks)

    assert job.status == DocumentImportStatus.DONE, job.error
    report = job.report
    assert report.ocr and report.file_format == "pdf" and report.original_file
    assert len(report.ocr_confidence) == 2 and report.ocr_confidence[0] == 0 and report.ocr_confidence[1] >= 60
    assert report.import_notes == [LOW_CONFIDENCE_PAGE.format(page=1, confidence=0, minimum=60)]
    expected = {_key(t) for t in reference.targets.all()}
    found = {_key(t) for t in report.targets.all()}
    headline = {_key(t) for t in reference.targets.filter(headline=True)}
    recall = len(found & expected) / len(expected)
    precision = len(found & expected) / len(found)
    headline_recall = len(found & headline) / len(headline)
    print(f"\nscan vs text: recall {recall:.2f}, precision {precision:.2f}, headline recall {headline_recall:.2f} "
          f"({len(headline)} headline targets), page confidence {report.ocr_confidence}")
    assert len(headline) == 5
    assert headline_recall >= 0.9 and precision >= 0.9
    assert {target.page for target in report.targets.all()} == {2}
    assert not DocumentImport.objects.filter(status=DocumentImportStatus.QUEUED).exists()


def test_the_same_scan_again_is_not_queued_twice(eager, django_capture_on_commit_callbacks):
    scan = images_pdf([blank_page()])
    with django_capture_on_commit_callbacks(execute=False):
        first = report_import(data=scan, file_name="a.pdf")
        second = report_import(data=scan, file_name="b.pdf")
    assert first.created and not second.created
    assert second.queued.pk == first.queued.pk
    assert DocumentImport.objects.count() == 1


def test_a_scan_with_no_readable_page_fails_with_its_reason(eager, media_root, django_capture_on_commit_callbacks):
    blank = images_pdf([blank_page(), blank_page()])
    job = _import_now(blank, "blank.pdf", django_capture_on_commit_callbacks)
    assert job.status == DocumentImportStatus.FAILED
    reasons = [LOW_CONFIDENCE_PAGE.format(page=page, confidence=0, minimum=60) for page in (1, 2)]
    assert job.error == NO_READABLE_PAGE.format(reasons="; ".join(reasons))
    assert not Report.objects.exists()
    assert not [path for path in media_root.rglob("*") if path.is_file()]
    # The same file again is queued afresh.
    with django_capture_on_commit_callbacks(execute=False):
        again = report_import(data=blank, file_name="blank.pdf")
    assert again.created and again.queued.pk != job.pk
    assert list(DocumentImport.objects.values_list("pk", "status")) == [(again.queued.pk, "queued")]


def test_a_page_that_takes_too_long_is_given_up(plan_text, eager, settings, django_capture_on_commit_callbacks):
    settings.OCR_SECONDS_PER_PAGE = 1  # a page of text takes several seconds
    scan = images_pdf(scanned_pages(text_pdf(plan_text)))
    job = _import_now(scan, "slow.pdf", django_capture_on_commit_callbacks)
    assert job.status == DocumentImportStatus.FAILED
    assert job.error == NO_READABLE_PAGE.format(reasons=PAGE_TIMEOUT.format(page=1, seconds=1))
    assert not Report.objects.exists()


def test_a_photographed_paragraph_is_read_like_a_scan(plan_text, eager, django_capture_on_commit_callbacks):
    # The main targets paragraph alone, cropped from its page and saved as a PNG.
    (page,) = scanned_pages(text_pdf(plan_text.splitlines()[4]))
    crop = page.crop((0, 0, page.width, page.height // 6))
    buffer = io.BytesIO()
    crop.save(buffer, format="PNG")
    job = _import_now(buffer.getvalue(), "photo.png", django_capture_on_commit_callbacks)
    assert (job.file_format, job.page_count, job.status) == ("png", 1, DocumentImportStatus.DONE), job.error
    report = job.report
    assert report.file_format == "png" and report.ocr and report.page_starts == [0]
    gdp = report.targets.get(indicator__code="gdp")
    assert (gdp.value, gdp.qualifier, gdp.period, gdp.page) == (6, "approx", "2024", 1)


def test_a_page_image_that_holds_no_report_fails_with_its_reason(eager, django_capture_on_commit_callbacks):
    (page,) = scanned_pages(text_pdf("今天天气很好,我们一家人去公园散步,看见湖边的柳树发了新芽。"))
    buffer = io.BytesIO()
    page.crop((0, 0, page.width, page.height // 8)).save(buffer, format="PNG")
    job = _import_now(buffer.getvalue(), "weather.png", django_capture_on_commit_callbacks)
    assert (job.status, job.error) == (DocumentImportStatus.FAILED, NOT_A_REPORT)
    assert not Report.objects.exists()


def test_without_tesseract_a_scan_is_refused_at_once(monkeypatch):
    monkeypatch.setattr("pytesseract.pytesseract.tesseract_cmd", "/nonexistent/tesseract")
    with pytest.raises(ImportRejected, match=f"^{re.escape(OCR_UNAVAILABLE)}$"):
        report_import(data=images_pdf([blank_page()]), file_name="scan.pdf")
    assert not DocumentImport.objects.exists()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_where_tasks_run_inline_the_import_says_how_ocr_ended(eager):
    """The first-run mode outside a transaction (the command, the upload page): the task has run
    by the time report_import returns, so a scan nobody can read is a failed file at once."""
    blank = images_pdf([blank_page()])
    reason = NO_READABLE_PAGE.format(reasons=LOW_CONFIDENCE_PAGE.format(page=1, confidence=0, minimum=60))
    with pytest.raises(ImportRejected, match=f"^{re.escape(reason)}$"):
        report_import(data=blank, file_name="blank.pdf")
    assert DocumentImport.objects.get().status == DocumentImportStatus.FAILED
