"""Facts a reviewer adds by hand (a target or an outcome extraction missed) and duplicates merged.

An added fact is anchored in the report like an extracted one: its quote is a span of the
normalised text, selected on a review page or typed and then found in the text, and its values
pass the same checks as an edit. It is stored with origin `manual`, reviewed by its author, and
the government is linked again at once, so a new target gets its assessment and a new figure is
offered to the targets it may answer (history records of that re-link belong to the decision, so
an undo takes them back too).

Merging keeps one of two rows that state the same thing (same government, indicator, period and
values): the reviewed one if only one is (a target counts as reviewed when its assessment is),
otherwise the one whose page the reviewer is on. The other is rejected as its duplicate, and what
rested on it moves to the kept row.
"""
from __future__ import annotations

from collections.abc import Callable

from django.db.models import Max
from django.utils import timezone

from tracker.models import Assessment, Indicator, Origin, Outcome, Report, ReviewStatus, Target
from tracker.models.assessments import AssessmentStatus
from tracker.services.decisions import ReviewError, Step, decision
from tracker.services.linking import link_jurisdictions
from tracker.services.review import OutcomeValues, TargetValues, check_outcome_values, check_target_values

QUOTE_EMPTY = "Select the sentence in the report text first (or type it exactly as the report writes it)."
QUOTE_TOO_LONG = "The quote is longer than {limit} characters: select only the clause that states the number."
QUOTE_NOT_FOUND = "The quote does not occur in the report text; select it in the text or copy it exactly."
QUOTE_AMBIGUOUS = "The quote occurs {count} times in the report text; select the occurrence you mean in the text."
ALREADY_THERE = "This quote is already {kind} #{pk}; open it and correct its values there."
MERGE_SELF = "A row cannot be merged with itself."
MERGE_REJECTED = "{kind} #{pk} is rejected already."
MERGE_GOVERNMENTS = "{kind} #{a} and #{b} belong to different governments."
NOT_THE_SAME = "{kind} #{a} and #{b} are not the same: they differ in {fields}. Edit one first, or reject the wrong one."
MERGE_CONFLICT = (
    "Both targets have reviewed assessments that disagree (#{a}: {a_verdict}, #{b}: {b_verdict}); "
    "settle them first."
)
MAX_QUOTE = 300
SAME_TARGET = ("indicator_id", "period_start", "period_end", "kind", "value", "value_high", "unit", "qualifier")
SAME_OUTCOME = ("indicator_id", "period_start", "period_end", "kind", "value", "unit", "scope")
REVIEWED_FACT = (ReviewStatus.CONFIRMED, ReviewStatus.EDITED)
REVIEWED_ASSESSMENT = (AssessmentStatus.CONFIRMED, AssessmentStatus.OVERRIDDEN)


# Adding


@decision("add target", "report #{report_id}")
def target_add(step: Step, *, report_id: int, quote: str, start: int | None, values: TargetValues) -> Target:
    """A target extraction missed, from a quote of the report; it is linked at once."""
    check_target_values(values)
    target = Target(**vars(values))
    _add(step, target, report_id=report_id, quote=quote, start=start)
    return target


@decision("add outcome", "report #{report_id}")
def outcome_add(step: Step, *, report_id: int, quote: str, start: int | None, values: OutcomeValues) -> Outcome:
    """A figure extraction missed, from a quote of the report; targets it may answer are linked again."""
    check_outcome_values(values)
    outcome = Outcome(**vars(values))
    _add(step, outcome, report_id=report_id, quote=quote, start=start)
    return outcome


def locate_quote(text: str, quote: str, start: int | None) -> tuple[int, int]:
    """The span of `quote` in `text`: at `start` when it is there (a selection), otherwise its only
    occurrence (a typed quote)."""
    quote = quote.strip()
    if not quote:
        raise ReviewError(QUOTE_EMPTY)
    if len(quote) > MAX_QUOTE:
        raise ReviewError(QUOTE_TOO_LONG.format(limit=MAX_QUOTE))
    if start is not None and text[start : start + len(quote)] == quote:
        return start, start + len(quote)
    starts, found = [], text.find(quote)
    while found >= 0:
        starts.append(found)
        found = text.find(quote, found + 1)
    if not starts:
        raise ReviewError(QUOTE_NOT_FOUND)
    if len(starts) > 1:
        raise ReviewError(QUOTE_AMBIGUOUS.format(count=len(starts)))
    return starts[0], starts[0] + len(quote)


def _add(step: Step, fact: Target | Outcome, *, report_id: int, quote: str, start: int | None) -> None:
    report = Report.objects.only("pk", "jurisdiction_id", "normalized_text").get(pk=report_id)
    fact.start, fact.end = locate_quote(report.normalized_text, quote, start)
    model = type(fact)
    existing = model.objects.accepted().filter(report_id=report_id, start=fact.start, end=fact.end).first()
    if existing is not None:
        raise ReviewError(ALREADY_THERE.format(kind=model._meta.model_name, pk=existing.pk))
    indicator = Indicator.objects.filter(pk=fact.indicator_id).only("name_zh").first()
    fact.report_id = report_id
    fact.quote = report.normalized_text[fact.start : fact.end]
    fact.indicator_text = indicator.name_zh if indicator else ""
    fact.origin = Origin.MANUAL
    fact.review_status = ReviewStatus.CONFIRMED
    fact.reviewed_by = step.user
    fact.reviewed_at = timezone.now()
    step.created(fact, reason="added by hand")
    if report.jurisdiction_id is not None:
        _link(step, report.jurisdiction_id)


def _link(step: Step, jurisdiction_id: int) -> None:
    """Link the government again inside this decision. The linker locks every assessment of the
    government, so the history records written after `mark` for them are this decision's."""
    mark = Assessment.history.aggregate(mark=Max("history_id"))["mark"] or 0
    link_jurisdictions(jurisdiction_ids=[jurisdiction_id])
    Assessment.history.filter(history_id__gt=mark, target__report__jurisdiction_id=jurisdiction_id).update(
        decision=step.decision
    )


# Merging


@decision("merge", "target #{target_id}")
def target_merge(step: Step, *, target_id: int, version: int, duplicate_id: int, duplicate_version: int) -> Target:
    """Keep one of two targets that are the same; its assessment is the reviewed one of the two."""
    links = list(Assessment.objects.filter(target_id__in=[target_id, duplicate_id]).values_list("pk", "outcome_id"))
    targets = _lock_pair(step, Target, target_id, version, duplicate_id, duplicate_version)
    step.lock(Outcome, [outcome_id for _, outcome_id in links])
    assessments = {a.target_id: a for a in step.lock(Assessment, [pk for pk, _ in links]).values()}

    def reviewed(target: Target) -> bool:
        assessment = assessments.get(target.pk)
        return target.review_status in REVIEWED_FACT or (
            assessment is not None and assessment.review_status in REVIEWED_ASSESSMENT
        )

    keep, drop = _keep_and_drop(targets[target_id], targets[duplicate_id], SAME_TARGET, reviewed)
    kept, dropped = assessments.get(keep.pk), assessments.get(drop.pk)
    if dropped is not None:
        if kept is None or (dropped.review_status in REVIEWED_ASSESSMENT and kept.review_status not in REVIEWED_ASSESSMENT):
            if kept is not None:
                step.delete(kept, reason=f"target #{drop.pk} merged into #{keep.pk}: its assessment kept")
            dropped.target = keep
            step.write(dropped, reason=f"moved: target #{drop.pk} merged into #{keep.pk}")
        else:
            if dropped.review_status in REVIEWED_ASSESSMENT and (dropped.outcome_id, dropped.verdict) != (kept.outcome_id, kept.verdict):
                raise ReviewError(
                    MERGE_CONFLICT.format(a=kept.pk, a_verdict=kept.verdict, b=dropped.pk, b_verdict=dropped.verdict)
                )
            step.delete(dropped, reason=f"target #{drop.pk} merged into #{keep.pk}")
    _reject_duplicate(step, drop, keep)
    return keep


@decision("merge", "outcome #{outcome_id}")
def outcome_merge(step: Step, *, outcome_id: int, version: int, duplicate_id: int, duplicate_version: int) -> Outcome:
    """Keep one of two outcomes that are the same; assessments resting on the other move to it."""
    outcomes = _lock_pair(step, Outcome, outcome_id, version, duplicate_id, duplicate_version)
    keep, drop = _keep_and_drop(
        outcomes[outcome_id], outcomes[duplicate_id], SAME_OUTCOME, lambda outcome: outcome.review_status in REVIEWED_FACT
    )
    # Linking an assessment to an outcome takes the outcome's lock first: this list is complete.
    for assessment in step.lock(Assessment, Assessment.objects.filter(outcome_id=drop.pk).values_list("pk", flat=True)).values():
        assessment.outcome = keep
        if assessment.basis and assessment.basis.get("outcome_id") == drop.pk:
            assessment.basis = {
                **assessment.basis, "outcome_id": keep.pk, "candidates": sorted({*assessment.basis["candidates"], keep.pk})
            }
        step.write(assessment, reason=f"moved: outcome #{drop.pk} merged into #{keep.pk}")
    _reject_duplicate(step, drop, keep)
    return keep


def _lock_pair(step: Step, model, pk: int, version: int, duplicate_id: int, duplicate_version: int) -> dict:
    if pk == duplicate_id:
        raise ReviewError(MERGE_SELF)
    rows = step.lock(model, [pk, duplicate_id])
    for row_id, seen in ((pk, version), (duplicate_id, duplicate_version)):
        if row_id not in rows:
            raise model.DoesNotExist(f"{model.__name__} {row_id} does not exist")
        step.check(rows[row_id], seen)
        if rows[row_id].review_status == ReviewStatus.REJECTED:
            raise ReviewError(MERGE_REJECTED.format(kind=model._meta.model_name, pk=row_id))
    return rows


def _keep_and_drop(page: Target | Outcome, other: Target | Outcome, same: tuple[str, ...], reviewed: Callable[..., bool]):
    """(kept, dropped): the reviewed one is kept; when both or neither are, the page's."""
    kind = type(page)._meta.model_name
    if page.report.jurisdiction_id != other.report.jurisdiction_id:
        raise ReviewError(MERGE_GOVERNMENTS.format(kind=kind, a=page.pk, b=other.pk))
    differ = [name.removesuffix("_id") for name in same if getattr(page, name) != getattr(other, name)]
    if page.indicator_id is None and other.indicator_id is None and page.indicator_text != other.indicator_text:
        differ.insert(0, "indicator")  # unresolved: the raw text is all that names it
    if differ:
        raise ReviewError(NOT_THE_SAME.format(kind=kind, a=page.pk, b=other.pk, fields=", ".join(differ)))
    if reviewed(other) and not reviewed(page):
        return other, page
    return page, other


def _reject_duplicate(step: Step, drop: Target | Outcome, keep: Target | Outcome) -> None:
    drop.review_status = ReviewStatus.REJECTED
    drop.duplicate_of = keep
    drop.reviewed_by = step.user
    drop.reviewed_at = timezone.now()
    step.write(drop, reason=f"merged into {type(keep)._meta.model_name} #{keep.pk}")
