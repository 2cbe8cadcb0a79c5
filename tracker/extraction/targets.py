"""Targets: the figures a report commits to in its plan and five-year goals.

A figure read as a plan (tense.py) is a target for the report's year; one read as a goal (a goals
part, or a sentence about 今后五年 / 到2025年) is a five-year goal: a growth rate or a relation over
the span (2021-2025), a level, share or count at its end (2025). Figures in the list after
主要预期目标是 / 主要目标是 / 发展目标是 are headline targets; every other one is a commitment
embedded in the work plan (headline false).

A target has no scope of its own: a parent's figure (全市地区生产总值增长6%) is no commitment of
the government and is dropped; a sub-area's (高新区规上工业产值突破500亿元) is kept as ``other``
with the place in its text, for a reviewer, and never counts as the government's indicator.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .figures import Figure
from .lexicon import ANNOUNCING
from .sections import GOALS, Paragraph
from .subjects import other_government
from .taxonomy import OTHER


@dataclass(frozen=True)
class Target:
    indicator: str
    indicator_text: str
    period: str | None
    kind: str
    value: float | None
    value_high: float | None
    unit: str | None
    qualifier: str
    stretch: bool
    headline: bool
    reference: str | None
    quote: str
    start: int
    end: int


# The words that open a headline list. Matched from the literal 目标/指标 backwards (a lookbehind),
# so that the scan over a whole report stays fast; a verb (是/为) or a colon must follow.
_HEADLINE_CUE = re.compile(
    r"(?:目标|指标)(?<=主要目标|预期目标|发展目标|奋斗目标|主要指标|\d年目标)(?:任务)?(?:建议)?(?:安排)?"
    r"(?:(?:是|为|确定为|定为|设定为|建议为):?|:|——|-)"
    # A heading naming the year's targets, its list on the lines below (二、2025年主要目标任务).
    r"|(?:预期|主要)目标(?:任务)?$", re.M
)
# An item of a list written one per line without a bullet: 地区生产总值增长6%左右;
_ITEM_LINE = re.compile(r"[^。\n]{2,60}(?:\d|同步|高于|快于)[^。\n]{0,20}[;,。]?")
_BULLET = re.compile(r"(?:——|-|[●■◆▲★•·]|[一二三四五六七八九十]是|\(\d{1,2}\)|\([一二三四五六七八九十]\)|\d{1,2}[.、])")
# A clause about what already happened is not a commitment, even in the plan part.
_PAST = re.compile(f"了(?<!{')(?<!'.join(ANNOUNCING)})|已经|已|去年|过去")
_PARENT_SCOPE = re.compile(r"^[全我本]")


def headline_regions(text: str) -> list[tuple[int, int]]:
    """Spans of headline target lists: the rest of the sentence after the cue or, when the cue
    ends its line, the bulleted lines that follow it, or the one sentence of the next line."""
    regions = []
    for cue in _HEADLINE_CUE.finditer(text):
        line_end = _line_end(text, cue.end())
        if text[cue.end():line_end].strip() == "":
            # One item per line: bulleted (——, 一是, (一)) or plain items up to the one ending in 。
            end = line_end
            bulleted = bool(_BULLET.match(text, line_end + 1))
            while end + 1 < len(text):
                next_end = _line_end(text, end + 1)
                line = text[end + 1:next_end]
                if not (_BULLET.match(line) if bulleted else _ITEM_LINE.fullmatch(line)):
                    break
                end = next_end
                if not bulleted and line.endswith("。"):
                    break
            if end == line_end and end + 1 < len(text):
                # 主要目标 / 生产总值增长11.5%左右,…,万元GDP能耗下降3.5%。 (the list as one sentence)
                stop = text.find("。", end + 1, _line_end(text, end + 1))
                end = _line_end(text, end + 1) if stop < 0 else stop
        else:
            stop = text.find("。", cue.end(), line_end)
            end = line_end if stop < 0 else stop
        regions.append((cue.end(), end))
    return regions


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def in_regions(figure: Figure, regions: list[tuple[int, int]]) -> bool:
    """Whether a figure stands in a headline list (see headline_regions)."""
    return any(figure.start < end and start < figure.end for start, end in regions)


def target_drop_rule(figure: Figure, text: str, jurisdiction: str | None) -> str | None:
    """The rule that keeps a figure read as a plan or a goal from being a target, or None."""
    if _PAST.search(text, figure.start, figure.end):
        return "past_in_plan"
    if figure.scope and _PARENT_SCOPE.match(figure.scope):
        return "parent_target"
    if figure.scope and other_government(figure.scope, jurisdiction):
        return "other_government"
    return None


def target_from(figure: Figure, reading: Paragraph, *, text: str, report_year: int | None,
                headline: bool) -> Target:
    """The target a figure read as a plan or a goal states (target_drop_rule found none)."""
    indicator, indicator_text = figure.indicator, figure.indicator_text
    if figure.scope:
        indicator, indicator_text = OTHER, figure.scope + indicator_text
    # Positional: keyword construction of a frozen dataclass costs several times as much.
    return Target(indicator, indicator_text, _period(figure, reading, report_year), figure.kind, figure.value,
                  figure.value_high, figure.unit, figure.qualifier, figure.stretch, headline, figure.reference,
                  text[figure.start:figure.end], figure.start, figure.end)


def _period(figure: Figure, paragraph: Paragraph, report_year: int | None) -> str | None:
    year = figure.year
    goal = paragraph.part == GOALS or (year is not None and report_year is not None and year > report_year)
    if not goal:
        return str(year or report_year) if (year or report_year) else None
    span = paragraph.span
    if year is not None and report_year is not None and year > report_year:
        span = (span[0] if span and span[1] == year else report_year, year)
    if span is None:
        return str(year) if year else None
    over_span = figure.kind in ("growth", "relational") or figure.average or figure.cumulative or figure.flow
    return f"{span[0]}-{span[1]}" if over_span else str(span[1])


# A news article lists the main targets without the report's cue (报告提出,今年地区生产总值增长6%
# 左右,一般公共预算收入增长4%左右…): a sentence naming two or more indicators' targets for the
# year, or one named as the goal (GDP增长目标为7%), is that list. Not a task list (一是…二是…),
# nor ambitions alone (力争…,争取…), nor five-year goals.
_GOAL_WORD = re.compile(r"目标|预期")
_TASK_LIST = re.compile(r"[一二三四五六七八九十]是")
_SENTENCE_END = "。!?\n"


def mark_headlines(targets: list[Target], text: str, plan_year: int | None) -> list[Target]:
    """The targets with ``headline`` set for those standing in a list of the year's main targets:
    a sentence stating two or more indicators' targets, a target named as the goal (增长目标为7%,
    增长5.5%左右的目标), or a paragraph of short sentences that each state one (地区生产总值增长6.5%
    左右。全员劳动生产率增长6%。…)."""
    year = str(plan_year) if plan_year else None
    sentences: dict[int, set[int]] = {}
    lines: dict[int, set[int]] = {}
    for target in targets:
        if target.period == year and target.indicator != OTHER and not target.stretch:
            # Statements, not indicators: 城镇、农村居民人均可支配收入分别增长5.5%、7% is one.
            sentences.setdefault(sentence_start(text, target.start), set()).add(target.start)
            lines.setdefault(_line_start(text, target.start), set()).add(target.start)
    marked = []
    for target in targets:
        if not target.headline and year and target.period == year:
            start = sentence_start(text, target.start)
            sentence = text[start:_sentence_end(text, target.end)]
            named_goal = target.indicator != OTHER and bool(_GOAL_WORD.search(text, start, target.end + _GOAL_REACH))
            siblings = len(sentences.get(start, ()))
            listed = (siblings >= 2 or named_goal
                      or len(lines.get(_line_start(text, target.start), ())) >= _LIST_PARAGRAPH)
            if listed and not _TASK_LIST.search(sentence) and not (target.stretch and siblings < 2):
                target = replace(target, headline=True)
        marked.append(target)
    return marked


_GOAL_REACH = 4  # 增长5.5%左右的目标: the goal word right after the figure
_LIST_PARAGRAPH = 4  # statements of the year's targets in one paragraph make it the list


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding text[pos] begins (after 。!? or a line break)."""
    return max(text.rfind(mark, 0, pos) for mark in _SENTENCE_END) + 1


def _sentence_end(text: str, pos: int) -> int:
    ends = [end for end in (text.find(mark, pos) for mark in _SENTENCE_END) if end >= 0]
    return min(ends) if ends else len(text)
