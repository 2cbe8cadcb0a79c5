"""Celery tasks: thin wrappers that take ids or paths and call one service."""
from celery import shared_task


@shared_task
def report_import_path(path: str, meta: dict | None = None) -> int | None:
    """Import one file that the worker can read; returns the report id (None for a scan queued
    for OCR, which becomes a report when its own task has run)."""
    from pathlib import Path

    from tracker.services.ingest import ReportMeta, report_import_file

    result = report_import_file(path=Path(path), meta=ReportMeta(**(meta or {})))
    return result.report.pk if result.report else None


@shared_task
def document_import_ocr(job_id: int) -> int | None:
    """OCR one queued scan and store its report; returns the report id, None if it failed."""
    from tracker.models import DocumentImport
    from tracker.services.documents import document_import_run

    job = document_import_run(job=DocumentImport.objects.get(pk=job_id))
    return job.report_id


@shared_task
def link_jurisdiction(jurisdiction_id: int) -> dict:
    """Re-link one government after its rows changed; returns the summary counts."""
    from tracker.services.linking import link_jurisdictions

    return link_jurisdictions(jurisdiction_ids=[jurisdiction_id]).__dict__


@shared_task
def link_all() -> dict:
    from tracker.services.linking import link_jurisdictions

    return link_jurisdictions().__dict__
