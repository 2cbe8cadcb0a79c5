"""Celery tasks for the report schedule (rows in django-celery-beat, see migration 0002).

Thin: each takes plain values and calls the service of the same name."""
from celery import shared_task


@shared_task(name="reports.tasks.generated_reports_refresh")
def generated_reports_refresh(
    jurisdiction_ids: list[int] | None = None, years: list[int] | None = None, formats: list[str] | None = None
) -> dict:
    """Every report the targets call for, regenerated where its inputs changed."""
    from reports.services import DEFAULT_FORMATS
    from reports.services import generated_reports_refresh as refresh

    summary = refresh(jurisdiction_ids=jurisdiction_ids, years=years, formats=formats or DEFAULT_FORMATS)
    return summary.as_dict()


@shared_task(name="reports.tasks.generated_reports_refresh_changed")
def generated_reports_refresh_changed(days: int = 7, formats: list[str] | None = None) -> dict:
    """The reports of governments whose data changed in the last `days`."""
    from reports.services import DEFAULT_FORMATS
    from reports.services import generated_reports_refresh_changed as refresh_changed

    return refresh_changed(days=days, formats=formats or DEFAULT_FORMATS).as_dict()


@shared_task(name="reports.tasks.generated_reports_refresh_scopes")
def generated_reports_refresh_scopes(scopes: list[dict], formats: list[str] | None = None) -> dict:
    """One part of `generate_reports --queue`: these reports, brought up to date."""
    from reports.scopes import Scope
    from reports.services import DEFAULT_FORMATS
    from reports.services import generated_reports_refresh_scopes as refresh

    summary = refresh(scopes=[Scope(**scope) for scope in scopes], formats=formats or DEFAULT_FORMATS)
    return summary.as_dict()
