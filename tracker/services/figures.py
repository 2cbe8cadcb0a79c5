"""Which extracted figures can be stored, and why the others cannot.

Extraction reads what a text says; a hostile or garbled text can say things no row may hold: a
growth rate of 1e22%, a range that runs backwards, the year 99999, an indicator phrase of a
thousand characters. Such a figure is skipped, not stored, and the reason is kept on the report
(Report.skipped_figures) so that a reviewer sees what was left out and why. The number checks
are the pure rules of tracker.matching.plausible; the rest mirror the columns of Target/Outcome.

A text with more figures than any report states (the same sentence pasted 100,000 times) is no
report: it is refused whole rather than stored as 100,000 rows for reviewers to wade through.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TypeVar

from tracker.matching.plausible import implausible_range_reason, implausible_reason
from tracker.models import Outcome, Target

TOO_MANY_FIGURES = (
    "the text holds {count} figures, more than the {limit} any work report states: "
    "it is not one report (several joined together, or one sentence repeated)"
)
NO_PERIOD = "no period: the report's year was not detected and the text names none"
BAD_PERIOD = "the period {period} is not a year or a span of years between {first} and {last}"
BAD_SPAN = "the quote's position {start}-{end} is not inside the text"
TOO_LONG = "the {field} is longer than {limit} characters"

# The densest sample states 116 figures in 50 KB; forty times that is no longer one report.
MAX_FIGURES = 5000
FIRST_YEAR, LAST_YEAR = 1949, 2100
_PERIOD = re.compile(r"(\d{4})(?:-(\d{4}))?")
# Text fields of an extracted item, stored in the columns of the same name.
_TEXT_FIELDS = ("indicator_text", "unit", "scope", "reference")

Item = TypeVar("Item")


class TooManyFigures(ValueError):
    """The extraction found more figures than a report can hold; the message says how many."""


def storable_extraction(extraction, *, text_length: int) -> tuple[list, list, list[dict]]:
    """(targets, outcomes, skipped records) of an extraction, or TooManyFigures."""
    count = len(extraction.targets) + len(extraction.actuals)
    if count > MAX_FIGURES:
        raise TooManyFigures(TOO_MANY_FIGURES.format(count=f"{count:,}", limit=f"{MAX_FIGURES:,}"))
    targets, skipped_targets = storable_figures(extraction.targets, text_length=text_length)
    actuals, skipped_actuals = storable_figures(extraction.actuals, text_length=text_length)
    return targets, actuals, skipped_targets + skipped_actuals


def storable_figures(items: Iterable[Item], *, text_length: int) -> tuple[list[Item], list[dict]]:
    """(the items that can be stored, one record per skipped item: its quote, span and reason)."""
    kept, skipped = [], []
    for item in items:
        reason = figure_problem(item, text_length=text_length)
        if reason is None:
            kept.append(item)
        else:
            skipped.append({"quote": item.quote[:200], "start": item.start, "end": item.end, "reason": reason})
    return kept, skipped


def figure_problem(item, *, text_length: int) -> str | None:
    """Why the extracted target or outcome cannot be a row, or None."""
    if hasattr(item, "value_high"):
        reason = implausible_range_reason(item.kind, item.unit, item.value, item.value_high)
    else:
        reason = implausible_reason(item.kind, item.unit, item.value)
    return reason or _period_problem(item.period) or _span_problem(item, text_length) or _length_problem(item)


def _period_problem(period: str | None) -> str | None:
    if not period:
        return NO_PERIOD
    match = _PERIOD.fullmatch(period)
    years = [int(year) for year in match.groups() if year] if match else []
    if not years or not all(FIRST_YEAR <= year <= LAST_YEAR for year in years) or years != sorted(years):
        return BAD_PERIOD.format(period=period, first=FIRST_YEAR, last=LAST_YEAR)
    return None


def _span_problem(item, text_length: int) -> str | None:
    if not 0 <= item.start <= item.end <= text_length:
        return BAD_SPAN.format(start=item.start, end=item.end)
    return None


def _length_problem(item) -> str | None:
    model = Target if hasattr(item, "value_high") else Outcome
    limits = {field.name: field.max_length for field in model._meta.concrete_fields if field.max_length}
    for name in _TEXT_FIELDS:
        value = getattr(item, name, None)
        if value and name in limits and len(value) > limits[name]:
            return TOO_LONG.format(field=name.replace("_", " "), limit=limits[name])
    return None
