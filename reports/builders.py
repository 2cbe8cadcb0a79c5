"""From a scope and the rows in memory to a computed report with its title and inputs checksum.

A sweep loads the rows of every government it touches once (`World`), then builds each report
from that: a thousand scorecards cost one query, not a thousand."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from reports.amplification import Amplification, build_amplification
from reports.checksums import inputs_checksum
from reports.leagues import League, build_league
from reports.rows import AssessedTarget, Government
from reports.scopes import AMPLIFICATION, LEAGUE, SCORECARD, TREND, Scope
from reports.scorecards import Scorecard, build_scorecard
from reports.trends import Trend, build_trend
from reports.wording import ENGLISH, Wording, gettext_noop

UNKNOWN_GOVERNMENT = "no government with id {}"
LEVEL_LABELS = {
    "national": gettext_noop("national governments"),
    "province": gettext_noop("provinces"),
    "prefecture": gettext_noop("prefecture-level cities"),
    "county": gettext_noop("counties and districts"),
}


@dataclass
class World:
    """Governments, who is whose child, and the rows of each government."""

    governments: dict[int, Government]
    children: dict[int, list[Government]] = field(default_factory=dict)
    lines: dict[int, list[AssessedTarget]] = field(default_factory=dict)

    @classmethod
    def of(cls, governments: Iterable[Government], lines: Iterable[AssessedTarget]) -> World:
        world = cls({gov.id: gov for gov in governments})
        for gov in world.governments.values():
            if gov.parent_id is not None:
                world.children.setdefault(gov.parent_id, []).append(gov)
        for line in lines:
            world.lines.setdefault(line.jurisdiction_id, []).append(line)
        return world

    def government(self, jurisdiction_id: int) -> Government:
        try:
            return self.governments[jurisdiction_id]
        except KeyError:
            raise LookupError(UNKNOWN_GOVERNMENT.format(jurisdiction_id)) from None

    def members(self, scope: Scope) -> list[Government]:
        """The governments a report reads, named first to last."""
        if scope.kind == LEAGUE:
            if scope.level:
                found = [gov for gov in self.governments.values() if gov.level == scope.level]
            else:
                found = list(self.children.get(scope.jurisdiction_id, []))
            return sorted(found, key=lambda gov: gov.name)
        focus = self.government(scope.jurisdiction_id)
        if scope.kind != AMPLIFICATION:
            return [focus]
        parent = self.governments.get(focus.parent_id) if focus.parent_id is not None else None
        kids = sorted(self.children.get(focus.id, []), key=lambda gov: gov.name)
        return ([parent] if parent else []) + [focus] + kids

    def scope_lines(self, scope: Scope) -> list[AssessedTarget]:
        """Exactly the rows the report shows, which is what its checksum covers."""
        return [
            line
            for gov in self.members(scope)
            for line in self.lines.get(gov.id, ())
            if (scope.year is None or line.year == scope.year)
            and (scope.kind != AMPLIFICATION or line.indicator == scope.indicator)
        ]


@dataclass(frozen=True)
class Built:
    scope: Scope
    title: str
    subject: Scorecard | League | Trend | Amplification
    checksum: str
    target_count: int
    provisional: bool


def _title(scope: Scope, world: World, subject, words: Wording) -> str:
    if scope.kind == SCORECARD:
        return words(gettext_noop("%(government)s · scorecard %(year)s"),
                     government=world.government(scope.jurisdiction_id).name, year=scope.year)
    if scope.kind == TREND:
        return words(gettext_noop("%(government)s · targets and outcomes over the years"),
                     government=world.government(scope.jurisdiction_id).name)
    if scope.kind == LEAGUE:
        if scope.level:
            level = LEVEL_LABELS.get(scope.level)
            return words(gettext_noop("League table %(year)s: all %(level)s"), year=scope.year,
                         level=words(level) if level else scope.level)
        return words(gettext_noop("League table %(year)s: governments under %(government)s"), year=scope.year,
                     government=world.government(scope.jurisdiction_id).name)
    return words(gettext_noop("%(indicator)s %(year)s · targets from %(government)s up and down"),
                 indicator=subject.name_in(words), year=scope.year, government=subject.focus.government.name)


def build_report(scope: Scope, world: World, words: Wording = ENGLISH) -> Built:
    """`words` only names the report (its title); the computation is the same in any language."""
    lines = world.scope_lines(scope)
    members = world.members(scope)
    if scope.kind == SCORECARD:
        subject = build_scorecard(members[0], scope.year, lines)
        count = len(subject.lines)
    elif scope.kind == LEAGUE:
        parent = world.government(scope.jurisdiction_id) if scope.jurisdiction_id is not None else None
        subject = build_league(members, scope.year, lines, parent=parent, level=scope.level)
        count = sum(row.overall.combined.total for row in subject.rows)
    elif scope.kind == TREND:
        subject = build_trend(members[0], lines)
        count = sum(len(series.points) for series in subject.series)
    else:
        focus = world.government(scope.jurisdiction_id)
        subject = build_amplification(
            indicator=scope.indicator,
            year=scope.year,
            focus=focus,
            parent=world.governments.get(focus.parent_id) if focus.parent_id is not None else None,
            children=world.children.get(focus.id, []),
            lines=lines,
        )
        count = sum(tier.target is not None for tier in subject.tiers)
    named = list(members)
    if scope.kind == LEAGUE and scope.jurisdiction_id is not None:
        named.append(world.government(scope.jurisdiction_id))  # the parent is named in the title
    return Built(
        scope=scope,
        title=_title(scope, world, subject, words),
        subject=subject,
        checksum=inputs_checksum(scope, named, lines),
        target_count=count,
        provisional=subject.has_provisional,
    )
