"""The audit trail of an item: who changed which field of the assessment, target or outcome, when,
from what to what.

django-simple-history stores full snapshots; consecutive snapshots of one row are compared here
in Python (one query per row's history, however long), instead of `prev_record`, which would
cost a query per record.
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.db import models
from django.utils.translation import gettext

from tracker.models import Assessment, Indicator, Outcome, Target

# Bookkeeping that every action changes; who and when are shown on the entry itself.
_UNSHOWN = {"id", "version", "updated_at", "reviewer", "reviewed_at", "reviewed_by", "basis"}
_TYPES = {"+": "created", "~": "changed", "-": "deleted"}


@dataclass(frozen=True)
class Change:
    field: str
    before: str
    after: str


@dataclass(frozen=True)
class HistoryEntry:
    when: datetime.datetime
    who: str
    subject: str
    action: str
    changes: tuple[Change, ...]
    decision: int | None = None


def item_history(*, assessment: Assessment | None = None, target: Target | None = None, outcome: Outcome | None = None) -> list[HistoryEntry]:
    """Entries for the given rows, newest first."""
    indicator_codes = dict(Indicator.objects.values_list("pk", "code"))
    entries: list[HistoryEntry] = []
    for subject, row in (("assessment", assessment), ("target", target), ("outcome", outcome)):
        if row is not None:
            entries.extend(_row_history(subject, row, indicator_codes))
    entries.sort(key=lambda entry: entry.when, reverse=True)
    return entries


def _row_history(subject: str, row: models.Model, indicator_codes: dict[int, str]) -> list[HistoryEntry]:
    records = row.history.select_related("history_user").order_by("history_date", "history_id")
    return record_entries(f"{subject} #{row.pk}", type(row), records, indicator_codes)


def record_entries(subject: str, model: type[models.Model], records, indicator_codes: dict[int, str]) -> list[HistoryEntry]:
    """Entries for the history records of one row, oldest first: what each changed since the one
    before (a creation shows no changes; a record that changed nothing shown and gave no reason
    is left out)."""
    fields = [field for field in model._meta.concrete_fields if field.name not in _UNSHOWN]
    entries, previous = [], None
    for record in records:
        changes = tuple(
            _change(field, previous, record, indicator_codes)
            for field in fields
            if previous is not None and getattr(previous, field.attname) != getattr(record, field.attname)
        )
        action = gettext(_TYPES[record.history_type]) if record.history_type in _TYPES else record.history_type
        if record.history_change_reason:
            action = f"{action}: {record.history_change_reason}"
        if previous is None or changes or record.history_change_reason:
            entries.append(
                HistoryEntry(
                    when=record.history_date,
                    who=record.history_user.get_username() if record.history_user else "system",
                    subject=subject,
                    action=action,
                    changes=changes,
                    decision=record.decision_id,
                )
            )
        previous = record
    return entries


def _change(field: models.Field, previous, record, indicator_codes: dict[int, str]) -> Change:
    before, after = _shown(field, previous, indicator_codes), _shown(field, record, indicator_codes)
    if field.name == "note" and previous.note and record.note.startswith(previous.note):
        # Notes only grow: show the added line, not the whole log twice.
        return Change(field.name, "…", "… " + record.note[len(previous.note) :].strip())
    return Change(field.name, before, after)


def _shown(field: models.Field, record, indicator_codes: dict[int, str]) -> str:
    value = getattr(record, field.attname)
    if value is None or value == "":
        return "—"
    if field.name == "indicator":
        return indicator_codes.get(value, str(value))
    if field.is_relation:
        return f"#{value}"
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")  # 6.0000 as the report writes it: 6
    return str(value)
