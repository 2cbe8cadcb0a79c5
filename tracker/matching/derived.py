"""Growth rates computed from two reported levels, where that is honest.

A review often gives a level without its growth (一般公共预算收入增至51.3亿元). For an indicator
measured at current prices, last year's and this year's level give the nominal growth, which
is what a revenue or retail-sales target means. For a real-terms indicator (GDP, value added)
the official growth is at comparable prices and the ratio of two nominal levels is a different
number, so nothing is derived. Derived figures are marked as such and answer a target only when
no reported growth does."""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal

from tracker.matching.facts import GROWTH, LEVEL, OutcomeFact
from tracker.matching.plausible import implausible_reason
from tracker.matching.rules import IndicatorRule
from tracker.matching.units import PERCENT, convert

# Reports give growth to one decimal; more digits would claim a precision the levels lack.
_GROWTH_PLACES = Decimal("0.1")


def derive_growth(
    outcomes: Iterable[OutcomeFact], *, rules: Mapping[str, IndicatorRule]
) -> tuple[OutcomeFact, ...]:
    """Growth figures for each year whose level and the previous year's level are reported.

    `outcomes` may mix governments, indicators and kinds; only the government's own annual
    levels are used. An indicator without a rule in `rules`, or whose rule is real_terms, gets
    nothing: deriving is opted into per indicator."""
    best: dict[tuple[int, str, int], OutcomeFact] = {}
    for outcome in outcomes:
        rule = rules.get(outcome.indicator or "")
        if rule is None or rule.real_terms or not _usable_level(outcome):
            continue
        key = (outcome.jurisdiction_id, outcome.indicator, outcome.period_end)
        review_year = outcome.period_end + 1
        if key not in best or outcome.evidence_rank(review_year) < best[key].evidence_rank(review_year):
            best[key] = outcome
    derived = []
    for (jurisdiction_id, indicator, year), later in best.items():
        earlier = best.get((jurisdiction_id, indicator, year - 1))
        if earlier is not None:
            growth = _growth(earlier, later)
            if growth is not None:
                derived.append(_derived_fact(earlier, later, growth))
    return tuple(sorted(derived, key=lambda fact: (fact.jurisdiction_id, fact.indicator, fact.period_end)))


def _usable_level(outcome: OutcomeFact) -> bool:
    return (
        outcome.kind == LEVEL
        and not outcome.scope
        and not outcome.cumulative
        and not outcome.derived
        and outcome.period_start == outcome.period_end
        and outcome.value > 0
    )


def _growth(earlier: OutcomeFact, later: OutcomeFact) -> Decimal | None:
    base = convert(earlier.value, earlier.unit, later.unit, kind=LEVEL)
    if base is None:
        return None
    growth = (later.value / base - 1) * 100
    if implausible_reason(GROWTH, PERCENT, growth):
        return None  # two levels that far apart are not one series (a typo, a changed scope)
    return growth.quantize(_GROWTH_PLACES, rounding=ROUND_HALF_UP)


def _derived_fact(earlier: OutcomeFact, later: OutcomeFact, growth: Decimal) -> OutcomeFact:
    return replace(
        later,
        kind=GROWTH,
        value=growth,
        unit=PERCENT,
        estimate=earlier.estimate or later.estimate,
        derived=True,
        derived_from=(earlier.id, later.id),
    )
