"""Celery tasks: thin wrappers that take ids, paths or plain data and call one service.

Every task is safe to run twice (acks late, see settings): a worker that dies mid-task leaves its
message to another, and the rerun finds what the first run committed."""
from celery import shared_task


@shared_task
def report_import_path(path: str, meta: dict | None = None) -> int | None:
    """Import one file that the worker can read; returns the report id (None for a scan queued
    for OCR, which becomes a report when its own task has run)."""
    from pathlib import Path

    from tracker.services.ingest import ReportMeta, report_import_file

    result = report_import_file(path=Path(path), meta=ReportMeta.from_message(meta))
    return result.report.pk if result.report else None


@shared_task
def document_import_ocr(job_id: int) -> int | None:
    """OCR one queued scan and store its report; returns the report id, None if it failed."""
    from tracker.models import DocumentImport
    from tracker.services.documents import document_import_run

    job = document_import_run(job=DocumentImport.objects.get(pk=job_id))
    return job.report_id


@shared_task
def files_import(files: list[dict], meta: dict | None = None) -> list[dict]:
    """One part of `import_reports --queue`: each file (path, and bytes when they travel in the
    message) in its own transaction; returns each file's outcome. Linking is left to the caller."""
    from tracker.services import batches
    from tracker.services.ingest import ReportMeta

    sources = [batches.FileSource.from_message(message) for message in files]
    outcomes = batches.files_import(sources=sources, meta=ReportMeta.from_message(meta))
    return [outcome.as_message() for outcome in outcomes]


@shared_task
def reports_reextract(report_ids: list[int]) -> list[dict]:
    """One part of `reextract --queue`; returns each report's outcome."""
    from tracker.services import batches

    return [outcome.as_message() for outcome in batches.reports_reextract(report_ids=report_ids)]


@shared_task
def import_batch_run(batch_id: int) -> None:
    """Import the waiting files of an upload batch (the upload page's large batches)."""
    from tracker.services.imports import import_batch_run

    import_batch_run(batch_id=batch_id)


@shared_task
def link_jurisdiction(jurisdiction_id: int) -> dict:
    """Re-link one government after its rows changed; returns the summary counts."""
    from tracker.services.linking import link_jurisdictions

    return link_jurisdictions(jurisdiction_ids=[jurisdiction_id]).__dict__


@shared_task
def jurisdictions_link(jurisdiction_ids: list[int], year: int | None = None) -> dict:
    """One part of `link --queue` (and of a queued import's linking): these governments, each
    held by a row lock while it is linked."""
    from tracker.services.linking import link_jurisdictions

    return link_jurisdictions(jurisdiction_ids=jurisdiction_ids, year=year).__dict__


@shared_task
def link_all() -> dict:
    from tracker.services.linking import link_jurisdictions

    return link_jurisdictions().__dict__
