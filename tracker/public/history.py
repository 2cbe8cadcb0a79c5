"""The history of corrections on a public page: the reviewers' audit trail without what stays
internal, namely who the reviewer was (the project answers for its reviewers) and their notes."""
from __future__ import annotations

from dataclasses import dataclass

from tracker.models import Assessment, Outcome, Target
from tracker.review.history import Change, item_history

INTERNAL_FIELDS = frozenset({"note", "flagged_miss", "confidence"})
SYSTEM = "system"


@dataclass(frozen=True)
class PublicEntry:
    when: object
    by_reviewer: bool  # False: the program (import, extraction, linking)
    subject: str  # target, outcome or assessment
    action: str  # created, changed or deleted
    reason: str  # the reviewer's stated reason, or ""
    changes: tuple[Change, ...]


def public_history(*, target: Target | None = None, outcome: Outcome | None = None, assessment: Assessment | None = None) -> list[PublicEntry]:
    entries = []
    for entry in item_history(assessment=assessment, target=target, outcome=outcome):
        changes = tuple(change for change in entry.changes if change.field not in INTERNAL_FIELDS)
        action, _, reason = entry.action.partition(": ")
        if entry.changes and not changes and not reason:
            continue  # only internal fields changed
        entries.append(
            PublicEntry(
                when=entry.when,
                by_reviewer=entry.who != SYSTEM,
                subject=entry.subject.split(" #")[0],
                action=action,
                reason=reason,
                changes=changes,
            )
        )
    return entries
