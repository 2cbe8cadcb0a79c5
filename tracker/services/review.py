"""Review actions: every decision a reviewer takes on an assessment, a target or an outcome.

Each action runs in one transaction and first claims its row with a conditional UPDATE on the
version the reviewer's form was loaded with (`... WHERE id = %s AND version = %s`). Of two
reviewers acting on the same row only the first matches; the second gets StaleVersion instead of
silently overwriting a decision it never saw. The row is then saved through the ORM, so
django-simple-history records who changed what and when, with the action as the change reason.

Actions that change what a verdict rests on (another outcome, an edited value) re-judge it with
the pure rules (services.rejudging) and put an already reviewed assessment back in the queue.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from django.db import models, transaction
from django.utils import timezone

from tracker.models import Assessment, Outcome, ReviewStatus, Target, Verdict
from tracker.models.assessments import AssessmentStatus, Method
from tracker.services.rejudging import rejudge

STALE_VERSION = (
    "Someone else changed this item after you opened it, so your action was not saved. "
    "The current state is shown below; check it and act again."
)
NOTE_REQUIRED = "A note is required when you set the verdict by hand: say why."
NOTE_EMPTY = "The note is empty."
NOTHING_TO_REJECT = "This assessment links no outcome to reject; choose an outcome or set the verdict instead."
NOT_A_CANDIDATE = "That outcome is not a figure of this government and indicator, or it was rejected."
PERIOD_UNORDERED = "The period must not end before it starts."
RANGE_UNORDERED = "The upper value must not be below the value."
VALUE_REQUIRED = "A numeric target needs a value; only relational targets have none."
BULK_SUMMARY = "{confirmed} confirmed, {stale} changed by someone else since the queue loaded, {skipped} not awaiting review."


class ReviewError(ValueError):
    """The action cannot be applied; the message tells the reviewer what to do instead."""


class StaleVersion(ReviewError):
    """The row changed after the reviewer's form was loaded."""


@dataclass(frozen=True)
class TargetValues:
    """The extracted values of a target that a reviewer may correct."""

    indicator_id: int | None
    period_start: int
    period_end: int
    kind: str
    value: Decimal | None
    value_high: Decimal | None
    unit: str
    qualifier: str


@dataclass(frozen=True)
class OutcomeValues:
    """The extracted values of an outcome that a reviewer may correct."""

    indicator_id: int | None
    period_start: int
    period_end: int
    kind: str
    value: Decimal
    unit: str


@dataclass(frozen=True)
class BulkConfirmResult:
    confirmed: tuple[int, ...]
    stale: tuple[int, ...]
    skipped: tuple[int, ...]

    @property
    def summary(self) -> str:
        return BULK_SUMMARY.format(
            confirmed=len(self.confirmed), stale=len(self.stale), skipped=len(self.skipped)
        )


# Assessments


@transaction.atomic
def assessment_confirm(*, assessment_id: int, version: int, user) -> Assessment:
    """Accept the proposed link and verdict; the target and outcome it rests on are confirmed too."""
    assessment = _claim(Assessment, pk=assessment_id, version=version, user=user, reason="confirm")
    if assessment.review_status != AssessmentStatus.OVERRIDDEN:
        assessment.review_status = AssessmentStatus.CONFIRMED
    _stamp(assessment, user)
    assessment.save()
    for fact in (assessment.target, assessment.outcome):
        if fact is not None and fact.review_status == ReviewStatus.PENDING:
            _fact_set_status(fact, ReviewStatus.CONFIRMED, user=user, reason="confirmed with assessment")
    return assessment


@transaction.atomic
def assessment_reject(*, assessment_id: int, version: int, user, note: str = "") -> Assessment:
    """The linked outcome does not answer the target: unlink it and judge the target without one."""
    assessment = _claim(Assessment, pk=assessment_id, version=version, user=user, reason="reject")
    if assessment.outcome_id is None:
        raise ReviewError(NOTHING_TO_REJECT)
    assessment.outcome = None
    return _override(assessment, user, note=note)


@transaction.atomic
def assessment_choose_outcome(
    *, assessment_id: int, version: int, outcome_id: int, user, note: str = ""
) -> Assessment:
    """Link another figure of the same government and indicator, and judge the target against it."""
    assessment = _claim(Assessment, pk=assessment_id, version=version, user=user, reason="choose outcome")
    target = assessment.target
    outcome = (
        Outcome.objects.select_related("report", "indicator")
        .accepted()
        .filter(pk=outcome_id, report__jurisdiction_id=target.report.jurisdiction_id)
        .first()
    )
    if outcome is None or outcome.indicator_id != target.indicator_id:
        raise ReviewError(NOT_A_CANDIDATE)
    assessment.outcome = outcome
    assessment.method = Method.AUTO
    return _override(assessment, user, note=note)


@transaction.atomic
def assessment_set_verdict(
    *, assessment_id: int, version: int, verdict: str, note: str, user, gap: Decimal | None = None
) -> Assessment:
    """A reviewer's own verdict, overriding the rules; the note says why and is required."""
    if not note.strip():
        raise ReviewError(NOTE_REQUIRED)
    if verdict not in Verdict.values:
        raise ReviewError(f"Unknown verdict {verdict!r}.")
    assessment = _claim(Assessment, pk=assessment_id, version=version, user=user, reason="set verdict")
    assessment.verdict = verdict
    assessment.gap = gap
    assessment.narrow = False
    assessment.method = Method.MANUAL
    assessment.rule = "reviewer"
    assessment.review_status = AssessmentStatus.OVERRIDDEN
    _stamp(assessment, user, note=note)
    assessment.save()
    return assessment


@transaction.atomic
def assessment_flag_miss(*, assessment_id: int, version: int, flagged: bool, user) -> Assessment:
    """Mark (or unmark) the item for the accountability report's list of misses."""
    assessment = _claim(
        Assessment, pk=assessment_id, version=version, user=user, reason="flag miss" if flagged else "unflag miss"
    )
    assessment.flagged_miss = flagged
    _stamp(assessment, user)
    assessment.save()
    return assessment


@transaction.atomic
def assessment_add_note(*, assessment_id: int, version: int, note: str, user) -> Assessment:
    if not note.strip():
        raise ReviewError(NOTE_EMPTY)
    assessment = _claim(Assessment, pk=assessment_id, version=version, user=user, reason="note")
    _stamp(assessment, user, note=note)
    assessment.save()
    return assessment


@transaction.atomic
def assessment_bulk_confirm(*, versions: Mapping[int, int], user) -> BulkConfirmResult:
    """Confirm each selected assessment at the version the queue showed.

    A row changed since then is left alone and reported, as is one no longer awaiting review,
    so a bulk action never confirms something the reviewer did not see."""
    awaiting = set(Assessment.objects.needs_review().filter(pk__in=versions).values_list("pk", flat=True))
    confirmed, stale, skipped = [], [], []
    for assessment_id in sorted(versions):
        if assessment_id not in awaiting:
            skipped.append(assessment_id)
            continue
        try:
            with transaction.atomic():
                assessment_confirm(assessment_id=assessment_id, version=versions[assessment_id], user=user)
        except StaleVersion:
            stale.append(assessment_id)
        else:
            confirmed.append(assessment_id)
    return BulkConfirmResult(confirmed=tuple(confirmed), stale=tuple(stale), skipped=tuple(skipped))


@transaction.atomic
def admin_change_record(*, instance: Assessment | Target | Outcome, user) -> None:
    """Save a change made in a stock admin form, stamped and versioned like a review action, so
    a review page loaded before it is refused instead of overwriting it."""
    if instance.pk is not None:
        instance.version = type(instance).objects.get(pk=instance.pk).version + 1
    instance._history_user = user
    instance._change_reason = "admin edit"
    if isinstance(instance, Assessment):
        _stamp(instance, user)
    else:
        _fact_stamp(instance, user)
    instance.save()


# Targets and outcomes


@transaction.atomic
def target_edit(*, target_id: int, version: int, values: TargetValues, user) -> Target:
    """Correct what extraction read; the target's assessment is re-judged and reviewed again."""
    _check_target_values(values)
    target = _claim(Target, pk=target_id, version=version, user=user, reason="edit")
    _apply(target, values)
    target.review_status = ReviewStatus.EDITED
    _fact_stamp(target, user)
    target.save()
    _reopen(Assessment.objects.filter(target=target), user=user)
    return target


@transaction.atomic
def outcome_edit(*, outcome_id: int, version: int, values: OutcomeValues, user) -> Outcome:
    """Correct what extraction read; every assessment resting on the outcome is re-judged."""
    if values.period_start > values.period_end:
        raise ReviewError(PERIOD_UNORDERED)
    outcome = _claim(Outcome, pk=outcome_id, version=version, user=user, reason="edit")
    _apply(outcome, values)
    outcome.review_status = ReviewStatus.EDITED
    _fact_stamp(outcome, user)
    outcome.save()
    _reopen(Assessment.objects.filter(outcome=outcome), user=user)
    return outcome


@transaction.atomic
def target_confirm(*, target_id: int, version: int, user) -> Target:
    target = _claim(Target, pk=target_id, version=version, user=user, reason="confirm")
    return _fact_decide(target, ReviewStatus.CONFIRMED, user=user)


@transaction.atomic
def target_reject(*, target_id: int, version: int, user) -> Target:
    """Not a target at all (a misread sentence): it leaves the queue and the scorecards."""
    target = _claim(Target, pk=target_id, version=version, user=user, reason="reject")
    return _fact_decide(target, ReviewStatus.REJECTED, user=user)


@transaction.atomic
def outcome_confirm(*, outcome_id: int, version: int, user) -> Outcome:
    outcome = _claim(Outcome, pk=outcome_id, version=version, user=user, reason="confirm")
    return _fact_decide(outcome, ReviewStatus.CONFIRMED, user=user)


@transaction.atomic
def outcome_reject(*, outcome_id: int, version: int, user) -> Outcome:
    """Not a real figure: assessments resting on it lose it and go back to the queue."""
    outcome = _claim(Outcome, pk=outcome_id, version=version, user=user, reason="reject")
    _fact_decide(outcome, ReviewStatus.REJECTED, user=user)
    for assessment in Assessment.objects.filter(outcome=outcome).select_related("target__report", "target__indicator"):
        assessment.outcome = None
        _bump(assessment, user=user, reason="outcome rejected")
        rejudge(assessment)
        assessment.review_status = AssessmentStatus.REREVIEW
        assessment.save()
    return outcome


# Internals


def _claim(model: type[models.Model], *, pk: int, version: int, user, reason: str):
    """The row at `version`, now at version + 1 and locked until the transaction ends."""
    claimed = model.objects.filter(pk=pk, version=version).update(version=models.F("version") + 1)
    if not claimed:
        if not model.objects.filter(pk=pk).exists():
            raise model.DoesNotExist(f"{model.__name__} {pk} does not exist")
        raise StaleVersion(STALE_VERSION)
    related = {
        Assessment: ["target__report", "target__indicator", "outcome__report", "outcome__indicator"],
        Target: ["report", "indicator"],
        Outcome: ["report", "indicator"],
    }[model]
    instance = model.objects.select_related(*related).get(pk=pk)
    instance._history_user = user
    instance._change_reason = reason
    return instance


def _bump(instance: models.Model, *, user, reason: str) -> None:
    """A dependent row changed by another row's action: newer version, same audit trail."""
    type(instance).objects.filter(pk=instance.pk).update(version=models.F("version") + 1)
    instance.version += 1
    instance._history_user = user
    instance._change_reason = reason


def _override(assessment: Assessment, user, *, note: str) -> Assessment:
    """A reviewer changed what the verdict rests on: judge it again by the rules and keep it as theirs."""
    rejudge(assessment)
    assessment.confidence = 1.0
    assessment.review_status = AssessmentStatus.OVERRIDDEN
    _stamp(assessment, user, note=note)
    assessment.save()
    return assessment


def _stamp(assessment: Assessment, user, *, note: str = "") -> None:
    assessment.reviewer = user
    assessment.reviewed_at = timezone.now()
    if note.strip():
        line = f"{assessment.reviewed_at:%Y-%m-%d %H:%M} {user.get_username()}: {note.strip()}"
        assessment.note = f"{assessment.note}\n{line}" if assessment.note else line


def _fact_stamp(fact: Target | Outcome, user) -> None:
    fact.reviewed_by = user
    fact.reviewed_at = timezone.now()


def _fact_decide(fact: Target | Outcome, status: str, *, user) -> Target | Outcome:
    fact.review_status = status
    _fact_stamp(fact, user)
    fact.save()
    return fact


def _fact_set_status(fact: Target | Outcome, status: str, *, user, reason: str) -> None:
    _bump(fact, user=user, reason=reason)
    _fact_decide(fact, status, user=user)


def _apply(fact: Target | Outcome, values: TargetValues | OutcomeValues) -> None:
    for name, value in vars(values).items():
        setattr(fact, name, value)


def _check_target_values(values: TargetValues) -> None:
    if values.period_start > values.period_end:
        raise ReviewError(PERIOD_UNORDERED)
    if values.value is None and values.kind != "relational":
        raise ReviewError(VALUE_REQUIRED)
    if values.value is not None and values.value_high is not None and values.value_high < values.value:
        raise ReviewError(RANGE_UNORDERED)


def _reopen(assessments: models.QuerySet, *, user) -> None:
    """Re-judge assessments whose evidence a reviewer just corrected; reviewed ones go back to the queue."""
    for assessment in assessments.select_related(
        "target__report", "target__indicator", "outcome__report", "outcome__indicator"
    ):
        _bump(assessment, user=user, reason="evidence edited")
        if assessment.method == Method.AUTO:
            rejudge(assessment)
        if assessment.review_status != AssessmentStatus.PROPOSED:
            assessment.review_status = AssessmentStatus.REREVIEW
        assessment.save()
