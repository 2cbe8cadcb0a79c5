"""What a reviewed decision rests on, and what changed under it since.

When a reviewer decides an assessment, the evidence on the page is kept as a snapshot: the
target's values, the linked figure's values, and the ids of every figure of that government and
indicator that existed then (the ones the reviewer could have chosen). A re-link re-opens the
decision only when that evidence changed, and says how: a value of the target or of the linked
figure, the linked figure rejected or gone, or a figure the reviewer never saw that the rules now
pick for this very target and period. A report of another year, figures of other indicators, or
a rule that disagrees with the reviewer's own verdict leave the decision alone.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from tracker.matching.facts import OutcomeFact, TargetFact

TARGET_FIELDS = ("indicator", "period_start", "period_end", "kind", "value", "value_high", "unit", "qualifier", "reference")
OUTCOME_FIELDS = ("indicator", "period_start", "period_end", "kind", "value", "unit", "estimate", "cumulative", "scope")

Values = Mapping[str, "str | int | bool | None"]


@dataclass(frozen=True)
class Evidence:
    target: Values
    outcome_id: int | None
    outcome: Values | None
    candidates: frozenset[int]

    def as_json(self) -> dict:
        return {
            "target": dict(self.target),
            "outcome_id": self.outcome_id,
            "outcome": dict(self.outcome) if self.outcome is not None else None,
            "candidates": sorted(self.candidates),
        }

    @classmethod
    def from_json(cls, data: Mapping) -> Evidence:
        return cls(
            target=data["target"],
            outcome_id=data["outcome_id"],
            outcome=data["outcome"],
            candidates=frozenset(data["candidates"]),
        )


def shown(value) -> str | int | bool | None:
    """A value as stored in a snapshot and as a reviewer reads it: 6.0000 is "6"."""
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if value == "":
        return None
    return value


def fact_values(fact: TargetFact | OutcomeFact, fields: tuple[str, ...]) -> dict:
    return {name: shown(getattr(fact, name)) for name in fields}


def evidence_of(target: TargetFact, outcome: OutcomeFact | None, candidates: Iterable[int]) -> Evidence:
    return Evidence(
        target=fact_values(target, TARGET_FIELDS),
        outcome_id=outcome.id if outcome is not None else None,
        outcome=fact_values(outcome, OUTCOME_FIELDS) if outcome is not None else None,
        candidates=frozenset(candidates),
    )


def evidence_changes(
    basis: Evidence,
    *,
    target: TargetFact,
    linked_id: int | None,
    linked: OutcomeFact | None,
    proposal: OutcomeFact | None,
) -> tuple[str, ...]:
    """What changed since `basis`, one phrase per change; empty when nothing did.

    `linked_id` is the outcome the assessment links now and `linked` its values, None when that
    figure is rejected or deleted. `proposal` is the figure the rules pick today."""
    changes = [*_value_changes("target", basis.target, fact_values(target, TARGET_FIELDS))]
    if basis.outcome_id is not None:
        if linked_id != basis.outcome_id:
            changes.append(f"outcome #{basis.outcome_id} is no longer linked")
        elif linked is None:
            changes.append(f"outcome #{basis.outcome_id} was rejected or removed")
        else:
            changes.extend(_value_changes(f"outcome #{linked.id}", basis.outcome or {}, fact_values(linked, OUTCOME_FIELDS)))
    if proposal is not None and proposal.id != linked_id:
        unseen = {proposal.id, *proposal.derived_from} - basis.candidates
        if unseen:
            changes.append(
                f"a figure the decision did not see answers it: outcome #{proposal.id}, "
                f"{shown(proposal.value)}{proposal.unit} ({proposal.report_year} report)"
            )
    return tuple(changes)


def _value_changes(subject: str, before: Values, after: Values) -> list[str]:
    return [
        f"{subject} {name} {_text(before.get(name))} → {_text(after[name])}"
        for name in after
        if before.get(name) != after[name]
    ]


def _text(value) -> str:
    return "—" if value is None else str(value)
