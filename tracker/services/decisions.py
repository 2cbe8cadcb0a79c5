"""The one discipline every reviewer decision follows, so that no decision is silently lost.

1. A decision is one transaction, recorded as a Decision row that its history records point to.
   When PostgreSQL breaks a deadlock by aborting it, the whole decision runs once more.
2. Every row it writes or checks against the reviewer's page is locked with SELECT ... FOR UPDATE
   in one fixed order: targets, then outcomes, then assessments, each by ascending id (Step
   enforces the order). Two decisions on dependent rows queue behind each other instead of
   deadlocking, and the second reads the rows as the first left them, never a copy loaded
   before. A row only read to re-judge an assessment (the outcome, when its target is edited) is
   read as committed: a decision changing it must lock that assessment too, after this one.
3. Each row is compared with the version the reviewer's page showed; any difference refuses the
   decision with StaleVersion, and the page shows the fresh state.
4. Each written row is saved from its locked copy with version + 1, exactly once per decision,
   with who, why and which decision in its history record.

SQLite has no row locks (it ignores FOR UPDATE and lets one writer in at a time); the version
checks still refuse stale forms there.
"""
from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TypeVar

from django.db import OperationalError, connection, models, transaction
from django.utils.translation import gettext, gettext_noop

from tracker.models import Assessment, Decision, Outcome, Target

# Refusals are English message ids, raised in the language active when they happen (gettext).
STALE_VERSION = gettext_noop(
    "Someone else changed this item after you opened it, so your action was not saved. "
    "The current state is shown below; check it and act again."
)
DEADLOCK_SQLSTATE = "40P01"
HISTORY_REASON_LENGTH = 100  # django-simple-history's history_change_reason column
LOCK_ORDER = (Target, Outcome, Assessment)
_TEXTS = ("report__original_text", "report__normalized_text")
_RELATED = {Target: ("report", "indicator"), Outcome: ("report", "indicator"), Assessment: ()}

Row = TypeVar("Row", Target, Outcome, Assessment)


class ReviewError(ValueError):
    """The action cannot be applied; the message tells the reviewer what to do instead."""


class StaleVersion(ReviewError):
    """A row changed after the reviewer's page was loaded."""


@dataclass(frozen=True)
class Seen:
    """The versions of the rows an assessment page showed: the assessment, its target and the
    linked outcome (None when none was linked)."""

    assessment: int
    target: int
    outcome: int | None


class Step:
    """One decision in progress: locks rows in the fixed order and writes each at most once."""

    def __init__(self, decision: Decision):
        self.decision = decision
        self.user = decision.user
        self._stage = 0
        # The version each written row had before this decision: a bulk decision checks later
        # rows against what the page showed, even when an earlier row of it confirmed a shared fact.
        self._before: dict[tuple[type, int], int] = {}
        self._held: dict[tuple[type, int], models.Model] = {}

    def lock(self, model: type[Row], ids: Iterable[int | None]) -> dict[int, Row]:
        """The rows, locked until the decision ends, read fresh under the lock."""
        stage = LOCK_ORDER.index(model)
        if stage < self._stage:
            raise RuntimeError(f"{model.__name__} rows must be locked before {LOCK_ORDER[self._stage - 1].__name__} rows")
        self._stage = stage + 1
        wanted = sorted({pk for pk in ids if pk is not None})
        if not wanted:
            return {}
        rows = model.objects.select_for_update(of=("self",)).filter(pk__in=wanted).order_by("pk")
        if _RELATED[model]:
            rows = rows.select_related(*_RELATED[model]).defer(*_TEXTS)
        locked = {row.pk: row for row in rows}
        self._held.update(((model, pk), row) for pk, row in locked.items())
        return locked

    def held(self, model: type[Row], pk: int | None) -> Row | None:
        """The row as this decision locked it, or None when it did not (or it does not exist)."""
        return self._held.get((model, pk))

    def lock_one(self, model: type[Row], pk: int) -> Row:
        rows = self.lock(model, [pk])
        if pk not in rows:
            raise model.DoesNotExist(f"{model.__name__} {pk} does not exist")
        return rows[pk]

    def check(self, row: models.Model | None, version: int | None) -> None:
        """The row is as the reviewer saw it (None: the page showed no such row)."""
        current = self._before.get((type(row), row.pk), row.version) if row is not None else None
        if current != version:
            raise StaleVersion(gettext(STALE_VERSION))

    def wrote(self, row: models.Model) -> bool:
        return (type(row), row.pk) in self._before

    def write(self, row: models.Model, *, reason: str) -> None:
        if self.wrote(row):
            raise RuntimeError(f"{type(row).__name__} {row.pk} written twice in one decision")
        self._before[(type(row), row.pk)] = row.version
        row.version += 1
        self._stamp(row, reason)
        row.save()

    def created(self, row: models.Model, *, reason: str) -> None:
        """Save a new row (or one an undo brings back) as part of this decision."""
        self._stamp(row, reason)
        row.save()
        self._before[(type(row), row.pk)] = row.version

    def delete(self, row: models.Model, *, reason: str) -> None:
        """Delete a locked row; its history keeps the last state, pointing to this decision."""
        self._stamp(row, reason)
        row.delete()

    def _stamp(self, row: models.Model, reason: str) -> None:
        row._history_user = self.user
        row._change_reason = reason[:HISTORY_REASON_LENGTH]
        row._decision_id = self.decision.pk


def decision(action: str, subject: str) -> Callable:
    """Run the decorated body as one decision: `body(step, **kwargs)` becomes `f(*, user, **kwargs)`.

    `subject` is formatted with the keyword arguments ("assessment #{assessment_id}")."""

    def wrap(body: Callable) -> Callable:
        @functools.wraps(body)
        def run(*, user, **kwargs):
            retry = not connection.in_atomic_block
            while True:
                try:
                    with transaction.atomic():
                        record = Decision.objects.create(user=user, action=action, subject=subject.format(**kwargs))
                        return body(Step(record), **kwargs)
                except OperationalError as error:
                    if not (retry and _is_deadlock(error)):
                        raise
                    retry = False

        return run

    return wrap


def _is_deadlock(error: OperationalError) -> bool:
    return getattr(error.__cause__, "sqlstate", None) == DEADLOCK_SQLSTATE
