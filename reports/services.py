"""Generating and storing reports: the only writer of GeneratedReport.

A report is regenerated only when its inputs changed: the checksum of everything it shows is
compared with the one stored for its scope's current report, and an equal checksum skips the
rendering. The schedule, the admin and `generate_reports` all come through here. Stored reports
are written in the site's language (LANGUAGE_CODE, Chinese), whoever asks for them."""
from __future__ import annotations

import datetime
import functools
from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import override

from reports import selectors
from reports.builders import Built, build_report
from reports.language import current_wording
from reports.models import GeneratedReport
from reports.rendering import FORMATS, HTML, formats_for, render_files
from reports.rows import Government
from reports.scopes import Scope, plan_scopes
from tracker.models import Indicator

DEFAULT_FORMATS = FORMATS
KEYS_FILTER_MAX = 5_000


@dataclass(frozen=True)
class RefreshSummary:
    """`reports` holds the current report of every scope covered, generated now or not."""

    generated: int
    unchanged: int
    reports: tuple[GeneratedReport, ...]

    def as_dict(self) -> dict:
        return {"generated": self.generated, "unchanged": self.unchanged, "ids": [r.pk for r in self.reports]}


def _downloads(scope: Scope, checksum: str, formats: Iterable[str]) -> dict[str, str]:
    return {
        fmt: reverse("reports:file", args=[scope.key, checksum, fmt]) for fmt in formats if fmt != HTML
    }


def _file_name(built: Built, fmt: str) -> str:
    return f"{built.scope.key}-{built.checksum[:12]}.{fmt}"


def _up_to_date(report: GeneratedReport | None, built: Built, formats: Iterable[str]) -> bool:
    return (
        report is not None
        and report.inputs_checksum == built.checksum
        and set(formats_for(built.scope.kind, formats)) <= set(report.formats)
    )


def _in_site_language(service):
    """Stored reports are rendered in the site's language, whatever the caller's."""

    @functools.wraps(service)
    def wrapped(*args, **kwargs):
        with override(settings.LANGUAGE_CODE):
            return service(*args, **kwargs)

    return wrapped


@_in_site_language
@transaction.atomic
def generated_report_store(*, built: Built, formats: Iterable[str]) -> tuple[GeneratedReport, bool]:
    """Store `built` unless the scope's current report has the same inputs and every format
    asked for; returns the current report and whether anything was written."""
    wanted = formats_for(built.scope.kind, formats)
    current = GeneratedReport.objects.for_scope(built.scope.key).select_for_update().first()
    if _up_to_date(current, built, formats):
        return current, False
    if current is not None and current.inputs_checksum == built.checksum:
        report = current  # same inputs, a format more: the files are added to it
    else:
        scope = built.scope
        report = GeneratedReport(
            kind=scope.kind,
            jurisdiction_id=scope.jurisdiction_id,
            level=scope.level,
            year=scope.year,
            indicator=Indicator.objects.get(code=scope.indicator) if scope.indicator else None,
            scope_key=scope.key,
            inputs_checksum=built.checksum,
        )
    all_formats = formats_for(built.scope.kind, set(wanted) | set(report.formats))
    files = render_files(built, all_formats, downloads=_downloads(built.scope, built.checksum, all_formats),
                         generated=timezone.now())
    report.title = built.title
    report.target_count = built.target_count
    report.provisional = built.provisional
    for fmt, content in files.items():
        stored = getattr(report, fmt)
        if stored:
            stored.delete(save=False)  # re-rendered with links to the added formats
        stored.save(_file_name(built, fmt), ContentFile(content), save=False)
    report.save()
    return report, True


@_in_site_language
def generated_reports_refresh(
    *,
    jurisdiction_ids: Iterable[int] | None = None,
    years: Iterable[int] | None = None,
    formats: Iterable[str] = DEFAULT_FORMATS,
) -> RefreshSummary:
    """Bring every report the targets call for up to date (see reports.scopes.plan_scopes),
    limited to the reports reading `jurisdiction_ids` and touching `years` when given."""
    governments = selectors.government_list()
    scopes = scopes_planned(jurisdiction_ids=jurisdiction_ids, years=years, governments=governments)
    return generated_reports_refresh_scopes(scopes=scopes, formats=formats, governments=governments)


def scopes_planned(
    *,
    jurisdiction_ids: Iterable[int] | None = None,
    years: Iterable[int] | None = None,
    governments: list[Government] | None = None,
) -> list[Scope]:
    """The reports the targets call for, as generated_reports_refresh reads its arguments."""
    return plan_scopes(
        governments if governments is not None else selectors.government_list(),
        selectors.target_key_list(),
        only=set(jurisdiction_ids) if jurisdiction_ids is not None else None,
        years=set(years) if years is not None else None,
    )


def generated_reports_refresh_scopes(
    *, scopes: list[Scope], formats: Iterable[str] = DEFAULT_FORMATS, governments: list[Government] | None = None
) -> RefreshSummary:
    """Bring these reports up to date: the rows they read are loaded once, and a report whose
    inputs are unchanged costs no query of its own. A part of `generate_reports --queue` too."""
    formats = list(formats)
    governments = governments if governments is not None else selectors.government_list()
    world = selectors.world_get(scopes=scopes, governments=governments)
    stored = _current_reports(scopes)
    generated, current = 0, []
    for scope in scopes:
        built = build_report(scope, world, current_wording())
        report, created = stored.get(scope.key), False
        if not _up_to_date(report, built, formats):
            report, created = generated_report_store(built=built, formats=formats)
        generated += created
        current.append(report)
    return RefreshSummary(generated=generated, unchanged=len(current) - generated, reports=tuple(current))


def _current_reports(scopes: list[Scope]) -> dict[str, GeneratedReport]:
    """The current report of each scope, in one query: by their keys for a part of a sweep, all
    of them for a sweep over everything (a list of keys that long costs more than it saves)."""
    rows = GeneratedReport.objects.all()
    if len(scopes) <= KEYS_FILTER_MAX:
        rows = rows.filter(scope_key__in=[scope.key for scope in scopes])
    return {report.scope_key: report for report in rows.latest_per_scope()}


def generated_reports_refresh_changed(
    *, days: int = 7, formats: Iterable[str] = DEFAULT_FORMATS, now: datetime.datetime | None = None
) -> RefreshSummary:
    """The weekly job: the reports reading a government whose data changed in the last `days`."""
    since = (now or timezone.now()) - datetime.timedelta(days=days)
    changed = selectors.changed_jurisdiction_ids(since=since)
    if not changed:
        return RefreshSummary(generated=0, unchanged=0, reports=())
    return generated_reports_refresh(jurisdiction_ids=changed, formats=formats)


@_in_site_language
def generated_report_generate(*, scope: Scope, formats: Iterable[str] = DEFAULT_FORMATS) -> tuple[GeneratedReport, bool]:
    """On demand, for one scope (the admin's action): stored unless its inputs are unchanged."""
    return generated_report_store(built=selectors.built_report_get(scope=scope), formats=formats)
