"""Celery tasks: thin wrappers that take ids or paths and call one service."""
from celery import shared_task


@shared_task
def report_import_path(path: str, meta: dict | None = None) -> int:
    """Import one file that the worker can read; returns the report id."""
    from pathlib import Path

    from tracker.services.ingest import ReportMeta, report_import_file

    result = report_import_file(path=Path(path), meta=ReportMeta(**(meta or {})))
    return result.report.pk
