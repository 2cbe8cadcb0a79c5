"""Whether a figure can be set against a target at all, and its value in the target's unit.

Choosing and judging ask the same question: choosing ranks a figure of another kind, basis or
unit last, and judging calls the target not_comparable when only such a figure exists."""
from __future__ import annotations

from decimal import Decimal

from tracker.matching.facts import GROWTH, RELATIONAL, OutcomeFact, TargetFact
from tracker.matching.units import PERCENT, convert

PERIOD_MISMATCH = "period_mismatch"
KIND_MISMATCH = "kind_mismatch"
BASIS_MISMATCH = "basis_mismatch"
UNIT_MISMATCH = "unit_mismatch"


def expected_kind(target: TargetFact) -> str:
    """A relational target (与经济增长同步) is about growth rates."""
    return GROWTH if target.kind == RELATIONAL else target.kind


def target_unit(target: TargetFact) -> str:
    return PERCENT if target.kind == RELATIONAL else target.unit


def mismatch(target: TargetFact, outcome: OutcomeFact) -> str | None:
    """Why `outcome` cannot answer `target`, or None when it can.

    Basis: a 年均 average and a 累计 total over the same span are different numbers."""
    if (outcome.period_start, outcome.period_end) != (target.period_start, target.period_end):
        return PERIOD_MISMATCH
    if outcome.kind != expected_kind(target):
        return KIND_MISMATCH
    if outcome.cumulative != target.cumulative:
        return BASIS_MISMATCH
    if value_in_target_unit(target, outcome) is None:
        return UNIT_MISMATCH
    return None


def value_in_target_unit(target: TargetFact, outcome: OutcomeFact) -> Decimal | None:
    return convert(outcome.value, outcome.unit, target_unit(target), kind=outcome.kind)
