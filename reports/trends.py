"""One government over the years: per indicator, the target set for each year beside the figure
reported for it, which is what shows a habit (targets always just met, or quietly lowered)."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from reports.rows import AssessedTarget, Government
from reports.scorecards import distinct_targets
from reports.wording import Wording


@dataclass(frozen=True, slots=True)
class TrendSeries:
    """One quantity (indicator, kind, unit) with at most one point per year, oldest first."""

    indicator: str | None
    indicator_name: str
    kind: str
    unit: str
    direction: str
    points: tuple[AssessedTarget, ...]

    @property
    def years(self) -> tuple[int, ...]:
        return tuple(point.year for point in self.points)

    def name_in(self, words: Wording) -> str:
        return self.points[0].name_in(words)


@dataclass(frozen=True, slots=True)
class Trend:
    government: Government
    series: tuple[TrendSeries, ...]

    @property
    def years(self) -> tuple[int, ...]:
        return tuple(sorted({year for series in self.series for year in series.years}))

    @property
    def has_provisional(self) -> bool:
        return any(point.provisional for series in self.series for point in series.points)


def _point_preference(line: AssessedTarget) -> tuple:
    return (not line.headline, line.stretch, line.target_id)


def build_trend(government: Government, lines: Iterable[AssessedTarget]) -> Trend:
    """Series of the government's own targets; a year with two targets for the same quantity (a
    floor and a 力争 stretch) keeps the headline, non-stretch one."""
    grouped: dict[tuple, dict[int, AssessedTarget]] = {}
    for line in distinct_targets(line for line in lines if line.jurisdiction_id == government.id):
        if line.value is None:
            continue
        by_year = grouped.setdefault(line.series_key, {})
        current = by_year.get(line.year)
        if current is None or _point_preference(line) < _point_preference(current):
            by_year[line.year] = line
    series = [
        TrendSeries(
            indicator=points[0].indicator,
            indicator_name=points[0].indicator_name,
            kind=points[0].kind,
            unit=points[0].unit,
            direction=points[0].direction,
            points=points,
        )
        for points in (tuple(by_year[year] for year in sorted(by_year)) for by_year in grouped.values())
    ]
    series.sort(key=lambda s: (-len(s.points), not any(p.headline for p in s.points), s.indicator or "~",
                               s.indicator_name, s.kind))
    return Trend(government=government, series=tuple(series))
