"""Which part of a report each paragraph belongs to, and so which year its figures speak of.

A full report has numbered headings: a review (一、2023年工作回顾 / 回首"十三五"), sometimes a
five-year outlook (展望"十四五" / 今后五年工作的总体要求和奋斗目标), the year's plan
(二、2024年工作安排 / 拼搏2021) and government self-building. Copies are often fragments that
start in the middle of a part, and news articles have no headings at all; there the opening words
of a paragraph (五年来, 过去一年, 今年, 未来五年, 到2025年) tell the part.

Within a review, a paragraph speaks of the last year or of the whole term (过去的五年, 十三五);
paragraphs without a cue continue the previous paragraph's reading.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

REVIEW, PLAN, GOALS, OTHER, UNKNOWN = "review", "plan", "goals", "other", "unknown"
TERM = "term"  # a cue for a review of the whole term, not a part of its own


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    part: str  # review, plan, goals, other, unknown
    term: bool  # a review paragraph about the whole term rather than the last year
    span: tuple[int, int] | None  # the term reviewed, or the years a five-year goal covers


_HEADING = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.]|第[一二三四五六七八九十]{1,3}部分)")
_HEADING_MAX = 80
# A heading that lost its number in a copy: a short line naming a part, with no sentence in it.
_BARE_HEADING = re.compile(r"[^。,;:]{0,16}(?:工作回顾|工作安排|主要任务|重点工作|奋斗目标|总体要求|目标任务)[^。,;:]{0,12}")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)(?:年|:|:|\s|$|工作)")
_FIVE_YEAR_PLAN = re.compile(r"十([一二三四五六七八九])五")
_PLAN_ORDINALS = "一二三四五六七八九"

_REVIEW_WORDS = re.compile(r"回顾|回首|过去|总结|成绩|成就|本届政府工作|收官|取得")
_GOALS_WORDS = re.compile(r"今后五年|未来五年|奋斗目标|远景|展望|五年.{0,6}目标")
_PLAN_WORDS = re.compile(r"工作安排|工作任务|重点工作|主要任务|主要工作|今年|总体要求|工作部署|重点任务")
_OTHER_WORDS = re.compile(r"自身建设|政府建设|依法行政|人民满意|牢记宗旨|作风建设")

_TERM_CUES = re.compile(r"过去(?:的)?五年|五年来|本届政府|任期|五年间|五年里|十[一二三四五]五(?:”|\")?(?:时期|期间|以来)")
_ANNUAL_CUES = re.compile(r"过去(?:的)?一年|一年来|去年|刚刚过去的|(?<!\d)((?:19|20)\d\d)年")
_GOAL_CUES = re.compile(r"今后五年|未来五年|到((?:20)\d\d)年|展望")
_PLAN_CUES = re.compile(r"今年|明年|(?<!\d)((?:19|20)\d\d)年(?:是|,|全区|全市|全县|全省|经济社会发展)")
_CUE_WINDOW = 30


def five_year_plan_span(ordinal: str) -> tuple[int, int]:
    """十四五 → (2021, 2025), counting on from 十一五 (2006-2010)."""
    start = 2006 + 5 * (_PLAN_ORDINALS.index(ordinal))
    return start, start + 4


def split_paragraphs(text: str, report_year: int | None) -> list[Paragraph]:
    """Every non-empty line of a normalised text, with its part, in order."""
    lines = _lines(text)
    parts = [part for _, _, line in lines if _is_heading(line) and (part := _heading_part(line, report_year))]
    # Before the first heading: nothing to read if there are no headings; the opening of a full
    # report before its review; the end of the review in a fragment that starts later.
    state = _State(part=UNKNOWN if not parts else OTHER if parts[0] == REVIEW else REVIEW, headed=bool(parts))
    paragraphs = []
    for start, end, line in lines:
        if _is_heading(line):
            part = _heading_part(line, report_year)
            if part:
                state.enter(part, line, report_year)
            paragraphs.append(Paragraph(start, end, state.part, state.term, state.span))
            continue
        paragraphs.append(state.read(start, end, line, report_year))
    return paragraphs


def _lines(text: str) -> list[tuple[int, int, str]]:
    lines, pos = [], 0
    for line in text.split("\n"):
        if line:
            lines.append((pos, pos + len(line), line))
        pos += len(line) + 1
    return lines


def _is_heading(line: str) -> bool:
    if len(line) > _HEADING_MAX:
        return False
    return bool(_HEADING.match(line) or _BARE_HEADING.fullmatch(line))


def _heading_part(line: str, report_year: int | None) -> str | None:
    year = _YEAR.search(line)
    if year and report_year:
        if int(year.group(1)) == report_year:
            return PLAN
        if int(year.group(1)) == report_year - 1:
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
            self.term = bool(_TERM_CUES.search(heading) or _FIVE_YEAR_PLAN.search(heading))
            self.span = _term_span(heading, report_year) if self.term else None
        elif part == GOALS:
            self.span = _goal_span(heading, report_year)

    def read(self, start: int, end: int, line: str, report_year: int | None) -> Paragraph:
        """The paragraph's reading. The earliest cue at its start decides: without headings it
        moves the whole text to another part; under headings it only tells a review paragraph
        about the term from one about the last year, or marks a goal paragraph inside the plan."""
        cue = _first_cue(line[:_CUE_WINDOW], report_year)
        if cue is None:
            return Paragraph(start, end, self.part, self.term, self.span)
        if not self.headed:
            self.part = REVIEW if cue == TERM else cue
        if self.part == REVIEW and cue in (TERM, REVIEW):
            self.term = cue == TERM
            self.span = _term_span(line[:_CUE_WINDOW], report_year) if self.term else None
        elif self.part == GOALS and cue == GOALS and not self.headed:
            self.span = _goal_span(line[:_CUE_WINDOW], report_year)
        elif self.part == PLAN and cue == GOALS:
            return Paragraph(start, end, GOALS, False, _goal_span(line[:_CUE_WINDOW], report_year))
        if self.part == PLAN:
            self.span = None
        return Paragraph(start, end, self.part, self.term, self.span)


def _first_cue(opening: str, report_year: int | None) -> str | None:
    """The part named by the earliest cue in a paragraph's opening words (TERM for a review of
    the whole term), or None."""
    found = []
    for pattern, part in ((_TERM_CUES, TERM), (_ANNUAL_CUES, REVIEW), (_GOAL_CUES, GOALS), (_PLAN_CUES, PLAN)):
        for match in pattern.finditer(opening):
            year = int(match.group(1)) if pattern.groups and match.group(1) else None
            if year is not None and not _year_fits(part, year, report_year):
                continue
            found.append((match.start(), part))
            break
    if not found:
        return None
    return min(found)[1]


def _year_fits(part: str, year: int, report_year: int | None) -> bool:
    if report_year is None:
        return False
    if part == REVIEW:
        return year < report_year
    if part == GOALS:
        return year > report_year
    return year == report_year


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
