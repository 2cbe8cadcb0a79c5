"""Report rows with plain defaults, so each table row in a test states only what it is about.

Numbers are given as strings or ints and stored as Decimal, as the selectors do."""
from __future__ import annotations

import itertools
from decimal import Decimal

from reports.rows import AssessedTarget, Government

CITY = Government(1, "重庆市测试区", "prefecture", None)

_ids = itertools.count(1)


def _decimal(value) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def line(**fields) -> AssessedTarget:
    """A reviewed, met GDP growth target of government 1 for 2023, unless told otherwise."""
    target_id = fields.pop("target_id", None) or next(_ids)
    defaults = dict(
        target_id=target_id,
        assessment_id=target_id,
        jurisdiction_id=CITY.id,
        year=2023,
        indicator="gdp",
        indicator_name="地区生产总值",
        direction="higher",
        kind="growth",
        qualifier="at_least",
        value="6",
        value_high=None,
        unit="%",
        stretch=False,
        headline=True,
        reference="",
        actual="6.5",
        actual_unit="%",
        actual_estimate=False,
        verdict="met",
        gap="0.5",
        narrow=False,
        reviewed=True,
        target_quote="地区生产总值增长6%以上",
        actual_quote="地区生产总值增长6.5%",
    )
    defaults.update(fields)
    for name in ("value", "value_high", "actual", "gap"):
        defaults[name] = _decimal(defaults[name])
    return AssessedTarget(**defaults)
