"""A scan imported here is read by a real Celery worker, started as its own process against the
configured broker and sharing the test database and the media folder (CI provides the broker)."""
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from integration.test_celery_worker import _database_url_of_the_test_database, _wait_for
from tests.documents.builders import images_pdf, scanned_pages, text_pdf
from tracker.celery import app as celery_app
from tracker.models import DocumentImport, DocumentImportStatus
from tracker.services.ingest import ReportMeta, report_import

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.worker
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_real_worker_reads_a_queued_scan(samples_dir, monkeypatch):
    if settings.CELERY_TASK_ALWAYS_EAGER:
        pytest.skip("CELERY_BROKER_URL is not set: tasks run inline in this mode")
    if connection.vendor == "sqlite":
        pytest.skip("the SQLite test database lives in memory and cannot be shared with a worker")
    queue = f"test-ocr-{os.getpid()}"
    monkeypatch.setitem(celery_app.conf, "task_default_queue", queue)
    env = {**os.environ, "DATABASE_URL": _database_url_of_the_test_database(), "CELERY_TASK_DEFAULT_QUEUE": queue,
           "MEDIA_ROOT": str(settings.MEDIA_ROOT)}
    lines = next(samples_dir.glob("003*.txt")).read_text("utf-8").splitlines()
    scan = images_pdf(scanned_pages(text_pdf("\n".join(lines[number - 1] for number in (3, 11, 15, 17)))))
    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "tracker", "worker", "--pool=solo", "--concurrency=1",
         "-Q", queue, "--without-heartbeat", "--without-gossip", "--without-mingle", "--loglevel=WARNING"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    try:
        # Autocommit: the OCR task is sent as soon as the import's transaction commits.
        job = report_import(data=scan, file_name="scan.pdf", meta=ReportMeta(jurisdiction="重庆市渝中区", report_year=2024)).queued
        finished = _wait_for(lambda: DocumentImport.objects.get(pk=job.pk).status in ("done", "failed"), seconds=120)
    finally:
        worker.terminate()
        output = worker.communicate(timeout=30)[0].decode(errors="replace")
    job.refresh_from_db()
    assert finished and job.status == DocumentImportStatus.DONE, f"{job.status} {job.error}\n{output}"
    assert job.report.ocr and job.report.targets.filter(headline=True, indicator__code="gdp").exists()
