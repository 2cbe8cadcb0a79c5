"""The review log of one government and year: every recorded change to its targets, outcomes and
assessments, who made it, when, as which decision, and each field before and after. Read from the
change history in one query per model, however long it is, and written as CSV (UTF-8 with BOM,
which spreadsheet programs need to read Chinese), times in the configured time zone.
"""
from __future__ import annotations

import csv
import io
from itertools import groupby

from django.utils import timezone

from tracker.models import Assessment, Indicator, Outcome, Target
from tracker.review.history import HistoryEntry, record_entries

HEADER = ("when", "who", "decision", "item", "action", "field", "before", "after")
_FORMULA_START = ("=", "+", "@", "\t", "\r")


def review_log_entries(*, jurisdiction_id: int, year: int) -> list[HistoryEntry]:
    """Entries for the facts whose period includes `year` (in any of their recorded states) and
    the assessments of those targets, oldest first."""
    indicator_codes = dict(Indicator.objects.values_list("pk", "code"))
    in_year = {"report__jurisdiction_id": jurisdiction_id, "period_start__lte": year, "period_end__gte": year}
    target_ids = Target.history.filter(**in_year).values("id")
    selections = (
        ("target", Target, Target.history.filter(id__in=target_ids)),
        ("outcome", Outcome, Outcome.history.filter(id__in=Outcome.history.filter(**in_year).values("id"))),
        ("assessment", Assessment, Assessment.history.filter(target_id__in=target_ids)),
    )
    entries: list[HistoryEntry] = []
    for name, model, records in selections:
        ordered = records.select_related("history_user").order_by("id", "history_date", "history_id")
        for pk, row_records in groupby(ordered, key=lambda record: record.id):
            entries.extend(record_entries(f"{name} #{pk}", model, row_records, indicator_codes))
    entries.sort(key=lambda entry: (entry.when, entry.subject))
    return entries


def review_log_csv(entries: list[HistoryEntry]) -> str:
    """One line per changed field; an entry that changed no shown field (a creation) is one line."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow(HEADER)
    for entry in entries:
        when = timezone.localtime(entry.when).isoformat(timespec="seconds")
        head = (when, entry.who, entry.decision or "", entry.subject, entry.action)
        for change in entry.changes or [None]:
            cells = (*head, *((change.field, change.before, change.after) if change else ("", "", "")))
            writer.writerow([_inert(cell) for cell in cells])
    return out.getvalue()


def _inert(cell) -> str:
    """A cell a spreadsheet will not run as a formula (a note may start with =)."""
    text = str(cell)
    if text.startswith(_FORMULA_START) or (text.startswith("-") and not _is_number(text)):
        return "'" + text
    return text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
