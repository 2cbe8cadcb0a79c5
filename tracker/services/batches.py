"""Batches of files to import and of reports to re-extract, each item in its own transaction.

What a command runs inline and what a Celery worker runs for one task of a ``--queue`` run are the
same functions, and each item's outcome is plain data (``as_message`` / ``from_message``), so a
queued run prints exactly what the serial run prints. A batch reads the taxonomy once and does not
link after each item: the caller links the batch's governments once their files are all in.
"""
from __future__ import annotations

import base64
import logging
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from django.conf import settings

from tracker.models import Report
from tracker.services.extraction import report_extract
from tracker.services.taxonomy import Vocabulary, vocabulary_from_db
from tracker.services.ingest import (
    ACCEPTED_SUFFIXES,
    ImportRejected,
    ReportMeta,
    largest_size_limit,
    report_import,
    report_import_file,
)

IMPORTED, UNCHANGED, QUEUED, FAILED, REEXTRACTED = "imported", "unchanged", "queued", "failed", "reextracted"
UNREADABLE = "the file cannot be read: {error}"
UNEXPECTED = "unexpected error, nothing of it was stored: {error}"
NO_SUCH_REPORT = "no report with this id"

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FileSource:
    """A file to import: its path as the command was given it, and its bytes when they travel in
    the task (a worker on another machine then needs no shared folder)."""

    path: str
    data: bytes | None = None

    def as_message(self) -> dict:
        return {"path": self.path, "data": None if self.data is None else base64.b64encode(self.data).decode()}

    @classmethod
    def from_message(cls, message: dict) -> "FileSource":
        data = message.get("data")
        return cls(path=message["path"], data=None if data is None else base64.b64decode(data))

    @classmethod
    def read(cls, path: Path) -> "FileSource":
        """With its bytes when the import would read the file and it is small enough to travel
        in a task (QUEUE_INLINE_MAX_BYTES); otherwise the worker reads the path."""
        limit = min(settings.QUEUE_INLINE_MAX_BYTES, largest_size_limit())
        try:
            # Regular files only: reading a pipe or a device would never end (the worker's
            # read_file refuses them with their reason).
            if path.suffix.lower() in ACCEPTED_SUFFIXES and path.is_file() and path.stat().st_size <= limit:
                return cls(str(path), path.read_bytes())
        except OSError:
            pass  # the worker meets the same error and reports it as the serial run does
        return cls(str(path))


@dataclass(frozen=True)
class ItemOutcome:
    """What became of one file or report: `message` as the import describes it (imported as
    report 12: 重庆市江北区 2021 (full text)), `label` the report as printed, `jurisdiction_id`
    the government to link afterwards."""

    name: str
    status: str
    report_id: int | None = None
    message: str = ""
    label: str = ""
    jurisdiction_id: int | None = None
    targets: int = 0
    outcomes: int = 0
    error: str = ""

    def as_message(self) -> dict:
        return asdict(self)

    @classmethod
    def from_message(cls, message: dict) -> "ItemOutcome":
        return cls(**message)


def files_import(*, sources: Iterable[FileSource], meta: ReportMeta, user=None) -> Iterator[ItemOutcome]:
    """Import each file in its own transaction; a failure is an outcome, and the batch goes on."""
    vocabulary = vocabulary_from_db()
    for source in sources:
        yield _import_one(source, meta=meta, user=user, vocabulary=vocabulary)


def _import_one(source: FileSource, *, meta: ReportMeta, user, vocabulary: Vocabulary) -> ItemOutcome:
    try:
        if source.data is None:
            result = report_import_file(path=Path(source.path), meta=meta, user=user, vocabulary=vocabulary, link=False)
        else:
            result = report_import(
                data=source.data, file_name=source.path, meta=meta, user=user, vocabulary=vocabulary, link=False
            )
    except ImportRejected as error:
        return ItemOutcome(source.path, FAILED, error=str(error))
    except OSError as error:
        return ItemOutcome(source.path, FAILED, error=UNREADABLE.format(error=error.strerror or error))
    except Exception as error:  # one file's crash must not stop the batch; its transaction rolled back
        log.exception("import of %s failed", source.path)
        return ItemOutcome(source.path, FAILED, error=UNEXPECTED.format(error=f"{type(error).__name__}: {error}"))
    report = result.report
    if report is None:
        return ItemOutcome(source.path, QUEUED, message=result.describe())
    return ItemOutcome(
        source.path,
        IMPORTED if result.created else UNCHANGED,
        report_id=report.pk,
        message=result.describe(),
        jurisdiction_id=report.jurisdiction_id,
    )


def reports_reextract(*, report_ids: Iterable[int]) -> Iterator[ItemOutcome]:
    """Run the current extractor over each report in its own transaction (rows a reviewer
    touched stay); the caller links the governments afterwards."""
    vocabulary = vocabulary_from_db()
    ids = list(report_ids)
    reports = Report.objects.select_related("jurisdiction").in_bulk(ids)
    for report_id in ids:
        report = reports.get(report_id)
        if report is None:
            yield ItemOutcome(str(report_id), FAILED, report_id=report_id, error=NO_SUCH_REPORT)
            continue
        try:
            targets, outcomes = report_extract(report=report, vocabulary=vocabulary, link=False)
        except Exception as error:  # as for imports: one report's crash leaves it as it was
            log.exception("re-extraction of report %s failed", report_id)
            yield ItemOutcome(
                str(report_id), FAILED, report_id=report_id, label=str(report),
                error=UNEXPECTED.format(error=f"{type(error).__name__}: {error}"),
            )
            continue
        yield ItemOutcome(
            str(report_id), REEXTRACTED, report_id=report_id, label=str(report),
            jurisdiction_id=report.jurisdiction_id, targets=targets, outcomes=outcomes,
        )
