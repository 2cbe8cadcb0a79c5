"""Facts with plain defaults, so each table row states only what it is about.

Numbers are given as strings and stored as Decimal, as the Django side does."""
from __future__ import annotations

from decimal import Decimal

from tracker.matching.facts import OutcomeFact, TargetFact

GOVERNMENT = 1
OTHER_GOVERNMENT = 2


def _decimal(value) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def target(**fields) -> TargetFact:
    year = fields.pop("year", 2022)
    defaults = dict(
        id=1,
        jurisdiction_id=GOVERNMENT,
        indicator="gdp",
        period_start=year,
        period_end=year,
        kind="growth",
        value="7",
        value_high=None,
        unit="%",
        qualifier="exact",
        stretch=False,
        reference=None,
        report_year=year,
    )
    defaults.update(fields)
    defaults["value"] = _decimal(defaults["value"])
    defaults["value_high"] = _decimal(defaults["value_high"])
    return TargetFact(**defaults)


def outcome(**fields) -> OutcomeFact:
    year = fields.pop("year", 2022)
    defaults = dict(
        id=100,
        jurisdiction_id=GOVERNMENT,
        indicator="gdp",
        period_start=year,
        period_end=year,
        kind="growth",
        value="7",
        unit="%",
        estimate=False,
        cumulative=False,
        scope=None,
        report_id=10,
        report_year=year + 1,
        source_kind="full",
    )
    defaults.update(fields)
    defaults["value"] = _decimal(defaults["value"])
    return OutcomeFact(**defaults)
