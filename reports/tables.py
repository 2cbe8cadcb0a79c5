"""Every report as a table, and the table as CSV: what a journalist loads into a spreadsheet.

Each row carries its status (final or provisional) and the permalink of its assessment, so a
figure quoted from the CSV can be traced to its evidence like one quoted from the page."""
from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from decimal import Decimal

from reports.amplification import Amplification
from reports.leagues import League
from reports.rows import AssessedTarget, format_number
from reports.scorecards import Scorecard
from reports.trends import Trend
from reports.wording import Wording, gettext_noop
from tracker.csv_safety import spreadsheet_safe

FINAL = "final"
PROVISIONAL = "provisional"

_LINE_HEADER = [
    "indicator", "indicator_name", "headline", "stretch", "kind", "qualifier", "target", "target_high",
    "unit", "actual", "actual_unit", "estimate", "verdict", "gap", "narrow", "status", "assessment_id",
    "permalink", "target_quote", "actual_quote",
]


def _flag(value: bool) -> str:
    return "yes" if value else "no"


def _rate(value: Decimal | None) -> str:
    return "" if value is None else format_number(value * 100)


def _line_cells(line: AssessedTarget) -> list[str]:
    return [
        line.indicator or "", line.indicator_name, _flag(line.headline), _flag(line.stretch), line.kind,
        line.qualifier, format_number(line.value), format_number(line.value_high), line.unit,
        format_number(line.actual), line.actual_unit, _flag(line.actual_estimate), line.verdict,
        format_number(line.gap), _flag(line.narrow), PROVISIONAL if line.provisional else FINAL,
        "" if line.assessment_id is None else str(line.assessment_id), line.permalink,
        line.target_quote, line.actual_quote,
    ]


def scorecard_table(card: Scorecard) -> tuple[list[str], list[list[str]]]:
    header = ["government", "year", *_LINE_HEADER]
    rows = [[card.government.name, str(card.year), *_line_cells(line)] for line in card.lines]
    return header, rows


def league_table(league: League) -> tuple[list[str], list[list[str]]]:
    header = [
        "rank", "government", "year", "met", "missed", "not_reported", "pending", "not_comparable",
        "met_rate_percent", "provisional_met", "provisional_missed", "provisional_not_reported",
        "provisional_pending", "provisional_not_comparable", "met_rate_incl_provisional_percent",
        "headline_met", "headline_judged",
    ]
    rows = []
    for row in league.rows:
        final, provisional = row.overall.final, row.overall.provisional
        rows.append([
            "" if row.rank is None else str(row.rank), row.government.name, str(league.year),
            str(final.met), str(final.missed), str(final.not_reported), str(final.pending),
            str(final.not_comparable), _rate(row.met_rate),
            str(provisional.met), str(provisional.missed), str(provisional.not_reported),
            str(provisional.pending), str(provisional.not_comparable), _rate(row.provisional_met_rate),
            str(row.headline.final.met), str(row.headline.final.judged),
        ])
    return header, rows


def trend_table(trend: Trend) -> tuple[list[str], list[list[str]]]:
    header = ["government", "year", *_LINE_HEADER]
    rows = [
        [trend.government.name, str(point.year), *_line_cells(point)]
        for series in trend.series
        for point in series.points
    ]
    return header, rows


def amplification_table(view: Amplification) -> tuple[list[str], list[list[str]]]:
    header = ["role", "government", "level", "year", "escalation", *_LINE_HEADER]
    rows = []
    for tier in view.tiers:
        cells = _line_cells(tier.target) if tier.target else [view.indicator] + [""] * (len(_LINE_HEADER) - 1)
        rows.append([tier.role, tier.government.name, tier.government.level, str(view.year),
                     format_number(tier.escalation), *cells])
    return header, rows


# Column names for readers (CSV with ?headers=names): the codes stay what scripts read.
HEADER_LABELS = {
    "government": gettext_noop("government"),
    "year": gettext_noop("year"),
    "indicator": gettext_noop("indicator code"),
    "indicator_name": gettext_noop("indicator"),
    "headline": gettext_noop("headline target"),
    "stretch": gettext_noop("stretch (力争)"),
    "kind": gettext_noop("kind"),
    "qualifier": gettext_noop("qualifier"),
    "target": gettext_noop("target"),
    "target_high": gettext_noop("target (upper value)"),
    "unit": gettext_noop("unit"),
    "actual": gettext_noop("actual"),
    "actual_unit": gettext_noop("unit of the actual"),
    "estimate": gettext_noop("estimate"),
    "verdict": gettext_noop("verdict"),
    "gap": gettext_noop("gap"),
    "narrow": gettext_noop("narrow miss"),
    "status": gettext_noop("status"),
    "assessment_id": gettext_noop("assessment"),
    "permalink": gettext_noop("permalink"),
    "target_quote": gettext_noop("target quote"),
    "actual_quote": gettext_noop("outcome quote"),
    "rank": gettext_noop("rank"),
    "met": gettext_noop("met"),
    "missed": gettext_noop("missed"),
    "not_reported": gettext_noop("not reported"),
    "pending": gettext_noop("pending"),
    "not_comparable": gettext_noop("not comparable"),
    "met_rate_percent": gettext_noop("met rate (%)"),
    "provisional_met": gettext_noop("met, provisional"),
    "provisional_missed": gettext_noop("missed, provisional"),
    "provisional_not_reported": gettext_noop("not reported, provisional"),
    "provisional_pending": gettext_noop("pending, provisional"),
    "provisional_not_comparable": gettext_noop("not comparable, provisional"),
    "met_rate_incl_provisional_percent": gettext_noop("met rate incl. provisional (%)"),
    "headline_met": gettext_noop("headline targets met"),
    "headline_judged": gettext_noop("headline targets judged"),
    "role": gettext_noop("role"),
    "level": gettext_noop("level"),
    "escalation": gettext_noop("step up"),
}


def header_names(header: Sequence[str], words: Wording) -> list[str]:
    """The header in the reader's language; a column without a name keeps its code."""
    return [words(HEADER_LABELS[code]) if code in HEADER_LABELS else code for code in header]


def to_csv(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """CSV text with a header row; written as UTF-8 with a BOM by the caller so Excel reads the
    Chinese correctly. A quote beginning with = + - @ is written as text, never as a formula."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([spreadsheet_safe(cell) for cell in row] for row in rows)
    return buffer.getvalue()
