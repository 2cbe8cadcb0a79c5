"""Numbers and units as reports write them: 6.5%, 4233.2亿元, 3至5家, 6-6.5%, 百分之五点四,
八千五百亿元, 千亿元, 5千万元, 300多家, 1.3万亿斤, 35微克/立方米, 翻一番.

The value keeps the unit as written (1.3万亿斤 stays 1.3 with unit 万亿斤); only 十/百/千 in front
of a magnitude are folded into the value (八千五百亿元 is 8500 亿元, 5千万元 is 5000 万元) and the
Taiwan magnitude 兆 is written 万亿. Thousands separators and spaces inside numbers are removed by
normalisation before this module sees the text.

翻一番 (doubling) is a growth of 100% over whatever period the sentence speaks of, 翻两番 300%.
A multiple (增长1.5倍, 是2020年的2倍) has no unit here, so it is never read as a percentage.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .patterns import trie_pattern

_DIGITS = {"零": 0, "〇": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
           "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_BIG_UNITS = {"万": 10_000, "亿": 100_000_000}


def parse_chinese_integer(text: str) -> int:
    """二〇二二 → 2022 (digit by digit), 一千二百三十四 → 1234, 十五 → 15, 千 → 1000, 三万 → 30000.

    Raises ValueError on anything else, so that callers never take a guess for a value."""
    if not text:
        raise ValueError("empty numeral")
    if all(char in _DIGITS for char in text):
        if len(text) == 1:
            return _DIGITS[text]
        return int("".join(str(_DIGITS[char]) for char in text))
    total = section = digit = 0
    pending = False
    for char in text:
        if char in _DIGITS:
            digit = _DIGITS[char]
            pending = True
        elif char in _SMALL_UNITS:
            section += (digit if pending else 1) * _SMALL_UNITS[char]
            digit, pending = 0, False
        elif char in _BIG_UNITS:
            section += digit
            total = (total + section) * _BIG_UNITS[char] if char == "亿" else total + section * _BIG_UNITS[char]
            section = digit = 0
            pending = False
        else:
            raise ValueError(f"not a Chinese numeral: {text!r}")
    return total + section + digit


def parse_number(text: str) -> float:
    """An Arabic or Chinese number with an optional decimal part (五点四, 〇点一, 67.7)."""
    if text[0].isdigit() and text.isascii():
        return float(text)
    whole, _, fraction = text.partition("点")
    value = float(parse_chinese_integer(whole)) if whole else 0.0
    if fraction:
        if not all(char in _DIGITS for char in fraction):
            raise ValueError(f"not a Chinese decimal: {text!r}")
        value += float("0." + "".join(str(_DIGITS[char]) for char in fraction))
    return value


# Units by kind. Longest first inside each alternation, so 个百分点 wins over 个, 人次 over 人.
PERCENT_UNITS = ("个百分点", "百分点", "%", "‰")
CONCENTRATION = "微克/立方米"
LEVEL_UNITS = (
    CONCENTRATION, "微克每立方米", "吨标准煤", "平方公里", "平方千米", "平方米", "立方米", "千瓦时", "标准箱", "美元", "欧元",
    "港元", "公里", "千米", "公顷", "标箱", "千瓦", "公斤", "元", "吨", "斤", "亩", "米", "TEU",
)
COUNT_UNITS = (
    "人次", "户次", "架次", "艘次", "小时", "分钟", "个", "人", "户", "家", "天", "座", "条", "所", "项", "辆", "艘", "台", "套",
    "件", "张", "名", "位", "处", "栋", "间", "床", "例", "场", "批", "只", "头", "株", "部", "宗", "起", "支",
)
_MAGNITUDE = r"(?:[十百千]?(?:万亿|亿|万)|兆)"
_CN_NUMERAL = "零〇○一二两三四五六七八九十百千"
_ARABIC = r"\d+(?:\.\d+)?"
_CN_NUMBER = rf"[{_CN_NUMERAL}]+(?:点[零〇○一二三四五六七八九]+)?"
_UNIT = trie_pattern([*PERCENT_UNITS, *LEVEL_UNITS, *COUNT_UNITS])
_RANGE_SEP = r"(?:-|~|—|–|至|到)"
# The first character is matched by one class and the branches look back at it: a pattern that
# starts with a class lets the regex engine skip every character no number starts with, which
# makes the scan several times faster than branches starting with groups. A number starts at
# the start of its digits (not inside 2020 after 2020年 failed to take a unit), and the units
# form a trie, so that a failed attempt costs a few steps rather than one per unit.
_QUANTITY = re.compile(
    rf"[\d{_CN_NUMERAL}翻](?:(?<=百)分之(?P<pct>{_CN_NUMBER})|(?<=翻)了?(?P<doublings>[一两二三])?番"
    rf"|(?P<num_rest>(?<=\d)(?<![\d.]\d)\d*(?:\.\d+)?|(?<=[{_CN_NUMERAL}])[{_CN_NUMERAL}]*(?:点[零〇○一二三四五六七八九]+)?)"
    rf"(?P<first_pct>%)?(?:{_RANGE_SEP}(?P<num2>{_ARABIC}|{_CN_NUMBER}))?"
    rf"(?P<more>多|余)?(?P<mag>{_MAGNITUDE})?(?P<unit>{_UNIT}))"
)
# Chinese numerals are words in most places (两个维护, 三大攻坚战, 一带一路): they count as a value
# only with a magnitude (八千五百亿元, 千亿元) or a money, weight or percent unit.
_CN_UNITS_ALLOWED = frozenset((*PERCENT_UNITS, *LEVEL_UNITS))


class Quantity(NamedTuple):
    value: float
    value_high: float | None
    unit: str
    start: int
    end: int
    more: bool  # 300多家, 2000余人: at least the value


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Every number with a unit in text[start:end], in order; a price index (居民消费价格指数
    105.1) as the change it states (5.1%)."""
    end = len(text) if end is None else end
    found = []
    for match in _QUANTITY.finditer(text, start, end):
        quantity = _quantity(match)
        if quantity is not None:
            found.append(quantity)
    if "指数" in text[start:end] or "CPI" in text[start:end]:
        for match in _PRICE_INDEX.finditer(text, start, end):
            index_start, index_end = match.span("index")
            found.append(Quantity(_tidy(float(match.group("index")) - 100), None, "%", index_start, index_end, False))
        found.sort(key=lambda quantity: quantity.start)
    return found


# 居民消费价格指数105.1, CPI为98.6: an index on last year = 100, a change of 5.1% and -1.4%.
_PRICE_INDEX = re.compile(
    r"(?:价格(?:总水平)?指数|物价指数|CPI)(?:为|是|达到|达|上涨到|涨至)?(?P<index>(?:9\d|1[01]\d)(?:\.\d{1,2})?)(?![\d.%‰])"
)


_DOUBLINGS = {"一": 1, "两": 2, "二": 2, "三": 3}


def _quantity(match: re.Match[str]) -> Quantity | None:
    pct, doublings, num_rest, first_pct, num2, more, magnitude, unit = match.groups()
    if pct:
        return _safe(pct, None, "%", match, more=False)
    if num_rest is None:  # 翻一番, 翻番
        times = _DOUBLINGS[doublings or "一"]
        return Quantity(float(100 * (2 ** times - 1)), None, "%", match.start(), match.end(), False)
    num = match.string[match.start():match.end(3)]
    if first_pct and (unit != "%" or not num2):
        return None
    magnitude = magnitude or ""
    chinese = not num[0].isdigit() or (num2 is not None and not num2[0].isdigit())
    if chinese and not magnitude and unit not in _CN_UNITS_ALLOWED:
        return None
    if not num[0].isdigit() and match.start() > 0 and match.string[match.start() - 1] in _CN_NUMERAL + "第":
        return None
    if num[0].isdigit() and match.start() > 0 and match.string[match.start() - 1] in ".第":
        return None
    if unit == "微克每立方米":
        unit = CONCENTRATION
    factor = 1
    if magnitude[:1] in _SMALL_UNITS:
        factor, magnitude = _SMALL_UNITS[magnitude[0]], magnitude[1:]
    magnitude = "万亿" if magnitude == "兆" else magnitude
    return _safe(num, num2, magnitude + unit, match, more=bool(more), factor=factor)


def _safe(num: str, num2: str | None, unit: str, match: re.Match[str], *, more: bool,
          factor: int = 1) -> Quantity | None:
    try:
        value = parse_number(num) * factor
        high = parse_number(num2) * factor if num2 else None
    except ValueError:
        return None
    if high is not None and high <= value:
        return None
    return Quantity(_tidy(value), None if high is None else _tidy(high), unit, match.start(), match.end(), more)


def _tidy(value: float) -> float:
    """Round away binary noise from 0.1*3-style arithmetic; reports give at most 4 decimals."""
    return round(value, 6)


_LEADING_MAGNITUDE = re.compile(rf"^{_MAGNITUDE}")


@lru_cache(maxsize=256)
def unit_kind(unit: str) -> str:
    """'percent' (%, 个百分点), 'level' (money, goods, area, length) or 'count' (people, days, things)."""
    if unit in PERCENT_UNITS:
        return "percent"
    return "count" if _LEADING_MAGNITUDE.sub("", unit) in COUNT_UNITS else "level"
