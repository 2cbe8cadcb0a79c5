"""Outcomes: the figures a report gives for what happened (read as a review: tense.py).

A figure about the last year speaks of the report's year minus one (or the year the sentence
names). One about the whole term (过去五年, 十三五) gives averages (年均),
totals (累计) and flows (新增就业) over the term's span (2016-2020), and levels at its end (2020);
a growth rate over the term without 年均 is the total change over the term, so it is cumulative,
and so is an amount in a sentence that opened with 累计 (累计签约项目1075个,实际利用外资超40亿美元).
"""
from __future__ import annotations

from dataclasses import dataclass

from .figures import Figure
from .sections import Paragraph


@dataclass(frozen=True)
class Actual:
    indicator: str
    indicator_text: str
    period: str | None
    kind: str
    value: float | None
    unit: str | None
    estimate: bool
    cumulative: bool
    scope: str | None
    quote: str
    start: int
    end: int


def actual_from(figure: Figure, reading: Paragraph, *, text: str, report_year: int | None) -> Actual:
    """The outcome a figure read as a review states (a relation states none: callers drop it)."""
    period, cumulative = _period(figure, reading, report_year)
    # Positional: keyword construction of a frozen dataclass costs several times as much.
    return Actual(figure.indicator, figure.indicator_text, period, figure.kind, figure.value, figure.unit,
                  figure.estimate, cumulative, figure.scope, text[figure.start:figure.end], figure.start, figure.end)


_TERM_YEARS = 5


def _period(figure: Figure, paragraph: Paragraph, report_year: int | None) -> tuple[str | None, bool]:
    if figure.span_years or (figure.average and figure.kind == "growth" and not paragraph.term):
        # 两年平均增长5.9%; 年均增长8.6% in a paragraph on the last year: the term up to that year.
        years = figure.span_years or _TERM_YEARS
        last = figure.year if figure.year is not None else (report_year - 1 if report_year else None)
        return (f"{last - years + 1}-{last}" if last else None), False
    if figure.year is not None and (report_year is None or figure.year < report_year):
        return str(figure.year), figure.cumulative
    if report_year is None:
        return None, figure.cumulative
    if not paragraph.term:
        return str(report_year - 1), figure.cumulative
    first, last = paragraph.span or (report_year - 5, report_year - 1)
    if figure.average or figure.cumulative or figure.flow:
        return f"{first}-{last}", figure.cumulative
    if figure.kind == "growth" or figure.after_cumulative:
        return f"{first}-{last}", True
    return str(last), False
