"""The judgement of one target against the outcome that answers it."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .decisions import DecisionRecord
from .facts import within_figure_limit


class Verdict(models.TextChoices):
    MET = "met", _("met")
    MISSED = "missed", _("missed")
    NOT_REPORTED = "not_reported", _("not reported")
    NOT_COMPARABLE = "not_comparable", _("not comparable")
    PENDING = "pending", _("pending")


class Method(models.TextChoices):
    AUTO = "auto", _("automatic")
    MANUAL = "manual", _("manual")


class AssessmentStatus(models.TextChoices):
    PROPOSED = "proposed", _("proposed")
    CONFIRMED = "confirmed", _("confirmed")
    OVERRIDDEN = "overridden", _("overridden")
    REREVIEW = "rereview", _("needs re-review")


class AssessmentQuerySet(models.QuerySet):
    def needs_review(self):
        return self.filter(review_status__in=[AssessmentStatus.PROPOSED, AssessmentStatus.REREVIEW])

    def confirmed(self):
        return self.filter(review_status__in=[AssessmentStatus.CONFIRMED, AssessmentStatus.OVERRIDDEN])

    def reviewer_owned(self):
        """Decisions a re-link must not change."""
        return self.filter(
            review_status__in=[
                AssessmentStatus.CONFIRMED,
                AssessmentStatus.OVERRIDDEN,
                AssessmentStatus.REREVIEW,
            ]
        )


class Assessment(models.Model):
    target = models.OneToOneField("tracker.Target", on_delete=models.CASCADE, related_name="assessment")
    outcome = models.ForeignKey(
        "tracker.Outcome", null=True, blank=True, on_delete=models.SET_NULL, related_name="assessments"
    )
    verdict = models.CharField(max_length=16, choices=Verdict.choices, default=Verdict.PENDING)
    gap = models.DecimalField(
        max_digits=20, decimal_places=4, null=True, blank=True,
        help_text="Actual minus target, in the target's unit",
    )
    narrow = models.BooleanField(default=False, help_text="A miss within the indicator's tolerance")
    rule = models.CharField(max_length=40, blank=True)
    ruleset_version = models.CharField(max_length=16, blank=True)
    confidence = models.FloatField(default=0)
    reason = models.CharField(max_length=300, blank=True)
    derived = models.BooleanField(default=False, help_text="The actual is computed from two levels")
    derived_value = models.DecimalField(max_digits=20, decimal_places=4, null=True, blank=True)
    disagreement = models.BooleanField(default=False, help_text="Sources disagree on the figure")
    method = models.CharField(max_length=8, choices=Method.choices, default=Method.AUTO)
    review_status = models.CharField(
        max_length=10, choices=AssessmentStatus.choices, default=AssessmentStatus.PROPOSED
    )
    flagged_miss = models.BooleanField(default=False, help_text="Flagged for the accountability report")
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    note = models.TextField(blank=True)
    version = models.PositiveIntegerField(default=1, help_text="Optimistic lock for review forms")
    basis = models.JSONField(
        null=True, blank=True, editable=False,
        help_text="The evidence as it was when a reviewer last decided: a re-link re-opens the "
        "decision only when this changed",
    )
    reopened_because = models.CharField(
        max_length=300, blank=True, help_text="What changed under a reviewed decision that sent it back"
    )
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(bases=[DecisionRecord])
    objects = AssessmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("assessment")
        verbose_name_plural = _("assessments")
        indexes = [
            models.Index(fields=["verdict"]),
            models.Index(fields=["review_status", "verdict"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(confidence__gte=0, confidence__lte=1), name="assessment_confidence_unit"
            ),
            models.CheckConstraint(
                condition=~models.Q(verdict__in=["met", "missed"])
                | models.Q(outcome__isnull=False)
                | models.Q(method=Method.MANUAL),
                name="assessment_judged_has_outcome",
            ),
            within_figure_limit("gap", "assessment_gap_storable"),
            within_figure_limit("derived_value", "assessment_derived_value_storable"),
        ]

    def __str__(self) -> str:
        return f"{self.target} → {self.verdict}"
