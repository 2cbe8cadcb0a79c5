"""Which government a report belongs to, from the places a text names it.

A government's name stands where the form of the text puts it: before its congress session
(长沙市芙蓉区第五届人民代表大会第四次会议, 晋江市十八届人大一次会议), before its head's title
(浙江省代省长, 巴南区长), before 人民政府 (代表成都市人民政府) and in a title line
(2020年遵义市人民政府工作报告). Each such place is a vote; names the text mentions in passing add
a little. The national government is one jurisdiction, 中华人民共和国: its congress is
全国人民代表大会 and its head the premier (国务院总理).

Names are read with the gazetteer, which also gives the full name with province and city
(晋江 → 福建省泉州市晋江市). A name the gazetteer does not know (a renamed district, a synthetic
某某县) is read by its form instead (a run of names ending in 省, 市, 区, 县 …). Page chrome
(导读, 召开的, 备受瞩目的县) is never a name: only these places are read.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import NamedTuple

from .gazetteer import COUNTY, PREFECTURE, PROVINCE, Division, gazetteer

NATIONAL = "中华人民共和国"


class Placing(NamedTuple):
    jurisdiction: str | None
    reason: str


# Weights of the places a name can stand in.
CONGRESS, HEAD, GOVERNMENT, TITLE_LINE, MENTION = 5.0, 3.0, 2.0, 4.0, 0.5
_MENTION_CAP = 4
NO_PLACE = "no congress session, head of government, title or government name says whose report it is"

# 第十四届人民代表大会 / 十八届人大 / 第18届人民代表大会 / (reworded copies) 人平易近代表大会
_CONGRESS = re.compile(r"(?:第)?[一二三四五六七八九十\d]{1,3}届(?P<between>[^。\n,]{0,6}?)(?:人民代表大会|人大|代表大会)")
_HEAD = re.compile(r"(?<!副)(?:代理|代)?(?:省长|市长|区长|县长|州长|盟长|旗长|主席)")
# 成都市人民政府市长, 历城区委副书记、区长: the name stands before these.
_HEAD_PREFIX = re.compile(r"(?:人民政府|政府|[省市区县州旗]?委副书记、)?(?:代理|代)?$")
_GOVERNMENT = re.compile(r"(?:人民)?政府(?!工作报告)")
_TITLE = re.compile(r"(?:(?:19|20)\d\d年度?)?(?:人民)?政府工作报告")
_NATIONAL_PLACES = re.compile(r"国务院总理|代表国务院|全国人民代表大会第|全国人大[一二三四五六七八九十]次|届全国人")
_LEVEL_WORDS = {PROVINCE: re.compile(r"全省|我省|本省"), PREFECTURE: re.compile(r"全市|我市|本市"),
                COUNTY: re.compile(r"全[区县旗]|我[区县旗]|本[区县旗]")}
_COUNTY_WORDS = re.compile(r"全[县旗]|我[县旗]|本[县旗]")
_GARBLED = "会"
_MENTION_LEAD = 0.75
_CHILD_SHARE = 0.4  # the runner-up must have under three quarters of the leader's mentions
# Places the form-reading fallback looks in; without one, mentions decide.
_FORM_PLACE = re.compile(r"人民代表大会|政府工作报告|人民政府")  # 成都会 for 成都市 in a machine-reworded copy


def place_report(text: str, *, head_chars: int = 6000) -> Placing:
    """The government a normalised report text belongs to, with the place that said so."""
    head = text[:head_chars]
    national = len(_NATIONAL_PLACES.findall(head))
    votes: dict[str, float] = defaultdict(float)
    divisions: dict[str, list[Division]] = {}
    reasons: dict[str, tuple[float, str]] = {}

    def vote(found: list[Division], weight: float, reason: str, key: str | None = None) -> None:
        key = key or "|".join(sorted(d.code for d in found))
        divisions[key] = found
        votes[key] += weight
        if weight > reasons.get(key, (0, ""))[0]:
            reasons[key] = (weight, reason)

    for match in _CONGRESS.finditer(head):
        if "全国" in match.group("between"):
            continue
        found = _name_before(head, match.start(), garbled=True)
        if found:
            vote(found, CONGRESS, f"congress {head[max(0, match.start() - 8):match.end()]}")
    for match in _HEAD.finditer(head):
        prefix = _HEAD_PREFIX.search(head, max(0, match.start() - 6), match.start())
        found = _name_before(head, prefix.start() if prefix else match.start())
        if found:
            vote(found, HEAD, f"head of government {head[max(0, match.start() - 8):match.end()]}")
    for match in _GOVERNMENT.finditer(head):
        found = _name_before(head, match.start())
        if found:
            vote(found, GOVERNMENT, f"government {head[max(0, match.start() - 8):match.end()]}")
    for match in _TITLE.finditer(head):
        found = _name_before(head, match.start())
        if found:
            vote(found, TITLE_LINE, f"title {head[max(0, match.start() - 8):match.end()]}")
    if national and national * 6 >= max(votes.values(), default=0):
        return Placing(NATIONAL, "national congress or premier")
    if not votes:
        placing = _by_form(head) if _FORM_PLACE.search(head) else None
        return placing if placing and placing.jurisdiction else _most_mentioned(head)
    if len(votes) > 1 or any(len(found) > 1 for found in divisions.values()):
        _add_mentions(head, votes, divisions)  # several candidates, or one ambiguous name
    best = max(votes, key=votes.__getitem__)
    return Placing(_full_name(divisions[best], text), reasons.get(best, (0, "named in the text"))[1])


def _name_before(text: str, end: int, *, garbled: bool = False) -> list[Division] | None:
    found = gazetteer().name_before(text, end)
    if found is None and garbled and end > 0 and text[end - 1] in _GARBLED:
        found = gazetteer().name_before(text, end - 1)
    return found[1] if found else None


def _add_mentions(text: str, votes: dict[str, float], divisions: dict[str, list[Division]]) -> None:
    """Names mentioned in passing add a little to the candidates they name or contain, and a
    parent named in the text settles an ambiguous name (朝阳区 after 北京)."""
    level_words = {level: min(len(words.findall(text)), 10) for level, words in _LEVEL_WORDS.items()}
    for key, found in divisions.items():
        for division in found:
            count = sum(min(text.count(name), _MENTION_CAP) for name in division.chain if len(name) >= 3)
            votes[key] += MENTION * count / len(found) + 0.1 * level_words[division.level]


def _full_name(found: list[Division], text: str) -> str:
    """The full name of the one division meant; of an ambiguous name, the one whose parents the
    text names, else the name alone."""
    if len(found) == 1:
        return found[0].full_name
    named = [d for d in found if any(parent in text or parent[:-1] in text for parent in d.chain[:-1])]
    if len(named) == 1:
        return named[0].full_name
    return found[0].name


def _most_mentioned(text: str) -> Placing:
    """An excerpt that never names its government where a name stands (我代表市政府向大会报告
    工作): the division it mentions most, when one stands out. The level it speaks of itself at
    (全县, 我市) prefers a county it mentions over the city around it, and refuses a city when the
    text speaks as a county (a county's report names its city more often than itself)."""
    counts: dict[str, float] = defaultdict(float)
    for pos, name in gazetteer().mentions(text, short=True):
        # A two-character short name standing alone is often a word (红沿河核电): half a vote.
        counts[name] += 0.5 if len(name) == 2 and not gazetteer().by_name.get(name) and _is_county_short(name) else 1
    level_words = {level: len(words.findall(text)) for level, words in _LEVEL_WORDS.items()}
    own_level = max(level_words, key=level_words.__getitem__) if max(level_words.values()) >= 2 else None
    scores: dict[str, float] = defaultdict(float)
    for name, count in counts.items():
        found = gazetteer().named(name)
        # 大理 names 大理州 and 大理市 inside it: in passing, the larger one.
        found = [d for d in found if not any(d.within(other) for other in found)]
        for division in found:
            scores[division.code] += count / len(found) + (0.3 if division.level == own_level else 0)
    if not scores:
        return Placing(None, NO_PLACE)
    ranked = [gazetteer().by_code[code] for code in sorted(scores, key=lambda code: -scores[code])]
    leader = ranked[0]
    # A report sets itself in its city or province (在成都…, 大理州…) more often than it names
    # itself: a place inside the leader that is mentioned nearly as often is the report's own.
    inside = [d for d in ranked if d.within(leader) and scores[d.code] >= scores[leader.code] * _CHILD_SHARE]
    if inside:
        leader = inside[0]
    if own_level and leader.level != own_level:
        inside = [d for d in ranked if d.within(leader) and d.level == own_level]
        if inside:
            leader = inside[0]
        elif own_level == COUNTY and len(_COUNTY_WORDS.findall(text)) >= 2:
            # (全区 may be an autonomous region's: only 全县, 我县 speak as a county for sure.)
            return Placing(None, f"{NO_PLACE}; it mentions {leader.name} but speaks of itself as a county")
    for other in ranked:
        related = other == leader or leader.within(other) or other.within(leader)
        if not related and scores[other.code] >= scores[leader.code] * _MENTION_LEAD:
            return Placing(None, f"{NO_PLACE}; the places it mentions are too even to choose")
    return Placing(leader.full_name, f"the place the text mentions most ({leader.name}), named nowhere else")


def _is_county_short(name: str) -> bool:
    return all(d.level == COUNTY for d in gazetteer().by_short.get(name, ()))


def _by_form(head: str) -> Placing:
    """A name the gazetteer does not know (a renamed district, 某某县), read by its form in the
    places where a name stands at a known left edge: the longest chain ending in the name those
    places give most often, with a site's province tag in front when the chain lacks one."""
    lines = "\n".join(line for line in head.split("\n") if _NAME_LINE.search(line))
    chains = [tuple(_COMPONENT.findall(match.group("name"))) for pattern in _NAME_PLACES
              for match in pattern.finditer(lines)]
    chains = [chain for chain in chains if chain and not any(_NOT_A_NAME.search(part) for part in chain)]
    if not chains:
        return Placing(None, NO_PLACE)
    last = Counter(chain[-1] for chain in chains).most_common(1)[0][0]
    best = max((chain for chain in chains if chain[-1] == last), key=len)
    tag = _CATEGORY_TAG.search(head)
    if tag and not best[0].endswith(("省", "自治区")) and tag.group("tag") not in best:
        best = (tag.group("tag"), *best)
    return Placing("".join(best), "a name the gazetteer does not know, read by its form")


def split_components(name: str) -> tuple[str, ...]:
    """重庆市南岸区 → (重庆市, 南岸区); 江苏省苏州市 → (江苏省, 苏州市), by the gazetteer where it
    knows the name (a name's own 州 is no level word), by the level words otherwise."""
    found = gazetteer().name_before(name, len(name), reach=len(name))
    if found is not None and found[0] == 0:
        chain = found[1][0].chain
        named = [part for part in chain if part in name]
        if "".join(named) == name:
            return tuple(named)
    return tuple(_COMPONENT.findall(name))


# Administrative names read by their form: 河南省, 驻马店市, 驿城区 …
_YEAR = r"(?:19|20)\d\d|[一二〇零○][〇零○一二三四五六七八九]{3}"
_LEVEL_SUFFIX = r"(?:特别行政区|自治区|自治州|自治县|自治旗|省|市|州|盟|地区|区|县|旗|林区|特区)"
_COMPONENT = re.compile(rf"[\u4e00-\u9fff]{{1,7}}?{_LEVEL_SUFFIX}")
_CHAIN = rf"(?P<name>(?:[\u4e00-\u9fff]{{1,7}}?{_LEVEL_SUFFIX}){{1,3}}?)"
_SESSION = r"(?:第[一二三四五六七八九十\d]{1,3}届)"
_NAME_PLACES = (
    # (河南省)驻马店市驿城区2022年政府工作报告 / [海南]2021年重庆市江北区政府工作报告
    re.compile(
        rf"^(?:\[[^\]\n]{{1,8}}\])?(?:\([^)\n]{{1,8}}\))?(?:(?:{_YEAR})年度?)?{_CHAIN}"
        rf"(?:(?:{_YEAR})年度?)?(?:人民)?政府工作报告",
        re.M,
    ),
    # ——2024年2月4日在南岸区第十九届人民代表大会第五次会议上
    re.compile(rf"日(?:上午|下午)?在{_CHAIN}{_SESSION}?人民代表大会"),
    # 重庆市南岸区人民政府区长王茂春
    re.compile(rf"^{_CHAIN}人民政府(?:代理?)?[省市区县州盟旗]长", re.M),
    # 1月10日,重庆市巴南区第十九届人民代表大会第一次会议开幕
    re.compile(rf"(?:^|[,。;:、]|日)(?:上午|下午)?{_CHAIN}{_SESSION}人民代表大会", re.M),
    # ,巴南区长贾晖作政府工作报告 (区长 fused with the district's name)
    re.compile(r"(?:^|[,。;:、])(?P<name>[\u4e00-\u9fff]{1,7}?[省市区县州盟旗])长[\u4e00-\u9fff]{2,3}?作(?:了)?政府工作报告", re.M),
)
# Words no government's name contains: 备受瞩目的县 is a censored copy's phrase, not a name.
_NOT_A_NAME = re.compile(r"[的了在和与是为对把被从向受瞩目召开导读本我全该]")
_NAME_LINE = re.compile(r"政府工作报告|人民代表大会|人民政府")
# A site's category tag before the title names the province: (河南省)驻马店市驿城区…
_CATEGORY_TAG = re.compile(r"^\((?P<tag>[\u4e00-\u9fff]{1,8}?(?:省|自治区))\)", re.M)
