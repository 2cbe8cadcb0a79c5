"""Cautions shown before a save that is allowed but is probably a slip: linking a figure of
another period than the target's, or a value the quote does not state (7.5 against 7%左右).

The reviewer may go on ("save anyway"); nothing here refuses anything. Pure functions, no Django.
"""
from __future__ import annotations

from decimal import Decimal

from tracker.extraction.numbers import find_quantities

OTHER_PERIOD = (
    "Outcome #{outcome} is a figure for {outcome_period}, the target is for {target_period}. "
    "Link it anyway?"
)
VALUE_NOT_IN_QUOTE = "The quote «{quote}» does not state {value}{unit}; the numbers it gives are {numbers}. Save anyway?"


def other_period(*, outcome_id: int, outcome_period: str, target_period: str) -> str | None:
    if outcome_period == target_period:
        return None
    return OTHER_PERIOD.format(outcome=outcome_id, outcome_period=outcome_period, target_period=target_period)


def value_not_in_quote(*, quote: str, value: Decimal | None, value_high: Decimal | None = None, unit: str = "") -> str | None:
    """None when the quote states the value (a decline's sign is the grammar's, 下降3% is -3), or
    states no number at all (与经济增长同步)."""
    stated = {abs(Decimal(str(number))) for quantity in find_quantities(quote) for number in (quantity.value, quantity.value_high) if number is not None}
    if not stated:
        return None
    for number in (value, value_high):
        if number is not None and abs(number) not in stated:
            shown = ", ".join(_plain(item) for item in sorted(stated))
            return VALUE_NOT_IN_QUOTE.format(quote=quote, value=_plain(number), unit=unit, numbers=shown)
    return None


def _plain(number: Decimal) -> str:
    return format(number.normalize(), "f")
