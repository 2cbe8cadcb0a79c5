"""The original file of a report (the PDF, Word file or scan it was read from), so that a reader
can check a quote on its page. Staff may always download it; anyone may when a government
published it (the report has a source URL); otherwise it does not exist for the public."""
from __future__ import annotations

from django.http import FileResponse, Http404, HttpRequest
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET

from tracker.models import FileFormat, Report

CONTENT_TYPES = {
    FileFormat.PDF: "application/pdf",
    FileFormat.DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    FileFormat.DOC: "application/msword",
    FileFormat.PNG: "image/png",
    FileFormat.JPEG: "image/jpeg",
    FileFormat.TIFF: "image/tiff",
}


@require_GET
def report_original(request: HttpRequest, pk: int) -> FileResponse:
    report = get_object_or_404(Report.objects.only("pk", "original_file", "file_format", "file_name", "sha256", "source_url"), pk=pk)
    if not report.original_file or not (request.user.is_staff or report.original_is_public):
        raise Http404("no original file")
    response = FileResponse(
        report.original_file.open("rb"),
        content_type=CONTENT_TYPES.get(report.file_format, "application/octet-stream"),
        filename=report.file_name or report.original_file.name.rsplit("/", 1)[-1],
    )
    response["ETag"] = f'"{report.sha256}"'
    # Staff-only files must not sit in shared caches.
    response["Cache-Control"] = "public, max-age=86400" if report.original_is_public else "private"
    return response
