"""Which part of a report each paragraph belongs to, and so which year its figures speak of.

A full report has numbered headings: a review (一、2023年工作回顾 / 回首"十三五"), sometimes a
five-year outlook (展望"十四五" / 今后五年工作的总体要求和奋斗目标), the year's plan
(二、2024年工作安排 / 拼搏2021 / 下一步工作) and government self-building. A heading names its
part by a year (2024年, 二〇二四年) or a cue word; a heading with neither (三、坚定信心,奋力开创
新局面) opens a part that its first lines name (2024年是…, 过去一年…). Copies are often fragments
that start in the middle of a part, and news articles have no headings at all; there the first
sentence of a paragraph (五年来, 过去一年, 今年, 未来五年, 到2025年) tells the part.

Within a review, a paragraph speaks of the last year or of the whole term (过去的五年, 十三五);
paragraphs without a cue continue the previous paragraph's reading. Cues inside a sentence are
found by ``find_cues``; the figure grammar applies them to the rest of their sentence only.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from .numbers import parse_chinese_integer

REVIEW, PLAN, GOALS, OTHER, UNKNOWN = "review", "plan", "goals", "other", "unknown"
TERM = "term"  # a cue for a review of the whole term, not a part of its own


class Paragraph(NamedTuple):
    start: int
    end: int
    part: str  # review, plan, goals, other, unknown
    term: bool  # a review paragraph about the whole term rather than the last year
    span: tuple[int, int] | None  # the term reviewed, or the years a five-year goal covers


class Cue(NamedTuple):
    """Words that say which time a text speaks of: TERM, REVIEW (the last year), PLAN or GOALS."""
    pos: int
    part: str
    span: tuple[int, int] | None  # the term or the goal's years
    year: int | None  # a year the cue names (2023年, 到2025年)
    strong: bool  # precise enough to govern a single sentence (本届政府 and 展望 are not)


_HEADING = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.]|第[一二三四五六七八九十]{1,3}部分)")
_HEADING_MAX = 80
# A heading that lost its number in a copy: a short line naming a part, with no sentence in it.
# (An infographic's headings are as short: 2020年成就: / “十四五”目标: / 2021年目标:)
_BARE_HEADING = re.compile(
    r"[^。,;:]{0,16}(?:工作回顾|工作安排|主要任务|重点工作|奋斗目标|总体要求|目标任务|主要目标|预期目标|下一步工作|工作建议)"
    r"[^。,;:]{0,12}:?|[^。,;:]{0,12}(?:目标|成就|成绩|成绩单|回眸|答卷):?"
)
_CN_YEAR = "[一二][〇零○][〇零○一二三四五六七八九]{2}"
_HEADING_YEAR = re.compile(rf"(?<!\d)((?:19|20)\d\d|{_CN_YEAR})(?!\d)(?:年|:|\s|$|工作)")
_FIVE_YEAR_PLAN = re.compile(r"十([一二三四五六七八九])五")
_PLAN_ORDINALS = "一二三四五六七八九"

_REVIEW_WORDS = re.compile(r"回顾|回首|回眸|过去|总结|成绩|成就|答卷|本届政府工作|收官|取得|一年来|五年来|完成情况")
_GOALS_WORDS = re.compile(r"今后五年|未来五年|奋斗目标|远景|展望|五年.{0,6}目标|十[一二三四五六七八九]五.{0,4}目标")
_PLAN_WORDS = re.compile(
    r"工作安排|工作任务|重点工作|主要任务|主要工作|今年|明年|总体要求|工作部署|重点任务|下一步|建议|预期目标|主要目标|"
    r"目标任务|工作思路|工作打算"
)
_OTHER_WORDS = re.compile(r"自身建设|政府建设|依法行政|人民满意|牢记宗旨|作风建设")

# Every cue, in one pass. Every branch starts with a plain character, so that the regex engine
# skips the characters no cue starts with: the scan runs over every sentence that has a figure.
# A year is a cue unless it is a comparison base or a starting point (比2020年, 由2020年的…,
# 按2020年价格, 2019年以来, 在2023年基础上), a date (2024年1月12日在…会议上) or a title's year
# (2024年某某区政府工作报告).
_YEAR_END = (r"年(?!以来|来|起|至今|相比|基础|的基础|同期|底以来|\d{1,2}月|[一二三四五六七八九十]{1,2}月|"
             r"[^,。;\n]{0,16}政府工作报告)")
_CUES = re.compile(
    r"过去(?:的)?[五一]年|五年[来间里]|一年来|本届政府|任期|刚刚过去的|今年(?:以来)?|明年|今后五年|未来五年|展望|"
    r"十[一二三四五六七八九]五(?:”|\"|规划)?(?:时期|期间|以来|末)|去年(?<![比较]去年)(?!基础|同期)|"
    rf"到(?:19|20)\d\d{_YEAR_END}|至(?:19|20)\d\d{_YEAR_END}|19\d\d{_YEAR_END}|20\d\d{_YEAR_END}|"
    rf"到{_CN_YEAR}{_YEAR_END}|二[〇零○][〇零○一二三四五六七八九]{{2}}{_YEAR_END}"
)
_CUE_YEAR = re.compile(rf"(?:19|20)\d\d|{_CN_YEAR}")
_CUE_PARTS = {"本届政府": TERM, "任期": TERM, "刚刚过去的": REVIEW, "今年以来": REVIEW, "一年来": REVIEW,
              "去年": REVIEW, "今年": PLAN, "明年": PLAN, "今后五年": GOALS, "未来五年": GOALS, "展望": GOALS}
_WEAK_CUES = frozenset({"本届政府", "任期", "展望"})
_NOT_A_YEAR_CUE = "比较与同和从由自按以是0123456789"
_BODY_WINDOW = 200


def five_year_plan_span(ordinal: str) -> tuple[int, int]:
    """十四五 → (2021, 2025), counting on from 十一五 (2006-2010)."""
    start = 2006 + 5 * (_PLAN_ORDINALS.index(ordinal))
    return start, start + 4


def find_cues(text: str, start: int, end: int, report_year: int | None) -> list[Cue]:
    """Every time cue in text[start:end], in order. Years count only when the report's year is
    known (a year before it is the review, the year itself the plan, a later one a goal)."""
    cues = []
    for match in _CUES.finditer(text, start, end):
        cue = _cue(match, report_year)
        if cue is not None:
            cues.append(cue)
    return cues


def _cue(match: re.Match[str], report_year: int | None) -> Cue | None:
    pos, words = match.start(), match.group(0)
    last = (report_year - 5, report_year - 1) if report_year else None
    upcoming = (report_year, report_year + 4) if report_year else None
    part = _CUE_PARTS.get(words)
    if part is not None:
        span = last if part == TERM else upcoming if part == GOALS else None
        return Cue(pos, part, span, None, words not in _WEAK_CUES)
    if words.startswith(("过去", "五年")):
        return Cue(pos, TERM, last, None, True) if "五" in words else Cue(pos, REVIEW, None, None, True)
    if words[0] == "十":
        if report_year is None:
            return None
        first, final = five_year_plan_span(words[1])
        if final < report_year:
            return Cue(pos, TERM, (first, final), None, True)
        if words.endswith("以来"):
            return Cue(pos, TERM, (first, report_year - 1), None, True) if report_year > first else None
        return Cue(pos, GOALS, (max(first, report_year), final), None, True)
    year_match = _CUE_YEAR.search(words)
    if report_year is None or (pos > 0 and match.string[pos - 1] in _NOT_A_YEAR_CUE):
        return None
    year = _year_value(year_match.group(0))
    if year < report_year:
        return Cue(pos, REVIEW, None, year, True)
    if year == report_year:
        return Cue(pos, PLAN, None, year, True)
    return Cue(pos, GOALS, (report_year, year), year, True)


def _year_value(text: str) -> int:
    return int(text) if text.isascii() else parse_chinese_integer(text)


def first_cue(text: str, start: int, end: int, report_year: int | None) -> Cue | None:
    """The earliest cue of a paragraph's first sentence: it names the paragraph's time."""
    stop = _sentence_end(text, start, end)
    pos = start
    while pos < stop:
        match = _CUES.search(text, pos, stop)
        if match is None:
            return None
        cue = _cue(match, report_year)
        if cue is not None:
            return cue
        pos = match.end()
    return None


_SENTENCE_END = re.compile(r"[。!?]")


def _sentence_end(text: str, start: int, end: int) -> int:
    match = _SENTENCE_END.search(text, start, end)
    return match.end() if match else end


def split_paragraphs(text: str, report_year: int | None) -> list[Paragraph]:
    """Every non-empty line of a normalised text, with its part, in order."""
    lines = _lines(text)
    headings = _heading_parts(text, lines, report_year)
    parts = [part for part in headings.values() if part]
    # Before the first heading: nothing to read if there are no headings; the opening of a full
    # report before its review; the end of the review in a fragment that starts later.
    state = _State(part=UNKNOWN if not headings else OTHER if parts and parts[0] == REVIEW else REVIEW,
                   headed=bool(headings))
    paragraphs = []
    for index, (start, end, line) in enumerate(lines):
        if index in headings:
            part = headings[index]
            if part:
                state.enter(part, line, report_year)
            paragraphs.append(Paragraph(start, end, state.part, state.term, state.span))
            continue
        paragraphs.append(state.read(text, start, end, report_year))
    return paragraphs


def _lines(text: str) -> list[tuple[int, int, str]]:
    """Every non-empty line, cut again where a sentence inside it opens with a time cue
    (…取得新的重大成就。过去五年,… / 。今年,…): a copy that lost its line breaks, or a news
    paragraph that turns from the results to the plan, changes its reading there."""
    lines, pos = [], 0
    for line in text.split("\n"):
        if line:
            start = pos
            for cut in _CUE_OPENING.finditer(line):
                cut_at = pos + cut.end()
                if cut_at > start:
                    lines.append((start, cut_at, text[start:cut_at]))
                    start = cut_at
            lines.append((start, pos + len(line), text[start:pos + len(line)]))
        pos += len(line) + 1
    return lines


# The end of a sentence followed by one that opens with a cue of time (or a numbered heading).
_CUE_OPENING = re.compile(
    r"[。!?](?=(?:[一二三四五六七八九十]、|(?:同时|此外|其中)?,?)?(?:过去(?:的)?[五一]年|五年[来间里]|一年来|刚刚过去的|今年|去年|"
    r"明年|今后五年|未来五年|展望|(?:19|20)\d\d年(?:是|,|全[省市区县]|[^,。]{0,8}(?:工作回顾|预期目标|主要目标|工作安排))))"
)


def _heading_parts(text: str, lines, report_year: int | None) -> dict[int, str | None]:
    """The part each heading line opens (None: it opens none, the reading goes on). A numbered
    heading without a cue after a review or an outlook opens the part its first lines name."""
    headings: dict[int, str | None] = {}
    current = None
    for index, (start, end, line) in enumerate(lines):
        if not _is_heading(line):
            continue
        part = _heading_part(line, report_year)
        if part is None and _HEADING.match(line) and current in (None, REVIEW, GOALS, OTHER):
            part = _body_part(text, end, report_year, current)
        if part == current and not _HEADING.match(line.lstrip(_MARKS)) and not _DATED_HEADING.search(line):
            part = None  # 主要成就: inside a review of the term goes on reading the term
        headings[index] = part
        current = part or current
    return headings


def _body_part(text: str, start: int, report_year: int | None, current: str | None) -> str | None:
    """The part the first words under a heading name, or None when they name none."""
    cue = first_cue(text, start + 1, min(len(text), start + 1 + _BODY_WINDOW), report_year)
    if cue is None or not cue.strong:
        return None
    part = REVIEW if cue.part == TERM else cue.part
    if current == GOALS and part != PLAN:
        return None  # an outlook goes on until the year's plan starts
    return None if part == current else part


def _is_heading(line: str) -> bool:
    line = line.lstrip(_MARKS)
    if len(line) > _HEADING_MAX:
        return False
    return bool(_HEADING.match(line) or _BARE_HEADING.fullmatch(line))


_MARKS = "■□●○◆◇▲△★☆•·▶►"
_DATED_HEADING = re.compile(rf"(?:19|20)\d\d|{_CN_YEAR}|十[一二三四五六七八九]五|五年|一年")  # an infographic's or a digest's heading marks (■2024年成绩单)


def _heading_part(line: str, report_year: int | None) -> str | None:
    year = _HEADING_YEAR.search(line)
    if year and report_year:
        value = _year_value(year.group(1))
        if value == report_year:
            return PLAN
        if value == report_year - 1:
            return REVIEW
    for words, part in ((_OTHER_WORDS, OTHER), (_REVIEW_WORDS, REVIEW), (_GOALS_WORDS, GOALS), (_PLAN_WORDS, PLAN)):
        if words.search(line):
            return part
    plan = _FIVE_YEAR_PLAN.search(line)
    if plan and report_year:
        start, end = five_year_plan_span(plan.group(1))
        return REVIEW if end < report_year else GOALS
    return None


class _State:
    def __init__(self, part: str, *, headed: bool) -> None:
        self.part = part
        self.headed = headed
        self.term = False
        self.span: tuple[int, int] | None = None

    def enter(self, part: str, heading: str, report_year: int | None) -> None:
        self.part, self.term, self.span = part, False, None
        if part == REVIEW:
            self.term = bool(_TERM_HEADING.search(heading))
            self.span = _term_span(heading, report_year) if self.term else None
        elif part == GOALS:
            self.span = _goal_span(heading, report_year)

    def read(self, text: str, start: int, end: int, report_year: int | None) -> Paragraph:
        """The paragraph's reading. The earliest cue of its first sentence decides: without
        headings it moves the whole text to another part; under headings it only tells a review
        paragraph about the term from one about the last year, or marks a goal paragraph inside
        the plan."""
        cue = first_cue(text, start, end, report_year)
        if cue is None:
            paragraph = Paragraph(start, end, self.part, self.term, self.span)
            self._announce(text, start, end, report_year)
            return paragraph
        if not self.headed:
            self.part = REVIEW if cue.part == TERM else cue.part
        if self.part == REVIEW and cue.part in (TERM, REVIEW):
            self.term = cue.part == TERM
            self.span = cue.span if self.term else None
        elif self.part == GOALS and cue.part == GOALS and not self.headed:
            self.span = cue.span
        elif self.part == PLAN and cue.part == GOALS:
            return Paragraph(start, end, GOALS, False, cue.span)
        if self.part == PLAN:
            self.span = None
        paragraph = Paragraph(start, end, self.part, self.term, self.span)
        self._announce(text, start, end, report_year)
        return paragraph

    def _announce(self, text: str, start: int, end: int, report_year: int | None) -> None:
        """A news paragraph that announces what comes next (…宣布今年北京的经济社会发展主要预期
        目标。) sets the reading of the paragraphs after it, in a text without headings."""
        if self.headed:
            return
        last = max(text.rfind(mark, start, end - 1) for mark in "。!?") + 1
        last = max(last, start)
        if _ANNOUNCED.search(text, last, end):
            cue = first_cue(text, last, end, report_year)
            if cue is not None and cue.strong:
                self.part = REVIEW if cue.part == TERM else cue.part
                self.term, self.span = cue.part == TERM, cue.span


# The last sentence of a paragraph naming what the next ones list: 今年…主要预期目标。, 去年…成绩单:
_ANNOUNCED = re.compile(r"(?:预期目标|主要目标|目标任务|成绩单|主要成就|取得的成绩)[。:]?$", re.M)


_TERM_HEADING = re.compile(r"过去(?:的)?五年|五年来|本届政府|任期|五年间|五年里|十[一二三四五六七八九]五")


def _term_span(text: str, report_year: int | None) -> tuple[int, int] | None:
    plan = _FIVE_YEAR_PLAN.search(text)
    if plan:
        return five_year_plan_span(plan.group(1))
    return (report_year - 5, report_year - 1) if report_year else None


def _goal_span(text: str, report_year: int | None) -> tuple[int, int] | None:
    plan = _FIVE_YEAR_PLAN.search(text)
    if plan:
        return five_year_plan_span(plan.group(1))
    until = re.search(r"到((?:20)\d\d)年", text)
    if until and report_year and int(until.group(1)) > report_year:
        return report_year, int(until.group(1))
    return (report_year, report_year + 4) if report_year else None
