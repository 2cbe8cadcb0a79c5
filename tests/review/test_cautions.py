"""Cautions before a probable slip: a table of quotes and entered values."""
from decimal import Decimal
from pathlib import Path

import pytest

from tests.purity import imported_modules
from tracker.review import cautions


@pytest.mark.parametrize(
    "quote, value, value_high, caution",
    [
        ("地区生产总值增长7%左右", "7", None, False),
        ("地区生产总值增长7%左右", "7.0000", None, False),
        ("地区生产总值增长7%左右", "7.5", None, True),
        ("单位地区生产总值能耗下降3%以上", "-3", None, False),
        ("增长6%-6.5%", "6", "6.5", False),
        ("增长6%-6.5%", "6", "7", True),
        ("一般公共预算收入完成八千五百亿元", "8500", None, False),
        ("居民人均可支配收入增长与经济增长基本同步", None, None, False),
        ("城镇新增就业1.2万人", "12000", None, True),
    ],
)
def test_value_not_in_quote(quote, value, value_high, caution):
    found = cautions.value_not_in_quote(
        quote=quote, value=Decimal(value) if value else None, value_high=Decimal(value_high) if value_high else None
    )
    assert (found is not None) == caution


def test_the_caution_names_the_numbers_the_quote_gives():
    assert cautions.value_not_in_quote(quote="地区生产总值增长7%左右", value=Decimal("7.5"), unit="%") == (
        "The quote «地区生产总值增长7%左右» does not state 7.5%; the numbers it gives are 7. Save anyway?"
    )


def test_another_period():
    assert cautions.other_period(outcome_id=3, outcome_period="2023", target_period="2023") is None
    assert cautions.other_period(outcome_id=3, outcome_period="2022", target_period="2023") == cautions.OTHER_PERIOD.format(
        outcome=3, outcome_period="2022", target_period="2023"
    )


def test_cautions_are_pure():
    roots = {module.split(".")[0] for module in imported_modules(Path(cautions.__file__), allow_relative=False)}
    assert "django" not in roots
