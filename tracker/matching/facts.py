"""The rows matching works on, as plain frozen values.

The Django side fills these from Target and Outcome rows, so matching and judging can be tested
and re-run without a database. Values are Decimal, as in the database: a float would turn 7.4
into 7.4000000000000004 and a gap of -0.1 into a rounding argument."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

GROWTH = "growth"
LEVEL = "level"
SHARE = "share"
RELATIONAL = "relational"

# Indicator codes that name nothing a figure could be matched on: a reviewer maps them first.
UNRESOLVED_INDICATORS = (None, "", "other")

# A relational target's reference when it is the parent government's figure (高于全市平均水平).
PARENT_AVERAGE = "parent_average"

# Most trusted first.
SOURCE_KINDS = ("full", "partial", "summary")


@dataclass(frozen=True, slots=True, kw_only=True)
class TargetFact:
    """A commitment stated in the report of `report_year`.

    `value` is the low end of a range and `value_high` its high end; declines are signed growth
    (下降3%以上 is value -3, qualifier at_most). `reference` names what a relational target is
    compared with: an indicator code or 'parent_average'. `cumulative` marks a 累计 total over a
    span (累计下降15%), which only a cumulative figure can answer, unlike a 年均 average."""

    id: int
    jurisdiction_id: int
    indicator: str | None
    period_start: int
    period_end: int
    kind: str
    value: Decimal | None
    value_high: Decimal | None
    unit: str
    qualifier: str
    stretch: bool
    reference: str | None
    report_year: int
    cumulative: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class OutcomeFact:
    """A figure a report gives for a period that has passed.

    `scope` names a sub-area (重庆经开区); empty or None is the government itself.
    `source_kind` is the document's kind: 'full', 'partial' or 'summary'. A derived figure is
    computed here from two reported levels; `derived_from` holds their ids and `id` repeats the
    later one, the level the reviewing report gives."""

    id: int
    jurisdiction_id: int
    indicator: str | None
    period_start: int
    period_end: int
    kind: str
    value: Decimal
    unit: str
    estimate: bool
    cumulative: bool
    scope: str | None
    report_id: int
    report_year: int
    source_kind: str
    derived: bool = False
    derived_from: tuple[int, ...] = ()

    def evidence_rank(self, review_year: int) -> tuple:
        """Sort key among figures for the same period, most trusted first: a final figure, from
        the report that reviews the period (then the nearest later one), from the full text."""
        known = self.source_kind in SOURCE_KINDS
        source = SOURCE_KINDS.index(self.source_kind) if known else len(SOURCE_KINDS)
        distance = self.report_year - review_year
        return (self.estimate, abs(distance), distance < 0, source, self.id)
