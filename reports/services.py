"""Generating and storing reports: the only writer of GeneratedReport.

A report is regenerated only when its inputs changed: the checksum of everything it shows is
compared with the one stored for its scope's current report, and an equal checksum skips the
rendering. The schedule, the admin and `generate_reports` all come through here."""
from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

from django.core.files.base import ContentFile
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from reports import selectors
from reports.builders import Built, build_report
from reports.models import GeneratedReport
from reports.rendering import FORMATS, HTML, formats_for, render_files
from reports.scopes import Scope, plan_scopes
from tracker.models import Indicator

DEFAULT_FORMATS = FORMATS


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
    files = render_files(built, all_formats, downloads=_downloads(built.scope, built.checksum, all_formats))
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


def generated_reports_refresh(
    *,
    jurisdiction_ids: Iterable[int] | None = None,
    years: Iterable[int] | None = None,
    formats: Iterable[str] = DEFAULT_FORMATS,
) -> RefreshSummary:
    """Bring every report the targets call for up to date (see reports.scopes.plan_scopes),
    limited to the reports reading `jurisdiction_ids` and touching `years` when given."""
    formats = list(formats)
    years = set(years) if years is not None else None
    governments = selectors.government_list()
    scopes = plan_scopes(
        governments,
        selectors.target_key_list(),
        only=set(jurisdiction_ids) if jurisdiction_ids is not None else None,
        years=years,
    )
    world = selectors.world_get(scopes=scopes, governments=governments)
    # One query for every scope's current report, so an unchanged scope costs no query of its own.
    stored = {report.scope_key: report for report in GeneratedReport.objects.latest_per_scope()}
    generated, current = 0, []
    for scope in scopes:
        built = build_report(scope, world)
        report, created = stored.get(scope.key), False
        if not _up_to_date(report, built, formats):
            report, created = generated_report_store(built=built, formats=formats)
        generated += created
        current.append(report)
    return RefreshSummary(generated=generated, unchanged=len(current) - generated, reports=tuple(current))


def generated_reports_refresh_changed(
    *, days: int = 7, formats: Iterable[str] = DEFAULT_FORMATS, now: datetime.datetime | None = None
) -> RefreshSummary:
    """The weekly job: the reports reading a government whose data changed in the last `days`."""
    since = (now or timezone.now()) - datetime.timedelta(days=days)
    changed = selectors.changed_jurisdiction_ids(since=since)
    if not changed:
        return RefreshSummary(generated=0, unchanged=0, reports=())
    return generated_reports_refresh(jurisdiction_ids=changed, formats=formats)


def generated_report_generate(*, scope: Scope, formats: Iterable[str] = DEFAULT_FORMATS) -> tuple[GeneratedReport, bool]:
    """On demand, for one scope (the admin's action): stored unless its inputs are unchanged."""
    return generated_report_store(built=selectors.built_report_get(scope=scope), formats=formats)
