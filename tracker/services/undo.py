"""Undo a reviewer's decision: a new decision that puts back, row by row, the state before it.

Nothing is erased: the undo writes history records of its own (reason "undo: confirm"), and the
rows' versions keep growing, so a page loaded before the undo is stale after it. An undo is
refused when anyone (a reviewer or the linker) wrote one of the decision's rows since, because
putting back the old state would silently drop that later change.
"""
from __future__ import annotations

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_noop

from tracker.models import Assessment, Decision, Outcome, ReviewStatus
from tracker.services.decisions import LOCK_ORDER, ReviewError, Step, decision

UNDO = "undo"
NOTHING_TO_UNDO = gettext_noop("There is no decision of yours left to undo.")
NOT_YOURS = "Only the reviewer who took a decision can undo it."
ALREADY_UNDONE = "That decision was undone already."
ACTED_SINCE = "{who} changed {kind} #{pk} after your {action} ({when}), so nothing was undone. Look at it and decide again."
OUTCOME_GONE = "Outcome #{pk}, which the decision had replaced, was rejected or removed since, so nothing was undone."
_NOT_RESTORED = {"id", "version", "updated_at"}


def decision_last_undoable(*, user) -> Decision | None:
    """The user's latest decision that is not an undo and was not undone."""
    return Decision.objects.filter(user=user, undone_by__isnull=True).exclude(action=UNDO).first()


@decision(UNDO, "decision #{decision_id}")
def decision_undo(step: Step, *, decision_id: int) -> Decision:
    original = Decision.objects.select_for_update().filter(pk=decision_id).first()
    if original is None:
        raise ReviewError(NOTHING_TO_UNDO)
    if original.user_id != step.user.pk:
        raise ReviewError(NOT_YOURS)
    if Decision.objects.filter(undoes=original).exists():
        raise ReviewError(ALREADY_UNDONE)
    records = {model: list(model.history.filter(decision=original).order_by("history_id")) for model in LOCK_ORDER}
    previous = {model: _previous(model, records[model]) for model in LOCK_ORDER}
    restored_outcomes = [prior.outcome_id for prior in previous[Assessment].values() if prior is not None]
    rows = {}
    for model in LOCK_ORDER:
        extra = restored_outcomes if model is Outcome else []
        rows[model] = step.lock(model, [record.id for record in records[model]] + extra)
    for model in LOCK_ORDER:
        _check_untouched_since(model, records[model], original)
    for outcome_id in restored_outcomes:
        outcome = rows[Outcome].get(outcome_id)
        if outcome_id is not None and (outcome is None or outcome.review_status == ReviewStatus.REJECTED):
            raise ReviewError(OUTCOME_GONE.format(pk=outcome_id))

    reason = f"undo: {original.action}"
    # Changed rows first (a merge's moved assessment frees its target), then rows the decision
    # deleted, then rows it created (assessments before the facts they rest on).
    for model in LOCK_ORDER:
        for record in records[model]:
            if record.history_type == "~":
                row = rows[model][record.id]
                _restore(row, previous[model][record.history_id])
                step.write(row, reason=reason)
    for model in LOCK_ORDER:
        for record in records[model]:
            if record.history_type == "-":
                row = record.instance
                row.version = record.version + 1
                step.created(row, reason=reason)
    for model in reversed(LOCK_ORDER):
        for record in records[model]:
            if record.history_type == "+":
                step.delete(rows[model][record.id], reason=reason)
    step.decision.undoes = original
    step.decision.subject = f"{original.action} {original.subject}"
    step.decision.save(update_fields=["undoes", "subject"])
    return original


def _previous(model: type[models.Model], records: list) -> dict:
    """For each changed record (by history id), the record of the same row just before it."""
    found = {}
    for record in records:
        if record.history_type == "~":
            found[record.history_id] = (
                model.history.filter(id=record.id, history_id__lt=record.history_id).order_by("-history_id").first()
            )
    return found


def _check_untouched_since(model: type[models.Model], records: list, original: Decision) -> None:
    """Each row is as the decision left it: later records, if any, are decisions that were undone
    and their undos (stepping back through one's own decisions)."""
    for record in records:
        later = list(
            model.history.filter(id=record.id, history_id__gt=record.history_id)
            .select_related("history_user", "decision__undone_by")
            .order_by("history_id")
        )
        taken_back = {
            entry.decision_id for entry in later if entry.decision is not None and hasattr(entry.decision, "undone_by")
        }
        for entry in later:
            if entry.decision_id in taken_back or (entry.decision is not None and entry.decision.undoes_id in taken_back):
                continue
            who = entry.history_user.get_username() if entry.history_user else "The linker"
            when = timezone.localtime(original.at).strftime("%Y-%m-%d %H:%M")
            raise ReviewError(
                ACTED_SINCE.format(who=who, kind=model._meta.model_name, pk=record.id, action=original.action, when=when)
            )


def _restore(row: models.Model, prior) -> None:
    for field in type(row)._meta.concrete_fields:
        if field.attname not in _NOT_RESTORED:
            setattr(row, field.attname, getattr(prior, field.attname))
