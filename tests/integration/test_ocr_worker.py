"""A scan imported here is read by a real Celery worker, started as its own process against the
configured broker and sharing the test database and the media folder (CI provides the broker)."""
import pytest
from django.conf import settings

from tests.documents.builders import images_pdf, scanned_pages, text_pdf
from tests.integration.workers import require_worker_setup, start_worker, stop_worker, use_own_queue, wait_for
from tracker.models import DocumentImport, DocumentImportStatus
from tracker.services.ingest import ReportMeta, report_import


@pytest.mark.worker
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_real_worker_reads_a_queued_scan(samples_dir, monkeypatch):
    require_worker_setup()
    worker = start_worker(use_own_queue(monkeypatch), env={"MEDIA_ROOT": str(settings.MEDIA_ROOT)})
    try:
        lines = next(samples_dir.glob("003*.txt")).read_text("utf-8").splitlines()
        scan = images_pdf(scanned_pages(text_pdf("\n".join(lines[number - 1] for number in (3, 11, 15, 17)))))
        # Autocommit: the OCR task is sent as soon as the import's transaction commits.
        job = report_import(data=scan, file_name="scan.pdf", meta=ReportMeta(jurisdiction="重庆市渝中区", report_year=2024)).queued
        finished = wait_for(lambda: DocumentImport.objects.get(pk=job.pk).status in ("done", "failed"), seconds=120)
    finally:
        output = stop_worker(worker)
    job.refresh_from_db()
    assert finished and job.status == DocumentImportStatus.DONE, f"{job.status} {job.error}\n{output}"
    assert job.report.ocr and job.report.targets.filter(headline=True, indicator__code="gdp").exists()
