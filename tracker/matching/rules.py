"""How each indicator is judged: which way is better, how near a miss is narrow, and whether
its growth is real (so that it may not be derived from two nominal levels).

Rules are plain data. The Indicator table holds them, editable in the admin; the Django side
builds an IndicatorRule per row and passes it in. DEFAULT_RULES seeds that table and serves the
pure tests. RULESET_VERSION names the judging logic and these defaults: bump it when either
changes, so that a stored verdict says which rules produced it."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

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


_REAL = IndicatorRule(real_terms=True)
_NOMINAL = IndicatorRule()
# Rates that move by tenths of a point a year: 0.5 points would make every miss narrow.
_TIGHT_RATE = Decimal("0.1")

DEFAULT_RULES: dict[str, IndicatorRule] = {
    # Value added and output: growth at comparable prices.
    "gdp": _REAL,
    "industrial_va_above_scale": _REAL,
    "industrial_output_above_scale": _REAL,
    "primary_industry_va": _REAL,
    "secondary_industry_va": _REAL,
    "tertiary_industry_va": _REAL,
    # Incomes: real in some reports, nominal in others; either way not derivable.
    "disposable_income": _REAL,
    "disposable_income_urban": _REAL,
    "disposable_income_rural": _REAL,
    # Money flows and stocks at current prices: growth is nominal.
    "retail_sales": _NOMINAL,
    "fixed_asset_investment": _NOMINAL,
    "industrial_investment": _NOMINAL,
    "general_budget_revenue": _NOMINAL,
    "tax_revenue": _NOMINAL,
    "foreign_trade": _NOMINAL,
    "fdi": _NOMINAL,
    "deposits_loans": _NOMINAL,
    # Physical quantities and counts: no price at all.
    "grain_output": _NOMINAL,
    "new_urban_jobs": _NOMINAL,
    "good_air_days": _NOMINAL,
    # Shares and prices.
    "rd_intensity": IndicatorRule(tolerance=_TIGHT_RATE),
    "cpi": IndicatorRule(direction=LOWER),
    "surveyed_unemployment": IndicatorRule(direction=LOWER, tolerance=_TIGHT_RATE),
    "registered_unemployment": IndicatorRule(direction=LOWER, tolerance=_TIGHT_RATE),
    "deficit_ratio": IndicatorRule(direction=LOWER, tolerance=_TIGHT_RATE),
    # Energy per unit of GDP uses GDP at comparable prices.
    "energy_intensity": IndicatorRule(direction=LOWER, real_terms=True),
}
