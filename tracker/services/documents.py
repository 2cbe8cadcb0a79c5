"""Scans and page images: queued at import, read by OCR in a Celery task, then stored as a report.

The queue entry (DocumentImport) holds the file and the metadata the user gave; the task reads
the pages, and the text goes through the same report_store as every other file, in one
transaction. A scan whose pages cannot be read with enough confidence ends as a failed entry with
its one-line reason, and no report.
"""
from __future__ import annotations

import logging

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from tracker.documents.reading import DocumentText, ocr_document
from tracker.documents.sniff import UnreadableDocument
from tracker.models import DocumentImport, DocumentImportStatus
from tracker.services.ingest import ImportRejected, ReportMeta, import_limits, report_store

logger = logging.getLogger(__name__)

UNEXPECTED_FAILURE = "OCR stopped on an unexpected error; the worker log has the details"


@transaction.atomic
def document_import_queue(
    *, data: bytes, sha256: str, file_name: str, document: DocumentText, meta: ReportMeta, user=None
) -> DocumentImport:
    """Store a scan and queue its OCR once the transaction commits."""
    from tracker.tasks import document_import_ocr

    DocumentImport.objects.filter(sha256=sha256, status=DocumentImportStatus.FAILED).delete()
    job = DocumentImport(
        sha256=sha256,
        file_name=file_name,
        file_format=document.file_format,
        page_count=document.page_count,
        jurisdiction_name=meta.jurisdiction or "",
        report_year=meta.report_year,
        delivered_on=meta.delivered_on,
        source_url=meta.source_url,
        source_kind=meta.source_kind or "",
        imported_by=user,
    )
    job.file.save("original", ContentFile(data), save=False)
    job.save()
    transaction.on_commit(lambda: document_import_ocr.delay(job.pk))
    return job


def document_import_run(*, job: DocumentImport) -> DocumentImport:
    """OCR the queued file and store the report; the job records the outcome either way."""
    DocumentImport.objects.filter(pk=job.pk).update(status=DocumentImportStatus.RUNNING)
    with job.file.open("rb") as handle:
        data = handle.read()
    try:
        pages = ocr_document(data, limits=import_limits())
        document = DocumentText(file_format=job.file_format, text=pages.text, pages=pages, page_count=pages.page_count)
        result = report_store(
            data=data, sha256=job.sha256, file_name=job.file_name, document=document, meta=_meta(job),
            user=job.imported_by, ocr=True,
        )
    except (UnreadableDocument, ImportRejected) as error:
        job.status, job.error = DocumentImportStatus.FAILED, str(error)
    except Exception:
        _finish(job, status=DocumentImportStatus.FAILED, error=UNEXPECTED_FAILURE)
        raise
    else:
        job.status, job.error, job.report = DocumentImportStatus.DONE, "", result.report
    _finish(job, status=job.status, error=job.error)
    return job


def _finish(job: DocumentImport, *, status: str, error: str) -> None:
    """Record the outcome; the queued copy of the file goes (a report keeps its own copy, and a
    failed scan is imported again from the user's file)."""
    job.file.delete(save=False)
    job.status, job.error, job.finished_at = status, error, timezone.now()
    job.save()
    logger.info("document import %s: %s %s", job.pk, job.status, job.error)


def _meta(job: DocumentImport) -> ReportMeta:
    return ReportMeta(
        jurisdiction=job.jurisdiction_name or None,
        report_year=job.report_year,
        delivered_on=job.delivered_on,
        source_url=job.source_url,
        source_kind=job.source_kind or None,
    )
