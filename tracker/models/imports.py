"""Imports that wait for OCR: a scan is stored and queued, and becomes a Report only once its
text is read, so that no half-made report is ever seen by linking, the API or reviewers."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .reports import FileFormat, SourceKind


class DocumentImportStatus(models.TextChoices):
    QUEUED = "queued", _("queued for OCR")
    RUNNING = "running", _("OCR running")
    DONE = "done", _("imported")
    FAILED = "failed", _("failed")


def queued_file_name(job, file_name: str) -> str:
    return f"queued/{job.sha256[:2]}/{job.sha256}"


class DocumentImport(models.Model):
    sha256 = models.CharField(max_length=64, unique=True, help_text="SHA-256 of the original bytes")
    file = models.FileField(upload_to=queued_file_name)
    file_name = models.CharField(max_length=255)
    file_format = models.CharField(max_length=8, choices=FileFormat.choices)
    page_count = models.PositiveIntegerField()
    # The metadata the user gave (ReportMeta); empty values are detected from the OCR text.
    jurisdiction_name = models.CharField(max_length=100, blank=True)
    report_year = models.PositiveSmallIntegerField(null=True, blank=True)
    delivered_on = models.DateField(null=True, blank=True)
    source_url = models.URLField(max_length=500, blank=True)
    source_kind = models.CharField(max_length=8, choices=SourceKind.choices, blank=True, help_text="empty: detected")
    status = models.CharField(max_length=8, choices=DocumentImportStatus.choices, default=DocumentImportStatus.QUEUED)
    error = models.TextField(blank=True)
    report = models.OneToOneField(
        "tracker.Report", null=True, blank=True, on_delete=models.SET_NULL, related_name="document_import"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("document import")
        verbose_name_plural = _("document imports")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.file_name} ({self.get_status_display()})"
