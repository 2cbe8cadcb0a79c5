"""Import report files from the browser, with the import command's rules and per-file results.

The form stores the files as a batch and sends the browser to the batch's page, a table with
one line per file. A small batch is imported before that page loads; a large one is imported by
a Celery worker while the page refreshes itself until every file has its result."""
from __future__ import annotations

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext
from django.views.decorators.http import require_GET, require_http_methods

from tracker.models import FileState, ImportBatch
from tracker.review.access import READ_ONLY, can_review, page_context, staff_page
from tracker.review.forms import ImportForm
from tracker.services.imports import import_batch_create, import_batch_run
from tracker.services.ingest import ReportMeta

REFRESH_SECONDS = 2


@require_http_methods(["GET", "POST"])
@staff_page
def import_reports(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        return _page(request, ImportForm())
    if not can_review(request.user):
        raise PermissionDenied(gettext(READ_ONLY))
    form = ImportForm(request.POST, request.FILES)
    if not form.is_valid():
        return _page(request, form, status=400)
    data = form.cleaned_data
    meta = ReportMeta(
        jurisdiction=data["jurisdiction"] or None,
        report_year=data["report_year"],
        delivered_on=data["delivered_on"],
        source_url=data["source_url"],
        retrieved_on=data["retrieved_on"],
        source_kind=data["source_kind"] or None,
    )
    batch = import_batch_create(uploads=data["files"], meta=meta, user=request.user)
    if not batch.queued:
        import_batch_run(batch_id=batch.pk)
    return redirect("review:import_batch", batch.pk)


@require_GET
@staff_page
def import_batch(request: HttpRequest, pk: int) -> HttpResponse:
    batch = get_object_or_404(ImportBatch, pk=pk)
    files = list(batch.files.defer("data").select_related("report__jurisdiction"))
    counts = {state: sum(file.state == state for file in files) for state in FileState.values}
    waiting = counts[FileState.QUEUED]
    context = page_context(
        request, title=gettext("Import batch %(number)s") % {"number": batch.pk}, batch=batch, files=files, counts=counts, waiting=waiting,
        refresh=REFRESH_SECONDS if waiting else None, **_form_context(ImportForm()),
    )
    return render(request, "review/import_batch.html", context)


def _page(request: HttpRequest, form: ImportForm, *, status: int = 200) -> HttpResponse:
    context = page_context(request, title=gettext("Import reports"), **_form_context(form))
    return render(request, "review/import.html", context, status=status)


def _form_context(form: ImportForm) -> dict:
    return {"form": form, "max_files": settings.IMPORT_MAX_FILES,
            "max_file_mb": round(settings.IMPORT_MAX_BYTES / 2**20, 1)}
