"""Reads for the review pages: the queue in working order, its counts, one item with its evidence.

Working order puts the items most likely to be wrong first: figures read by OCR, misses, then
disagreements between sources, then the rest by rising confidence. The same key orders the queue page and finds an
item's neighbours, so j/k and "next after an action" walk exactly the list the reviewer sees.
Report texts are never loaded whole: lists defer them, the item page asks for a window.
"""
from __future__ import annotations

import django_filters
from django.db.models import Case, Count, IntegerField, Q, QuerySet, Value, When
from django.utils.translation import gettext_lazy as _

from tracker.models import Assessment, Indicator, Outcome, Report, ReviewStatus, Target, Verdict
from tracker.models.assessments import AssessmentStatus
from tracker.selectors.facts import excerpt_window

OPEN = "open"
ALL = "all"
STATUS_CHOICES = [(OPEN, _("awaiting review")), *AssessmentStatus.choices, (ALL, _("all"))]
CANDIDATE_LIMIT = 40
# Years either side of a target's period in which a figure may still be the one that answers it.
CANDIDATE_PERIOD_SLACK = 1

_TEXTS = ("original_text", "normalized_text")
_ASSESSMENT_RELATED = ("target__report__jurisdiction", "target__indicator", "outcome__report", "outcome__indicator")


def _priority() -> Case:
    return Case(
        # Figures read by OCR from a scan may carry misread digits: they come before all else.
        When(Q(target__report__ocr=True) | Q(outcome__report__ocr=True), then=Value(0)),
        When(verdict=Verdict.MISSED, then=Value(1)),
        When(disagreement=True, then=Value(2)),
        default=Value(3),
        output_field=IntegerField(),
    )


def _deferred_texts(*paths: str) -> list[str]:
    return [f"{path}__{field}" for path in paths for field in _TEXTS]


class AssessmentQueueFilter(django_filters.FilterSet):
    # A name fragment, not a select: there are thousands of governments.
    government = django_filters.CharFilter(
        field_name="target__report__jurisdiction__name", lookup_expr="icontains", label=_("government")
    )
    year = django_filters.NumberFilter(field_name="target__report__report_year", label=_("report year"))
    indicator = django_filters.ModelChoiceFilter(
        field_name="target__indicator", queryset=Indicator.objects.all(), label=_("indicator")
    )
    verdict = django_filters.ChoiceFilter(choices=Verdict.choices, label=_("verdict"))
    status = django_filters.ChoiceFilter(choices=STATUS_CHOICES, method="filter_status", empty_label=None, label=_("status"))
    min_confidence = django_filters.NumberFilter(field_name="confidence", lookup_expr="gte", label=_("confidence ≥"))

    def filter_status(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        if value == OPEN:
            return queryset.needs_review()
        if value == ALL:
            return queryset
        return queryset.filter(review_status=value)


def queue_filter(data) -> AssessmentQueueFilter:
    """The queue FilterSet; without a status the queue shows what awaits review."""
    data = data.copy()
    if not data.get("status"):
        data["status"] = OPEN
    return AssessmentQueueFilter(data, queryset=assessment_queue_base())


def assessment_queue_base() -> QuerySet:
    """Every assessment of an accepted target, in working order, ready for a list row."""
    return (
        Assessment.objects.exclude(target__review_status=ReviewStatus.REJECTED)
        .select_related(*_ASSESSMENT_RELATED)
        .defer(*_deferred_texts("target__report", "outcome__report"))
        .annotate(priority=_priority())
        .order_by("priority", "confidence", "pk")
    )


def assessment_queue_list(filterset: AssessmentQueueFilter) -> QuerySet:
    return filterset.qs


def assessment_state_counts(filterset: AssessmentQueueFilter) -> dict[str, int]:
    """Counts per review status under the current filters other than the status itself."""
    filterset.is_valid()
    queryset = assessment_queue_base()
    for name, value in filterset.form.cleaned_data.items():
        if name != "status" and value not in (None, ""):
            queryset = filterset.filters[name].filter(queryset, value)
    counts = queryset.order_by().aggregate(
        **{status: Count("pk", filter=Q(review_status=status)) for status in AssessmentStatus.values}
    )
    counts[OPEN] = counts[AssessmentStatus.PROPOSED] + counts[AssessmentStatus.REREVIEW]
    return counts


def fact_pending_counts() -> dict[str, int]:
    return {
        "targets": Target.objects.needs_review().count(),
        "outcomes": Outcome.objects.needs_review().count(),
    }


def queue_neighbours(queryset: QuerySet, assessment: Assessment) -> tuple[int | None, int | None]:
    """Ids of the items before and after `assessment` in working order (it need not be in the queue)."""
    key = (_priority_of(assessment), assessment.confidence, assessment.pk)
    after = Q(priority__gt=key[0]) | Q(priority=key[0], confidence__gt=key[1]) | Q(
        priority=key[0], confidence=key[1], pk__gt=key[2]
    )
    before = Q(priority__lt=key[0]) | Q(priority=key[0], confidence__lt=key[1]) | Q(
        priority=key[0], confidence=key[1], pk__lt=key[2]
    )
    ids = queryset.values_list("pk", flat=True)
    following = ids.filter(after).first()
    previous = ids.filter(before).order_by("-priority", "-confidence", "-pk").first()
    return previous, following


def _priority_of(assessment: Assessment) -> int:
    """The Python twin of _priority(), for an assessment loaded without the annotation."""
    if assessment.target.report.ocr or (assessment.outcome_id and assessment.outcome.report.ocr):
        return 0
    if assessment.verdict == Verdict.MISSED:
        return 1
    return 2 if assessment.disagreement else 3


def assessment_get_for_review(*, pk: int) -> Assessment:
    """One assessment with both facts, their reports' metadata and a window of each report text."""
    return (
        Assessment.objects.select_related(
            *_ASSESSMENT_RELATED, "outcome__report__jurisdiction", "reviewer", "target__reviewed_by", "outcome__reviewed_by"
        )
        .defer(*_deferred_texts("target__report", "outcome__report"))
        .annotate(target_window=excerpt_window("target__"), outcome_window=excerpt_window("outcome__"))
        .get(pk=pk)
    )


def outcome_candidates(*, target: Target) -> QuerySet:
    """Figures of the same government and indicator whose period is near the target's, any kind."""
    jurisdiction_id = target.report.jurisdiction_id
    if jurisdiction_id is None:
        return Outcome.objects.none()
    same_indicator = (
        Q(indicator_id=target.indicator_id) if target.indicator_id else Q(indicator__isnull=True, indicator_text=target.indicator_text)
    )
    return (
        Outcome.objects.accepted()
        .filter(
            same_indicator,
            report__jurisdiction_id=jurisdiction_id,
            period_end__gte=target.period_start - CANDIDATE_PERIOD_SLACK,
            period_start__lte=target.period_end + CANDIDATE_PERIOD_SLACK,
        )
        .select_related("report")
        .defer(*_deferred_texts("report"))
        .order_by("-period_end", "-report__report_year", "pk")[:CANDIDATE_LIMIT]
    )


class FactQueueFilter(django_filters.FilterSet):
    government = django_filters.CharFilter(
        field_name="report__jurisdiction__name", lookup_expr="icontains", label=_("government")
    )
    year = django_filters.NumberFilter(field_name="report__report_year", label=_("report year"))
    indicator = django_filters.ModelChoiceFilter(queryset=Indicator.objects.all(), label=_("indicator"))
    status = django_filters.ChoiceFilter(
        field_name="review_status", choices=ReviewStatus.choices, empty_label=None, label=_("status")
    )


def fact_queue_filter(model: type[Target] | type[Outcome], data) -> FactQueueFilter:
    """Targets or outcomes in report order; without a status, those pending review."""
    data = data.copy()
    if not data.get("status"):
        data["status"] = ReviewStatus.PENDING
    queryset = (
        model.objects.select_related("report__jurisdiction", "indicator")
        .defer(*_deferred_texts("report"))
        .order_by("report_id", "start", "pk")
    )
    return FactQueueFilter(data, queryset=queryset)


def fact_neighbours(queryset: QuerySet, fact: Target | Outcome) -> tuple[int | None, int | None]:
    """Ids of the facts before and after `fact` in report order."""
    after = Q(report_id__gt=fact.report_id) | Q(report_id=fact.report_id, start__gt=fact.start) | Q(
        report_id=fact.report_id, start=fact.start, pk__gt=fact.pk
    )
    before = Q(report_id__lt=fact.report_id) | Q(report_id=fact.report_id, start__lt=fact.start) | Q(
        report_id=fact.report_id, start=fact.start, pk__lt=fact.pk
    )
    ids = queryset.values_list("pk", flat=True)
    return ids.filter(before).order_by("-report_id", "-start", "-pk").first(), ids.filter(after).first()


def fact_get_for_review(model: type[Target] | type[Outcome], *, pk: int) -> Target | Outcome:
    """One target or outcome with its report's metadata and a window of the report text."""
    return (
        model.objects.select_related("report__jurisdiction", "indicator", "reviewed_by")
        .defer(*_deferred_texts("report"))
        .annotate(text_window=excerpt_window())
        .get(pk=pk)
    )


def report_list_for_review(*, government: str = "", year: int | None = None) -> QuerySet:
    """Reports newest first, without their texts, with the counts of their facts."""
    reports = (
        Report.objects.select_related("jurisdiction")
        .defer(*_TEXTS)
        .annotate(target_count=Count("targets", distinct=True), outcome_count=Count("outcomes", distinct=True))
        .order_by("-report_year", "jurisdiction__name", "pk")
    )
    if government:
        reports = reports.filter(jurisdiction__name__icontains=government)
    if year is not None:
        reports = reports.filter(report_year=year)
    return reports


def report_get_for_review(*, pk: int) -> Report:
    return Report.objects.select_related("jurisdiction").defer("original_text").get(pk=pk)


def report_facts(*, report: Report) -> list[tuple[str, Target | Outcome]]:
    """The report's targets and outcomes that are not rejected, in text order, tagged by kind."""
    facts = [
        *(("target", fact) for fact in Target.objects.accepted().filter(report=report).select_related("indicator")),
        *(("outcome", fact) for fact in Outcome.objects.accepted().filter(report=report).select_related("indicator")),
    ]
    return sorted(facts, key=lambda item: (item[1].start, item[0], item[1].pk))


def fact_duplicates(fact: Target | Outcome, *, limit: int = 10) -> QuerySet:
    """Rows of the same government, indicator, period and kind as `fact`: the likely duplicates a
    reviewer may merge it with (the merge itself checks that the values agree)."""
    model = type(fact)
    same_indicator = (
        Q(indicator_id=fact.indicator_id) if fact.indicator_id else Q(indicator__isnull=True, indicator_text=fact.indicator_text)
    )
    return (
        model.objects.accepted()
        .filter(
            same_indicator, report__jurisdiction_id=fact.report.jurisdiction_id,
            period_start=fact.period_start, period_end=fact.period_end, kind=fact.kind,
        )
        .exclude(pk=fact.pk)
        .select_related("report")
        .defer(*_deferred_texts("report"))
        .order_by("report_id", "start", "pk")[:limit]
    )


def reviewing_reports(*, target: Target) -> QuerySet:
    """The reports of the year after the target's period: where a missed outcome would be."""
    return (
        Report.objects.filter(jurisdiction_id=target.report.jurisdiction_id, report_year=target.period_end + 1)
        .exclude(jurisdiction=None)
        .select_related("jurisdiction")
        .only("pk", "report_year", "source_kind", "title", "jurisdiction__name")
        .order_by("source_kind", "pk")
    )
