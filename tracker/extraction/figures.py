"""The clause grammar shared by targets and outcomes: every figure a paragraph states, with the
indicator it belongs to, how to read it and the exact span it came from.

A sentence (up to 。;!?) is read clause by clause (up to , or :). In a clause, each number with a
unit is read with the words before it: a subject noun phrase (the indicator, maybe a place in
front of it: subjects.py), a predicate (verb, adverbs, pre-qualifier) and, after the number, a
post-qualifier:

    规上工业增加值 | 同比增长 | 6%            subject, predicate, number
    全年 | 增长 | 6.7% | (达到 | 985.2亿元)   an implied subject, then a parenthesised level
    第二产业、第三产业增加值 | 分别增长 | 6.8%、6.6%   subjects paired with numbers

A clause without a subject of its own (全年增长6.7%, 总量达到1325亿元, 达330天) takes the indicator
last named in the sentence, even in a clause without a number (全区空气质量优良天数再创新高).
Figures for part of a year (前三季度, 上半年, 1-9月) are never emitted; nor are starting values
(由8万元增长到14万元), counts of listed items (等4个片区), shares of a parent's total (约占全市5%),
numbers that modify a following noun (40家定点医疗机构纳入…), changes of a growth rate
(增速提高1.5个百分点) or increments measured against last year (比上年增加1800亿元), which only
restate the difference of two levels.

An amount that a sentence adds without a base (一般公共预算收入增加5亿元, 多增50亿元) is the change,
not the level the indicator reached: it is kept as ``other`` with the verb in its text
(一般公共预算收入增加), so that a reviewer sees it and the linker never compares it with a level.
A level is a total the sentence states (达到, 完成, 实现, 增至, 突破, or a bare amount).

Each figure also carries what its sentence says about time (the last cue before it: 去年, 今年,
到2025年 …) and form (a commitment such as 力争 or 目标, a report such as 同比 after 实现), for
tense.py to decide whether it is a target or an outcome.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from . import clauses
from . import qualifiers as q
from .lexicon import COMMITTING_WORDS, COMPLETED_WORDS, REPORTING_WORDS
from .numbers import Quantity, find_quantities, unit_kind
from .rules import NO_TRACE, Trace
from .workload import is_work_item
from .sections import Cue, find_cues
from .subjects import FLOW_VERB, GENERIC, MAX_OTHER_TEXT, SUBPERIOD, Place, Subject, SubjectReader
from .taxonomy import OTHER, Taxonomy


class Tense:
    """What a figure's sentence says about time and form, for tense.py. The word checks run only
    when asked: most figures need none of them."""
    __slots__ = ("cue", "aimed", "year_on_year", "_sentence", "_since", "_start", "_end")

    def __init__(self, sentence: _Sentence, cue: Cue | None, start: int, end: int, *, aimed: bool) -> None:
        self.cue = cue  # the last time cue before the figure in its sentence
        self.aimed = aimed  # the figure is named as a goal (增长6%左右的目标): a target restated in a review
        self.year_on_year = sentence.year_on_year  # 同比 in the sentence
        self._sentence, self._since, self._start, self._end = sentence, cue.pos if cue else sentence.start, start, end

    @property
    def committed(self) -> bool:
        """A commitment word (力争, 确保, 将, 目标 …) between the cue (or the sentence start) and the figure."""
        return self._sentence.has(_COMMITTING, self._since, self._start)

    @property
    def reported(self) -> bool:
        """A reporting word (预计, 已, 了, 同比 …) there, or right before the cue (预计今年…)."""
        return self._sentence.has(_REPORTING, max(self._sentence.start, self._since - _REPORTING_REACH), self._end)

    @property
    def completed(self) -> bool:
        """实现, 完成, 达到, 了 … between the cue (or the sentence start) and the figure."""
        return self._sentence.has(_COMPLETED, self._since, self._start)


class Figure(NamedTuple):
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
    flow: bool  # 新增, 新建, 增加 …: an amount added during the period, not a level at its end
    estimate: bool
    scope: str | None  # a sub-area, a parent or another government; None for the government itself
    year: int | None  # a year the sentence names for the figure (2020年…, 到2025年…)
    tense: Tense
    start: int
    end: int
    span_years: int | None = None  # 两年平均: an average over the last N years
    number: tuple[int, int] | None = None  # the span of the number itself, for the trace


_SPAN_NUMBERS = "两三四五"
_SPAN_AVERAGE = re.compile(rf"(?<!\d)(?:(\d)|([{_SPAN_NUMBERS}]))年$")


def _span_years(match: re.Match[str]) -> int:
    return int(match.group(1)) if match.group(1) else _SPAN_NUMBERS.index(match.group(2)) + 2


_SENTENCE = re.compile(r"[^。!?;]+")
# Words of someone other than the government: a statistics bureau's or a spokesman's arithmetic
# (按此测算,年均增长6.3%以上就可以…), delegates' proposals, an expert's view. Not the report's figures.
_ATTRIBUTED = re.compile(
    r"(?:统计局|发言人|专家|学者|分析人士|研究员|经济学家|代表委员|人大代表|政协委员)[^。;]{0,20}?"
    r"(?:表示|认为|指出|称|介绍|测算|建议|分析|消息)|按此测算|据[^。,;]{0,10}测算|记者(?:梳理|统计|测算)"
)
# Only sentences with a digit, a Chinese amount, a doubling or a relation can state a figure.
# One class first, then look back at it: the search skips to candidates at once.
_WORTH_READING = re.compile(
    r"[\d百一二两三四五六七八九十千翻同高快低慢跑领超正](?:(?<=\d)|(?<=百)分之|(?<=[一二两三四五六七八九十百千])[万亿]|"
    r"(?<=翻).{0,2}番|(?<=同)步|(?<=[高快低慢])于|(?<=跑)赢|(?<=领)先|(?<=超)过|(?<=正)增长)"
)
# 2020年,… / 到2025年,…: a year that opens the sentence, not a starting point (2019年以来).
_OPENING_YEAR = re.compile(r"[^,\d]{0,4}?((?:19|20)\d\d)年(?!以来|来|起|至今)")
_ADJUSTED = re.compile(r"(?:剔除|扣除|按可比|可比口径|不含|含|若|如)")
# Words right before a number that make it no figure of the government's own: a starting value
# (由8万元…), a count of listed items (等4个片区), a share of a parent's total (约占全市5%), a gap
# to another government (高于全市平均2个百分点), progress against a plan (完成年度目标的113%).
# Searched in the last few characters only.
_NOT_A_FIGURE = re.compile(
    r"(?P<start>(?:由|从)(?:(?:19|20)\d\d年(?:底|末)?的?)?)$|(?P<listed>等)$|(?P<parent>占(?:全[国省市区县州][^,;。\d]{0,8}|[^,;。比重]{0,6})[约近超]?)$|"
    r"(?P<gap>(?:高于|快于|低于|慢于|高出|超出|领先)[^\d,;。]{2,}|比[^\d,;。]{1,10}[高低快慢多少])$|"
    r"(?P<progress>(?:目标|任务|计划)的)$|(?P<conversion>(?:约|折合|合)?(?:新台币|港币|港元|澳门币|澳元|日元|韩元|欧元))$"
    r"|(?P<attendance>(?:应到|实到|应出席|实出席|出席|列席)[^,;。\d]{0,6})$"
)
_SUBPERIOD_CLAUSE = re.compile(rf"(?:其中|今年|去年)?(?:{SUBPERIOD.pattern})(?:以来)?")
_ESTIMATED_BELOW = re.compile(r"\((?:均为)?(?:预计|预计数|预计值)[^()]{0,4}下同\)")
_SKIP_WINDOW = 14
_SKIP_RULES = {"start": "starting_value", "listed": "listed_count", "parent": "share_of_parent",
               "gap": "gap_to_others", "progress": "plan_progress", "conversion": "currency_conversion",
               "attendance": "attendance"}
_COMPARED = re.compile(r"(?:比|较)(?:上年|去年|上一年|年初)")
_STREAK = re.compile(r"连续(?:\d{1,2}|[两二三四五六七八九十]{1,3})年")
_FOLLOW_OK = re.compile(
    r"$|[、,;。:()!?“”]|和|与|及|并|且|同比|比上年|较上年|增长|下降|增速|增幅|居|位居|排名|排|列|占|是|创|再创|"
    r"(?:总量|规模|总额)?(?:达到|达|至|为)\d|人民币|美元|等(?:[。,;]|$)|…|"
    r"首次|实现|均|目标|大关|台阶|关口|安排|的(?:目标|水平|增速|规模|大关|台阶|关口|新高|好成绩)"
)
# A clause without a number matters only for a relation or for the numbers after it.
_RELATION_WORDS = re.compile(r"同步|于|跑赢|超过|正增长")
_COMMITTING, _REPORTING = COMMITTING_WORDS, REPORTING_WORDS
_REPORTING_REACH = 4  # 预计 stands right before the cue it qualifies: 预计今年…, 预计全年…
_COMPLETED = COMPLETED_WORDS
_AIMED = re.compile(r"的?(?:预期|发展|奋斗|年度|既定)?目标")


def parse_figures(text: str, start: int, end: int, *, taxonomy: Taxonomy, place: Place,
                  report_year: int | None, trace: Trace = NO_TRACE) -> list[Figure]:
    """Every figure stated in text[start:end] (a paragraph), in order; the numbers it drops go
    to ``trace`` with the rule that dropped them."""
    figures: list[Figure] = []
    # The next place that could state a figure: sentences before it are skipped unread, and the
    # search goes on from the end of each sentence read, so the paragraph is scanned once.
    worth = _WORTH_READING.search(text, start, end)
    subject = None
    estimating = False  # 预计 opening a list governs its items up to 。, across ;
    estimated_below = False  # (预计数,下同) governs the rest of the paragraph
    attributed = False  # someone else's words (统计局发言人表示…), up to 。
    cue = None  # a time cue outlives ; but not 。 (2012年,全省生产总值…;公共财政总收入…增长15.9%)
    for sentence in _SENTENCE.finditer(text, start, end):
        if worth is None:
            break
        sentence_start, sentence_end = sentence.span()
        if sentence_start > start and text[sentence_start - 1] != ";":
            subject = None  # a subject outlives ; but not 。
            estimating = estimated_below  # (预计,下同): the rest of the paragraph is estimates
            attributed = False
            cue = None
        attributed = attributed or bool(_ATTRIBUTED.search(text, sentence_start, sentence_end))
        if attributed:
            for quantity in find_quantities(text, sentence_start, sentence_end):
                trace.drop("attributed", quantity.start, quantity.end)
            continue
        carried = estimating
        estimating = estimating or q.estimate_start(text, sentence_start, sentence_end) < sentence_end
        estimated_below = estimated_below or bool(_ESTIMATED_BELOW.search(text, sentence_start, sentence_end))
        if worth.start() >= sentence_end:
            cue = _last_cue(text, sentence_start, sentence_end, report_year) or cue
            continue
        reader = _Sentence(text, sentence_start, sentence_end, taxonomy, place, report_year, subject, carried, trace,
                           cue)
        figures.extend(reader.read())
        subject = reader.subjects.subject
        cue = reader.last_cue() or cue
        worth = _WORTH_READING.search(text, sentence_end, end)
    return figures


class _Sentence:
    def __init__(self, text: str, start: int, end: int, taxonomy: Taxonomy, place: Place,
                 report_year: int | None, subject: Subject | None, estimated: bool = False,
                 trace: Trace = NO_TRACE, carried_cue: Cue | None = None) -> None:
        self.text, self.start, self.end = text, start, end
        self.trace = trace
        self.carried_cue = carried_cue  # the last cue of the sentence before the ;
        self.cues: list[Cue] | None = None  # read() finds them when the sentence has figures
        self.estimated = estimated
        self.taxonomy = taxonomy
        self.subjects = SubjectReader(taxonomy, place)
        self.subjects.subject = subject
        self.report_year = report_year

    def read(self) -> list[Figure]:
        text, start, end = self.text, self.start, self.end
        self.quantities = find_quantities(text, start, end)
        if not self.quantities and not _RELATION_WORDS.search(text, start, end):
            return []  # years and ordinals only (2021年是…, 第一): nothing to read
        opening = _OPENING_YEAR.match(text, start, end)
        self.year = int(opening.group(1)) if opening else None
        self.estimate_from = start - 1 if self.estimated else q.estimate_start(text, start, end)
        cumulative = text.find("累计", start, end)
        self.cumulative_from = end if cumulative < 0 else cumulative
        self.year_on_year = text.find("同比", start, end) >= 0
        self.cues = _strong_cues(text, start, end, self.report_year)
        self.words: dict[re.Pattern[str], list[tuple[int, int]]] = {}
        self.subperiod = False
        # 力争全年地区生产总值增长7%,一般公共预算收入突破100亿元: 力争 opening the sentence
        # governs all of it; elsewhere it governs its own clause.
        first = self.quantities[0].start if self.quantities else self.end
        self.stretch_opening = q.opens_with_stretch(self.text, self.start, first)
        return self._read(self.start, self.end)

    def _read(self, start: int, end: int) -> list[Figure]:
        figures: list[Figure] = []
        for clause_start, clause_end, groups in clauses.split_clauses(self.text, start, end):
            self.subjects.verb = None
            quantities = [qty for qty in self.quantities if clause_start <= qty.start and qty.end <= clause_end]
            if quantities and groups:
                quantities = [qty for qty in quantities if not any(a <= qty.start < b for a, b in groups)]
            if quantities:
                # A parenthesis without a figure (细颗粒物(PM2.5)浓度) is part of the subject.
                figure_groups = [(a, b) for a, b in groups if any(a <= qty.start < b for qty in self.quantities)]
                figures.extend(self._numbers(clause_start, clause_end, quantities, figure_groups))
                # …居民消费价格涨幅2%左右、居民收入与经济增长基本同步: a relation after the numbers.
                tail = q.read_post_qualifier(self.text, quantities[-1].end)[1]
                if self.text.startswith("、", tail) and _RELATION_WORDS.search(self.text, tail, clause_end):
                    figures.extend(self._relation(tail + 1, clause_end))
            elif self.quantities and self.quantities[-1].start > clause_end or _RELATION_WORDS.search(
                    self.text, clause_start, clause_end):
                if _SUBPERIOD_CLAUSE.fullmatch(self.text, clause_start, clause_end):
                    self.subperiod = True  # 上半年,…: the clauses after it speak of part of the year
                    continue
                figures.extend(self._relation(clause_start, clause_end))
            # A parenthesis (达到985.2亿元) speaks of the figure before it, unless it gives an
            # adjusted reading (剔除减税因素后…); its own subjects do not outlive it.
            last = self.subjects.subject
            for group_start, group_end in groups:
                if not _ADJUSTED.match(self.text, group_start):
                    figures.extend(self._read(group_start, group_end))
                self.subjects.subject = last
        return figures

    # Numbers ---------------------------------------------------------------------------------

    def _numbers(self, clause_start: int, clause_end: int, quantities: list[Quantity],
                 groups) -> list[Figure]:
        figures: list[Figure] = []
        segment_start = clause_start
        index = 0
        while index < len(quantities):
            run = clauses.value_run(self.text, quantities, index)
            first = run[0]
            pre_start = clauses.segment_start(self.text, segment_start, first.start, groups,
                                              first_in_clause=index == 0)
            figures.extend(self._segment(pre_start, run, clause_start, clause_end))
            segment_start = q.read_post_qualifier(self.text, run[-1].end)[1]
            index += len(run)
        return figures

    def _segment(self, pre_start: int, run: list[Quantity], clause_start: int, clause_end: int) -> list[Figure]:
        first = run[0]
        pre = self.text[pre_start:first.start]
        skip = _NOT_A_FIGURE.search(pre, max(0, len(pre) - _SKIP_WINDOW))
        if skip:
            if skip.lastgroup == "start":
                self.subjects.pending = self.subjects.clean(pre[: skip.start()])[0]
            return self._drop(_SKIP_RULES[skip.lastgroup], run)
        amount = unit_kind(first.unit) != "percent"
        if amount and _COMPARED.match(self.text, pre_start):
            return self._drop("increment", run)  # 比上年增加1000亿元
        if "连续" in pre and _STREAK.search(pre):
            return self._drop("streak", run)  # 连续10年稳定在1300万吨以上
        post, after = q.read_post_qualifier(self.text, run[-1].end)
        if after < clause_end and not _FOLLOW_OK.match(self.text, after, clause_end):
            return self._drop("modifies_noun", run)
        predicate = q.read_predicate(pre)
        if predicate.rate_shift:
            return self._drop("rate_shift", run)
        increment = amount and predicate.change
        points = first.unit in ("个百分点", "百分点")
        if (increment or points) and predicate.compared:
            return self._drop("increment", run)  # 一般公共预算收入比上年增加5亿元; 比重较上年提高0.3个百分点
        subject_end = predicate.start
        span = _SPAN_AVERAGE.search(pre, 0, subject_end) if predicate.average else None
        if span:
            subject_end = span.start()  # 两年平均增长5.9%: the average of the last two years
        subject_text, flags = self.subjects.clean(pre[:subject_end])
        flags["span_years"] = _span_years(span) if span else None
        if flags["subperiod"] or self.subperiod:
            self.subjects.remember(subject_text)
            return self._drop("subperiod", run)
        subjects = self.subjects.subjects(subject_text, len(run), predicate.listwise)
        if subjects is None:
            return self._drop("no_subject", run)
        if "、" in subject_text and GENERIC.match(subject_text.rpartition("、")[2]):
            pre_start += pre.rfind("、") + 1  # quote the sub-clause only: 年均增长8.5%
        if len(run) > 1 and len(subjects) != len(run):
            return self._drop("unpaired_series", run)  # 4.8%、3.7%、5.8% with one subject
        if len(run) == 1 and len(subjects) > 1:
            run = run * len(subjects)
        before = self.text[clause_start:first.start]
        stretch = q.is_stretch(before) or (self.stretch_opening and not q.is_firm(before))
        tense = self._tense(first.start, run[-1].end, aimed=bool(_AIMED.match(self.text, after, clause_end)))
        decline = predicate.decline
        average = predicate.average or flags["average"]
        cumulative = predicate.cumulative or flags["cumulative"]
        after_cumulative = self.cumulative_from < pre_start and not predicate.to_level
        year = flags["year"] or self._year(tense.cue)
        start = clauses.quote_start(self.text, pre_start, first.start)
        figures = []
        for subject, quantity in zip(subjects, run):
            if increment:
                subject = Subject(OTHER, (subject.text + predicate.verb)[-MAX_OTHER_TEXT:], subject.scope)
            # 分别增长10.6%和12.3%左右: a qualifier after the last number of a list covers the list.
            post_q = post if quantity is run[-1] else q.read_post_qualifier(self.text, quantity.end)[0] or post
            value, high = quantity.value, quantity.value_high
            if decline:
                value, high = (-high, -value) if high is not None else (-value, None)
            qualifier = q.combine_qualifier(pre=predicate.qualifier, post=post_q, is_range=high is not None,
                                            more=quantity.more, decline=decline)
            flow = increment or bool(FLOW_VERB.search(subject.text))
            estimate = self.estimate_from < quantity.start or predicate.rough
            # Positional, in the field order of Figure: the keyword form costs several times more.
            figures.append(Figure(subject.code, subject.text, _kind(quantity.unit, predicate, subject, pre, self.taxonomy), value,
                                  high, quantity.unit, qualifier, None, stretch, average, cumulative,
                                  after_cumulative, flow, estimate, subject.scope, year, tense, start, after,
                                  flags["span_years"], (quantity.start, quantity.end)))
        return figures

    def _drop(self, rule: str, run: list[Quantity]) -> list[Figure]:
        for quantity in run:
            self.trace.drop(rule, quantity.start, quantity.end)
        return []

    def last_cue(self) -> Cue | None:
        """The sentence's last cue, for the sentence after its ; to carry."""
        cues = self.cues if self.cues is not None else _strong_cues(self.text, self.start, self.end, self.report_year)
        return cues[-1] if cues else None

    def _tense(self, start: int, end: int, *, aimed: bool = False) -> Tense:
        """The time and form of a figure at text[start:end]: after the last time cue before it."""
        cue = self.carried_cue
        for candidate in self.cues:
            if candidate.pos >= start:
                break
            cue = candidate
        return Tense(self, cue, start, end, aimed=aimed)

    def has(self, words: re.Pattern[str], start: int, end: int) -> bool:
        """Whether ``words`` occur within text[start:end] of this sentence (found once, on demand)."""
        spans = self.words.get(words)
        if spans is None:
            spans = self.words[words] = [match.span() for match in words.finditer(self.text, self.start, self.end)]
        return any(start <= word_start and word_end <= end for word_start, word_end in spans)

    def _year(self, cue: Cue | None) -> int | None:
        """The year a cue names (2023年, 到2025年). Without the report's year there are no year
        cues, and the year opening the sentence is all there is."""
        if cue is not None:
            return cue.year
        return self.year if self.report_year is None else None

    # Relations -------------------------------------------------------------------------------

    def _relation(self, clause_start: int, clause_end: int) -> list[Figure]:
        clause = self.text[clause_start:clause_end]
        relation = q.find_relation(clause)
        if relation is None:
            self.subjects.remember_mention(clause)
            return []
        subject_text, flags = self.subjects.clean(clause[: relation.subject_end])
        if not subject_text:
            return []
        if "、" in subject_text:
            subjects = self.subjects.listed(subject_text, 0)
        else:
            subjects = [self.subjects.resolve(subject_text)]
        positive = relation.qualifier == q.POSITIVE
        reference = None if positive else _reference(relation.reference_text, self.taxonomy)
        if reference is None and not positive:
            return []
        start = clauses.quote_start(self.text, clause_start, clause_end)
        tense = self._tense(start, clause_end)
        return [
            Figure(indicator=subject.code, indicator_text=subject.text, kind="growth" if positive else "relational",
                   value=0 if positive else None, value_high=None, unit="%" if positive else None,
                   qualifier=q.AT_LEAST if positive else relation.qualifier, reference=reference,
                   stretch=q.is_stretch(clause[: relation.subject_end]),
                   average=relation.average or flags["average"], cumulative=False, after_cumulative=False,
                   flow=False, estimate=False, scope=subject.scope, year=flags["year"] or self._year(tense.cue),
                   tense=tense, start=start, end=clause_end)
            for subject in subjects
            if subject.code != OTHER or (_GROWTH_OF.search(clause, 0, relation.comparison) and not is_work_item(subject.text))
        ]


def _strong_cues(text: str, start: int, end: int, report_year: int | None) -> list[Cue]:
    """The cues that govern figures: an aside's year (扣除2022年灾后重建支出) governs none."""
    return [cue for cue in find_cues(text, start, end, report_year)
            if cue.strong and text.rfind("(", start, cue.pos) <= text.rfind(")", start, cue.pos)]


def _last_cue(text: str, start: int, end: int, report_year: int | None) -> Cue | None:
    cues = _strong_cues(text, start, end, report_year)
    return cues[-1] if cues else None


def _kind(unit: str, predicate: q.Predicate, subject: Subject, pre: str, taxonomy: Taxonomy) -> str:
    """growth, share, level or count. A percentage is a share when its subject is a rate or a
    ratio (失业率, 比重, 强度); otherwise it can only be a change (力争达到7% after 增长6%以上)."""
    kind = unit_kind(unit)
    if kind != "percent":
        return kind
    if unit == "‰":
        return "share"  # 人口自然增长率5.43‰: a rate per thousand, never an economic growth rate
    if unit != "%":
        return "growth"  # 个百分点: a change of a rate
    if predicate.change or subject.code == "cpi" or _GROWTH_WORDS.search(pre):
        return "growth"
    if taxonomy.is_share(subject.code) or _RATE_WORDS.search(subject.text):
        return "share"
    return "growth"


# An indicator the taxonomy does not know is compared by its growth: 全员劳动生产率增长高于经济增长
# (and not 生态环境质量与经济质量效益同步提高).
_GROWTH_OF = re.compile(r"增长|增速|增幅|成长")
_GROWTH_WORDS = re.compile(r"增速|增幅|涨幅|增长率|降幅")
_RATE_WORDS = re.compile(r"率|比重|比例|占比|占|强度|覆盖|普及|达标|指数|份额|系数|水平|程度")
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
