"""Reads of targets, outcomes and assessments, each joined to its report and government.

`<entity>_list` is what a list shows: reviewed rows, or with `include_unreviewed` the machine
output awaiting review too. `<entity>_items` is what a permalink reaches: every row, whatever
its review status, so that a cited link keeps working after a correction or a rejection."""
from django.db.models import F, QuerySet, Value
from django.db.models.functions import Greatest, Substr

from tracker.models import Assessment, Outcome, Target
from tracker.review.excerpts import WINDOW

from .catalog import REPORT_TEXTS
from .visibility import ASSESSMENT_PROVISIONAL, FACT_PROVISIONAL, assessment_visible, fact_visible


def _fact_joins(queryset: QuerySet, prefix: str = "") -> QuerySet:
    return queryset.select_related(
        f"{prefix}report__jurisdiction", f"{prefix}indicator"
    ).defer(*(f"{prefix}report__{field}" for field in REPORT_TEXTS))


def target_items() -> QuerySet[Target]:
    return _fact_joins(Target.objects.all()).order_by("-report__report_year", "report_id", "start", "pk")


def target_list(*, include_unreviewed: bool = False) -> QuerySet[Target]:
    return target_items().filter(fact_visible(include_unreviewed=include_unreviewed))


def target_provisional_list() -> QuerySet[Target]:
    """The unreviewed targets a default list leaves out."""
    return target_items().filter(review_status__in=FACT_PROVISIONAL)


def outcome_items() -> QuerySet[Outcome]:
    return _fact_joins(Outcome.objects.all()).order_by("-report__report_year", "report_id", "start", "pk")


def outcome_list(*, include_unreviewed: bool = False) -> QuerySet[Outcome]:
    return outcome_items().filter(fact_visible(include_unreviewed=include_unreviewed))


def outcome_provisional_list() -> QuerySet[Outcome]:
    return outcome_items().filter(review_status__in=FACT_PROVISIONAL)


def assessment_items() -> QuerySet[Assessment]:
    joined = _fact_joins(_fact_joins(Assessment.objects.all(), "target__"), "outcome__")
    return joined.order_by("-target__report__report_year", "target__report_id", "target__start", "pk")


def assessment_list(*, include_unreviewed: bool = False) -> QuerySet[Assessment]:
    return assessment_items().filter(assessment_visible(include_unreviewed=include_unreviewed))


def assessment_provisional_list() -> QuerySet[Assessment]:
    return assessment_list(include_unreviewed=True).filter(review_status__in=ASSESSMENT_PROVISIONAL)


def excerpt_window(prefix: str = "") -> Substr:
    """text[window_start(start) : end + WINDOW] of the fact at `prefix` (Substr counts from 1):
    the paragraph around a quote without loading the whole report."""
    first = Greatest(F(f"{prefix}start") - WINDOW, Value(0))
    return Substr(f"{prefix}report__normalized_text", first + 1, F(f"{prefix}end") + WINDOW - first)
