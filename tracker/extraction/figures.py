"""The clause grammar shared by targets and outcomes: every figure a paragraph states, with the
indicator it belongs to, how to read it and the exact span it came from.

A sentence (up to 。;!?) is read clause by clause (up to , or :). In a clause, each number with a
unit is read with the words before it: a subject noun phrase (the indicator, maybe a sub-area in
front of it), a predicate (verb, adverbs, pre-qualifier) and, after the number, a post-qualifier:

    规上工业增加值 | 同比增长 | 6%            subject, predicate, number
    全年 | 增长 | 6.7% | (达到 | 985.2亿元)   an implied subject, then a parenthesised level
    第二产业、第三产业增加值 | 分别增长 | 6.8%、6.6%   subjects paired with numbers

A clause without a subject of its own (全年增长6.7%, 总量达到1325亿元, 达330天) takes the indicator
last named in the sentence, even in a clause without a number (全区空气质量优良天数再创新高).
Figures for part of a year (前三季度, 上半年, 1-9月) are never emitted; nor are starting values
(由8万元增长到14万元), counts of listed items (等4个片区), shares of a parent's total (约占全市5%)
or numbers that modify a following noun (40家定点医疗机构纳入…).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import clauses
from . import qualifiers as q
from .numbers import Quantity, find_quantities, unit_kind
from .taxonomy import OTHER, Taxonomy


@dataclass(frozen=True)
class Figure:
    indicator: str
    indicator_text: str
    kind: str  # growth, level, share, count, relational
    value: float | None
    value_high: float | None
    unit: str | None
    qualifier: str
    reference: str | None
    stretch: bool
    average: bool  # 年均: an average over a span of years
    cumulative: bool  # 累计
    after_cumulative: bool  # 累计 governs an earlier clause of the sentence (累计签约…,实际利用外资…)
    flow: bool  # 新增, 新建 …: an amount added during the period, not a level at its end
    estimate: bool
    scope: str | None  # a sub-area (重庆经开区), None for the government itself
    year: int | None  # a year the sentence names for the figure (2020年…, 到2025年…)
    start: int
    end: int


@dataclass(frozen=True)
class _Subject:
    code: str
    text: str
    scope: str | None


_SENTENCE = re.compile(r"[^。!?;]+")
# Only sentences with a digit, a Chinese amount or a relation can state a figure.
_WORTH_READING = re.compile(r"\d|百分之|[一二两三四五六七八九十百千][万亿]|同步|高于|快于|跑赢|领先|超过|正增长")
# Items of a subject list: 第二产业、第三产业增加值; with 分别, also 城镇和农村居民….
_LIST_SEPARATOR = re.compile(r"、|和|及|与")
_LIST_TAIL = re.compile(r"等[^、]{0,8}$")  # …一般公共财政预算收入等主要经济指标
_SUBJECT_YEAR = re.compile(r"(?:到|至)?((?:19|20)\d\d)年")
_SUBPERIOD = re.compile(
    r"[一二三四1-4](?:季度|季)|前[两二三](?:季度|个季度)|上半年|下半年|前\d{1,2}个?月|"
    r"\d{1,2}[-—~至到]\d{1,2}月|[1一]月份?至|(?<!\d)(?:[1-9]|1[01])月(?!\d)"
)
_TIME_WORDS = re.compile(
    rf"{_SUBPERIOD.pattern}|(?:到|至|截至)?(?:(?:19|20)\d\d)年(?:底|末|度)?|全年|今年|去年|上年|当年|年末|年底|年内|"
    r"五年来|五年间|期间|时期|以来"
)
# 2020年,… / 到2025年,…: a year that opens the sentence, not a starting point (2019年以来).
_OPENING_YEAR = re.compile(r"[^,\d]{0,4}?((?:19|20)\d\d)年(?!以来|来|起|至今)")
_LEADING = re.compile(
    r"^(?:其中|同时|并且|并|且|以及|预计|初步核算|初步测算|力争|争取|努力|确保|实现|完成|达到|推动|推进|促进|"
    r"保持|使|让|要|将|计划|预期|目标是|累计|年均|共|合计|全面|进一步|继续|持续|全年|今年|一是|二是|三是|四是|"
    r"五是|六是|——|-|、|和|与|及)+"
)
_GENERIC = re.compile(r"^(?:总量|总额|规模|增速|增幅|涨幅|总值|其中|均|分别|当年|年|同比|全区|全市|全县|全省|全国)?$")
_ADJUSTED = re.compile(r"(?:剔除|扣除|按可比|可比口径|不含|含|若|如)")
# Words right before a number that make it no figure of the government's own: a starting value
# (由8万元…), a count of listed items (等4个片区), a share of a parent's total (约占全市5%), a gap
# to another government (高于全市平均2个百分点). Searched in the last few characters only.
_NOT_A_FIGURE = re.compile(
    r"(?P<start>由|从)$|(?P<listed>等)$|(?P<parent>占(?:全[国省市区县州]|[^,;。比重]{0,6})[约近超]?)$|"
    r"(?P<gap>(?:高于|快于|低于|慢于|高出|超出|领先)[^\d,;。]{2,}|比[^\d,;。]{1,10}[高低快慢多少])$"
)
_SKIP_WINDOW = 14
_COMPARED = re.compile(r"(?:比|较)(?:上年|去年|上一年)")
_STREAK = re.compile(r"连续(?:\d{1,2}|[两二三四五六七八九十]{1,3})年")
_FOLLOW_OK = re.compile(
    r"$|[、,;。:()!?“”]|和|与|及|并|且|同比|比上年|较上年|增长|下降|增速|增幅|居|位居|排名|排|列|占|是|创|再创|"
    r"首次|实现|均|目标|大关|台阶|关口|安排|的(?:目标|水平|增速|规模|大关|台阶|关口|新高|好成绩)"
)
_FLOW_VERB = re.compile(r"新增|新建|新开工|新培育|新引进|引进|培育|招引|建成(?!区)|改造|开工|签约|招商|新设立|新认定|新登记")
_SUBAREA = re.compile(
    r"(?P<scope>[\u4e00-\u9fffA-Za-z]{1,12}?(?:经济技术开发区|高新技术产业开发区|经开区|开发区|高新区|新区|"
    r"园区|工业园|产业园|保税港区|综合保税区|综保区|保税区|自贸试验区|自贸区|片区|商圈|CBD|中央商务区|镇|乡|街道|"
    r"县|区|市|州|省))$"
)
_PREFIX_VERBS = re.compile(r"(?:实现|完成|达到|全年|今年|共|累计|新增|的)+$")
_OWN_SCOPE = re.compile(r"^(?:全|我|本|区级|市级|县级|省级|地方|全口径|全辖)")
_MAX_OTHER_TEXT = 24


def parse_figures(text: str, start: int, end: int, *, taxonomy: Taxonomy, own_names: frozenset[str]) -> list[Figure]:
    """Every figure stated in text[start:end] (a paragraph), in order."""
    figures: list[Figure] = []
    if not _WORTH_READING.search(text, start, end):
        return figures
    for sentence in _SENTENCE.finditer(text, start, end):
        if _WORTH_READING.search(text, sentence.start(), sentence.end()):
            figures.extend(_Sentence(text, sentence.start(), sentence.end(), taxonomy, own_names).read())
    return figures


class _Sentence:
    def __init__(self, text: str, start: int, end: int, taxonomy: Taxonomy, own_names: frozenset[str]) -> None:
        self.text, self.start, self.end = text, start, end
        self.taxonomy, self.own_names = taxonomy, own_names
        self.subject: _Subject | None = None
        self.pending: str | None = None  # the subject of a skipped starting value (由8万元…)
        self.verb: str | None = None  # a verb such as 新增 that a list of items shares
        opening = _OPENING_YEAR.match(text, start, end)
        self.year = int(opening.group(1)) if opening else None
        self.estimate_from = q.estimate_start(text, start, end)
        cumulative = text.find("累计", start, end)
        self.cumulative_from = end if cumulative < 0 else cumulative
        # 力争全年地区生产总值增长7%,一般公共预算收入突破100亿元: 力争 opening the sentence
        # governs all of it; elsewhere it governs its own clause.
        self.stretch_opening = q.opens_with_stretch(text, start, end)

    def read(self) -> list[Figure]:
        self.quantities = find_quantities(self.text, self.start, self.end)
        return self._read(self.start, self.end)

    def _read(self, start: int, end: int) -> list[Figure]:
        figures: list[Figure] = []
        for clause_start, clause_end, groups in clauses.split_clauses(self.text, start, end):
            self.verb = None
            quantities = [qty for qty in self.quantities if clause_start <= qty.start and qty.end <= clause_end
                          and not any(a <= qty.start < b for a, b in groups)]
            if quantities:
                figures.extend(self._numbers(clause_start, clause_end, quantities, groups))
            else:
                figures.extend(self._relation(clause_start, clause_end))
            # A parenthesis (达到985.2亿元) speaks of the figure before it, unless it gives an
            # adjusted reading (剔除减税因素后…); its own subjects do not outlive it.
            last = self.subject
            for group_start, group_end in groups:
                if not _ADJUSTED.match(self.text, group_start):
                    figures.extend(self._read(group_start, group_end))
                self.subject = last
        return figures

    # Numbers ---------------------------------------------------------------------------------

    def _numbers(self, clause_start: int, clause_end: int, quantities: list[Quantity],
                 groups) -> list[Figure]:
        figures: list[Figure] = []
        stretch_clause = self.text[clause_start:clause_end]
        segment_start = clause_start
        index = 0
        while index < len(quantities):
            run = clauses.value_run(self.text, quantities, index)
            first = run[0]
            pre_start = clauses.segment_start(self.text, segment_start, first.start, groups,
                                              first_in_clause=index == 0)
            figures.extend(self._segment(pre_start, run, clause_end, stretch_clause[: first.start - clause_start]))
            segment_start = q.read_post_qualifier(self.text, run[-1].end)[1]
            index += len(run)
        return figures

    def _segment(self, pre_start: int, run: list[Quantity], clause_end: int, before: str) -> list[Figure]:
        first = run[0]
        pre = self.text[pre_start:first.start]
        skip = _NOT_A_FIGURE.search(pre, max(0, len(pre) - _SKIP_WINDOW))
        if skip:
            if skip.lastgroup == "start":
                self.pending = self._clean_subject(pre[: skip.start()])[0]
            return []
        if _COMPARED.match(self.text, pre_start) and unit_kind(first.unit) != "percent":
            return []  # 比上年增加1000亿元: an increment over last year, not a figure of its own
        if _STREAK.search(pre):
            # 连续10年稳定在1300万吨以上: a floor held for years, not the year's figure.
            return []
        post, after = q.read_post_qualifier(self.text, run[-1].end)
        if after < clause_end and not _FOLLOW_OK.match(self.text, after, clause_end):
            return []
        predicate = q.read_predicate(pre)
        raw_subject = pre[: predicate.start]
        subject_text, flags = self._clean_subject(raw_subject)
        if flags["subperiod"]:
            self._remember(subject_text)
            return []
        subjects = self._subjects(subject_text, len(run), predicate.listwise)
        if subjects is None:
            return []
        if "、" in subject_text and _GENERIC.match(subject_text.rpartition("、")[2]):
            pre_start += pre.rfind("、") + 1  # quote the sub-clause only: 年均增长8.5%
        if len(run) > 1 and len(subjects) != len(run):
            return []  # 4.8%、3.7%、5.8% with one subject: parts of a year or a series
        if len(run) == 1 and len(subjects) > 1:
            run = run * len(subjects)
        figures = []
        end = after
        for subject, quantity in zip(subjects, run):
            post_q = q.read_post_qualifier(self.text, quantity.end)[0]
            decline = predicate.decline
            value, high = quantity.value, quantity.value_high
            if decline:
                value, high = (-high, -value) if high is not None else (-value, None)
            figures.append(Figure(
                indicator=subject.code,
                indicator_text=subject.text,
                kind=_kind(quantity.unit, predicate, subject, pre),
                value=value,
                value_high=high,
                unit=quantity.unit,
                qualifier=q.combine_qualifier(pre=predicate.qualifier, post=post_q, is_range=high is not None,
                                              more=quantity.more, decline=decline),
                reference=None,
                stretch=q.is_stretch(before) or self.stretch_opening,
                average=predicate.average or flags["average"],
                cumulative=predicate.cumulative or flags["cumulative"],
                after_cumulative=self.cumulative_from < pre_start and not predicate.to_level,
                flow=bool(_FLOW_VERB.search(subject.text)),
                estimate=self.estimate_from < quantity.start,
                scope=subject.scope,
                year=flags["year"] or self.year,
                start=clauses.quote_start(self.text, pre_start, first.start),
                end=end,
            ))
        return figures

    def _clean_subject(self, raw: str) -> tuple[str, dict]:
        """The subject noun phrase without time words and leading connectives, and what those said."""
        flags = {"subperiod": bool(_SUBPERIOD.search(raw)), "year": None,
                 "average": "年均" in raw, "cumulative": "累计" in raw}
        year = _SUBJECT_YEAR.search(raw)
        if year:
            flags["year"] = int(year.group(1))
        subject = _TIME_WORDS.sub("", raw)
        subject = _LEADING.sub("", subject).strip("的")
        return subject, flags

    def _subjects(self, subject_text: str, values: int, listwise: bool) -> list[_Subject] | None:
        """The subject(s) of a figure: named, listed (A、B分别…), implied by the sentence, or None
        when there is nothing to attach the number to."""
        if _GENERIC.match(subject_text):
            if self.pending and not subject_text:
                self.subject = self._resolve(self.pending)
                self.pending = None
            return [self.subject] if self.subject else None
        if listwise and values > 1:
            return self._listed(subject_text, values)
        if "、" in subject_text:
            head, _, last = subject_text.rpartition("、")
            if _GENERIC.match(last):
                # 地区生产总值总量排名由全市第七跃升至第四、年均增长8.5%: a new sub-clause whose
                # subject is the indicator the previous one named.
                self._remember_mention(head)
                return [self.subject] if self.subject else None
            return self._listed(subject_text, values if listwise or values > 1 else 0)
        subject = self._resolve(subject_text)
        self.subject = subject
        return [subject]

    def _listed(self, subject_text: str, wanted: int) -> list[_Subject]:
        items = [item for item in _LIST_SEPARATOR.split(_LIST_TAIL.sub("", subject_text)) if item]
        if wanted == 2 and len(items) == 1 and "城乡" in items[0]:
            # 城乡居民人均可支配收入分别增长5%、7%: urban first, then rural.
            items = [items[0].replace("城乡", "城镇", 1), items[0].replace("城乡", "农村", 1)]
        resolved = [self._resolve_listed(item, items[-1]) for item in items]
        if wanted:
            chosen = resolved[-wanted:]
        else:
            known = [subject for subject in resolved if subject.code != OTHER]
            chosen = known if len(known) == len(resolved) else resolved[-1:]
        self.subject = chosen[-1]
        return chosen

    def _resolve(self, subject_text: str) -> _Subject:
        match = self.taxonomy.match(subject_text)
        if match:
            code, alias_start = match
            return _Subject(code, subject_text[alias_start:], self._scope(subject_text[:alias_start]))
        flows = list(_FLOW_VERB.finditer(subject_text))
        if flows:
            text = subject_text[flows[-1].start():]
            self.verb = flows[-1].group(0)
        else:
            # 新增科技型企业280家、高新技术企业25家: the verb carries over to the next item.
            text = (self.verb or "") + subject_text
        return _Subject(OTHER, text[-_MAX_OTHER_TEXT:], None)

    def _resolve_listed(self, item: str, last: str) -> _Subject:
        """An item of 城镇、农村居民人均可支配收入 borrows the last item's words after its own length
        when that names an indicator (the same one, if the item names one alone)."""
        subject = self._resolve(item)
        if len(item) < len(last):
            borrowed = self._resolve(item + last[len(item):])
            if borrowed.code != OTHER and subject.code in (OTHER, borrowed.code):
                return borrowed  # 第二产业、第三产业增加值: 第二产业增加值, the fuller name
        if subject.code == OTHER and self.subject and self.subject.code == "disposable_income":
            # 居民人均可支配收入…,其中城镇、农村居民分别增长4.9%、7.1%
            for pattern, code in _INCOME_GROUPS:
                if pattern.search(item):
                    return _Subject(code, item, self.subject.scope)
        return subject

    def _remember(self, subject_text: str) -> None:
        if subject_text and not _GENERIC.match(subject_text):
            self.subject = self._resolve(subject_text)

    def _remember_mention(self, clause: str) -> None:
        mention = self.taxonomy.mention(clause)
        if mention:
            code, alias_start, alias_end = mention
            self.subject = _Subject(code, clause[alias_start:alias_end], self._scope(clause[:alias_start]))

    def _scope(self, prefix: str) -> str | None:
        match = _SUBAREA.search(_PREFIX_VERBS.sub("", prefix))
        if not match or _OWN_SCOPE.match(match.group("scope")):
            return None
        scope = match.group("scope")
        return None if scope in self.own_names else scope

    # Relations -------------------------------------------------------------------------------

    def _relation(self, clause_start: int, clause_end: int) -> list[Figure]:
        clause = self.text[clause_start:clause_end]
        relation = q.find_relation(clause)
        if relation is None:
            self._remember_mention(clause)
            return []
        subject_text, flags = self._clean_subject(clause[: relation.subject_end])
        if not subject_text:
            return []
        subjects = self._listed(subject_text, 0) if "、" in subject_text else [self._resolve(subject_text)]
        positive = relation.qualifier == q.POSITIVE
        reference = None if positive else _reference(relation.reference_text, self.taxonomy)
        if reference is None and not positive:
            return []
        start = clauses.quote_start(self.text, clause_start, clause_end)
        return [
            Figure(indicator=subject.code, indicator_text=subject.text, kind="growth" if positive else "relational",
                   value=0 if positive else None, value_high=None, unit="%" if positive else None,
                   qualifier=q.AT_LEAST if positive else relation.qualifier, reference=reference,
                   stretch=q.is_stretch(clause[: relation.subject_end]),
                   average=relation.average or flags["average"], cumulative=False, after_cumulative=False,
                   flow=False, estimate=False,
                   scope=subject.scope, year=flags["year"] or self.year, start=start, end=clause_end)
            for subject in subjects
            if subject.code != OTHER
        ]


def _kind(unit: str, predicate: q.Predicate, subject: _Subject, pre: str) -> str:
    """growth, share, level or count. A percentage is a share when its subject is a rate or a
    ratio (失业率, 比重, 强度); otherwise it can only be a change (力争达到7% after 增长6%以上)."""
    kind = unit_kind(unit)
    if kind != "percent":
        return kind
    if unit != "%" and unit != "‰":
        return "growth"  # 个百分点: a change of a rate
    if predicate.change or subject.code == "cpi" or _GROWTH_WORDS.search(pre):
        return "growth"
    if subject.code in _SHARE_CODES or _RATE_WORDS.search(subject.text):
        return "share"
    return "growth"


_GROWTH_WORDS = re.compile(r"增速|增幅|涨幅|增长率|降幅")
_RATE_WORDS = re.compile(r"率|比重|比例|占比|占|强度|覆盖|普及|达标|指数|份额|系数|水平")
_SHARE_CODES = frozenset({"surveyed_unemployment", "registered_unemployment", "rd_intensity", "deficit_ratio"})
_INCOME_GROUPS = ((re.compile(r"城镇|城市"), "disposable_income_urban"), (re.compile(r"农村|农民"), "disposable_income_rural"))
_PARENT_AVERAGE = re.compile(r"全[国省市州区县]|平均")
_ECONOMY = re.compile(r"经济|生产总值|GDP")


def _reference(text: str, taxonomy: Taxonomy) -> str | None:
    """高于全市平均水平 → parent_average; 与经济增长同步, 高于生产总值增速 → gdp."""
    if _PARENT_AVERAGE.search(text):
        return "parent_average"
    if _ECONOMY.search(text):
        return "gdp"
    code = taxonomy.resolve(text)
    return None if code == OTHER else code
