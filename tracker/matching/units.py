"""Converting a figure into the unit of the target it is compared with.

Reports write the same quantity with different Chinese magnitudes (947亿元, 9.47百亿元,
0.0947万亿元; 5.1万元 against a target of 51000元), so a unit is split into a power of ten and a
base unit, and only figures with the same base are converted. Different bases (万美元 against
亿元, 人 against 人次, 吨 against 斤) are never converted: there is no honest rate.

十/百/千/万/亿 are read as powers of ten before any base, which also holds for the SI-like
千克, 千瓦, 千米 (1000 克, 瓦, 米). 兆 is not: it is 10^12 in Taiwan money (兆元 = 万亿元) but
10^6 in 兆瓦, so only the money spellings are accepted.

Percent and percentage points: a share (失业率5.5%) may be written in either, and both name the
same number. A growth rate may not be: 增长3% is a relative change and 提高3个百分点 an absolute
change of a rate, so for growth the two are different units."""
from __future__ import annotations

from decimal import Decimal

from tracker.matching.facts import SHARE

PERCENT = "%"
POINTS = "个百分点"
_POINT_SPELLINGS = ("个百分点", "百分点")
_MAGNITUDES = {"十": 1, "百": 2, "千": 3, "万": 4, "亿": 8}
_ALIASES = {"兆元": "万亿元", "兆美元": "万亿美元", "％": PERCENT}


def is_rate(unit: str | None) -> bool:
    """True for units whose tolerance is counted in percentage points, not relative to the value."""
    return _canonical(unit) in (PERCENT, POINTS)


def convert(value: Decimal, unit: str | None, to_unit: str | None, *, kind: str) -> Decimal | None:
    """`value` in `unit` expressed in `to_unit`, or None when there is no honest conversion."""
    exponent, base = split_unit(unit, kind)
    to_exponent, to_base = split_unit(to_unit, kind)
    if base != to_base:
        return None
    converted = value.scaleb(exponent - to_exponent)
    # 947亿元 in 万元 is 9470000, not the 9.47E+6 that scaleb leaves behind (int() is exact at any
    # size, where quantize would raise past 28 digits).
    return Decimal(int(converted)) if converted.as_tuple().exponent > 0 else converted


def _canonical(unit: str | None) -> str:
    unit = (unit or "").strip()
    unit = _ALIASES.get(unit, unit)
    return POINTS if unit in _POINT_SPELLINGS else unit


def split_unit(unit: str | None, kind: str) -> tuple[int, str]:
    """(power of ten, base unit): 万亿元 is (12, '元'), 万 is (4, '')."""
    unit = _canonical(unit)
    if unit in (PERCENT, POINTS):
        return 0, PERCENT if kind == SHARE else unit
    exponent = 0
    while unit and unit[0] in _MAGNITUDES:
        exponent += _MAGNITUDES[unit[0]]
        unit = unit[1:]
    return exponent, unit
