"""A league table: governments of one set (the districts of one city, all provinces) in one year.

Ranks rest on reviewed verdicts only: the met rate over settled targets (met, missed, silently
dropped). A government with no reviewed verdict yet is listed unranked, with its provisional rate
beside it, so that a machine's guesses never move a government up or down the table."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from reports.rows import AssessedTarget, Government
from reports.scorecards import Scorecard, Totals, build_scorecard


@dataclass(frozen=True, slots=True)
class LeagueRow:
    government: Government
    rank: int | None
    overall: Totals
    headline: Totals

    @property
    def met_rate(self) -> Decimal | None:
        """Reviewed verdicts only: what the ranking uses."""
        return self.overall.final.met_rate

    @property
    def provisional_met_rate(self) -> Decimal | None:
        """Every verdict, reviewed or not: shown, never ranked on."""
        return self.overall.combined.met_rate

    @property
    def has_provisional(self) -> bool:
        return self.overall.provisional.total > 0


@dataclass(frozen=True, slots=True)
class League:
    """The set is the children of `parent`, or every government of `level`."""

    year: int
    parent: Government | None
    level: str
    rows: tuple[LeagueRow, ...]

    @property
    def has_provisional(self) -> bool:
        return any(row.has_provisional for row in self.rows)


def _order(row: LeagueRow) -> tuple:
    final = row.met_rate
    combined = row.provisional_met_rate
    return (final is None, -(final or 0), combined is None, -(combined or 0), row.government.name)


def _ranked(rows: list[LeagueRow]) -> tuple[LeagueRow, ...]:
    """Standard competition ranking (1, 2, 2, 4) on the reviewed met rate."""
    rows.sort(key=_order)
    ranked: list[LeagueRow] = []
    for position, row in enumerate(rows, start=1):
        rank = None
        if row.met_rate is not None:
            previous = ranked[-1] if ranked else None
            tied = previous is not None and previous.met_rate == row.met_rate
            rank = previous.rank if tied else position
        ranked.append(LeagueRow(row.government, rank, row.overall, row.headline))
    return tuple(ranked)


def league_from_scorecards(
    scorecards: Iterable[Scorecard], *, year: int, parent: Government | None = None, level: str = ""
) -> League:
    rows = [
        LeagueRow(card.government, None, card.overall, card.headline)
        for card in scorecards
        if card.lines
    ]
    return League(year=year, parent=parent, level=level, rows=_ranked(rows))


def build_league(
    governments: Iterable[Government],
    year: int,
    lines: Iterable[AssessedTarget],
    *,
    parent: Government | None = None,
    level: str = "",
) -> League:
    """The league of `governments` in `year`; those without a target that year are left out."""
    by_government: dict[int, list[AssessedTarget]] = {}
    for line in lines:
        by_government.setdefault(line.jurisdiction_id, []).append(line)
    cards = (build_scorecard(gov, year, by_government.get(gov.id, ())) for gov in governments)
    return league_from_scorecards(cards, year=year, parent=parent, level=level)
