"""How each indicator is judged: which way is better, how near a miss is narrow, and whether
its growth is real (so that it may not be derived from two nominal levels).

Rules are plain data. The Indicator table holds them, editable in the admin; the Django side
builds an IndicatorRule per row and passes it in. DEFAULT_RULES comes from the indicator records
of extraction.taxonomy (which seed that table) and serves the pure tests. RULESET_VERSION names
the judging logic and these defaults: bump it when either changes, so that a stored verdict says
which rules produced it."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from tracker.extraction.taxonomy import DEFAULT_INDICATORS

RULESET_VERSION = "2025.1"

HIGHER = "higher"
LOWER = "lower"

BAD_DIRECTION = "direction must be 'higher' or 'lower', got {!r}"
BAD_TOLERANCE = "tolerance must be zero or more, got {}"


@dataclass(frozen=True, slots=True)
class IndicatorRule:
    """The judging rule for one indicator.

    `tolerance` is how far short of a 左右 (or 同步) target still counts as a narrow miss. For
    targets in percent or percentage points it is in percentage points (0.5: 7.0 against about
    7.5 is narrow, 6.9 is not); for amounts and counts it is a percentage of the target value
    (0.5: 597亿元 against about 600亿元 is narrow), because a fixed 0.5 means nothing across
    亿元 and 万吨. `real_terms` means the indicator's growth is reported at comparable prices
    (or, for incomes, sometimes so), so a growth rate computed from two nominal levels would be
    a different number, and none is derived."""

    direction: str = HIGHER
    tolerance: Decimal = Decimal("0.5")
    real_terms: bool = False

    def __post_init__(self) -> None:
        if self.direction not in (HIGHER, LOWER):
            raise ValueError(BAD_DIRECTION.format(self.direction))
        if self.tolerance < 0:
            raise ValueError(BAD_TOLERANCE.format(self.tolerance))


# Derived from the indicator records, where each indicator's judging defaults are declared once.
DEFAULT_RULES: dict[str, IndicatorRule] = {
    spec.code: IndicatorRule(direction=spec.direction, tolerance=spec.tolerance, real_terms=spec.real_terms)
    for spec in DEFAULT_INDICATORS
}
