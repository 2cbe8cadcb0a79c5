"""Reads for the reports: the database rows turned into the plain rows the computation takes.

A target counts for year Y when the report of year Y sets it for Y itself (five-year goals are
judged at the end of their span, not in a yearly scorecard), as in the API's scorecards. Rejected
targets never appear. A target that has no assessment yet is shown as pending and provisional
rather than dropped, so nothing a government promised goes missing from its scorecard."""
from __future__ import annotations

import datetime
from collections.abc import Iterable

from django.db.models import F, Q, QuerySet

from reports.builders import Built, World, build_report
from reports.language import current_wording
from reports.models import GeneratedReport
from reports.rows import PENDING, AssessedTarget, Government
from reports.scopes import Scope
from tracker.models import Assessment, Indicator, Jurisdiction, Outcome, Target
from tracker.models.facts import ReviewStatus
from tracker.selectors.visibility import ASSESSMENT_REVIEWED



def government_list() -> list[Government]:
    return [
        Government(id=pk, name=name, level=level, parent_id=parent_id)
        for pk, name, level, parent_id in Jurisdiction.objects.order_by("pk").values_list(
            "pk", "name", "level", "parent_id"
        )
    ]


def annual_target_list() -> QuerySet[Target]:
    """Targets a yearly report is about, with everything a row needs joined in one query."""
    return (
        Target.objects.exclude(review_status=ReviewStatus.REJECTED)
        .filter(
            report__jurisdiction__isnull=False,
            period_start=F("report__report_year"),
            period_end=F("report__report_year"),
        )
        .select_related("report", "indicator", "assessment", "assessment__outcome")
        # A report's texts are tens of KB and no row reads them: a sweep over a level's
        # governments would otherwise hold every report's text once per target.
        .defer("report__original_text", "report__normalized_text")
    )


def _row(target: Target, names: dict[str, tuple[str, str]]) -> AssessedTarget:
    """`names` maps indicator codes to (Chinese, English) names, for relational references."""
    assessment = getattr(target, "assessment", None)
    outcome = assessment.outcome if assessment else None
    actual, actual_unit, actual_quote = None, "", ""
    if assessment and assessment.derived and assessment.derived_value is not None:
        actual, actual_unit = assessment.derived_value, target.unit
        actual_quote = outcome.quote if outcome else ""
    elif outcome is not None:
        actual, actual_unit, actual_quote = outcome.value, outcome.unit, outcome.quote
    indicator = target.indicator
    named = indicator is not None and indicator.code != "other"
    reference_zh, reference_en = names.get(target.reference, ("", ""))
    return AssessedTarget(
        target_id=target.pk,
        assessment_id=assessment.pk if assessment else None,
        jurisdiction_id=target.report.jurisdiction_id,
        year=target.period_start,
        indicator=indicator.code if indicator else None,
        indicator_name=indicator.name_zh if named else target.indicator_text,
        indicator_name_en=indicator.name_en if named else "",
        reference_name=reference_zh,
        reference_name_en=reference_en,
        direction=indicator.direction if indicator else "higher",
        kind=target.kind,
        qualifier=target.qualifier,
        value=target.value,
        value_high=target.value_high,
        unit=target.unit,
        stretch=target.stretch,
        headline=target.headline,
        reference=target.reference,
        actual=actual,
        actual_unit=actual_unit,
        actual_estimate=bool(outcome and outcome.estimate),
        verdict=assessment.verdict if assessment else PENDING,
        gap=assessment.gap if assessment else None,
        narrow=bool(assessment and assessment.narrow),
        reviewed=bool(assessment and assessment.review_status in ASSESSMENT_REVIEWED),
        target_quote=target.quote,
        actual_quote=actual_quote,
        source_kind=target.report.source_kind,
        derived=bool(assessment and assessment.derived and assessment.derived_value is not None),
    )


def assessed_target_list(
    *,
    jurisdiction_ids: Iterable[int] | None = None,
    year: int | None = None,
    indicator: str | None = None,
    years: Iterable[int] | None = None,
) -> list[AssessedTarget]:
    targets = annual_target_list()
    if jurisdiction_ids is not None:
        targets = targets.filter(report__jurisdiction_id__in=list(jurisdiction_ids))
    if year is not None:
        targets = targets.filter(period_start=year)
    if years is not None:
        targets = targets.filter(period_start__in=list(years))
    if indicator:
        targets = targets.filter(indicator__code=indicator)
    names = {code: (zh, en) for code, zh, en in Indicator.objects.values_list("code", "name_zh", "name_en")}
    return [_row(target, names) for target in targets.order_by("pk")]


def target_key_list(*, years: Iterable[int] | None = None) -> list[tuple[int, int, str | None]]:
    """(government, year, indicator code) for every annual target: what report planning needs."""
    targets = annual_target_list()
    if years is not None:
        targets = targets.filter(period_start__in=list(years))
    return list(
        targets.order_by().values_list("report__jurisdiction_id", "period_start", "indicator__code").distinct()
    )


def changed_jurisdiction_ids(*, since: datetime.datetime) -> set[int]:
    """Governments whose targets, outcomes or verdicts changed since `since` (from the change
    history, so an edit, a review decision and a re-link all count)."""
    changed = set(
        Assessment.objects.filter(updated_at__gte=since).values_list("target__report__jurisdiction_id", flat=True)
    )
    for model in (Target, Outcome):
        changed |= set(
            model.history.filter(history_date__gte=since).values_list("report__jurisdiction_id", flat=True)
        )
    return changed - {None}


def generated_report_list(
    *, kind: str = "", year: int | None = None, query: str = "", current_only: bool = True
) -> QuerySet[GeneratedReport]:
    reports = GeneratedReport.objects.all()
    if current_only:
        reports = reports.latest_per_scope()
    if kind:
        reports = reports.filter(kind=kind)
    if year is not None:
        reports = reports.filter(year=year)
    if query:
        reports = reports.filter(Q(title__icontains=query) | Q(jurisdiction__name__icontains=query))
    return reports.select_related("jurisdiction", "indicator").order_by("-year", "kind", "title", "-created_at")


def world_get(*, scopes: Iterable[Scope], governments: list[Government]) -> World:
    """The rows of every government the scopes read, in the years they read (every year when a
    trend is among them), loaded in one query."""
    scopes = list(scopes)
    index = World.of(governments, ())
    needed = {gov.id for scope in scopes for gov in index.members(scope)}
    years = None if any(scope.year is None for scope in scopes) else {scope.year for scope in scopes}
    return World.of(governments, assessed_target_list(jurisdiction_ids=needed, years=years))


def built_report_get(*, scope: Scope) -> Built:
    """One report computed from the current data; LookupError for an unknown government."""
    world = world_get(scopes=[scope], governments=government_list())
    return build_report(scope, world, current_wording())
