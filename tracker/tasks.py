"""Celery tasks: thin wrappers that take ids or paths and call one service."""
from celery import shared_task


@shared_task
def report_import_path(path: str, meta: dict | None = None) -> int:
    """Import one file that the worker can read; returns the report id."""
    from pathlib import Path

    from tracker.services.ingest import ReportMeta, report_import_file

    result = report_import_file(path=Path(path), meta=ReportMeta(**(meta or {})))
    return result.report.pk


@shared_task
def link_jurisdiction(jurisdiction_id: int) -> dict:
    """Re-link one government after its rows changed; returns the summary counts."""
    from tracker.services.linking import link_jurisdictions

    return link_jurisdictions(jurisdiction_ids=[jurisdiction_id]).__dict__


@shared_task
def link_all() -> dict:
    from tracker.services.linking import link_jurisdictions

    return link_jurisdictions().__dict__
