"""Import batches from the upload page: store the files, import them inline or on a worker.

A small upload is imported during the request, as before. One larger than
IMPORT_INLINE_MAX_BYTES in all is handed to a Celery worker once stored, so that a web worker
never spends minutes extracting (six 4.9 MB files used to outlast gunicorn's timeout and end in a
500 after four had been imported); the browser follows its progress page instead. Either way
the files go through the command's batch import (tracker.services.batches): each in its own
transaction, a failure one line, and the governments linked once at the end.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction

from tracker import tasks
from tracker.models import FileState, ImportBatch, ImportFile
from tracker.services.batches import QUEUED, FileSource, files_import
from tracker.services.ingest import ReportMeta, upload_problem
from tracker.services.linking import link_jurisdictions


@transaction.atomic
def import_batch_create(*, uploads: list[UploadedFile], meta: ReportMeta, user) -> ImportBatch:
    """The batch with one row per upload, stored one file at a time; a file refused by its name
    or size is a failed line at once and is never read. Large batches are queued for a worker
    once this commits."""
    named = [(Path(upload.name or "").name or f"file-{n + 1}", upload) for n, upload in enumerate(uploads)]
    problems = [upload_problem(name, upload.size) for name, upload in named]
    stored = sum(upload.size or 0 for (_, upload), problem in zip(named, problems) if not problem)
    batch = ImportBatch.objects.create(
        created_by=user, meta=meta.as_message(), queued=stored > settings.IMPORT_INLINE_MAX_BYTES
    )
    for position, ((name, upload), problem) in enumerate(zip(named, problems)):
        ImportFile.objects.create(
            batch=batch, position=position, name=name[:255], size=upload.size or 0,
            data=b"" if problem else upload.read(),
            state=FileState.FAILED if problem else FileState.QUEUED, message=problem or "",
        )
    if batch.queued:
        transaction.on_commit(lambda: tasks.import_batch_run.delay(batch.pk))
    return batch


def import_batch_run(*, batch_id: int) -> None:
    """Import the batch's waiting files in order, storing each result as soon as it is known,
    then link their governments. Run again, it goes on from the first waiting file."""
    batch = ImportBatch.objects.select_related("created_by").get(pk=batch_id)
    waiting = list(batch.files.filter(state=FileState.QUEUED).order_by("position").values_list("pk", flat=True))
    outcomes = files_import(sources=_sources(waiting), meta=ReportMeta.from_message(batch.meta), user=batch.created_by)
    governments = set()
    for pk, outcome in zip(waiting, outcomes):
        state = FileState.OCR if outcome.status == QUEUED else outcome.status  # a scan waits for OCR
        ImportFile.objects.filter(pk=pk).update(
            state=state, message=outcome.message or outcome.error, report_id=outcome.report_id, data=b""
        )
        if outcome.jurisdiction_id:
            governments.add(outcome.jurisdiction_id)
    if governments:
        link_jurisdictions(jurisdiction_ids=governments)


def _sources(pks: list[int]) -> Iterator[FileSource]:
    """The waiting files, read from the database one at a time as the import asks for them."""
    for pk in pks:
        file = ImportFile.objects.only("name", "data").get(pk=pk)
        yield FileSource(file.name, bytes(file.data))
