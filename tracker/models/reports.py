from django.conf import settings
from django.db import models


class SourceKind(models.TextChoices):
    """The form of a document, detected from its text (extraction/forms.py) unless the importer
    names it."""
    FULL = "full", "full text"
    PARTIAL = "partial", "partial text"
    SUMMARY = "summary", "news summary"
    PLAN = "plan", "implementation plan"


class ReportStatus(models.TextChoices):
    IMPORTED = "imported", "imported"
    EXTRACTED = "extracted", "extracted"
    FAILED = "failed", "extraction failed"


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
    original_text = models.TextField(help_text="The text exactly as received, decoded")
    normalized_text = models.TextField(help_text="Simplified script, half-width, page chrome removed")
    sha256 = models.CharField(max_length=64, unique=True, help_text="SHA-256 of the original bytes")
    extractor_version = models.CharField(max_length=32, blank=True)
    status = models.CharField(max_length=12, choices=ReportStatus.choices, default=ReportStatus.IMPORTED)
    error = models.TextField(blank=True)
    imported_at = models.DateTimeField(auto_now_add=True)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-report_year", "jurisdiction__name", "pk"]
        indexes = [models.Index(fields=["jurisdiction", "report_year"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(report_year__isnull=True)
                | models.Q(report_year__gte=1949, report_year__lte=2100),
                name="report_year_plausible",
            )
        ]

    def __str__(self) -> str:
        place = self.jurisdiction.name if self.jurisdiction_id else "?"
        return f"{place} {self.report_year or '?'} ({self.get_source_kind_display()})"
