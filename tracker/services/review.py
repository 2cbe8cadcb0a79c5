"""Review actions: every decision a reviewer takes on an assessment, a target or an outcome.

Each action is a decision in the sense of services.decisions: its rows are locked in the fixed
order (targets, outcomes, assessments), compared with the versions the reviewer's page showed,
and written once each from their locked copies. A decision on an assessment checks the target and
the outcome too, because the reviewer judged them together; a decision on a target or an outcome
re-reads the assessments resting on it under their locks and re-opens them, saying what changed.

Actions that change what a verdict rests on (another outcome, an edited value) re-judge it with
the pure rules (services.rejudging). A decision that settles an assessment stores the evidence it
was taken on (services.evidence), so that a later re-link re-opens it only if that evidence changes.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from django.utils import timezone
from django.utils.translation import gettext, gettext_noop

from tracker.models import Assessment, Outcome, ReviewStatus, Target, Verdict
from tracker.models.assessments import AssessmentStatus, Method
from tracker.services.decisions import STALE_VERSION, ReviewError, Seen, StaleVersion, Step, decision
from tracker.services.evidence import evidence_basis
from tracker.services.rejudging import rejudge

__all__ = ["STALE_VERSION", "ReviewError", "Seen", "StaleVersion"]

NOTE_REQUIRED = gettext_noop("A note is required when you set the verdict by hand: say why.")
NOTE_EMPTY = gettext_noop("The note is empty.")
NOTHING_TO_REJECT = gettext_noop("This assessment links no outcome to reject; choose an outcome or set the verdict instead.")
NOT_A_CANDIDATE = gettext_noop("That outcome is not a figure of this government and indicator, or it was rejected.")
PERIOD_UNORDERED = gettext_noop("The period must not end before it starts.")
RANGE_UNORDERED = gettext_noop("The upper value must not be below the value.")
VALUE_REQUIRED = gettext_noop("A numeric target needs a value; only relational targets have none.")
UNKNOWN_VERDICT = gettext_noop("Unknown verdict {verdict!r}.")
BULK_SUMMARY = gettext_noop("{done} {action}, {stale} changed by someone else since the queue loaded, {skipped} {skip_reason}.")
BULK_ACTIONS = {
    "confirm": (gettext_noop("confirmed"), gettext_noop("not awaiting review")),
    "reject": (gettext_noop("outcomes rejected"), gettext_noop("without a linked outcome")),
    "flag": (gettext_noop("flagged as misses"), gettext_noop("already flagged")),
}


@dataclass(frozen=True)
class TargetValues:
    """What a reviewer may correct on a target (or enter for a new one)."""

    indicator_id: int | None
    period_start: int
    period_end: int
    kind: str
    value: Decimal | None
    value_high: Decimal | None
    unit: str
    qualifier: str
    stretch: bool
    headline: bool


@dataclass(frozen=True)
class OutcomeValues:
    """What a reviewer may correct on an outcome (or enter for a new one)."""

    indicator_id: int | None
    period_start: int
    period_end: int
    kind: str
    value: Decimal
    unit: str
    estimate: bool
    scope: str


@dataclass(frozen=True)
class BulkResult:
    action: str
    done: tuple[int, ...]
    stale: tuple[int, ...]
    skipped: tuple[int, ...]

    @property
    def summary(self) -> str:
        done, skip_reason = BULK_ACTIONS[self.action]
        return gettext(BULK_SUMMARY).format(
            done=len(self.done), action=gettext(done), stale=len(self.stale), skipped=len(self.skipped),
            skip_reason=gettext(skip_reason),
        )


# Assessments


@decision("confirm", "assessment #{assessment_id}")
def assessment_confirm(step: Step, *, assessment_id: int, seen: Seen) -> Assessment:
    """Accept the proposed link and verdict; the target and outcome it rests on are confirmed too."""
    assessment = _lock_assessment(step, assessment_id, seen=seen)
    _confirm(step, assessment)
    return assessment


@decision("reject outcome", "assessment #{assessment_id}")
def assessment_reject(step: Step, *, assessment_id: int, seen: Seen, note: str = "") -> Assessment:
    """The linked outcome does not answer the target: unlink it and judge the target without one."""
    assessment = _lock_assessment(step, assessment_id, seen=seen)
    _reject(step, assessment, note=note)
    return assessment


@decision("choose outcome", "assessment #{assessment_id}")
def assessment_choose_outcome(step: Step, *, assessment_id: int, seen: Seen, outcome_id: int, note: str = "") -> Assessment:
    """Link another figure of the same government and indicator, and judge the target against it."""
    assessment = _lock_assessment(step, assessment_id, seen=seen, also_outcomes=[outcome_id])
    chosen = step.held(Outcome, outcome_id)
    target = assessment.target
    if (
        chosen is None
        or chosen.review_status == ReviewStatus.REJECTED
        or chosen.report.jurisdiction_id != target.report.jurisdiction_id
        or chosen.indicator_id != target.indicator_id
    ):
        raise ReviewError(gettext(NOT_A_CANDIDATE))
    assessment.outcome = chosen
    assessment.method = Method.AUTO
    _override(step, assessment, note=note, reason="choose outcome")
    return assessment


@decision("set verdict", "assessment #{assessment_id}")
def assessment_set_verdict(
    step: Step, *, assessment_id: int, seen: Seen, verdict: str, note: str, gap: Decimal | None = None
) -> Assessment:
    """A reviewer's own verdict, overriding the rules; the note says why and is required."""
    if not note.strip():
        raise ReviewError(gettext(NOTE_REQUIRED))
    if verdict not in Verdict.values:
        raise ReviewError(gettext(UNKNOWN_VERDICT).format(verdict=verdict))
    assessment = _lock_assessment(step, assessment_id, seen=seen)
    assessment.verdict = verdict
    assessment.gap = gap
    assessment.narrow = False
    assessment.method = Method.MANUAL
    assessment.rule = "reviewer"
    assessment.review_status = AssessmentStatus.OVERRIDDEN
    _settle(step, assessment, note=note, reason="set verdict")
    return assessment


@decision("flag miss", "assessment #{assessment_id}")
def assessment_flag_miss(step: Step, *, assessment_id: int, version: int, flagged: bool) -> Assessment:
    """Mark (or unmark) the item for the accountability report's list of misses."""
    assessment = _lock_assessment(step, assessment_id, version=version)
    _flag(step, assessment, flagged=flagged)
    return assessment


@decision("note", "assessment #{assessment_id}")
def assessment_add_note(step: Step, *, assessment_id: int, version: int, note: str) -> Assessment:
    if not note.strip():
        raise ReviewError(gettext(NOTE_EMPTY))
    assessment = _lock_assessment(step, assessment_id, version=version)
    _stamp(assessment, step.user, note=note)
    step.write(assessment, reason="note")
    return assessment


def assessment_bulk(*, action: str, seen: Mapping[int, Seen], user) -> BulkResult:
    """Confirm, reject the outcome of, or flag each selected assessment, as one decision.

    Each row is checked against the versions the queue showed: a row changed since is left alone
    and reported, as is one the action does not apply to, so a bulk action never decides
    something the reviewer did not see."""
    if action not in BULK_ACTIONS:
        raise ReviewError(f"Unknown bulk action {action!r}.")
    return _bulk_decision(action=action, count=len(seen), seen=seen, user=user)


@decision("bulk {action}", "{count} assessments")
def _bulk_decision(step: Step, *, action: str, count: int, seen: Mapping[int, Seen]) -> BulkResult:
    assessments = _lock_assessments(step, sorted(seen))
    relinked = set(Assessment.objects.filter(pk__in=set(seen) - set(assessments)).values_list("pk", flat=True))
    done, stale, skipped = [], [], []
    for assessment_id in sorted(seen):
        assessment = assessments.get(assessment_id)
        if assessment_id in relinked:
            stale.append(assessment_id)
            continue
        if assessment is None or not _bulk_applies(action, assessment):
            skipped.append(assessment_id)
            continue
        try:
            _check_seen(step, assessment, seen[assessment_id])
        except StaleVersion:
            stale.append(assessment_id)
            continue
        BULK_STEPS[action](step, assessment)
        done.append(assessment_id)
    return BulkResult(action=action, done=tuple(done), stale=tuple(stale), skipped=tuple(skipped))


def _bulk_applies(action: str, assessment: Assessment) -> bool:
    if action == "confirm":
        return assessment.review_status in (AssessmentStatus.PROPOSED, AssessmentStatus.REREVIEW)
    if action == "reject":
        return assessment.outcome_id is not None
    return not assessment.flagged_miss


# Targets and outcomes


@decision("edit", "target #{target_id}")
def target_edit(step: Step, *, target_id: int, version: int, values: TargetValues) -> Target:
    """Correct what extraction read; the target's assessment is re-judged and reviewed again."""
    check_target_values(values)
    target, because = _edit(step, Target, target_id, version, values)
    # Its outcome is only read: whoever changes that outcome re-judges this assessment after us.
    assessments = step.lock(Assessment, Assessment.objects.filter(target_id=target_id).values_list("pk", flat=True))
    for assessment in assessments.values():
        assessment.target = target
    _reopen(step, assessments.values(), because=because)
    return target


@decision("edit", "outcome #{outcome_id}")
def outcome_edit(step: Step, *, outcome_id: int, version: int, values: OutcomeValues) -> Outcome:
    """Correct what extraction read; every assessment resting on the outcome is re-judged."""
    check_outcome_values(values)
    outcome, because = _edit(step, Outcome, outcome_id, version, values)
    _reopen(step, _dependents(step, outcome), because=because)
    return outcome


@decision("confirm", "target #{target_id}")
def target_confirm(step: Step, *, target_id: int, version: int) -> Target:
    return _fact_decide(step, Target, target_id, version, ReviewStatus.CONFIRMED, reason="confirm")


@decision("reject", "target #{target_id}")
def target_reject(step: Step, *, target_id: int, version: int) -> Target:
    """Not a target at all (a misread sentence): it leaves the queue and the scorecards."""
    return _fact_decide(step, Target, target_id, version, ReviewStatus.REJECTED, reason="reject")


@decision("confirm", "outcome #{outcome_id}")
def outcome_confirm(step: Step, *, outcome_id: int, version: int) -> Outcome:
    return _fact_decide(step, Outcome, outcome_id, version, ReviewStatus.CONFIRMED, reason="confirm")


@decision("reject", "outcome #{outcome_id}")
def outcome_reject(step: Step, *, outcome_id: int, version: int) -> Outcome:
    """Not a real figure: assessments resting on it lose it and go back to the queue."""
    outcome = _fact_decide(step, Outcome, outcome_id, version, ReviewStatus.REJECTED, reason="reject")
    dependents = _dependents(step, outcome)
    for assessment in dependents:
        assessment.outcome = None
    _reopen(step, dependents, because=f"outcome #{outcome.pk} was rejected by {step.user.get_username()}")
    return outcome


def check_target_values(values: TargetValues) -> None:
    if values.period_start > values.period_end:
        raise ReviewError(gettext(PERIOD_UNORDERED))
    if values.value is None and values.kind != "relational":
        raise ReviewError(gettext(VALUE_REQUIRED))
    if values.value is not None and values.value_high is not None and values.value_high < values.value:
        raise ReviewError(gettext(RANGE_UNORDERED))


def check_outcome_values(values: OutcomeValues) -> None:
    if values.period_start > values.period_end:
        raise ReviewError(gettext(PERIOD_UNORDERED))


# Locking


def _lock_assessment(
    step: Step, assessment_id: int, *, seen: Seen | None = None, version: int | None = None, also_outcomes=()
) -> Assessment:
    """The assessment, locked; with `seen`, its target and outcome (and `also_outcomes`) locked
    before it and all three checked against the page; with `version`, the assessment alone."""
    if seen is None:
        assessment = step.lock_one(Assessment, assessment_id)
        step.check(assessment, version)
        return assessment
    links = Assessment.objects.filter(pk=assessment_id).values("target_id", "outcome_id").first()
    if links is None:
        raise Assessment.DoesNotExist(f"Assessment {assessment_id} does not exist")
    target = step.lock_one(Target, links["target_id"])
    outcomes = step.lock(Outcome, [links["outcome_id"], *also_outcomes])
    assessment = step.lock_one(Assessment, assessment_id)
    if assessment.outcome_id is not None and assessment.outcome_id not in outcomes:
        raise StaleVersion(gettext(STALE_VERSION))  # relinked between the first read and the lock
    assessment.target = target
    assessment.outcome = outcomes.get(assessment.outcome_id)
    _check_seen(step, assessment, seen)
    return assessment


def _lock_assessments(step: Step, assessment_ids: list[int]) -> dict[int, Assessment]:
    """Several assessments with their targets and outcomes, locked in the fixed order; one relinked
    between the first read and its lock is left out (it changed: the caller treats it as stale)."""
    links = list(Assessment.objects.filter(pk__in=assessment_ids).values_list("target_id", "outcome_id"))
    targets = step.lock(Target, [target_id for target_id, _ in links])
    outcomes = step.lock(Outcome, [outcome_id for _, outcome_id in links])
    consistent = {}
    for pk, assessment in step.lock(Assessment, assessment_ids).items():
        if assessment.target_id in targets and (assessment.outcome_id is None or assessment.outcome_id in outcomes):
            assessment.target = targets[assessment.target_id]
            assessment.outcome = outcomes.get(assessment.outcome_id)
            consistent[pk] = assessment
    return consistent


def _dependents(step: Step, outcome: Outcome) -> list[Assessment]:
    """The assessments resting on a locked outcome, locked. Linking another assessment to it
    takes the outcome's lock first, so once it is held this list cannot grow."""
    assessments = step.lock(Assessment, Assessment.objects.filter(outcome_id=outcome.pk).values_list("pk", flat=True))
    targets = Target.objects.select_related("report", "indicator").defer("report__original_text", "report__normalized_text")
    by_id = targets.in_bulk([assessment.target_id for assessment in assessments.values()])
    for assessment in assessments.values():
        assessment.target = by_id[assessment.target_id]
        assessment.outcome = outcome
    return list(assessments.values())


def _check_seen(step: Step, assessment: Assessment, seen: Seen) -> None:
    step.check(assessment, seen.assessment)
    step.check(assessment.target, seen.target)
    step.check(assessment.outcome, seen.outcome)


# What decisions do to locked rows


def _confirm(step: Step, assessment: Assessment) -> None:
    if assessment.review_status != AssessmentStatus.OVERRIDDEN:
        assessment.review_status = AssessmentStatus.CONFIRMED
    for fact in (assessment.target, assessment.outcome):
        if fact is not None and fact.review_status == ReviewStatus.PENDING and not step.wrote(fact):
            fact.review_status = ReviewStatus.CONFIRMED
            _fact_stamp(fact, step.user)
            step.write(fact, reason="confirmed with assessment")
    _settle(step, assessment, reason="confirm")


def _reject(step: Step, assessment: Assessment, *, note: str = "") -> None:
    if assessment.outcome_id is None:
        raise ReviewError(gettext(NOTHING_TO_REJECT))
    assessment.outcome = None
    _override(step, assessment, note=note, reason="reject outcome")


def _flag(step: Step, assessment: Assessment, *, flagged: bool = True) -> None:
    assessment.flagged_miss = flagged
    _stamp(assessment, step.user)
    step.write(assessment, reason="flag miss" if flagged else "unflag miss")


BULK_STEPS: dict[str, Callable[[Step, Assessment], None]] = {"confirm": _confirm, "reject": _reject, "flag": _flag}


def _override(step: Step, assessment: Assessment, *, note: str, reason: str) -> None:
    """A reviewer changed what the verdict rests on: judge it again by the rules and keep it as theirs."""
    rejudge(assessment)
    assessment.confidence = 1.0
    assessment.review_status = AssessmentStatus.OVERRIDDEN
    _settle(step, assessment, note=note, reason=reason)


def _settle(step: Step, assessment: Assessment, *, reason: str, note: str = "") -> None:
    """Write a decided assessment with the evidence it was decided on."""
    _stamp(assessment, step.user, note=note)
    assessment.basis = evidence_basis(target=assessment.target, outcome_id=assessment.outcome_id)
    assessment.reopened_because = ""
    step.write(assessment, reason=reason)


def _reopen(step: Step, assessments, *, because: str) -> None:
    """Re-judge assessments whose evidence just changed; reviewed ones go back to the queue with
    the reason. A verdict a reviewer set by hand is kept for them to reconsider."""
    for assessment in assessments:
        if assessment.method == Method.AUTO:
            rejudge(assessment)
        if assessment.review_status == AssessmentStatus.PROPOSED:
            step.write(assessment, reason=f"re-judged: {because}")
            continue
        assessment.review_status = AssessmentStatus.REREVIEW
        assessment.reopened_because = because[:300]
        step.write(assessment, reason=f"re-review: {because}")


def _edit(step: Step, model, pk: int, version: int, values: TargetValues | OutcomeValues):
    """The fact with its corrected values written, and what changed, as a re-open reason says it."""
    fact = step.lock_one(model, pk)
    step.check(fact, version)
    changes = _apply(fact, values)
    fact.review_status = ReviewStatus.EDITED
    _fact_stamp(fact, step.user)
    step.write(fact, reason="edit")
    what = "; ".join(changes) if changes else "values saved unchanged"
    return fact, f"{model._meta.model_name} #{pk} edited by {step.user.get_username()}: {what}"


def _stamp(assessment: Assessment, user, *, note: str = "") -> None:
    assessment.reviewer = user
    assessment.reviewed_at = timezone.now()
    if note.strip():
        local = timezone.localtime(assessment.reviewed_at)
        line = f"{local:%Y-%m-%d %H:%M} {user.get_username()}: {note.strip()}"
        assessment.note = f"{assessment.note}\n{line}" if assessment.note else line


def _fact_stamp(fact: Target | Outcome, user) -> None:
    fact.reviewed_by = user
    fact.reviewed_at = timezone.now()


def _fact_decide(step: Step, model, pk: int, version: int, status: str, *, reason: str):
    fact = step.lock_one(model, pk)
    step.check(fact, version)
    fact.review_status = status
    _fact_stamp(fact, step.user)
    step.write(fact, reason=reason)
    return fact


def _apply(fact: Target | Outcome, values: TargetValues | OutcomeValues) -> list[str]:
    """Set the values; the changes as "value 6 → 5.5" phrases."""
    changes = []
    for name, value in vars(values).items():
        before = getattr(fact, name)
        if before != value and not (before in (None, "") and value in (None, "")):
            changes.append(f"{name.removesuffix('_id')} {_shown(before)} → {_shown(value)}")
        setattr(fact, name, value)
    return changes


def _shown(value) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return str(value)

