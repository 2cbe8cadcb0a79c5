from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from tracker.documents.pages import page_of


class SourceKind(models.TextChoices):
    """The form of a document, detected from its text (extraction/forms.py) unless the importer
    names it."""
    FULL = "full", _("full text")
    PARTIAL = "partial", _("partial text")
    SUMMARY = "summary", _("news summary")
    PLAN = "plan", _("implementation plan")


class FileFormat(models.TextChoices):
    """What the original file was, told by its bytes (tracker.documents.sniff), not its name."""

    TEXT = "text", _("plain text")
    HTML = "html", _("web page")
    PDF = "pdf", _("PDF")
    DOCX = "docx", _("Word (.docx)")
    DOC = "doc", _("Word 97-2003 (.doc)")
    PNG = "png", _("PNG image")
    JPEG = "jpeg", _("JPEG image")
    TIFF = "tiff", _("TIFF image")


def original_file_name(report, file_name: str) -> str:
    """Originals are stored under their SHA-256, so one file is kept once whatever its name."""
    suffix = {"pdf": ".pdf", "docx": ".docx", "doc": ".doc", "png": ".png", "jpeg": ".jpg", "tiff": ".tif"}
    return f"originals/{report.sha256[:2]}/{report.sha256}{suffix.get(report.file_format, '')}"


class ReportStatus(models.TextChoices):
    IMPORTED = "imported", _("imported")
    EXTRACTED = "extracted", _("extracted")
    FAILED = "failed", _("extraction failed")


class Report(models.Model):
    """One document as received. Several may exist for one government and year."""

    jurisdiction = models.ForeignKey(
        "tracker.Jurisdiction", null=True, blank=True, on_delete=models.PROTECT, related_name="reports"
    )
    report_year = models.PositiveSmallIntegerField(null=True, blank=True)
    delivered_on = models.DateField(null=True, blank=True)
    speaker = models.CharField(max_length=50, blank=True)
    title = models.CharField(max_length=300, blank=True)
    source_url = models.URLField(max_length=500, blank=True)
    retrieved_on = models.DateField(null=True, blank=True, help_text="The day the document was retrieved from its source")
    source_kind = models.CharField(max_length=8, choices=SourceKind.choices, default=SourceKind.FULL)
    file_name = models.CharField(max_length=255, blank=True)
    encoding = models.CharField(max_length=32, blank=True)
    file_format = models.CharField(max_length=8, choices=FileFormat.choices, default=FileFormat.TEXT)
    original_file = models.FileField(
        upload_to=original_file_name, blank=True, help_text="The file as received (PDF, Word, image)"
    )
    page_starts = models.JSONField(
        default=list, blank=True, help_text="Offset in the normalised text where each page starts"
    )
    ocr = models.BooleanField(default=False, help_text="The text was read from page images by OCR")
    ocr_confidence = models.JSONField(default=list, blank=True, help_text="OCR confidence (0-100) per page")
    import_notes = models.JSONField(default=list, blank=True, help_text="What a reader should know about the import")
    original_text = models.TextField(help_text="The text exactly as received, decoded")
    normalized_text = models.TextField(help_text="Simplified script, half-width, page chrome removed")
    sha256 = models.CharField(max_length=64, unique=True, help_text="SHA-256 of the original bytes")
    extractor_version = models.CharField(max_length=32, blank=True)
    status = models.CharField(max_length=12, choices=ReportStatus.choices, default=ReportStatus.IMPORTED)
    error = models.TextField(blank=True)
    skipped_figures = models.JSONField(
        default=list, blank=True,
        help_text="Numbers extraction found but did not store, each with its quote and the reason",
    )
    imported_at = models.DateTimeField(auto_now_add=True)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("work report")
        verbose_name_plural = _("work reports")
        ordering = ["-report_year", "jurisdiction__name", "pk"]
        indexes = [models.Index(fields=["jurisdiction", "report_year"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(report_year__isnull=True)
                | models.Q(report_year__gte=1949, report_year__lte=2100),
                name="report_year_plausible",
            )
        ]

    def page_of(self, offset: int) -> int | None:
        """1-based page of a normalised-text offset; None when the source has no pages."""
        return page_of(self.page_starts, offset)

    @property
    def original_is_public(self) -> bool:
        """A government published the file at its source URL, so anyone may download our copy."""
        return bool(self.source_url)

    def __str__(self) -> str:
        place = self.jurisdiction.name if self.jurisdiction_id else "?"
        return f"{place} {self.report_year or '?'} ({self.get_source_kind_display()})"
