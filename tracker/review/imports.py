"""Uploads through the review UI, imported one file at a time by the same service as the command.

The command's rules hold here too: the accepted formats, the size limits, a file that fails leaves
no trace while the others go on, re-importing the same bytes changes nothing. Each file gets a
result line worded like the command's output.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from django.core.files.uploadedfile import UploadedFile

from tracker.services.ingest import (
    ACCEPTED_SUFFIXES,
    TOO_LARGE,
    UNSUPPORTED_SUFFIX,
    ImportRejected,
    ReportMeta,
    largest_size_limit,
    report_import,
)

IMPORTED, UNCHANGED, QUEUED, FAILED = "imported", "unchanged", "queued", "failed"


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
    if upload.size > largest_size_limit():
        # Checked before reading, so an oversized upload is never loaded into memory.
        return ImportLine(name, FAILED, TOO_LARGE.format(limit=largest_size_limit()))
    try:
        result = report_import(data=upload.read(), file_name=name, meta=meta, user=user)
    except ImportRejected as error:
        return ImportLine(name, FAILED, str(error))
    outcome = QUEUED if result.report is None else IMPORTED if result.created else UNCHANGED
    return ImportLine(name, outcome, result.describe(), result.report.pk if result.report else None)

