"""The subject of a figure: which indicator its noun phrase names, and whose figure it is.

A subject is read from the words between the previous figure and the predicate: time words and
connectives go (全年, 其中, 力争 …), a comparison base goes (比2020年, 较上年), and what is left is
resolved by the taxonomy. Words in front of the indicator may name a place:

- the government itself (全区, 我区, 南岸区 in 南岸区's own report): no scope;
- a parent (全市 or 重庆市 in a district's report, 全国 in a province's): the place as scope, so
  that the linker never takes the parent's figure for the government's own;
- a sub-area or another government (重庆经开区, 某某镇, 某某县): the place as scope.

A place that opens a sentence (某某县地区生产总值增长5%,一般公共预算收入增长3%) is its topic and
governs the sentence's later subjects that name no place of their own; a place alone
(其中高新区增长12%) takes the indicator the sentence named last.

Listed subjects share words: 城镇、农村居民人均可支配收入 and 第一、二、三产业增加值 name one
indicator per item; collective words split in a 分别 list (城乡 → 城镇, 农村; 三次产业 → 第一, 第二,
第三产业).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from .places import split_components
from .divisions import NATIONAL_NAMES
from .gazetteer import gazetteer
from .taxonomy import OTHER, Taxonomy


class Subject(NamedTuple):
    code: str
    text: str
    scope: str | None


@dataclass(frozen=True)
class Place:
    """The government a report belongs to: the names it goes by (重庆市江北区, 江北区, 江北), the
    level character it calls itself by (区 in 全区, 我区) and the names of its parents."""
    names: frozenset[str]
    level: str | None
    parents: frozenset[str]

    @classmethod
    def of(cls, jurisdiction: str | None) -> Place:
        """The place a report's jurisdiction names; NOWHERE when the report does not say, so that
        全市 or 我区 are then taken as the government's own rather than guessed a parent."""
        if not jurisdiction:
            return NOWHERE
        components = split_components(jurisdiction) or (jurisdiction,)
        own = components[-1]
        names = {jurisdiction, own}
        if len(own) > 2:
            names.add(own[:-1])
        parents = set()
        for parent in components[:-1]:
            parents.add(parent)
            if len(parent) > 2:
                parents.add(parent[:-1])
        level = "国" if own in NATIONAL_NAMES else own[-1]
        return cls(frozenset(names), level, frozenset(parents - names))


NOWHERE = Place(frozenset(), None, frozenset())

_LIST_SEPARATOR = re.compile(r"、|和|及|与")
_LIST_TAIL = re.compile(r"等[^、]{0,8}$")  # …一般公共财政预算收入等主要经济指标
# Collective words that a 分别 list splits into its parts, in the order reports list them.
_COLLECTIVES = {2: (("城乡", ("城镇", "农村")), ("存贷款", ("存款", "贷款"))),
                3: (("三次产业", ("第一产业", "第二产业", "第三产业")),)}
_ORDINAL = re.compile(r"^[一二三四五六七八九十](?!次|大|个)")
_SUBJECT_YEAR = re.compile(r"(?:到|至)?((?:19|20)\d\d)年")
# A comparison base is no part of the subject: 地区生产总值比2020年翻一番, 较上年.
_BASE = re.compile(r"(?:比|较|与|同|按|以)(?:(?:19|20)\d\d年(?:底|末)?|上年(?:同期|末)?|去年|上一年|年初)(?:相比|为基期)?")
SUBPERIOD = re.compile(
    r"[一二三四1-4](?:季度|季)|前[两二三](?:季度|个季度)|上半年|下半年|前\d{1,2}个?月|首\d{1,2}个?月|"
    r"\d{1,2}[-—~至到]\d{1,2}月|[1一]月份?至|(?<!\d)(?:[1-9]|1[01])月(?!\d)"
)
# Other places a news article compares (多地, 其余10个地级市): never the report's own figures.
_OTHER_PLACES = re.compile(r"多地|各地|其他(?:地市|城市|省份|地区)|其余[^,]{0,6}(?:市|县|区)|部分(?:地区|城市|省份)")
# 濮阳、漯河则是7%以上: the words after a list of places that lead to its figure.
_PLACE_TAIL = re.compile(r"(?:等[^、]{0,3})?(?:则|也|更|均|都|分别)*$")
_PLACE_TAIL_FRONT = re.compile(r"^(?:等[^、]{0,2}?[市县区地])?(?:则|也|更|均|都|分别|将|的)*")
_ADJUSTMENT = re.compile(r"\((?:扣除|剔除|不含)[^()]*\)|(?:扣除|剔除)[^,;。()]{1,14}?(?:因素|影响)(?:后)?")
# An aside in parentheses with no number: an abbreviation (CPI) or a note (预计,下同).
_ASIDE = re.compile(r"\((?:[A-Za-z][A-Za-z0-9.&]{0,9}|[^()\d]{1,12})\)")
_TIME_WORDS = re.compile(
    rf"{SUBPERIOD.pattern}|(?:到|至|截至)?(?:(?:19|20)\d\d)年(?:底|末|度)?|全年|今年|去年|上年|当年|年末|年底|年内|"
    r"五年来|五年间|期间|时期|以来"
)
_LEADING = re.compile(
    r"^(?:其中|同时|并且|并|且|以及|预计|初步核算|初步测算|力争|争取|努力|确保|实现|完成|达到|推动|推进|促进|"
    r"保持|使|让|要|将|拟|计划|预期|目标是|累计|年均|共|合计|全面|进一步|继续|持续|全年|今年|一是|二是|三是|四是|"
    r"五是|六是|——|-|、|和|与|及|同期|此外|另外|而|[●■◆▲★•·])+"
)
GENERIC = re.compile(r"^(?:总量|总额|规模|增速|增幅|涨幅|总值|其中|均|分别|当年|年|同比|全区|全市|全县|全省|全国)?$")
FLOW_VERB = re.compile(
    r"新增|新建|新开工|新培育|新引进|引进|培育|招引|建成(?!区)|改造|开工|签约|招商|新设立|新认定|新登记|筹集"
)
_PLACE_SUFFIXES = (
    "经济技术开发区", "高新技术产业开发区", "经开区", "开发区", "高新区", "新区", "园区", "工业园", "产业园", "保税港区",
    "综合保税区", "综保区", "保税区", "自贸试验区", "自贸区", "片区", "商圈", "CBD", "中央商务区", "镇", "乡", "街道",
    "县", "区", "市", "州", "省", "盟", "旗",
)
_PLACE_REACH = 12 + max(map(len, _PLACE_SUFFIXES))
_SUBAREA = re.compile(rf"(?P<scope>[\u4e00-\u9fffA-Za-z]{{1,12}}?(?:{'|'.join(_PLACE_SUFFIXES)}))$")
_PREFIX_VERBS = re.compile(r"(?:实现|完成|达到|全年|今年|共|累计|新增|的|也|则|将|均|都|更|是|等[市县区地]?)+$")
# 全市, 我区, 本县: the government of that level, the report's own or a parent.
_COLLECTIVE_PLACE = re.compile(r"^(?:全|我|本|该)(?P<level>[国省市区县州盟旗])")
_COLLECTIVE_PLACE_END = re.compile(r"(?:全|我|本|该)(?P<level>[国省市区县州盟旗])$")  # 仍预计全市
_OWN_SCOPE = re.compile(r"^(?:区级|市级|县级|省级|地方|全口径|全辖)")
MAX_OTHER_TEXT = 24  # raw text kept for an indicator the taxonomy does not know
OWN = ""  # a scope that names the government itself, as opposed to None: no place named


class SubjectReader:
    """Reads the subjects of one sentence; remembers the last one for clauses that imply it."""

    def __init__(self, taxonomy: Taxonomy, place: Place) -> None:
        self.taxonomy, self.place = taxonomy, place
        self.subject: Subject | None = None
        self.pending: str | None = None  # the subject of a skipped starting value (由8万元…)
        self.verb: str | None = None  # a verb such as 新增 that a list of items shares
        self.topic: str | None = None  # a place opening the sentence
        self.topic_set = False  # whether the sentence has named an indicator yet
        self.named: list[Subject] = []  # the subjects the sentence named, in order
        self.listed_subjects: list[Subject] = []  # the last list (城乡居民…分别达到…), for 分别增长… after it

    def clean(self, raw: str) -> tuple[str, dict]:
        """The subject noun phrase without time words, comparison bases and leading connectives,
        and what those said."""
        if "(" in raw:
            raw = _ASIDE.sub("", raw)  # 居民消费价格(CPI)涨幅, 地区生产总值(预计,下同)
        if "除" in raw:
            raw = _ADJUSTMENT.sub("", raw)  # 一般公共预算收入扣除减税降费因素(后)增长8%: the same indicator
        dated = "年" in raw
        flags = {"subperiod": bool(SUBPERIOD.search(raw)) if dated or "季" in raw or "月" in raw else False,
                 "year": None, "average": "年均" in raw, "cumulative": "累计" in raw}
        if dated:
            if "比" in raw or "较" in raw or "与" in raw or "同" in raw or "按" in raw or "以" in raw:
                raw = _BASE.sub("", raw)
            year = _SUBJECT_YEAR.search(raw)
            if year:
                flags["year"] = int(year.group(1))
        if dated or "期" in raw or "来" in raw or "季" in raw or "月" in raw:
            raw = _TIME_WORDS.sub("", raw)
        return _LEADING.sub("", raw).strip("的"), flags

    def subjects(self, subject_text: str, values: int, listwise: bool) -> list[Subject] | None:
        """The subject(s) of a figure: named, listed (A、B分别…), implied by the sentence, or None
        when there is nothing to attach the number to."""
        place = self.place_only(subject_text)
        if place is not None:
            self.subject = Subject(self.subject.code, self.subject.text, place or None)
            return [self.subject]
        if GENERIC.match(subject_text):
            if listwise and values > 1 and len(self.listed_subjects) == values:
                # …分别达到45600元、21800元,分别增长8.3%、10.5%: the same list, in the same order.
                return self.listed_subjects
            if values > 1 and len(self.named) >= values:
                # 实际到位内资3540亿元、实际利用外资75亿美元,分别增长3.7%、5.6%: the subjects the
                # sentence named last, one per value (城镇…17175元,农村…5153元,实际增长9.8%和8.5%).
                return self.named[-values:]
            if self.pending and not subject_text:
                self.subject = self.resolve(self.pending)
                self.pending = None
            return [self.subject] if self.subject else None
        collective = values in _COLLECTIVES and any(word in subject_text for word, _ in _COLLECTIVES[values])
        if values > 1 and (listwise or collective or len(_LIST_SEPARATOR.split(subject_text)) == values):
            # 城镇居民人均可支配收入和农村居民人均纯收入实际增长8.4%和11.4%: two items, two values.
            return self.listed(subject_text, values)
        placed = self._places_then_indicator(subject_text)
        if placed is not None:
            self.subject = placed
            return [placed]
        if "、" in subject_text:
            head, _, last = subject_text.rpartition("、")
            if GENERIC.match(last):
                # 地区生产总值总量排名由全市第七跃升至第四、年均增长8.5%: a new sub-clause whose
                # subject is the indicator the previous one named.
                self.remember_mention(head)
                return [self.subject] if self.subject else None
            return self.listed(subject_text, values if listwise or values > 1 else 0)
        subject = self.resolve(subject_text)
        self.subject = subject
        self.listed_subjects = []
        if not self.named or self.named[-1] != subject:
            self.named.append(subject)
        return [subject]

    def _named_place(self, prefix: str) -> str | None:
        """A government the gazetteer knows named at the end of a prefix (驻马店2023年GDP…): OWN
        when it is the report's own, else its name."""
        found = gazetteer().name_before(prefix, len(prefix), reach=_PLACE_REACH)
        if found is None or found[0] + 2 > len(prefix) and len(prefix) < 2:
            return None
        name = prefix[found[0]:]
        if name in self.place.names or any(d.full_name in self.place.names for d in found[1]):
            return OWN
        return name

    def _places_then_indicator(self, subject_text: str) -> Subject | None:
        """开封、洛阳、许昌等市也将GDP增速: a list of governments, then the indicator they share."""
        if "、" not in subject_text:
            return None
        *heads, last = subject_text.split("、")
        found = None
        for length in range(min(len(last), gazetteer().max_len), 1, -1):
            if gazetteer().named(last[:length]):
                found = length
                break
        if found is None or not all(gazetteer().named(head) for head in heads):
            return None
        rest = _PLACE_TAIL_FRONT.sub("", last[found:])
        subject = self.resolve(rest) if rest else None
        if subject is None or subject.code == OTHER:
            return None
        return Subject(subject.code, subject.text, "、".join((*heads, last[:found])))

    def place_only(self, subject_text: str) -> str | None:
        """The scope when the subject is nothing but a place (其中高新区, 全市, 濮阳、漯河则) and the
        sentence has named an indicator for it, else None. Two-character words (超市, 园区) are
        no names."""
        if self.subject is None or self.subject.code == OTHER or not 2 <= len(subject_text) <= 30:
            return None
        names = [item for item in _LIST_SEPARATOR.split(_PLACE_TAIL.sub("", subject_text)) if item]
        if all(gazetteer().named(name) for name in names) and self.taxonomy.mention(subject_text) is None:
            known = [self._named_place(name) for name in names]
            return None if OWN in known else "、".join(names)
        if len(names) > 1 or len(subject_text) > 14:
            return None
        collective = _COLLECTIVE_PLACE.match(subject_text)
        if collective and collective.end() == len(subject_text):
            return self.scope(subject_text)
        if (len(subject_text) > 2 and subject_text.endswith(_PLACE_SUFFIXES) and _SUBAREA.fullmatch(subject_text)
                and not FLOW_VERB.search(subject_text) and self.taxonomy.mention(subject_text) is None):
            return self.scope(subject_text)
        return None

    def listed(self, subject_text: str, wanted: int) -> list[Subject]:
        items = [item for item in _LIST_SEPARATOR.split(_LIST_TAIL.sub("", subject_text)) if item]
        if len(items) == 1 and wanted in _COLLECTIVES:
            for word, parts in _COLLECTIVES[wanted]:
                if word in items[0]:
                    items = [items[0].replace(word, part, 1) for part in parts]
                    break
        resolved = [self._resolve_listed(item, full) for item, full in zip(items, _full_names(items))]
        if wanted:
            chosen = resolved[-wanted:]
        else:
            known = [subject for subject in resolved if subject.code != OTHER]
            chosen = known if len(known) == len(resolved) else resolved[-1:]
        self.subject = chosen[-1]
        self.listed_subjects = chosen
        return chosen

    def resolve(self, subject_text: str) -> Subject:
        match = self.taxonomy.match(subject_text)
        if match:
            code, alias_start = match
            scope = self.scope(subject_text[:alias_start])
            if scope is None:
                scope = self.topic
            elif not self.topic_set and scope:
                self.topic = scope
            self.topic_set = True
            return Subject(code, subject_text[alias_start:], scope or None)
        flows = list(FLOW_VERB.finditer(subject_text))
        if flows:
            text = subject_text[flows[-1].start():]
            self.verb = flows[-1].group(0)
        else:
            # 新增科技型企业280家、高新技术企业25家: the verb carries over to the next item.
            text = (self.verb or "") + subject_text
        return Subject(OTHER, text[-MAX_OTHER_TEXT:], None)

    def _resolve_listed(self, item: str, full: str) -> Subject:
        """An item of a list named in full by the words it shares with the others (城镇 →
        城镇居民人均可支配收入), when that names an indicator (the same one, if the item names one
        alone); an income item of one group (城, 乡, 农村) is that group's income."""
        subject = self.resolve(item)
        candidates = [full] if full != item else []
        if _ORDINAL.match(full) and subject.code == OTHER:
            candidates.append("第" + full)  # 一、二、三产业增加值: 第一产业增加值 …
        for candidate in candidates:
            borrowed = self.resolve(candidate)
            if borrowed.code != OTHER and subject.code in (OTHER, borrowed.code):
                subject = borrowed
                break
        if subject.code == OTHER and self.subject and self.subject.code == "disposable_income" and any(
                pattern.match(item) for pattern, _ in _INCOME_GROUPS):
            subject = Subject("disposable_income", item, self.subject.scope)  # 其中城镇、农村居民分别增长…
        if subject.code == "disposable_income":
            for pattern, code in _INCOME_GROUPS:
                if pattern.match(item):
                    return Subject(code, subject.text if subject.text != item else item, subject.scope)
        return subject

    def remember(self, subject_text: str) -> None:
        if subject_text and not GENERIC.match(subject_text):
            self.subject = self.resolve(subject_text)

    def remember_mention(self, clause: str) -> None:
        mention = self.taxonomy.mention(clause)
        if mention:
            code, alias_start, alias_end = mention
            self.subject = Subject(code, clause[alias_start:alias_end], self.scope(clause[:alias_start]) or None)

    def scope(self, prefix: str) -> str | None:
        """The place a subject's prefix names: OWN for the government itself, a name for a parent,
        a sub-area or another government, None when it names no place."""
        if not prefix:
            return None
        prefix = _PREFIX_VERBS.sub("", prefix)
        collective = _COLLECTIVE_PLACE.match(prefix) or _COLLECTIVE_PLACE_END.search(prefix)
        if collective:
            level = collective.group("level")
            if self.place.level is None or level == self.place.level:
                return OWN
            return prefix[collective.start(): collective.end()]
        # The suffix first, and only as far back as a name reaches: the regex alone tries every
        # length at every position.
        match = (_SUBAREA.search(prefix, max(0, len(prefix) - _PLACE_REACH)) if prefix.endswith(_PLACE_SUFFIXES)
                 else None)
        if not match:
            if _OWN_SCOPE.match(prefix):
                return OWN
            return self._named_place(prefix.rstrip("的")) or (_OTHER_PLACES.search(prefix) or [None])[0]
        scope = _LEADING.sub("", match.group("scope").rpartition("的")[2])
        if not scope or _OWN_SCOPE.match(scope) or scope in self.place.names or self._named_place(scope) == OWN:
            return OWN
        return scope


def _full_names(items: list[str]) -> list[str]:
    """Each item of a coordinated list with the words it shares with the others: the last item's
    tail after the varying part, and the first item's head before it (第一、二、三产业增加值 →
    第一产业增加值, 第二产业增加值, 第三产业增加值; 城镇、农村居民… → 城镇居民…)."""
    if len(items) < 2:
        return items
    first, last, middle = items[0], items[-1], items[1:-1]
    width = len(first)
    head = ""
    if middle and len({len(item) for item in middle}) == 1 and len(middle[0]) < len(first):
        width = len(middle[0])
        head = first[:-width]
    if not last.startswith(head):
        last = head + last
    tail = last[len(head) + width:]
    names = []
    for item in items:
        body = item if item.startswith(head) else head + item
        names.append(body + tail if len(body) < len(last) and not item.endswith(tail) else body)
    return names


_INCOME_GROUPS = ((re.compile(r"城镇|城市|城(?!乡)"), "disposable_income_urban"),
                  (re.compile(r"农村|农民|乡"), "disposable_income_rural"))


def other_government(scope: str, jurisdiction: str | None) -> bool:
    """Whether a figure's scope is another government (驻马店, 濮阳、漯河, 多地) rather than a part
    of the report's own (a district in a city's report, a development zone): its figures are
    neither the report's targets nor its results."""
    if _OTHER_PLACES.fullmatch(scope):
        return True
    names = scope.split("、")
    found = [gazetteer().named(name) for name in names]
    if not all(found):
        return False
    return not any(d.full_name.startswith(jurisdiction) for divisions in found for d in divisions) if jurisdiction \
        else True
