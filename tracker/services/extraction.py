"""Extraction results stored as Target and Outcome rows of a report.

Re-extraction replaces only the rows no reviewer has touched; confirmed or edited rows stay, and
a freshly extracted item that duplicates a kept row (same kind, indicator, period and span) is not
added a second time. Once the transaction commits, the government's targets are linked again.
"""
from __future__ import annotations

from decimal import Decimal

from django.db import transaction
from simple_history.utils import bulk_create_with_history

from tracker.extraction import EXTRACTOR_VERSION, extract_report
from tracker.extraction.taxonomy import Taxonomy
from tracker.models import Indicator, Outcome, Report, Target
from tracker.services.taxonomy import taxonomy_from_db
from tracker.models.reports import ReportStatus
from tracker.tasks import link_jurisdiction

# The change reason of the history record that every extracted row starts with, so a later
# correction shows what extraction had read.
EXTRACTED_REASON = f"extracted (extractor {EXTRACTOR_VERSION})"


@transaction.atomic
def report_extract(*, report: Report, taxonomy: Taxonomy | None = None) -> tuple[int, int]:
    """(targets, outcomes) now stored for the report."""
    result = extract_report(
        report.normalized_text, taxonomy=taxonomy or taxonomy_from_db(), report_year=report.report_year
    )
    indicators = dict(Indicator.objects.values_list("code", "pk"))
    Target.objects.filter(report=report).untouched().delete()
    Outcome.objects.filter(report=report).untouched().delete()
    kept_targets = _kept_keys(Target.objects.filter(report=report))
    kept_outcomes = _kept_keys(Outcome.objects.filter(report=report))
    bulk_create_with_history(
        [Target(
            report=report,
            indicator_id=indicators.get(item.indicator),
            value=_decimal(item.value),
            value_high=_decimal(item.value_high),
            qualifier=item.qualifier,
            stretch=item.stretch,
            headline=item.headline,
            reference=item.reference or "",
            **_common(item),
        )
        for item in result.targets
        if _key(item, indicators) not in kept_targets],
        Target,
        default_change_reason=EXTRACTED_REASON,
    )
    bulk_create_with_history(
        [Outcome(
            report=report,
            indicator_id=indicators.get(item.indicator),
            value=_decimal(item.value),
            estimate=item.estimate,
            cumulative=item.cumulative,
            scope=item.scope or "",
            **_common(item),
        )
        for item in result.actuals
        if _key(item, indicators) not in kept_outcomes],
        Outcome,
        default_change_reason=EXTRACTED_REASON,
    )
    report.status = ReportStatus.EXTRACTED
    report.extractor_version = EXTRACTOR_VERSION
    report.error = ""
    report.save(update_fields=["status", "extractor_version", "error"])
    if report.jurisdiction_id:
        jurisdiction_id = report.jurisdiction_id
        transaction.on_commit(lambda: link_jurisdiction.delay(jurisdiction_id))
    return Target.objects.filter(report=report).count(), Outcome.objects.filter(report=report).count()


def _common(item) -> dict:
    start, end = _period(item.period)
    return {
        "indicator_text": item.indicator_text or "",
        "period_start": start,
        "period_end": end,
        "kind": item.kind,
        "unit": item.unit or "",
        "quote": item.quote,
        "start": item.start,
        "end": item.end,
    }


def _period(period: str) -> tuple[int, int]:
    first, _, last = period.partition("-")
    return int(first), int(last or first)


def _decimal(value) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _key(item, indicators: dict) -> tuple:
    return (item.kind, indicators.get(item.indicator), *_period(item.period), item.start, item.end)


def _kept_keys(rows) -> set[tuple]:
    return {
        (row.kind, row.indicator_id, row.period_start, row.period_end, row.start, row.end)
        for row in rows.only("kind", "indicator_id", "period_start", "period_end", "start", "end")
    }
