from decimal import Decimal

import pytest

from tests.reports.factories import line
from reports.rows import format_number, format_signed


@pytest.mark.parametrize("value, expected", [
    ("7.0000", "7"), ("5.5000", "5.5"), ("1.2E+3", "1200"), ("-0.0", "0"), ("0.0500", "0.05"), (None, ""),
])
def test_format_number(value, expected):
    assert format_number(None if value is None else Decimal(value)) == expected


@pytest.mark.parametrize("value, expected", [("0.3", "+0.3"), ("-1.20", "-1.2"), ("0", "0"), (None, "")])
def test_format_signed(value, expected):
    assert format_signed(None if value is None else Decimal(value)) == expected


@pytest.mark.parametrize("fields, expected", [
    (dict(qualifier="at_least", value="5.5"), "≥5.5%"),
    (dict(qualifier="approx", value="7"), "≈7%"),
    (dict(qualifier="at_most", value="-3"), "≤-3%"),
    (dict(qualifier="exact", value="600", unit="亿元"), "600亿元"),
    (dict(qualifier="range", value="6", value_high="7"), "6–7%"),
    (dict(qualifier="in_step", value=None, kind="relational", reference="gdp"), "in step with gdp"),
    (dict(qualifier="above", value=None, kind="relational", reference="parent_average"), "above the parent's average"),
])
def test_target_text(fields, expected):
    assert line(**fields).target_text == expected


@pytest.mark.parametrize("fields, expected", [
    (dict(verdict="met"), "met"),
    (dict(verdict="missed", narrow=True), "missed (narrow)"),
    (dict(verdict="not_reported"), "not reported"),
])
def test_verdict_label(fields, expected):
    assert line(**fields).verdict_label == expected


def test_actual_text_marks_estimates_and_the_unlinked_target_has_no_permalink():
    assert line(actual="6.5", actual_estimate=True).actual_text == "6.5% (est.)"
    assert line(actual=None).actual_text == ""
    assert line(assessment_id=None).permalink == ""
    assert line(target_id=41, assessment_id=7).permalink == "/targets/41/#assessment"


def test_only_reviewed_rows_are_final():
    assert line(reviewed=True).provisional is False
    assert line(reviewed=False).provisional is True


@pytest.mark.parametrize("direction, value, expected", [("higher", "7", "7"), ("lower", "3", "-3")])
def test_ambition_is_larger_for_the_more_demanding_target(direction, value, expected):
    assert line(direction=direction, value=value).ambition == Decimal(expected)
