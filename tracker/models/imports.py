"""Imports that wait: a scan is stored and queued for OCR, and becomes a Report only once its text
is read, so that no half-made report is ever seen by linking, the API or reviewers; and uploads
from the import page, one batch per submitted form, one row per file.

An upload's bytes sit in the database until their file is imported, so the Celery worker that
imports a large upload may run on any machine that reaches the database (DESIGN: workers scale
out, the web server holds no files). Each file's result is stored as soon as it is known: the
progress page reads these rows, and a batch interrupted halfway goes on from its first unfinished
file."""
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


class FileState(models.TextChoices):
    QUEUED = "queued", "waiting"
    IMPORTED = "imported", "imported"
    UNCHANGED = "unchanged", "unchanged"
    OCR = "ocr", "queued for OCR"
    FAILED = "failed", "failed"


class ImportBatch(models.Model):
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    meta = models.JSONField(default=dict, help_text="The form's metadata, applied to every file")
    queued = models.BooleanField(default=False, help_text="Handed to a Celery worker rather than imported inline")

    class Meta:
        ordering = ["-created_at"]
        verbose_name_plural = "import batches"

    def __str__(self) -> str:
        return f"import batch {self.pk}"


class ImportFile(models.Model):
    batch = models.ForeignKey(ImportBatch, on_delete=models.CASCADE, related_name="files")
    position = models.PositiveSmallIntegerField()
    name = models.CharField(max_length=255)
    size = models.PositiveIntegerField()
    data = models.BinaryField(blank=True, help_text="The upload until it is imported, then emptied")
    state = models.CharField(max_length=10, choices=FileState.choices, default=FileState.QUEUED)
    message = models.TextField(blank=True)
    report = models.ForeignKey("tracker.Report", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["batch", "position"]
        constraints = [models.UniqueConstraint(fields=["batch", "position"], name="import_file_position_unique")]

    def __str__(self) -> str:
        return self.name
