from decimal import Decimal

import pytest

from tracker.matching.derived import derive_growth
from tracker.matching.rules import DEFAULT_RULES

from .factories import OTHER_GOVERNMENT, outcome


def level(year, value, **fields):
    """A reported level; tax revenue (nominal) unless said otherwise."""
    fields.setdefault("id", year)
    fields.setdefault("indicator", "tax_revenue")
    return outcome(year=year, kind="level", value=value, unit=fields.pop("unit", "亿元"), **fields)


def values(derived):
    return [(fact.indicator, fact.period_end, str(fact.value)) for fact in derived]


@pytest.mark.parametrize(
    "levels, expected",
    [
        # Nominal indicators: derived.
        ([level(2021, "51.3", indicator="general_budget_revenue"), level(2022, "55", indicator="general_budget_revenue")],
         [("general_budget_revenue", 2022, "7.2")]),
        ([level(2022, "600", indicator="retail_sales"), level(2023, "623.6", indicator="retail_sales")],
         [("retail_sales", 2023, "3.9")]),
        ([level(2022, "200"), level(2023, "200.1")],
         [("tax_revenue", 2023, "0.1")]),  # 0.05% rounds half up
        ([level(2022, "70", indicator="foreign_trade"), level(2023, "63", indicator="foreign_trade")],
         [("foreign_trade", 2023, "-10.0")]),  # a decline is negative growth
        # Units converted: 9470000万元 is 947亿元.
        ([level(2022, "9470000", unit="万元", indicator="retail_sales"), level(2023, "994.35", indicator="retail_sales")],
         [("retail_sales", 2023, "5.0")]),
        # Three years give two rates.
        ([level(2021, "100", indicator="retail_sales"), level(2022, "110", indicator="retail_sales"),
          level(2023, "121", indicator="retail_sales")],
         [("retail_sales", 2022, "10.0"), ("retail_sales", 2023, "10.0")]),
        # Real-terms indicators: never.
        ([level(2022, "947", indicator="gdp"), level(2023, "1010", indicator="gdp")], []),
        ([level(2022, "900", indicator="industrial_va_above_scale"), level(2023, "950", indicator="industrial_va_above_scale")], []),
        ([level(2022, "4.8", unit="万元", indicator="disposable_income"), level(2023, "5.1", unit="万元", indicator="disposable_income")], []),
        # No rule, or unresolved: never.
        ([level(2022, "10", indicator="other"), level(2023, "11", indicator="other")], []),
        ([level(2022, "10", indicator=None), level(2023, "11", indicator=None)], []),
        ([level(2022, "10", indicator="new_indicator"), level(2023, "11", indicator="new_indicator")], []),
        # Not consecutive, not the same government, not comparable units: nothing.
        ([level(2021, "51.3"), level(2023, "60")], []),
        ([level(2022, "50"), level(2023, "60", jurisdiction_id=OTHER_GOVERNMENT)], []),
        ([level(2022, "5000", unit="万美元", indicator="fdi"), level(2023, "5.2", unit="亿元", indicator="fdi")], []),
        # Levels that are not the government's own annual figure: ignored.
        ([level(2022, "50"), level(2023, "60", scope="重庆经开区")], []),
        ([level(2022, "50"), level(2023, "60", cumulative=True)], []),
        ([level(2022, "0"), level(2023, "60")], []),
        # Growth figures are not levels.
        ([outcome(year=2022, indicator="tax_revenue", value="5"), outcome(year=2023, indicator="tax_revenue", value="6")], []),
        ([], []),
    ],
)
def test_derive_growth(levels, expected):
    assert values(derive_growth(levels, rules=DEFAULT_RULES)) == expected


def test_derived_fact_points_at_both_levels():
    earlier = level(2022, "60", id=7, report_year=2023)
    later = level(2023, "66", id=9, report_year=2024, report_id=44, estimate=True)
    (derived,) = derive_growth([later, earlier], rules=DEFAULT_RULES)
    assert derived.derived and derived.derived_from == (7, 9)
    assert (derived.id, derived.report_id, derived.report_year) == (9, 44, 2024)
    assert (derived.kind, derived.unit, derived.value) == ("growth", "%", Decimal("10.0"))
    assert derived.estimate  # an estimated level makes an estimated rate


@pytest.mark.parametrize(
    "later_levels, expected",
    [
        # A final figure beats an estimate for the same year.
        ([level(2023, "66", id=1, estimate=True), level(2023, "65", id=2)], "8.3"),
        # The report that reviews the year beats a later mention.
        ([level(2023, "66", id=1, report_year=2025), level(2023, "65", id=2, report_year=2024)], "8.3"),
        # Full text beats a news summary.
        ([level(2023, "66", id=1, source_kind="summary"), level(2023, "65", id=2)], "8.3"),
    ],
)
def test_the_best_level_of_a_year_is_used(later_levels, expected):
    levels = [level(2022, "60", id=3)] + [
        level(2023, fact.value, id=fact.id, estimate=fact.estimate,
              report_year=fact.report_year, source_kind=fact.source_kind)
        for fact in later_levels
    ]
    (derived,) = derive_growth(levels, rules=DEFAULT_RULES)
    assert str(derived.value) == expected


def test_rules_passed_in_decide():
    levels = [level(2022, "947", indicator="gdp"), level(2023, "1010", indicator="gdp")]
    nominal_gdp = {"gdp": DEFAULT_RULES["retail_sales"]}
    assert values(derive_growth(levels, rules=nominal_gdp)) == [("gdp", 2023, "6.7")]
