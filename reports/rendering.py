"""A built report turned into files: HTML through templates/reports/, CSV, and PDF for scorecards.

The same function renders the live pages and the stored files, so what is published is what a
reader saw on the site. Output depends only on the report's inputs and the links passed in (no
clock), which is what lets an unchanged checksum stand for unchanged files."""
from __future__ import annotations

from collections.abc import Iterable, Mapping

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.safestring import mark_safe

from reports import charts, tables
from reports.builders import Built
from reports.pdf import html_to_pdf
from reports.scopes import AMPLIFICATION, LEAGUE, SCORECARD, TREND, Scope

HTML, CSV, PDF = "html", "csv", "pdf"
FORMATS = (HTML, CSV, PDF)
PDF_KINDS = (SCORECARD,)
# Excel reads a CSV without a byte-order mark as the local code page and garbles the Chinese.
CSV_BOM = "\ufeff"
BAD_FORMAT = "unknown format {!r}: choose from html, csv, pdf"

_TABLES = {
    SCORECARD: tables.scorecard_table,
    LEAGUE: tables.league_table,
    TREND: tables.trend_table,
    AMPLIFICATION: tables.amplification_table,
}


def formats_for(kind: str, requested: Iterable[str]) -> list[str]:
    """The requested formats this kind of report comes in, in a fixed order."""
    requested = set(requested)
    unknown = requested - set(FORMATS)
    if unknown:
        raise ValueError(BAD_FORMAT.format(sorted(unknown)[0]))
    return [fmt for fmt in FORMATS if fmt in requested and (fmt != PDF or kind in PDF_KINDS)]


def live_url(scope: Scope) -> str:
    """The page that computes this scope from the current data."""
    if scope.kind == SCORECARD:
        return reverse("reports:scorecard", args=[scope.jurisdiction_id, scope.year])
    if scope.kind == TREND:
        return reverse("reports:trend", args=[scope.jurisdiction_id])
    if scope.kind == AMPLIFICATION:
        return reverse("reports:amplification", args=[scope.jurisdiction_id, scope.year, scope.indicator])
    if scope.level:
        return reverse("reports:league-level", args=[scope.level, scope.year])
    return reverse("reports:league", args=[scope.jurisdiction_id, scope.year])


def render_html(built: Built, *, downloads: Mapping[str, str], embed_of: str = "") -> str:
    """`downloads` maps a format to its URL; the page links each one. `embed_of` makes the
    version for an iframe: chart and totals only, linking to the full page at that URL."""
    subject, kind = built.subject, built.scope.kind
    context = {"report": built, "subject": subject, "downloads": dict(downloads), "embed_of": embed_of}
    if kind == SCORECARD:
        chart = charts.scorecard_chart(subject)
    elif kind == LEAGUE:
        urls = {row.government.id: live_url(Scope(SCORECARD, row.government.id, subject.year)) for row in subject.rows}
        context["scorecard_urls"] = [(row, urls[row.government.id]) for row in subject.rows]
        chart = charts.league_chart(subject, urls)
    elif kind == TREND:
        chart = charts.trend_chart(subject)
    else:
        chart = charts.amplification_chart(subject)
    context["chart"] = mark_safe(chart)  # assembled from escaped parts in reports.svg
    return render_to_string(f"reports/{kind}.html", context)


def render_csv(built: Built) -> bytes:
    header, rows = _TABLES[built.scope.kind](built.subject)
    return (CSV_BOM + tables.to_csv(header, rows)).encode("utf-8")


def render_pdf(built: Built, *, base_url: str | None = None) -> bytes:
    return html_to_pdf(render_html(built, downloads={}), base_url=base_url)


def render_files(built: Built, formats: Iterable[str], *, downloads: Mapping[str, str]) -> dict[str, bytes]:
    """Each requested format this kind comes in, as bytes."""
    files = {}
    for fmt in formats_for(built.scope.kind, formats):
        if fmt == HTML:
            files[fmt] = render_html(built, downloads=downloads).encode("utf-8")
        elif fmt == CSV:
            files[fmt] = render_csv(built)
        else:
            files[fmt] = render_pdf(built)
    return files
