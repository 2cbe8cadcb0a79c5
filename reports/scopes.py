"""What a generated report covers (its scope), and which reports a body of targets calls for.

Planning is pure so that a sweep over every government is cheap to reason about and to test: it
only needs the governments and which (government, year, indicator) triples have targets."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from reports.rows import Government

SCORECARD = "scorecard"
LEAGUE = "league"
TREND = "trend"
AMPLIFICATION = "amplification"
KINDS = (SCORECARD, LEAGUE, TREND, AMPLIFICATION)

BAD_KIND = "unknown report kind {!r}"
BAD_SCOPE = "a {kind} report needs {needs}"
_NEEDS = {
    SCORECARD: "a government and a year",
    LEAGUE: "a year and either a parent government or a level",
    TREND: "a government",
    AMPLIFICATION: "a government, a year and an indicator",
}
# Indicator codes no amplification is drawn for: they name nothing comparable across governments.
UNCOMPARABLE_INDICATORS = (None, "", "other")


@dataclass(frozen=True, slots=True)
class Scope:
    """`jurisdiction_id` is the government reported on (for a league: the parent whose children
    are ranked); a league of every government of one level sets `level` instead."""

    kind: str
    jurisdiction_id: int | None = None
    year: int | None = None
    indicator: str = ""
    level: str = ""

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(BAD_KIND.format(self.kind))
        has_government = self.jurisdiction_id is not None
        valid = {
            SCORECARD: has_government and self.year is not None,
            LEAGUE: self.year is not None and has_government != bool(self.level),
            TREND: has_government,
            AMPLIFICATION: has_government and self.year is not None and bool(self.indicator),
        }[self.kind]
        if not valid:
            raise ValueError(BAD_SCOPE.format(kind=self.kind, needs=_NEEDS[self.kind]))

    @property
    def key(self) -> str:
        """A stable, readable identity: 'scorecard-j12-2023', 'league-province-2023'."""
        parts = [self.kind]
        if self.jurisdiction_id is not None:
            parts.append(f"j{self.jurisdiction_id}")
        parts += [part for part in (self.level, self.year and str(self.year), self.indicator) if part]
        return "-".join(parts)


def plan_scopes(
    governments: Iterable[Government],
    target_keys: Iterable[tuple[int, int, str | None]],
    *,
    only: set[int] | None = None,
    years: set[int] | None = None,
) -> list[Scope]:
    """Every report the targets call for: a scorecard per government and year; a trend per
    government with targets in two years or more; a league per parent (its children) and per
    level when that level spans several parents; an amplification view per government with
    children, year and indicator that the government and a child both set a target for.

    `only` keeps the reports that read any of those governments (a changed district refreshes its
    city's league and amplification views too); `years` keeps the reports touching those years."""
    govs = {gov.id: gov for gov in governments}
    children: dict[int, list[int]] = {}
    for gov in govs.values():
        if gov.parent_id in govs:
            children.setdefault(gov.parent_id, []).append(gov.id)
    set_years: dict[int, set[int]] = {}
    indicators: set[tuple[int, int, str]] = set()
    for jurisdiction_id, year, indicator in target_keys:
        if jurisdiction_id not in govs:
            continue
        set_years.setdefault(jurisdiction_id, set()).add(year)
        if indicator not in UNCOMPARABLE_INDICATORS:
            indicators.add((jurisdiction_id, year, indicator))

    planned: list[tuple[Scope, set[int], set[int]]] = []
    for gov_id, gov_years in set_years.items():
        planned += [(Scope(SCORECARD, gov_id, year), {gov_id}, {year}) for year in gov_years]
        if len(gov_years) > 1:
            planned.append((Scope(TREND, gov_id), {gov_id}, gov_years))

    all_years = {year for gov_years in set_years.values() for year in gov_years}
    for year in all_years:
        active = {gov_id for gov_id, gov_years in set_years.items() if year in gov_years}
        parent_sets = []
        for parent_id, kids in children.items():
            members = active.intersection(kids)
            if len(members) > 1:
                planned.append((Scope(LEAGUE, parent_id, year), members, {year}))
                parent_sets.append(members)
        by_level: dict[str, set[int]] = {}
        for gov_id in active:
            if govs[gov_id].level:
                by_level.setdefault(govs[gov_id].level, set()).add(gov_id)
        for level, members in by_level.items():
            if len(members) > 1 and members not in parent_sets:
                planned.append((Scope(LEAGUE, year=year, level=level), members, {year}))

    for gov_id, year, indicator in indicators:
        kids = {kid for kid in children.get(gov_id, ()) if (kid, year, indicator) in indicators}
        if kids:
            parent = govs[gov_id].parent_id
            subjects = {gov_id, *children[gov_id], *([parent] if parent in govs else [])}
            planned.append((Scope(AMPLIFICATION, gov_id, year, indicator), subjects, {year}))

    chosen = [
        scope
        for scope, subjects, scope_years in planned
        if (only is None or subjects & only) and (years is None or scope_years & years)
    ]
    return sorted(chosen, key=lambda scope: (KINDS.index(scope.kind), scope.key))


def scope_parts(scopes: Iterable[Scope], size: int) -> list[list[Scope]]:
    """The scopes in parts for separate workers, reports that read the same rows together so
    that each part loads few: a government's scorecards, trend, league and amplification views
    side by side, `size` to a part; the leagues of every government of a level, which read a
    whole level, in a part per year, so that no part reads every year of every government."""
    scopes = list(scopes)
    local = sorted(
        (scope for scope in scopes if not scope.level),
        key=lambda scope: (scope.jurisdiction_id, scope.year or 0, KINDS.index(scope.kind), scope.indicator),
    )
    parts = [local[start : start + size] for start in range(0, len(local), size)]
    level_wide: dict[int, list[Scope]] = {}
    for scope in scopes:
        if scope.level:
            level_wide.setdefault(scope.year, []).append(scope)
    return parts + [sorted(level_wide[year], key=lambda scope: scope.level) for year in sorted(level_wide)]
