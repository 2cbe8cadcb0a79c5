import dataclasses
from decimal import Decimal

import pytest

from tracker.matching.rules import BAD_DIRECTION, BAD_TOLERANCE, DEFAULT_RULES, IndicatorRule

TAXONOMY = """gdp industrial_va_above_scale industrial_output_above_scale retail_sales
fixed_asset_investment industrial_investment general_budget_revenue tax_revenue disposable_income
disposable_income_urban disposable_income_rural cpi new_urban_jobs surveyed_unemployment
registered_unemployment foreign_trade fdi rd_intensity energy_intensity grain_output good_air_days
deficit_ratio primary_industry_va secondary_industry_va tertiary_industry_va deposits_loans""".split()

LOWER_IS_BETTER = {"cpi", "surveyed_unemployment", "registered_unemployment", "energy_intensity", "deficit_ratio"}
REAL_TERMS = {
    "gdp",
    "industrial_va_above_scale",
    "industrial_output_above_scale",
    "primary_industry_va",
    "secondary_industry_va",
    "tertiary_industry_va",
    "disposable_income",
    "disposable_income_urban",
    "disposable_income_rural",
    "energy_intensity",
}


def test_every_taxonomy_code_has_a_rule():
    assert set(DEFAULT_RULES) == set(TAXONOMY)


@pytest.mark.parametrize("code", TAXONOMY)
def test_direction(code):
    assert DEFAULT_RULES[code].direction == ("lower" if code in LOWER_IS_BETTER else "higher")


@pytest.mark.parametrize("code", TAXONOMY)
def test_real_terms(code):
    assert DEFAULT_RULES[code].real_terms is (code in REAL_TERMS)


@pytest.mark.parametrize(
    "code, tolerance",
    [("gdp", "0.5"), ("cpi", "0.5"), ("retail_sales", "0.5"), ("rd_intensity", "0.1"), ("surveyed_unemployment", "0.1")],
)
def test_tolerance(code, tolerance):
    assert DEFAULT_RULES[code].tolerance == Decimal(tolerance)


def test_default_rule():
    assert IndicatorRule() == IndicatorRule(direction="higher", tolerance=Decimal("0.5"), real_terms=False)


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"direction": "up"}, BAD_DIRECTION.format("up")),
        ({"tolerance": Decimal("-0.1")}, BAD_TOLERANCE.format(Decimal("-0.1"))),
    ],
)
def test_invalid_rules_fail_loudly(fields, message):
    with pytest.raises(ValueError) as error:
        IndicatorRule(**fields)
    assert str(error.value) == message


def test_rules_are_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        DEFAULT_RULES["gdp"].tolerance = Decimal("1")
