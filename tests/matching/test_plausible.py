"""Which numbers can be a report's figure at all: a table of kinds, units and values."""
from decimal import Decimal

import pytest

from tracker.matching.plausible import (
    NO_VALUE,
    NOT_A_NUMBER,
    RANGE_REVERSED,
    implausible_range_reason,
    implausible_reason,
)

PLAUSIBLE = [
    ("growth", "%", 6.5),
    ("growth", "%", -5.6),
    ("growth", "%", -100),
    ("growth", "%", 350),  # a new industry from a small base
    ("growth", "%", 10_000),
    ("growth", "个百分点", -0.3),
    ("growth", "百分点", 12),
    ("growth", "‰", 2.1),
    ("share", "%", 5.5),
    ("share", "%", 130),  # a debt ratio
    ("share", "‰", -0.5),  # 人口自然增长率-0.5‰
    ("level", "亿元", 1_580),
    ("level", "万亿元", 126.1),  # China's GDP
    ("level", "亿元", Decimal("9999999")),
    ("level", "元", 10**15),
    ("level", "万亿斤", 1.3),
    ("level", "万标箱", 2_500),
    ("level", "平方公里", 9_600_000),
    ("count", "万人", 1_200),
    ("count", "亿人次", 60),
    ("count", "天", 330),
    ("count", "个", 0),
    ("relational", "%", 0),
    ("relational", None, None),
    ("level", "", 5),  # no unit read: bounded like an amount
]

IMPLAUSIBLE = [
    ("growth", "%", 1e22, "growth 1e+22% is outside the plausible range -100 to 10000%"),
    ("growth", "%", Decimal("9999999999999999999999"), "growth 1e+22% is outside"),
    ("growth", "%", -100.5, "growth -100.5% is outside the plausible range -100 to 10000%"),
    ("growth", "%", 10_001, "outside the plausible range -100 to 10000%"),
    ("growth", "个百分点", 150, "growth 150个百分点 is outside the plausible range -100 to 100个百分点"),
    ("share", "%", 1_500, "share 1500% is outside the plausible range -100 to 1000%"),
    ("share", "‰", 20_000, "share 20000‰ is outside the plausible range -1000 to 10000‰"),
    ("level", "亿元", 1e38, "level 1e+38亿元 is outside the plausible range -10000000 to 10000000亿元"),
    ("level", "万亿元", 2_000, "level 2000万亿元 is outside the plausible range -1000 to 1000万亿元"),
    ("level", "元", 2e15, "level 2e+15元 is outside the plausible range -1e+15 to 1e+15元"),
    ("count", "万人", 1e9, "count 1000000000万人 is outside the plausible range -10000000 to 10000000万人"),
    ("count", "人", 2e11, "count 200000000000人 is outside"),
    ("growth", "%", float("nan"), NOT_A_NUMBER.format(value=float("nan"))),
    ("growth", "%", float("inf"), NOT_A_NUMBER.format(value=float("inf"))),
    ("growth", "%", Decimal("NaN"), "NaN is not a finite number"),
    ("growth", "%", None, NO_VALUE.format(kind="growth")),
    ("level", "亿元", None, NO_VALUE.format(kind="level")),
]


@pytest.mark.parametrize("kind, unit, value", PLAUSIBLE)
def test_figures_a_report_can_state_pass(kind, unit, value):
    assert implausible_reason(kind, unit, value) is None


@pytest.mark.parametrize("kind, unit, value, reason", IMPLAUSIBLE)
def test_garbage_gets_a_reason(kind, unit, value, reason):
    assert reason in implausible_reason(kind, unit, value)


def test_the_reason_says_why_the_bound_is_where_it_is():
    assert "bounds: eight times China's GDP" in implausible_reason("level", "亿元", 1e38)


@pytest.mark.parametrize(
    "low, high, reason",
    [
        (6.5, 7, None),
        (6.5, None, None),
        (9, 3, RANGE_REVERSED.format(low="9", high="3", unit="%")),
        (6, 1e22, "growth 1e+22% is outside"),
        (1e22, 7, "growth 1e+22% is outside"),
    ],
)
def test_a_range_is_checked_at_both_ends_and_must_run_upwards(low, high, reason):
    found = implausible_range_reason("growth", "%", low, high)
    assert found == reason if reason is None else reason in found
