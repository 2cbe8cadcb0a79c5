"""Uploads through the review UI, imported one file at a time by the same service as the command.

The command's rules hold here too: only .txt and .html, the size limit, a file that fails leaves
no trace while the others go on, re-importing the same bytes changes nothing. Each file gets a
result line worded like the command's output.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile

from tracker.services.ingest import (
    ACCEPTED_SUFFIXES,
    TOO_LARGE,
    UNSUPPORTED_SUFFIX,
    ImportRejected,
    ReportMeta,
    report_import,
)

IMPORTED, UNCHANGED, FAILED = "imported", "unchanged", "failed"


@dataclass(frozen=True)
class ImportLine:
    file_name: str
    outcome: str
    message: str
    report_id: int | None = None


def import_uploads(*, files: list[UploadedFile], meta: ReportMeta, user) -> list[ImportLine]:
    return [_import_one(upload, meta=meta, user=user) for upload in files]


def _import_one(upload: UploadedFile, *, meta: ReportMeta, user) -> ImportLine:
    name = Path(upload.name or "").name
    if Path(name).suffix.lower() not in ACCEPTED_SUFFIXES:
        return ImportLine(name, FAILED, UNSUPPORTED_SUFFIX)
    if upload.size > settings.IMPORT_MAX_BYTES:
        # Checked before reading, so an oversized upload is never loaded into memory.
        return ImportLine(name, FAILED, TOO_LARGE.format(limit=settings.IMPORT_MAX_BYTES))
    try:
        result = report_import(data=upload.read(), file_name=name, meta=meta, user=user)
    except ImportRejected as error:
        return ImportLine(name, FAILED, str(error))
    report = result.report
    if not result.created:
        return ImportLine(name, UNCHANGED, f"already imported as report {report.pk}", report.pk)
    message = f"imported as report {report.pk}: {report}"
    if result.undetected:
        message += f" (not detected, left empty: {', '.join(result.undetected)})"
    return ImportLine(name, IMPORTED, message, report.pk)
