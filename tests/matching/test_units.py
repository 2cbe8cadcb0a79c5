from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker.matching.units import convert, is_rate


@pytest.mark.parametrize(
    "value, unit, to_unit, kind, expected",
    [
        ("947", "亿元", "亿元", "level", "947"),
        ("947", "亿元", "万元", "level", "9470000"),
        ("9470000", "万元", "亿元", "level", "947"),
        ("947", "亿元", "万亿元", "level", "0.0947"),
        ("5218", "万美元", "亿美元", "level", "0.5218"),
        ("5.1", "万元", "元", "level", "51000"),
        ("1.3", "万亿斤", "亿斤", "level", "13000"),
        ("1", "千万元", "万元", "level", "1000"),
        ("1", "兆元", "亿元", "level", "10000"),  # Taiwan 兆 = 万亿
        ("2", "万人", "人", "count", "20000"),
        ("12", "万人次", "人次", "count", "120000"),
        ("300", "天", "天", "count", "300"),
        ("3", "万", "亿", "count", "0.0003"),
        ("1", "千克", "克", "level", "1000"),
        ("1", "万千瓦时", "千瓦时", "level", "10000"),
        ("12", "", "", "count", "12"),
        ("12", None, "", "count", "12"),
        ("7", "%", "%", "growth", "7"),
        ("7", "％", "%", "growth", "7"),
        ("5.5", "%", "个百分点", "share", "5.5"),
        ("5.5", "百分点", "%", "share", "5.5"),
        ("0.2", "个百分点", "百分点", "growth", "0.2"),
        # No honest conversion.
        ("5218", "万美元", "亿元", "level", None),
        ("3", "人", "人次", "count", None),
        ("1", "吨", "斤", "level", None),
        ("1", "兆瓦", "瓦", "level", None),  # 兆 is 10^6 here, not 10^12
        ("3", "%", "个百分点", "growth", None),  # relative change against a change of a rate
        ("3", "%", "亿元", "growth", None),
        ("3", "", "亿元", "level", None),
    ],
)
def test_convert(value, unit, to_unit, kind, expected):
    result = convert(Decimal(value), unit, to_unit, kind=kind)
    assert result == (None if expected is None else Decimal(expected))
    assert "E" not in str(result)  # 9470000, not 9.47E+6, in an admin form or a CSV


@pytest.mark.parametrize(
    "unit, expected",
    [("%", True), ("％", True), ("个百分点", True), ("百分点", True), ("亿元", False), ("天", False), ("", False), (None, False)],
)
def test_is_rate(unit, expected):
    assert is_rate(unit) is expected


MAGNITUDE_UNITS = ["元", "万元", "亿元", "万亿元", "千万元", "百万元", "十亿元"]


@given(
    value=st.decimals(min_value=0, max_value=10**6, places=4),
    unit=st.sampled_from(MAGNITUDE_UNITS),
    to_unit=st.sampled_from(MAGNITUDE_UNITS),
)
def test_conversion_round_trips(value, unit, to_unit):
    there = convert(value, unit, to_unit, kind="level")
    assert convert(there, to_unit, unit, kind="level") == value
