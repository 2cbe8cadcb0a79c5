"""Linking: every target gets an Assessment naming the outcome that answers it and the verdict.

The work is done in memory per batch of governments with a fixed number of queries per batch
(a row lock on the governments, targets, outcomes, report years, rules, existing assessments,
then bulk writes), so linking 100,000 targets costs the same queries as linking ten. The choice and the verdict are the pure
functions of tracker.matching; this module only turns rows into facts and facts back into rows.

Reviewer decisions are never changed: a confirmed or overridden assessment keeps its outcome and
verdict. It goes back to the queue only when the evidence it was decided on changed (its target's
or outcome's values, the outcome rejected, or a figure the reviewer never saw now answering that
very target), with the change spelled out; see tracker.matching.evidence. A verdict that merely
differs from what the rules would say is the reviewer's call and is left alone.

The batch's assessments are locked (SELECT ... FOR UPDATE) before anything else is read, so a
review decision either lands before the batch reads the rows or waits for it to commit, and the
linker never writes back a row it read before a reviewer changed it.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from tracker.matching import choose_outcome, derive_growth, judge
from tracker.matching.choose import choose_reference
from tracker.matching.evidence import Evidence, evidence_changes, evidence_of
from tracker.matching.facts import PARENT_AVERAGE, OutcomeFact, TargetFact
from tracker.matching.rules import IndicatorRule
from tracker.models import Assessment, Jurisdiction, Outcome, Report, Target
from tracker.models.assessments import AssessmentStatus, Method
from tracker.models.facts import FIGURE_LIMIT
from tracker.services.decisions import HISTORY_REASON_LENGTH
from tracker.services.facts import indicator_rules, outcome_facts, reviewing_report_years, target_facts

BATCH_GOVERNMENTS = 200
REVIEWED = (AssessmentStatus.CONFIRMED, AssessmentStatus.OVERRIDDEN)
# The fields a re-link may rewrite on an assessment no reviewer has decided.
LINKED_FIELDS = (
    "outcome_id", "verdict", "gap", "narrow", "rule", "ruleset_version", "confidence", "reason",
    "derived", "derived_value", "disagreement",
)


@dataclass(frozen=True)
class LinkSummary:
    targets: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rereview: int = 0

    def __add__(self, other: "LinkSummary") -> "LinkSummary":
        return LinkSummary(*(a + b for a, b in zip(self.__dict__.values(), other.__dict__.values())))


def link_jurisdictions(*, jurisdiction_ids: Iterable[int] | None = None, year: int | None = None) -> LinkSummary:
    """(Re)link the targets of these governments (all when None), optionally only those whose
    period includes `year`. Idempotent: a second run changes nothing."""
    if jurisdiction_ids is None:
        jurisdiction_ids = reporting_government_ids()
    ids = sorted(set(jurisdiction_ids))
    summary = LinkSummary()
    for start in range(0, len(ids), BATCH_GOVERNMENTS):
        summary += _link_batch(ids[start : start + BATCH_GOVERNMENTS], year)
    return summary


def reporting_government_ids() -> list[int]:
    """Every government with a report: what linking everything means."""
    return list(Report.objects.exclude(jurisdiction=None).values_list("jurisdiction_id", flat=True).distinct())


@transaction.atomic
def _link_batch(jurisdiction_ids: list[int], year: int | None) -> LinkSummary:
    _lock_governments(jurisdiction_ids)
    locked = Assessment.objects.select_for_update(of=("self",)).filter(target__report__jurisdiction_id__in=jurisdiction_ids)
    rows = Target.objects.accepted().filter(report__jurisdiction_id__in=jurisdiction_ids)
    if year is not None:
        locked = locked.filter(target__period_start__lte=year, target__period_end__gte=year)
        rows = rows.filter(period_start__lte=year, period_end__gte=year)
    existing = {a.target_id: a for a in locked.order_by("pk")}
    targets = list(target_facts(rows))
    if not targets:
        return LinkSummary()
    parents = dict(
        Jurisdiction.objects.filter(pk__in=jurisdiction_ids, parent__isnull=False).values_list("pk", "parent_id")
    )
    rules = indicator_rules()
    outcomes = list(
        outcome_facts(
            Outcome.objects.accepted().filter(
                report__jurisdiction_id__in=set(jurisdiction_ids) | set(parents.values()), indicator__isnull=False
            )
        )
    )
    reported = {outcome.id: outcome for outcome in outcomes}
    outcomes += derive_growth(outcomes, rules=rules)
    by_series: dict[tuple[int, str | None], list[OutcomeFact]] = defaultdict(list)
    for outcome in outcomes:
        by_series[(outcome.jurisdiction_id, outcome.indicator)].append(outcome)
    report_years = reviewing_report_years(jurisdiction_ids)
    # Figures reviewed decisions rest on that are not among the batch's: re-labelled ones (read
    # here with their new values) or, when absent here too, rejected or deleted ones.
    elsewhere = {
        a.outcome_id
        for a in existing.values()
        if a.review_status in REVIEWED and a.outcome_id is not None and a.outcome_id not in reported
    }
    if elsewhere:
        reported.update((fact.id, fact) for fact in outcome_facts(Outcome.objects.accepted().filter(pk__in=elsewhere)))
    to_create, to_update, rereview, recorded = [], [], [], []
    unchanged = 0
    now = timezone.now()
    for target in targets:
        fields, proposal = _assessment_fields(target, by_series, parents, report_years, rules)
        current = existing.get(target.id)
        if current is None:
            to_create.append(Assessment(target_id=target.id, **fields))
        elif current.review_status in REVIEWED:
            linked = reported.get(current.outcome_id)
            because = _evidence_changed(current, target, linked, proposal)
            if because:
                current.review_status = AssessmentStatus.REREVIEW
                current.reopened_because = because[:300]
                current._change_reason = f"re-review: {because}"[:HISTORY_REASON_LENGTH]
                rereview.append(current)
            elif current.basis is None:
                # Decided before decisions kept their evidence: take today's as the baseline.
                candidates = [o.id for o in by_series.get((target.jurisdiction_id, target.indicator), []) if not o.derived]
                current.basis = evidence_of(target, linked, candidates).as_json()
                current._change_reason = "evidence recorded"
                recorded.append(current)
            else:
                unchanged += 1
                continue
            current.version += 1
            current.updated_at = now
        elif current.review_status == AssessmentStatus.REREVIEW or _same(current, fields):
            unchanged += 1
        else:
            for name, value in fields.items():
                setattr(current, name, value)
            current.version += 1
            current.updated_at = now
            to_update.append(current)
    if to_create:
        bulk_create_with_history(to_create, Assessment, batch_size=2000)
    if to_update:
        bulk_update_with_history(to_update, Assessment, [*LINKED_FIELDS, "version", "updated_at"], batch_size=2000)
    if rereview or recorded:
        bulk_update_with_history(
            rereview + recorded, Assessment, ["review_status", "reopened_because", "basis", "version", "updated_at"],
            batch_size=2000,
        )
    return LinkSummary(len(targets), len(to_create), len(to_update), unchanged + len(recorded), len(rereview))


def _lock_governments(jurisdiction_ids: list[int]) -> None:
    """Row locks, held to the end of the batch's transaction, so that two workers never link one
    government at once (both would create its assessments). Taken in id order, so two batches
    that share governments wait rather than deadlock; FOR NO KEY UPDATE leaves imports free to
    add reports that reference the row. SQLite locks the whole database for a writer instead."""
    list(
        Jurisdiction.objects.select_for_update(no_key=True)
        .filter(pk__in=jurisdiction_ids)
        .order_by("pk")
        .values_list("pk", flat=True)
    )


def _assessment_fields(target, by_series, parents, report_years, rules) -> tuple[dict, OutcomeFact | None]:
    """The linked fields of the target's assessment, and the figure the rules chose."""
    candidates = by_series.get((target.jurisdiction_id, target.indicator), [])
    review_year = target.period_end + 1
    match = choose_outcome(target, candidates, expected_review_year=review_year)
    reference = _reference_outcome(target, by_series, parents, review_year)
    verdict = judge(
        target,
        match.outcome,
        rule=rules.get(target.indicator or "", IndicatorRule()),
        review_report_present=(target.jurisdiction_id, review_year) in report_years,
        reference_outcome=reference,
    )
    outcome = match.outcome
    return {
        "outcome_id": outcome.id if outcome else None,
        "verdict": verdict.verdict,
        "gap": _storable(verdict.gap),
        "narrow": verdict.narrow,
        "rule": verdict.rule,
        "ruleset_version": verdict.ruleset_version,
        "confidence": match.confidence,
        "reason": f"{match.reason}; {verdict.explanation}"[:300],
        "derived": match.derived,
        "derived_value": _storable(outcome.value) if outcome is not None and outcome.derived else None,
        "disagreement": match.disagreement,
        "method": Method.AUTO,
    }, outcome


def _storable(value):
    """A gap past the column's range (a reviewer's 9e14 万亿元 against a target in 元) is left
    empty rather than stopping the link: the verdict stands, the gap is beyond any use."""
    return value if value is None or abs(value) <= FIGURE_LIMIT else None


def _reference_outcome(target: TargetFact, by_series, parents, review_year: int) -> OutcomeFact | None:
    """The growth a relational target is compared with (see choose_reference)."""
    if target.qualifier not in ("in_step", "above") or not target.reference:
        return None
    parent_id = parents.get(target.jurisdiction_id)
    if target.reference == PARENT_AVERAGE:
        candidates = by_series.get((parent_id, target.indicator), [])
    else:
        candidates = by_series.get((target.jurisdiction_id, target.reference), [])
    return choose_reference(target, candidates, expected_review_year=review_year, parent_id=parent_id).outcome


def _same(current: Assessment, fields: dict) -> bool:
    return all(getattr(current, name) == fields[name] for name in LINKED_FIELDS)


def _evidence_changed(current: Assessment, target: TargetFact, linked: OutcomeFact | None, proposal: OutcomeFact | None) -> str:
    """What changed under a reviewed decision since it was taken; empty when nothing did."""
    if current.basis is None:
        if current.outcome_id is not None and linked is None:
            return f"outcome #{current.outcome_id} was rejected or removed"
        return ""
    changes = evidence_changes(
        Evidence.from_json(current.basis), target=target, linked_id=current.outcome_id, linked=linked, proposal=proposal
    )
    return "; ".join(changes)


def assessment_rows(*, jurisdiction_ids: Iterable[int] | None = None, year: int | None = None):
    """Assessments with what the link command prints, in a stable order."""
    rows = Assessment.objects.select_related("target__report__jurisdiction", "target__indicator", "outcome")
    if jurisdiction_ids is not None:
        rows = rows.filter(target__report__jurisdiction_id__in=list(jurisdiction_ids))
    if year is not None:
        rows = rows.filter(target__period_start__lte=year, target__period_end__gte=year)
    return rows.order_by("target__report__jurisdiction__name", "target__period_start", "target__start")

