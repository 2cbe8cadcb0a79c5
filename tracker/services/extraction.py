"""Extraction results stored as Target and Outcome rows of a report.

Re-extraction brings the rows no reviewer has touched in line with the fresh extraction, in
place: an item found again keeps its row (and its id, its assessment and its history; changed
values are updated), an item no longer found loses its row, a new item gets one. Confirmed or
edited rows stay, and a fresh item that duplicates a kept row (same kind, indicator, period and
span) is not added a second time; nor is a row removed while a reviewer's decision on a verdict
rests on it. A figure no row can hold (1e22%) is skipped and recorded on the report with its
reason; a text with more figures than a report holds is refused (TooManyFigures). Once the
transaction commits, the government's targets are linked again, unless the caller links a whole
batch's governments itself (``link=False``); a linking failure is logged and leaves the
government for the next run to link.

Rows are written in bulk: one INSERT for a report's targets, one for its outcomes and one for
each one's history, however many figures the report holds (see tests/integration/test_queries.py).
"""
from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from django.db import transaction
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from tracker.extraction import EXTRACTOR_VERSION, Extraction, extract_report
from tracker.models import Assessment, Outcome, Report, Target
from tracker.models.assessments import AssessmentStatus, Verdict
from tracker.models.facts import Origin, ReviewStatus
from tracker.models.reports import ReportStatus
from tracker.services.figures import storable_extraction
from tracker.services.taxonomy import Vocabulary, vocabulary_from_db
from tracker.tasks import link_jurisdiction

# The change reason of the history record that every extracted row starts with, so a later
# correction shows what extraction had read.
EXTRACTED_REASON = f"extracted (extractor {EXTRACTOR_VERSION})"
# The fields an extraction sets; a re-extraction updates these on a row it finds again.
_COMMON_FIELDS = ("indicator_id", "indicator_text", "period_start", "period_end", "kind", "unit", "quote", "start", "end")
TARGET_FIELDS = (*_COMMON_FIELDS, "value", "value_high", "qualifier", "stretch", "headline", "reference")
OUTCOME_FIELDS = (*_COMMON_FIELDS, "value", "estimate", "cumulative", "scope")


def extraction_store(
    *, report: Report, extraction: Extraction, vocabulary: Vocabulary, link: bool = True, user=None
) -> tuple[int, int]:
    """Write the extracted items of a report that has no rows yet; returns (targets, outcomes).
    Must run inside the caller's transaction."""
    targets, outcomes = _rows(report, extraction, vocabulary)
    if report.skipped_figures:
        report.save(update_fields=["skipped_figures"])
    for model, rows in ((Target, targets), (Outcome, outcomes)):
        if rows:
            bulk_create_with_history(rows, model, default_user=user, default_change_reason=EXTRACTED_REASON)
    if link:
        _link_on_commit(report)
    return len(targets), len(outcomes)


@transaction.atomic
def report_extract(*, report: Report, vocabulary: Vocabulary | None = None, link: bool = True) -> tuple[int, int]:
    """Extract a stored report again; returns (targets, outcomes) now stored for it."""
    vocabulary = vocabulary or vocabulary_from_db()
    result = extract_report(report.normalized_text, taxonomy=vocabulary.taxonomy, report_year=report.report_year,
                            source_url=report.source_url)
    fresh_targets, fresh_outcomes = _rows(report, result, vocabulary)
    reviewed = Assessment.objects.reviewer_owned().filter(target__report=report).values_list("target_id", flat=True)
    targets = _sync(Target, report, fresh_targets, TARGET_FIELDS, held=set(reviewed))
    judged = Assessment.objects.reviewer_owned().filter(outcome__report=report).values_list("outcome_id", flat=True)
    outcomes = _sync(Outcome, report, fresh_outcomes, OUTCOME_FIELDS, held=set(judged), before_delete=_unjudge)
    report.status = ReportStatus.EXTRACTED
    report.extractor_version = EXTRACTOR_VERSION
    report.error = ""
    report.save(update_fields=["status", "extractor_version", "error", "skipped_figures"])
    if link:
        _link_on_commit(report)
    return targets, outcomes


def _sync(model, report: Report, fresh: list, fields: tuple[str, ...], *, held: set[int], before_delete=None) -> int:
    """Make the report's rows match `fresh` (see the module docstring); returns the rows stored."""
    existing = list(model.objects.filter(report=report).order_by("pk"))
    by_key: dict[tuple, list] = defaultdict(list)
    for row in existing:
        by_key[_key(row)].append(row)
    to_create, to_update = [], []
    for row in fresh:
        found = by_key.get(_key(row))
        if not found:
            to_create.append(row)
            continue
        current = found.pop(0)
        if _untouched(current) and any(getattr(current, name) != getattr(row, name) for name in fields):
            for name in fields:
                setattr(current, name, getattr(row, name))
            to_update.append(current)
    vanished = [row.pk for rows in by_key.values() for row in rows if _untouched(row) and row.pk not in held]
    if vanished:
        if before_delete:
            before_delete(vanished)
        model.objects.filter(pk__in=vanished).delete()
    if to_update:
        bulk_update_with_history(to_update, model, list(fields))
    if to_create:
        bulk_create_with_history(to_create, model, default_change_reason=EXTRACTED_REASON)
    return len(existing) - len(vanished) + len(to_create)


def _unjudge(outcome_ids: list[int]) -> None:
    """Proposed verdicts that rest on outcomes about to go are pending again until the next link
    (a met or missed verdict without its outcome is refused by the database)."""
    Assessment.objects.filter(outcome_id__in=outcome_ids, review_status=AssessmentStatus.PROPOSED).update(
        outcome=None, verdict=Verdict.PENDING, gap=None, rule="", derived=False, derived_value=None
    )


def _untouched(row) -> bool:
    return row.review_status == ReviewStatus.PENDING and row.origin == Origin.EXTRACTED


def _link_on_commit(report: Report) -> None:
    if report.jurisdiction_id:
        jurisdiction_id = report.jurisdiction_id
        transaction.on_commit(lambda: link_jurisdiction.delay(jurisdiction_id), robust=True)


def _rows(report: Report, extraction: Extraction, vocabulary: Vocabulary) -> tuple[list[Target], list[Outcome]]:
    """The rows of the storable items; the others are recorded on `report.skipped_figures`."""
    storable_targets, storable_actuals, report.skipped_figures = storable_extraction(
        extraction, text_length=len(report.normalized_text)
    )
    indicators = vocabulary.indicator_ids
    targets = [
        Target(
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
        for item in storable_targets
    ]
    outcomes = [
        Outcome(
            report=report,
            indicator_id=indicators.get(item.indicator),
            value=_decimal(item.value),
            estimate=item.estimate,
            cumulative=item.cumulative,
            scope=item.scope or "",
            **_common(item),
        )
        for item in storable_actuals
    ]
    return targets, outcomes


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


def _key(row) -> tuple:
    return (row.kind, row.indicator_id, row.period_start, row.period_end, row.start, row.end)
