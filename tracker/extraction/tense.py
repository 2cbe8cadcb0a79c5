"""Whether a figure is committed to (a target) or reported (an outcome), and for which time.

The part of the report a paragraph stands in gives the default reading (sections.py). A sentence
can say otherwise, and its own words win over the part, because copies lose headings, headings
lose their cue words and news summaries mix the two sides in one paragraph:

- a time cue before the figure in its sentence governs it: after 去年, 2023年 or 过去五年 it is a
  result, after 今年, 到2025年 or 今后五年 a plan or a goal. A cue governs the rest of its own
  sentence; only a cue in a paragraph's first sentence names the paragraph (sections.py), and no
  cue reaches into the next paragraph.
- a headline list (主要预期目标是…) holds targets wherever it stands, unless a review restates
  last year's (年初确定的主要预期目标是…).
- a reporting form without a cue (实现…同比增长6%) is a result even in the plan; in a text
  without parts, so is any 同比 figure and any completed one (全年实现生产总值83亿元).

Guards keep a switch honest. A review figure after 今年 becomes a target only in a committing
form (力争, 确保, 将, 目标, or a 左右 value), and no review figure becomes one after a reporting word
(预计, 已, 了, 同比); a plan figure becomes a result only when nothing commits to it between the
cue and the number.
"""
from __future__ import annotations

from .figures import Figure
from .qualifiers import APPROX
from .sections import GOALS, PLAN, REVIEW, TERM, UNKNOWN, Paragraph


def reading(figure: Figure, paragraph: Paragraph, *, headline: bool) -> Paragraph | None:
    """The reading of one figure (part REVIEW, PLAN or GOALS, with the term or span it covers),
    or None when it is neither a target nor an outcome of the report."""
    part, tense = paragraph.part, figure.tense
    cue = tense.cue
    if headline:
        if part in (REVIEW, UNKNOWN) and tense.reported:
            return None  # 年初确定的主要预期目标是…: last year's targets restated in a review
        if part == GOALS or (cue is not None and cue.part == GOALS):
            return _as(paragraph, GOALS, span=cue.span if cue and cue.part == GOALS else paragraph.span)
        return _as(paragraph, PLAN)
    if tense.aimed and part not in (PLAN, GOALS):
        return None  # 完成了增长6%左右的目标: the old target restated
    if cue is None:
        # 实现…同比增长6%; in a text without parts, 全年实现生产总值83.91亿元 (a completed form) too.
        reported_form = (tense.year_on_year and (tense.completed or part == UNKNOWN)) or (
            part == UNKNOWN and tense.completed)
        if part in (PLAN, GOALS, UNKNOWN) and reported_form and not tense.committed:
            return _as(paragraph, REVIEW)
        return paragraph if part in (PLAN, GOALS, REVIEW) else None
    if cue.part in (REVIEW, TERM):
        if tense.committed:
            return paragraph if part in (PLAN, GOALS) else None
        if part not in (REVIEW, PLAN, GOALS, UNKNOWN):
            return None
        return _as(paragraph, REVIEW, term=cue.part == TERM, span=cue.span if cue.part == TERM else None)
    # A cue of the plan or its goals. 今后五年 or 到2027年 can only look ahead; 今年 in a review
    # may be the year just ended (a report delivered in December), so it needs a commitment.
    if part in (REVIEW, UNKNOWN):
        if tense.reported:
            return paragraph if part == REVIEW else None  # 今年…预计: a review's estimate stays one
        if part == REVIEW and cue.part == PLAN and not (tense.committed or figure.qualifier == APPROX):
            return None
    elif part not in (PLAN, GOALS):
        return None
    return _as(paragraph, cue.part, span=cue.span if cue.part == GOALS else None)


def _as(paragraph: Paragraph, part: str, *, term: bool = False, span: tuple[int, int] | None = None) -> Paragraph:
    """The paragraph read as ``part`` for one figure (the paragraph itself when that changes nothing)."""
    if (part, term, span) == (paragraph.part, paragraph.term, paragraph.span):
        return paragraph
    return paragraph._replace(part=part, term=term, span=span)

