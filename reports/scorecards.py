"""A government's scorecard for one year: each target beside its outcome, and the totals.

Only reviewed verdicts are final. Unreviewed ones are counted apart, as provisional, so a reader
never mistakes a machine's guess for a checked result; the totals are kept separately for the
headline targets (the 主要预期目标 list) and for those embedded in the work plan, because a
government is judged first on the promises it put up front."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from reports.rows import SOURCE_KINDS, VERDICT_LABELS, VERDICTS, AssessedTarget, Government
from reports.wording import gettext_noop

HEADLINE = gettext_noop("Headline targets (主要预期目标)")
EMBEDDED = gettext_noop("Targets in the work plan")


@dataclass(frozen=True, slots=True)
class VerdictCounts:
    met: int = 0
    missed: int = 0
    not_reported: int = 0
    pending: int = 0
    not_comparable: int = 0

    @classmethod
    def of(cls, lines: Iterable[AssessedTarget]) -> VerdictCounts:
        """Counts by verdict; the field names are the verdict codes."""
        counts = dict.fromkeys(VERDICTS, 0)
        for line in lines:
            counts[line.verdict] += 1
        return cls(**counts)

    def __add__(self, other: VerdictCounts) -> VerdictCounts:
        return VerdictCounts(**{name: getattr(self, name) + getattr(other, name) for name in VERDICTS})

    @property
    def total(self) -> int:
        return self.met + self.missed + self.not_reported + self.pending + self.not_comparable

    @property
    def judged(self) -> int:
        """Targets the year's outcome settles: met, missed, or passed over in silence."""
        return self.met + self.missed + self.not_reported

    @property
    def met_rate(self) -> Decimal | None:
        """Met as a share of the settled targets; a silent drop counts against, like a miss."""
        if not self.judged:
            return None
        return (Decimal(self.met) / Decimal(self.judged)).quantize(Decimal("0.001"))


@dataclass(frozen=True, slots=True)
class Totals:
    """Counts of reviewed (final) verdicts and of provisional ones, kept apart."""

    final: VerdictCounts
    provisional: VerdictCounts

    @classmethod
    def of(cls, lines: Iterable[AssessedTarget]) -> Totals:
        lines = list(lines)
        return cls(
            final=VerdictCounts.of(line for line in lines if line.reviewed),
            provisional=VerdictCounts.of(line for line in lines if not line.reviewed),
        )

    @property
    def combined(self) -> VerdictCounts:
        return self.final + self.provisional

    @property
    def by_verdict(self) -> tuple[tuple[str, str, int, int], ...]:
        """(verdict, label, final count, provisional count) in the usual order, for tables; the
        label is an English message id, translated where it is shown."""
        return tuple(
            (verdict, VERDICT_LABELS[verdict], getattr(self.final, verdict), getattr(self.provisional, verdict))
            for verdict in VERDICTS
        )


@dataclass(frozen=True, slots=True)
class Scorecard:
    government: Government
    year: int
    lines: tuple[AssessedTarget, ...]
    headline: Totals
    embedded: Totals
    overall: Totals

    @property
    def has_provisional(self) -> bool:
        return any(line.provisional for line in self.lines)

    @property
    def groups(self) -> tuple[tuple[str, Totals], ...]:
        """The totals rows of the page and the PDF (names are message ids, like the sections')."""
        return ((HEADLINE, self.headline), (EMBEDDED, self.embedded), (gettext_noop("All targets"), self.overall))

    @property
    def sections(self) -> tuple[tuple[str, tuple[AssessedTarget, ...]], ...]:
        return ((HEADLINE, self.headline_lines), (EMBEDDED, self.embedded_lines))

    @property
    def headline_lines(self) -> tuple[AssessedTarget, ...]:
        return tuple(line for line in self.lines if line.headline)

    @property
    def embedded_lines(self) -> tuple[AssessedTarget, ...]:
        return tuple(line for line in self.lines if not line.headline)


def _preference(line: AssessedTarget) -> tuple:
    source = SOURCE_KINDS.index(line.source_kind) if line.source_kind in SOURCE_KINDS else len(SOURCE_KINDS)
    return (not line.reviewed, not line.headline, source, line.target_id)


def distinct_targets(lines: Iterable[AssessedTarget]) -> list[AssessedTarget]:
    """One line per promise: the same target stated in the full text and in a news summary of it
    is counted once, keeping the reviewed, headline, best-sourced copy."""
    best: dict[tuple, AssessedTarget] = {}
    for line in lines:
        key = (line.year, line.series_key, line.qualifier, line.value, line.value_high, line.stretch,
               line.reference)
        if key not in best or _preference(line) < _preference(best[key]):
            best[key] = line
    return list(best.values())


def build_scorecard(government: Government, year: int, lines: Iterable[AssessedTarget]) -> Scorecard:
    """The scorecard of `government` for the targets it set for `year`; other rows are ignored."""
    own = distinct_targets(
        line for line in lines if line.jurisdiction_id == government.id and line.year == year
    )
    own.sort(key=lambda line: (not line.headline, line.indicator or "~", line.indicator_name, line.target_id))
    return Scorecard(
        government=government,
        year=year,
        lines=tuple(own),
        headline=Totals.of(line for line in own if line.headline),
        embedded=Totals.of(line for line in own if not line.headline),
        overall=Totals.of(own),
    )
