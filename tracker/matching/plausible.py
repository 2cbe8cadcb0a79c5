"""Whether a number can be a figure of a work report at all, by its kind and unit.

A hostile or garbled file can say 增长9999999999999999999999%: the grammar reads it faithfully,
but it is no growth rate any government reported, and such a number breaks every step after
extraction (columns overflow, unit conversion runs out of digits). The importer asks
`implausible_reason` about every extracted number and skips the figure, recording the reason,
when it answers. The bounds are generous on purpose: they catch garbage, not surprising years,
and a reviewer still judges every figure that passes.

Percentages are bounded as written; amounts (level, count) after their magnitude is applied
(947亿元 is 9.47e10 元), so one bound holds for 元, 万元 and 亿元 alike. Every bound keeps a value
well inside the database columns (20 digits, 4 after the point) in any unit the grammar reads.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from tracker.matching.facts import GROWTH, LEVEL, SHARE
from tracker.matching.units import split_unit

COUNT = "count"
PERCENT_UNITS = {"%": "%", "％": "%", "‰": "‰", "个百分点": "个百分点", "百分点": "个百分点"}

NOT_A_NUMBER = "{value} is not a finite number"
NO_VALUE = "a {kind} figure without a value"
OUT_OF_RANGE = "{kind} {value}{unit} is outside the plausible range {low} to {high}{unit} ({why})"
RANGE_REVERSED = "the range {low} to {high}{unit} runs backwards"


@dataclass(frozen=True)
class Bounds:
    low: Decimal
    high: Decimal
    why: str


# (kind, unit as written) for percentages. Growth may be large on a small base, a share may pass
# 100% (a debt ratio) and be negative (人口自然增长率-0.5‰).
PERCENT_BOUNDS: dict[tuple[str, str], Bounds] = {
    (GROWTH, "%"): Bounds(Decimal(-100), Decimal(10_000), "bounds: a fall of all of it, a hundredfold rise"),
    (GROWTH, "‰"): Bounds(Decimal(-1000), Decimal(100_000), "bounds: a fall of all of it, a hundredfold rise"),
    (GROWTH, "个百分点"): Bounds(Decimal(-100), Decimal(100), "bounds: a rate moves by 100 points at most"),
    (SHARE, "%"): Bounds(Decimal(-100), Decimal(1000), "bounds: ten times the whole"),
    (SHARE, "‰"): Bounds(Decimal(-1000), Decimal(10_000), "bounds: ten times the whole"),
    (SHARE, "个百分点"): Bounds(Decimal(-100), Decimal(100), "bounds: a rate moves by 100 points at most"),
}
# Amounts in base units (元, 吨, 人 …). 10^15 元 is eight times China's GDP; 10^11 is a hundred
# times the people of China (人次 included).
AMOUNT_BOUNDS: dict[str, Bounds] = {
    LEVEL: Bounds(Decimal(-(10**15)), Decimal(10**15), "bounds: eight times China's GDP in 元"),
    COUNT: Bounds(Decimal(-(10**11)), Decimal(10**11), "bounds: a hundred times the people of China"),
}


def implausible_reason(kind: str, unit: str | None, value: float | Decimal | None) -> str | None:
    """Why `value` (in `unit`, as written) cannot be a reported figure of this kind; None if it can."""
    if value is None:
        return None if kind == "relational" else NO_VALUE.format(kind=kind)
    number = _decimal(value)
    if number is None:
        return NOT_A_NUMBER.format(value=value)
    bounds, scale = _bounds(kind, unit)
    low, high = bounds.low.scaleb(-scale), bounds.high.scaleb(-scale)
    if low <= number <= high:
        return None
    return OUT_OF_RANGE.format(
        kind=kind, value=_show(number), unit=unit or "", low=_show(low), high=_show(high), why=bounds.why
    )


def implausible_range_reason(kind: str, unit: str | None, low, high) -> str | None:
    """The same for a target's range (value and value_high), which must also run upwards."""
    reason = implausible_reason(kind, unit, low) or (
        None if high is None else implausible_reason(kind, unit, high)
    )
    if reason is None and low is not None and high is not None and _decimal(high) < _decimal(low):
        return RANGE_REVERSED.format(low=_show(_decimal(low)), high=_show(_decimal(high)), unit=unit or "")
    return reason


def _bounds(kind: str, unit: str | None) -> tuple[Bounds, int]:
    """The bounds for this kind and unit, and the power of ten the unit carries (亿元: 8)."""
    written = (unit or "").strip()
    if written in PERCENT_UNITS:
        canonical = PERCENT_UNITS[written]
        return PERCENT_BOUNDS.get((kind, canonical), PERCENT_BOUNDS[(GROWTH, canonical)]), 0
    exponent, _ = split_unit(written, kind)
    return AMOUNT_BOUNDS.get(kind, AMOUNT_BOUNDS[LEVEL]), exponent


def _decimal(value: float | Decimal) -> Decimal | None:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    try:
        number = value if isinstance(value, Decimal) else Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None
    return number if number.is_finite() else None


def _show(number: Decimal) -> str:
    """1e+22 for garbage, 10000000 or 0.5 for a bound: short either way."""
    if abs(number) >= 10**12:
        return f"{float(number):g}"
    return f"{number.normalize():f}"
