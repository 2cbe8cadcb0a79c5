from decimal import Decimal

import pytest

from tests.reports.factories import line
from reports.amplification import build_amplification, escalation
from reports.rows import Government

PROVINCE = Government(1, "省", "province")
CITY = Government(2, "市", "prefecture", 1)
DISTRICTS = [Government(3, "甲区", "county", 2), Government(4, "乙区", "county", 2), Government(5, "丙区", "county", 2)]


def view(lines):
    return build_amplification(indicator="gdp", year=2023, focus=CITY, parent=PROVINCE, children=DISTRICTS,
                               lines=lines)


def test_each_tier_is_compared_with_the_one_above():
    amplified = view([
        line(jurisdiction_id=1, value="6"), line(jurisdiction_id=2, value="6.5"),
        line(jurisdiction_id=3, value="7"), line(jurisdiction_id=4, value="6.5"), line(jurisdiction_id=5, value="6"),
    ])
    assert [tier.role for tier in amplified.tiers] == ["parent", "focus", "child", "child", "child"]
    assert amplified.focus.escalation == Decimal("0.5")
    assert [tier.government.name for tier in amplified.children] == ["丙区", "乙区", "甲区"]
    assert [tier.escalation for tier in amplified.children] == [Decimal("-0.5"), Decimal("0"), Decimal("0.5")]
    assert amplified.escalated_children == 1


def test_lower_is_better_indicators_escalate_downwards():
    upper = line(indicator="cpi", direction="lower", value="3")
    lower = line(indicator="cpi", direction="lower", value="2.5")
    assert escalation(lower, upper) == Decimal("0.5")


@pytest.mark.parametrize("other", [
    line(kind="level", unit="亿元", value="900"),
    line(value=None, kind="relational", qualifier="in_step"),
    None,
])
def test_targets_of_another_kind_or_unit_are_not_compared(other):
    assert escalation(other, line(value="6")) is None


def test_a_government_without_a_target_is_shown_empty_and_levels_prefer_the_focus_kind():
    amplified = view([
        line(jurisdiction_id=2, value="6.5"),
        line(jurisdiction_id=3, kind="level", unit="亿元", value="500"),
        line(jurisdiction_id=3, value="7.5", stretch=True, headline=False),
    ])
    assert amplified.parent.target is None
    assert amplified.focus.escalation is None
    first_child = amplified.children[2]
    assert first_child.target.value == Decimal("7.5")
    assert first_child.escalation == Decimal("1.0")
    assert amplified.children[0].target is None


def test_only_the_indicator_and_year_asked_for_count():
    amplified = view([line(jurisdiction_id=2, indicator="cpi"), line(jurisdiction_id=2, year=2022)])
    assert amplified.focus.target is None
