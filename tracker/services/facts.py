"""Rows read as the frozen facts of tracker.matching, for the linker (in batches) and for the
review actions that re-judge one assessment: one reading, so both judge the same way."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from django.db.models import QuerySet

from tracker.matching.facts import OutcomeFact, TargetFact
from tracker.matching.rules import DEFAULT_RULES, IndicatorRule
from tracker.models import Indicator, Outcome, Report, SourceKind, Target

TARGET_FIELDS = (
    "id", "report__jurisdiction_id", "report__report_year", "indicator__code", "period_start",
    "period_end", "kind", "value", "value_high", "unit", "qualifier", "stretch", "reference",
)
OUTCOME_FIELDS = (
    "id", "report_id", "report__jurisdiction_id", "report__report_year", "report__source_kind",
    "indicator__code", "period_start", "period_end", "kind", "value", "unit", "estimate", "cumulative",
    "scope",
)


def target_facts(rows: QuerySet[Target]) -> Iterator[TargetFact]:
    for row in rows.values(*TARGET_FIELDS).order_by("id"):
        yield TargetFact(
            id=row["id"], jurisdiction_id=row["report__jurisdiction_id"], indicator=row["indicator__code"],
            period_start=row["period_start"], period_end=row["period_end"], kind=row["kind"],
            value=row["value"], value_high=row["value_high"], unit=row["unit"], qualifier=row["qualifier"],
            stretch=row["stretch"], reference=row["reference"] or None,
            report_year=row["report__report_year"] or row["period_start"],
        )


def outcome_facts(rows: QuerySet[Outcome]) -> Iterator[OutcomeFact]:
    for row in rows.values(*OUTCOME_FIELDS).order_by("id"):
        yield OutcomeFact(
            id=row["id"], jurisdiction_id=row["report__jurisdiction_id"], indicator=row["indicator__code"],
            period_start=row["period_start"], period_end=row["period_end"], kind=row["kind"],
            value=row["value"], unit=row["unit"], estimate=row["estimate"], cumulative=row["cumulative"],
            scope=row["scope"] or None, report_id=row["report_id"],
            report_year=row["report__report_year"] or row["period_end"] + 1,
            source_kind=row["report__source_kind"],
        )


def reviewing_report_years(jurisdiction_ids: Iterable[int]) -> set[tuple[int, int]]:
    """(government, year) of the full texts in the database. Only a full text's silence counts as
    not reporting: a summary or an excerpt may leave out what the report did say, so with those
    alone a target stays pending."""
    return set(
        Report.objects.filter(jurisdiction_id__in=list(jurisdiction_ids), source_kind=SourceKind.FULL)
        .exclude(report_year=None)
        .values_list("jurisdiction_id", "report_year")
    )


def indicator_rules() -> dict[str, IndicatorRule]:
    """The rules as staff edited them on the Indicator rows, over the built-in defaults."""
    rules = dict(DEFAULT_RULES)
    for code, direction, tolerance, real_terms in Indicator.objects.values_list(
        "code", "direction", "tolerance", "real_terms"
    ):
        rules[code] = IndicatorRule(direction=direction, tolerance=tolerance, real_terms=real_terms)
    return rules
