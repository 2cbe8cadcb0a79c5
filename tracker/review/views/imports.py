"""Import report files from the browser, with the import command's rules and per-file results."""
from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext
from django.views.decorators.http import require_http_methods

from tracker.review.access import READ_ONLY, can_review, page_context, staff_page
from tracker.review.forms import ImportForm
from tracker.review.imports import import_uploads
from tracker.services.ingest import ReportMeta


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
    lines = import_uploads(files=data["files"], meta=meta, user=request.user)
    return _page(request, ImportForm(initial={"source_kind": data["source_kind"]}), lines=lines)


def _page(request: HttpRequest, form: ImportForm, *, status: int = 200, lines=None) -> HttpResponse:
    context = page_context(request, title=gettext("Import reports"), form=form, lines=lines)
    return render(request, "review/import.html", context, status=status)
