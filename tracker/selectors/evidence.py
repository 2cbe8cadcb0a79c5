"""Reads for the public evidence pages: one target or outcome with its report, the paragraph
around its quote, its verdict; one government with its reports and targets.

Every row is reachable, whatever its review status: a cited link keeps working after a
correction or a rejection, and the page says which it is. Report texts are never loaded whole."""
from __future__ import annotations

from django.db.models import Prefetch, QuerySet

from tracker.models import Assessment, Jurisdiction, Outcome, Report, ReviewStatus, Target

from .catalog import REPORT_TEXTS
from .facts import excerpt_window

_REPORT = ("report__jurisdiction",)
_DEFERRED = tuple(f"report__{text}" for text in REPORT_TEXTS)


def target_evidence(*, pk: int) -> Target:
    """The target, its report and verdict (with the answering outcome), and `text_window`."""
    return (
        Target.objects.select_related(
            *_REPORT, "indicator", "assessment__outcome__report__jurisdiction", "assessment__outcome__indicator"
        )
        .defer(*_DEFERRED, *(f"assessment__outcome__{field}" for field in _DEFERRED))
        .annotate(text_window=excerpt_window())
        .get(pk=pk)
    )


def outcome_evidence(*, pk: int) -> Outcome:
    return (
        Outcome.objects.select_related(*_REPORT, "indicator")
        .defer(*_DEFERRED)
        .annotate(text_window=excerpt_window())
        .get(pk=pk)
    )


def outcome_verdicts(*, outcome: Outcome) -> QuerySet[Assessment]:
    """The verdicts that rest on this figure, with their targets."""
    return (
        Assessment.objects.filter(outcome=outcome)
        .exclude(target__review_status=ReviewStatus.REJECTED)
        .select_related("target__report__jurisdiction", "target__indicator")
        .defer(*(f"target__{field}" for field in _DEFERRED))
        .order_by("-target__report__report_year", "target__start", "pk")
    )


def government_page_get(*, pk: int) -> Jurisdiction:
    """The government with its parent, the governments below it, and its reports, each report
    with its targets (rejected ones left out) and their verdicts, newest year first."""
    targets = (
        Target.objects.exclude(review_status=ReviewStatus.REJECTED)
        .select_related("indicator", "assessment")
        .order_by("period_start", "period_end", "start", "pk")
    )
    reports = (
        Report.objects.defer(*REPORT_TEXTS)
        .prefetch_related(Prefetch("targets", queryset=targets))
        .order_by("-report_year", "delivered_on", "pk")
    )
    return (
        Jurisdiction.objects.select_related("parent")
        .prefetch_related(Prefetch("reports", queryset=reports), Prefetch("children", queryset=Jurisdiction.objects.order_by("name")))
        .get(pk=pk)
    )
