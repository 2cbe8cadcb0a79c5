"""Public pages under /<language>/reports/: the stored reports to browse, and live pages computed
from the current data for any government and year. Views only parse, call a selector and respond.

Live pages speak the language of their URL. Stored reports were generated in the site's language
(Chinese) and are served under that prefix only; when their inputs have changed since, the page
carries a banner linking the live version."""
from __future__ import annotations

import re

from csp.decorators import csp_replace
from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import translate_url
from django.utils.translation import get_language
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_GET

from reports import selectors
from reports.models import GeneratedReport, ReportKind
from reports.rendering import (
    CSV,
    HTML,
    PDF,
    STALE_MARKER,
    formats_for,
    live_url,
    render_csv,
    render_html,
    render_pdf,
)
from reports.scopes import AMPLIFICATION, LEAGUE, SCORECARD, TREND, Scope
from tracker.models import Jurisdiction, Level
from tracker.throttling import ClientThrottle, throttle_response, throttled

CONTENT_TYPES = {HTML: "text/html; charset=utf-8", CSV: "text/csv; charset=utf-8", PDF: "application/pdf"}
PAGE_SIZE = 50
# Any site may frame an embed page; the rest of the site's policy (settings) holds there too.
EMBED_POLICY = {"frame-ancestors": ["*"]}


# ASCII digits only, and few enough for any integer column: str.isdigit() also accepts ² and ٣,
# which int() then refuses or reads.
_NUMBER = re.compile(r"[0-9]{1,9}")


def _int(value: str | None) -> int | None:
    return int(value) if value and _NUMBER.fullmatch(value) else None


@require_GET
def report_index(request: HttpRequest) -> HttpResponse:
    kind = request.GET.get("kind", "")
    year = _int(request.GET.get("year"))
    query = request.GET.get("q", "").strip()
    show_all = request.GET.get("all") == "1"
    reports = selectors.generated_report_list(kind=kind, year=year, query=query, current_only=not show_all)
    page = Paginator(reports, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "reports/index.html", {
        "page": page,
        "kinds": ReportKind.choices,
        "kind": kind,
        "year": year,
        "query": query,
        "show_all": show_all,
        "jurisdictions": Jurisdiction.objects.order_by("name").only("pk", "name"),
    })


@require_GET
def live_redirect(request: HttpRequest) -> HttpResponse:
    """The index's 'open a scorecard' form: a government and a year to the live scorecard."""
    jurisdiction_id, year = _int(request.GET.get("jurisdiction")), _int(request.GET.get("year"))
    if jurisdiction_id is None or year is None:
        return redirect("reports:index")
    return redirect("reports:scorecard", jurisdiction_id, year)


def embeddable(view):
    """The page may be shown in an iframe on any site (a newsroom's article): only the pages
    made for embedding say so; every other page keeps X-Frame-Options: DENY."""

    return xframe_options_exempt(csp_replace(EMBED_POLICY)(view))


def _live(request: HttpRequest, scope: Scope) -> HttpResponse:
    """A report computed now; ?format=csv or ?format=pdf for the other formats.

    Rendered files are cached under the checksum of their inputs, so a PDF is rendered once per
    state of the data, not once per request; a PDF that has to be rendered also counts against
    the client's lower PDF rate."""
    fmt = request.GET.get("format", HTML)
    if fmt not in CONTENT_TYPES or not formats_for(scope.kind, [fmt]):
        raise Http404("no such format for this report")
    try:
        built = selectors.built_report_get(scope=scope)
    except LookupError:
        raise Http404("no such government") from None
    named_headers = fmt == CSV and request.GET.get("headers") == "names"
    key = f"live-report:{scope.key}:{fmt}:{get_language()}:{named_headers}:{built.checksum}"
    body = cache.get(key)
    if body is None:
        if fmt == PDF:
            throttle = ClientThrottle("live_pdf")
            if not throttle.allow_request(request, None):
                return throttle_response(throttle)
        body = _render(built, fmt, named_headers)
        cache.set(key, body, settings.LIVE_REPORT_CACHE_SECONDS)
    response = HttpResponse(body, content_type=CONTENT_TYPES[fmt])
    if fmt == CSV:
        response["Content-Disposition"] = f'attachment; filename="{scope.key}.csv"'
    return response


def _render(built, fmt: str, named_headers: bool) -> bytes | str:
    """The page as every reader of its language gets it: rendered without the request, so that
    the cached copy holds no one's CSRF token (its language switch links the live pages)."""
    if fmt == CSV:
        return render_csv(built, named_headers=named_headers)
    if fmt == PDF:
        return render_pdf(built)
    downloads = {other: f"?format={other}" for other in formats_for(built.scope.kind, [CSV, PDF])}
    return render_html(built, downloads=downloads)


@require_GET
@throttled("live_report")
def scorecard(request: HttpRequest, jurisdiction_id: int, year: int) -> HttpResponse:
    return _live(request, Scope(SCORECARD, jurisdiction_id, year))


@require_GET
@throttled("live_report")
def league(request: HttpRequest, jurisdiction_id: int, year: int) -> HttpResponse:
    return _live(request, Scope(LEAGUE, jurisdiction_id, year))


@require_GET
@throttled("live_report")
def league_level(request: HttpRequest, level: str, year: int) -> HttpResponse:
    if level not in Level.values:
        raise Http404("no such level")
    return _live(request, Scope(LEAGUE, year=year, level=level))


@require_GET
@throttled("live_report")
def trend(request: HttpRequest, jurisdiction_id: int) -> HttpResponse:
    return _live(request, Scope(TREND, jurisdiction_id))


def _embed(request: HttpRequest, scope: Scope) -> HttpResponse:
    """The chart and totals of a live report, without the site's navigation or the detail
    tables; links open in the embedding page's window."""
    try:
        built = selectors.built_report_get(scope=scope)
    except LookupError:
        raise Http404("no such government") from None
    full_page = request.build_absolute_uri(live_url(scope))
    return HttpResponse(render_html(built, downloads={}, embed_of=full_page), content_type=CONTENT_TYPES[HTML])


@require_GET
@embeddable
def scorecard_embed(request: HttpRequest, jurisdiction_id: int, year: int) -> HttpResponse:
    return _embed(request, Scope(SCORECARD, jurisdiction_id, year))


@require_GET
@embeddable
def trend_embed(request: HttpRequest, jurisdiction_id: int) -> HttpResponse:
    return _embed(request, Scope(TREND, jurisdiction_id))


@require_GET
@throttled("live_report")
def amplification(request: HttpRequest, jurisdiction_id: int, year: int, indicator: str) -> HttpResponse:
    return _live(request, Scope(AMPLIFICATION, jurisdiction_id, year, indicator))


def _stored(scope_key: str, checksum: str | None) -> GeneratedReport:
    reports = GeneratedReport.objects.for_scope(scope_key)
    if checksum is not None:
        reports = reports.filter(inputs_checksum=checksum)
    report = reports.first()
    if report is None:
        raise Http404("no such report")
    return report


def _stale_banner(report: GeneratedReport) -> str:
    """A notice for a stored page whose inputs changed since it was generated, linking the live
    version; empty while the stored page is current."""
    try:
        live = selectors.built_report_get(scope=report.scope)
    except LookupError:
        return ""
    if live.checksum == report.inputs_checksum:
        return ""
    return render_to_string("reports/_stale.html", {"report": report, "live_url": live_url(report.scope)})


def _serve(report: GeneratedReport, fmt: str) -> HttpResponse:
    stored = report.file_for(fmt) if fmt in CONTENT_TYPES else None
    if not stored:
        raise Http404("this report has no such file")
    if fmt == HTML:
        with stored.open("rb") as file:
            html = file.read().decode("utf-8")
        return HttpResponse(html.replace(STALE_MARKER, _stale_banner(report), 1), content_type=CONTENT_TYPES[HTML])
    response = FileResponse(stored.open("rb"), content_type=CONTENT_TYPES[fmt])
    if fmt == CSV:
        response["Content-Disposition"] = f'attachment; filename="{report.scope_key}.csv"'
    return response


def _in_site_language(view):
    """Stored files are in the site's language: another language's address of one redirects
    to it (its page links the live version in the other language)."""

    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if get_language() != settings.LANGUAGE_CODE:
            return redirect(translate_url(request.get_full_path(), settings.LANGUAGE_CODE))
        return view(request, *args, **kwargs)

    return wrapped


@require_GET
@_in_site_language
def stored_current(request: HttpRequest, scope_key: str) -> HttpResponse:
    """The current published version of a scope."""
    return _serve(_stored(scope_key, None), HTML)


@require_GET
@_in_site_language
def stored_report(request: HttpRequest, scope_key: str, checksum: str) -> HttpResponse:
    """One published version, exactly as generated: its address names its inputs."""
    return _serve(_stored(scope_key, checksum), HTML)


@require_GET
@_in_site_language
def stored_file(request: HttpRequest, scope_key: str, checksum: str, fmt: str) -> HttpResponse:
    return _serve(_stored(scope_key, checksum), fmt)
