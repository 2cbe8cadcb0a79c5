"""A built report turned into files: HTML through templates/reports/, CSV, and PDF for scorecards.

The same function renders the live pages and the stored files, so what is published is what a
reader saw on the site, in the language active while rendering (the stored files: the site's,
Chinese). The HTML depends only on the report's inputs and the links passed in (no clock), which
is what lets an unchanged checksum stand for unchanged files; the PDF also prints the date it
was generated on, and its links are absolute (SITE_URL) so they still work once downloaded."""
from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping

from django.conf import settings
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import override

from reports import charts, tables
from reports.builders import Built
from reports.language import current_wording
from reports.pdf import html_to_pdf
from reports.scopes import AMPLIFICATION, LEAGUE, SCORECARD, TREND, Scope

HTML, CSV, PDF = "html", "csv", "pdf"
FORMATS = (HTML, CSV, PDF)
PDF_KINDS = (SCORECARD,)
# Excel reads a CSV without a byte-order mark as the local code page and garbles the Chinese.
CSV_BOM = "\ufeff"
BAD_FORMAT = "unknown format {!r}: choose from html, csv, pdf"
# Where a stored page gets its banner when its inputs have changed since (see reports.views).
STALE_MARKER = "<!-- stale-report-banner -->"

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


def live_language_links(scope: Scope) -> list[tuple[str, str, str]]:
    """(code, name, URL) of the live page of `scope` in each language: the language switch of a
    page rendered without a request (a stored file cannot post a form)."""
    links = []
    for code, name in settings.LANGUAGES:
        with override(code):
            links.append((code, name, live_url(scope)))
    return links


def render_html(
    built: Built,
    *,
    downloads: Mapping[str, str],
    request: HttpRequest | None = None,
    print_meta: Mapping[str, str] | None = None,
    embed_of: str = "",
) -> str:
    """`downloads` maps a format to its URL; the page links each one. With a `request` the
    language switch is a form (set_language), without one links to the live page in each
    language. `print_meta` (generated, site) is what the PDF's page margins print. `embed_of`
    makes the version for an iframe: chart and totals only, linking to the full page at that URL."""
    subject, kind = built.subject, built.scope.kind
    words = current_wording()
    context = {
        "report": built,
        "subject": subject,
        "downloads": dict(downloads),
        "language_links": live_language_links(built.scope),
        "print_meta": print_meta,
        "stale_marker": mark_safe(STALE_MARKER),
        "embed_of": embed_of,
    }
    if kind == SCORECARD:
        chart = charts.scorecard_chart(subject, words)
    elif kind == LEAGUE:
        urls = {row.government.id: live_url(Scope(SCORECARD, row.government.id, subject.year)) for row in subject.rows}
        context["scorecard_urls"] = [(row, urls[row.government.id]) for row in subject.rows]
        chart = charts.league_chart(subject, urls, words)
    elif kind == TREND:
        chart = charts.trend_chart(subject, words)
    else:
        chart = charts.amplification_chart(subject, words)
    context["chart"] = mark_safe(chart)  # assembled from escaped parts in reports.svg
    return render_to_string(f"reports/{kind}.html", context, request=request)


def render_csv(built: Built, *, named_headers: bool = False) -> bytes:
    """Codes as column names (what scripts read), or with `named_headers` the columns' names in
    the reader's language; the cells keep their codes either way."""
    header, rows = _TABLES[built.scope.kind](built.subject)
    if named_headers:
        header = tables.header_names(header, current_wording())
    return (CSV_BOM + tables.to_csv(header, rows)).encode("utf-8")


def render_pdf(built: Built, *, generated: datetime.datetime | None = None) -> bytes:
    """The page laid out for print: running header, page numbers, generation date and checksum
    in the margins, links made absolute against SITE_URL."""
    generated = timezone.localtime(generated or timezone.now())
    meta = {"generated": generated.strftime("%Y-%m-%d %H:%M"), "site": settings.SITE_URL}
    html = render_html(built, downloads={}, print_meta=meta)
    return html_to_pdf(html, base_url=settings.SITE_URL)


def render_files(
    built: Built, formats: Iterable[str], *, downloads: Mapping[str, str], generated: datetime.datetime | None = None
) -> dict[str, bytes]:
    """Each requested format this kind comes in, as bytes."""
    files = {}
    for fmt in formats_for(built.scope.kind, formats):
        if fmt == HTML:
            files[fmt] = render_html(built, downloads=downloads).encode("utf-8")
        elif fmt == CSV:
            files[fmt] = render_csv(built)
        else:
            files[fmt] = render_pdf(built, generated=generated)
    return files
