"""Generated reports as published: scope, time, the checksum of the inputs, and the files.

A generation with other inputs is a new row and the old rows stay, so a report someone quoted
remains reproducible; the newest row of a scope is its current report. A row's inputs never
change: a format asked for later is added to it, since it would render the same inputs."""
from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override

from reports.scopes import AMPLIFICATION, LEAGUE, SCORECARD, TREND, Scope


class ReportKind(models.TextChoices):
    SCORECARD = SCORECARD, _("scorecard")
    LEAGUE = LEAGUE, _("league table")
    TREND = TREND, _("trend")
    AMPLIFICATION = AMPLIFICATION, _("amplification (层层加码)")


class ReportFormat(models.TextChoices):
    HTML = "html", "HTML"
    CSV = "csv", "CSV"
    PDF = "pdf", "PDF"


def report_file_path(report: "GeneratedReport", filename: str) -> str:
    return f"reports/{report.kind}/{filename}"


class GeneratedReportQuerySet(models.QuerySet):
    def for_scope(self, scope_key: str) -> "GeneratedReportQuerySet":
        return self.filter(scope_key=scope_key).order_by("-created_at", "-pk")

    def latest_per_scope(self) -> "GeneratedReportQuerySet":
        """The current report of each scope: the newest row of every scope key."""
        newest = self.filter(scope_key=models.OuterRef("scope_key")).order_by("-created_at", "-pk")
        return self.filter(pk=models.Subquery(newest.values("pk")[:1]))


class GeneratedReport(models.Model):
    kind = models.CharField(max_length=16, choices=ReportKind.choices)
    jurisdiction = models.ForeignKey(
        "tracker.Jurisdiction", null=True, blank=True, on_delete=models.PROTECT, related_name="generated_reports",
        help_text="The government reported on; for a league, the parent whose children are ranked",
    )
    level = models.CharField(max_length=16, blank=True, help_text="A league of every government of one level")
    year = models.PositiveSmallIntegerField(null=True, blank=True)
    indicator = models.ForeignKey(
        "tracker.Indicator", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    scope_key = models.CharField(max_length=120, help_text="kind, government, level, year, indicator")
    title = models.CharField(max_length=300)
    inputs_checksum = models.CharField(max_length=64, help_text="SHA-256 of every value the report shows")
    target_count = models.PositiveIntegerField(default=0)
    provisional = models.BooleanField(default=False, help_text="Shows verdicts no reviewer has confirmed yet")
    html = models.FileField(upload_to=report_file_path, blank=True)
    csv = models.FileField(upload_to=report_file_path, blank=True)
    pdf = models.FileField(upload_to=report_file_path, blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    objects = GeneratedReportQuerySet.as_manager()

    class Meta:
        verbose_name = _("generated report")
        verbose_name_plural = _("generated reports")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["scope_key", "-created_at"]), models.Index(fields=["kind", "year"])]
        # reports.generate: generating on demand from the admin costs CPU (a PDF is about a
        # second) and publishes a version, so it is granted, not implied by staff status.
        permissions = [("generate", "Can generate reports on demand")]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(kind__in=[SCORECARD, AMPLIFICATION])
                | models.Q(jurisdiction__isnull=False, year__isnull=False),
                name="generated_report_scorecard_scope",
            ),
            models.CheckConstraint(
                condition=~models.Q(kind=AMPLIFICATION) | models.Q(indicator__isnull=False),
                name="generated_report_amplification_indicator",
            ),
            models.CheckConstraint(
                condition=~models.Q(kind=LEAGUE)
                | models.Q(year__isnull=False, jurisdiction__isnull=False, level="")
                | (models.Q(year__isnull=False, jurisdiction__isnull=True) & ~models.Q(level="")),
                name="generated_report_league_scope",
            ),
            models.CheckConstraint(
                condition=~models.Q(kind=TREND) | models.Q(jurisdiction__isnull=False),
                name="generated_report_trend_scope",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def scope(self) -> Scope:
        indicator = self.indicator.code if self.indicator_id else ""
        return Scope(self.kind, self.jurisdiction_id, self.year, indicator, self.level)

    def get_absolute_url(self) -> str:
        """Stored files are in the site's language, so their addresses carry its prefix."""
        with override(settings.LANGUAGE_CODE):
            return reverse("reports:stored", args=[self.scope_key, self.inputs_checksum])

    def file_url(self, fmt: str) -> str:
        with override(settings.LANGUAGE_CODE):
            return reverse("reports:file", args=[self.scope_key, self.inputs_checksum, fmt])

    @property
    def file_links(self) -> list[tuple[str, str]]:
        """(format, address) of each stored file, for lists of reports."""
        return [(fmt, self.file_url(fmt)) for fmt in self.formats]

    @property
    def formats(self) -> list[str]:
        """The formats stored for this report, in the order of ReportFormat."""
        return [fmt for fmt in ReportFormat.values if getattr(self, fmt)]

    def file_for(self, fmt: str):
        if fmt not in ReportFormat.values:
            raise ValueError(f"unknown format {fmt!r}")
        return getattr(self, fmt)
