"""Targets and outcomes: the numbers a report states, each with the quote it came from."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .decisions import DecisionRecord

# Labels are in the reader's language (locale/); the codes are what the API and URLs carry.


# Every stored figure, gap and derived value lies within ±FIGURE_LIMIT. The columns hold 16 digits
# before the point, but SQLite keeps a decimal as a float and Django reads it back to 20
# significant digits: a value past 10^15 (1e22 from a hostile file) would make every later read of
# the row raise. The constraints hold the line in the database, whichever way a row is written.
FIGURE_LIMIT = 10**15


def within_figure_limit(field: str, name: str) -> models.CheckConstraint:
    return models.CheckConstraint(
        condition=models.Q(**{f"{field}__isnull": True})
        | models.Q(**{f"{field}__gte": -FIGURE_LIMIT, f"{field}__lte": FIGURE_LIMIT}),
        name=name,
    )


class Kind(models.TextChoices):
    GROWTH = "growth", _("growth (percentage change)")
    LEVEL = "level", _("level (amount)")
    SHARE = "share", _("share or rate")
    COUNT = "count", _("count")
    RELATIONAL = "relational", _("relational (no number of its own)")


class Qualifier(models.TextChoices):
    APPROX = "approx", _("about (左右)")
    AT_LEAST = "at_least", _("at least (以上/不低于)")
    AT_MOST = "at_most", _("at most (以内/控制在)")
    EXACT = "exact", _("exact")
    RANGE = "range", _("range")
    IN_STEP = "in_step", _("in step with (同步)")
    ABOVE = "above", _("above (高于)")


class Origin(models.TextChoices):
    EXTRACTED = "extracted", _("extracted")
    MANUAL = "manual", _("entered by a reviewer")


class ReviewStatus(models.TextChoices):
    PENDING = "pending", _("pending review")
    CONFIRMED = "confirmed", _("confirmed")
    EDITED = "edited", _("edited by a reviewer")
    REJECTED = "rejected", _("rejected")


class FactQuerySet(models.QuerySet):
    def untouched(self):
        """Rows no reviewer has acted on: re-extraction may replace these."""
        return self.filter(review_status=ReviewStatus.PENDING, origin=Origin.EXTRACTED)

    def needs_review(self):
        return self.filter(review_status=ReviewStatus.PENDING)

    def accepted(self):
        return self.exclude(review_status=ReviewStatus.REJECTED)


class Fact(models.Model):
    """What Target and Outcome share: an indicator, a period, a number and its evidence."""

    report = models.ForeignKey("tracker.Report", on_delete=models.CASCADE, related_name="+")
    indicator = models.ForeignKey(
        "tracker.Indicator", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    indicator_text = models.CharField(max_length=100, blank=True)
    period_start = models.PositiveSmallIntegerField()
    period_end = models.PositiveSmallIntegerField()
    kind = models.CharField(max_length=12, choices=Kind.choices)
    unit = models.CharField(max_length=20, blank=True)
    quote = models.TextField()
    start = models.PositiveIntegerField(help_text="Offset of the quote in the normalised text")
    end = models.PositiveIntegerField()
    origin = models.CharField(max_length=10, choices=Origin.choices, default=Origin.EXTRACTED)
    review_status = models.CharField(
        max_length=10, choices=ReviewStatus.choices, default=ReviewStatus.PENDING
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1)
    duplicate_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text="The row this one duplicated; it was merged into that row",
    )

    objects = FactQuerySet.as_manager()

    class Meta:
        abstract = True

    @property
    def period(self) -> str:
        if self.period_start == self.period_end:
            return str(self.period_start)
        return f"{self.period_start}-{self.period_end}"

    @property
    def page(self) -> int | None:
        """The page of the original document the quote is on (None for unpaged sources)."""
        return self.report.page_of(self.start)

    @property
    def page_confidence(self) -> float | None:
        """The OCR confidence (0-100) of the quote's page, for figures read from a scan."""
        page, confidences = self.page, self.report.ocr_confidence
        return confidences[page - 1] if page and len(confidences) >= page else None

    @staticmethod
    def common_constraints(prefix: str) -> list:
        return [
            models.CheckConstraint(
                condition=models.Q(period_start__lte=models.F("period_end")),
                name=f"{prefix}_period_ordered",
            ),
            models.CheckConstraint(
                condition=models.Q(start__lte=models.F("end")), name=f"{prefix}_span_ordered"
            ),
        ]


class Target(Fact):
    """A commitment: 地区生产总值增长5.5%以上."""

    report = models.ForeignKey("tracker.Report", on_delete=models.CASCADE, related_name="targets")
    value = models.DecimalField(max_digits=20, decimal_places=4, null=True, blank=True)
    value_high = models.DecimalField(max_digits=20, decimal_places=4, null=True, blank=True)
    qualifier = models.CharField(max_length=10, choices=Qualifier.choices, default=Qualifier.EXACT)
    stretch = models.BooleanField(default=False, help_text="力争/争取: a softened commitment")
    headline = models.BooleanField(default=False, help_text="In the 主要预期目标 list")
    reference = models.CharField(
        max_length=64, blank=True, help_text="Relational targets: an indicator code or parent_average"
    )

    history = HistoricalRecords(bases=[DecisionRecord])

    class Meta:
        verbose_name = _("target")
        verbose_name_plural = _("targets")
        ordering = ["report", "start"]
        indexes = [
            models.Index(fields=["indicator", "period_start", "period_end"]),
            models.Index(fields=["review_status"]),
        ]
        constraints = Fact.common_constraints("target") + [
            models.CheckConstraint(
                condition=models.Q(value_high__isnull=True)
                | models.Q(value__isnull=True)
                | models.Q(value_high__gte=models.F("value")),
                name="target_range_ordered",
            ),
            models.CheckConstraint(
                condition=models.Q(kind=Kind.RELATIONAL) | models.Q(value__isnull=False),
                name="target_numeric_has_value",
            ),
            within_figure_limit("value", "target_value_storable"),
            within_figure_limit("value_high", "target_value_high_storable"),
        ]

    def __str__(self) -> str:
        return self.quote[:60]


class Outcome(Fact):
    """A reported figure: 全年增长6.7%."""

    report = models.ForeignKey("tracker.Report", on_delete=models.CASCADE, related_name="outcomes")
    value = models.DecimalField(max_digits=20, decimal_places=4)
    estimate = models.BooleanField(default=False, help_text="预计/初步核算")
    cumulative = models.BooleanField(default=False, help_text="累计 over a span")
    scope = models.CharField(
        max_length=100, blank=True, help_text="A sub-area (重庆经开区); empty for the government itself"
    )

    history = HistoricalRecords(bases=[DecisionRecord])

    class Meta:
        verbose_name = _("outcome")
        verbose_name_plural = _("outcomes")
        ordering = ["report", "start"]
        indexes = [
            models.Index(fields=["indicator", "period_start", "period_end"]),
            models.Index(fields=["review_status"]),
        ]
        constraints = Fact.common_constraints("outcome") + [within_figure_limit("value", "outcome_value_storable")]

    def __str__(self) -> str:
        return self.quote[:60]
