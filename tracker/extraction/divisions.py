"""Administrative divisions from a full government name: 河南省驻马店市驿城区 is a county-level
district inside 驻马店市 inside 河南省. The chain lets the importer create parents it has not seen."""
from __future__ import annotations

import re
from dataclasses import dataclass

# Province-level cities: their districts are county level, one step below.
MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")
NATIONAL_NAMES = ("中华人民共和国", "全国", "国务院", "中国")

_SUFFIXES = ("自治区", "自治州", "自治县", "自治旗", "特别行政区", "地区", "省", "市", "州", "盟", "区", "县", "旗")
_HAN = re.compile(r"^[\u4e00-\u9fff]+$")
_PROVINCE_SUFFIXES = ("省", "自治区", "特别行政区")
_PREFECTURE_SUFFIXES = ("市", "州", "盟", "地区")


@dataclass(frozen=True)
class Division:
    name: str
    level: str  # national, province, prefecture, county


def division_chain(name: str) -> list[Division]:
    """From the top down; a name that is not a chain of divisions comes back alone, level unknown."""
    name = name.strip()
    if name in NATIONAL_NAMES:
        return [Division(name, "national")]
    segments = _segments(name) if _HAN.match(name) else None
    if not segments:
        return [Division(name, "")]
    chain: list[Division] = []
    prefix = ""
    for index, segment in enumerate(segments):
        prefix += segment
        chain.append(Division(prefix, _level(index, segment, segments)))
    return chain


def _segments(name: str) -> list[str] | None:
    """Shortest segments first, backtracking: 郑州市 is one segment, not 郑州 + 市."""
    if not name:
        return []
    for end in range(2, len(name) + 1):
        if name[:end].endswith(_SUFFIXES):
            rest = _segments(name[end:])
            if rest is not None:
                return [name[:end], *rest]
    return None


def _level(index: int, segment: str, segments: list[str]) -> str:
    first = segments[0]
    top_is_province = first.endswith(_PROVINCE_SUFFIXES) or first in MUNICIPALITIES
    if index == 0:
        if top_is_province:
            return "province"
        return "county" if len(segments) == 1 and not segment.endswith(_PREFECTURE_SUFFIXES) else "prefecture"
    if index == 1 and first not in MUNICIPALITIES and top_is_province and segment.endswith(_PREFECTURE_SUFFIXES):
        return "prefecture"
    return "county"
