"""The scorecard of one government for one year: its annual targets and how each was judged.

A scorecard counts the targets a government set in its report of year Y for year Y itself
(five-year goals in the same report are judged at the end of their span, not here). A target
counts once a reviewer confirmed it or its verdict (with `include_unreviewed`, as soon as it was
extracted); its verdict is the published assessment's, and `pending` also covers targets that
have no published verdict yet, so the five verdict counts add up to `targets`."""
from django.db.models import Count, F, Q, QuerySet

from tracker.models import Assessment, Target, Verdict
from tracker.models.facts import ReviewStatus

from .facts import assessment_list, target_items
from .visibility import assessment_statuses, fact_statuses

JUDGED = (Verdict.MET, Verdict.MISSED, Verdict.NOT_REPORTED, Verdict.NOT_COMPARABLE)


def _verdict_published(include_unreviewed: bool) -> Q:
    return Q(assessment__review_status__in=assessment_statuses(include_unreviewed=include_unreviewed))


def scorecard_targets(*, include_unreviewed: bool) -> QuerySet[Target]:
    """The targets scorecards count."""
    published = Q(review_status__in=fact_statuses(include_unreviewed=include_unreviewed)) | _verdict_published(
        include_unreviewed
    )
    return Target.objects.filter(
        published,
        report__jurisdiction__isnull=False,
        report__report_year__isnull=False,
        period_start=F("report__report_year"),
        period_end=F("report__report_year"),
    ).exclude(review_status=ReviewStatus.REJECTED)


def scorecard_list(*, include_unreviewed: bool = False) -> QuerySet:
    """One row (a dict) per government and year, newest year first."""
    published = _verdict_published(include_unreviewed)
    counts = {verdict.value: Count("pk", filter=published & Q(assessment__verdict=verdict)) for verdict in JUDGED}
    judged = sum((F(verdict.value) for verdict in JUDGED[1:]), F(JUDGED[0].value))
    rows = (
        scorecard_targets(include_unreviewed=include_unreviewed)
        .values(
            jurisdiction=F("report__jurisdiction_id"),
            year=F("report__report_year"),
            jurisdiction_name=F("report__jurisdiction__name"),
            level=F("report__jurisdiction__level"),
        )
        .annotate(targets=Count("pk"), **counts)
        .annotate(pending=F("targets") - judged)
    )
    return rows.order_by("-year", "jurisdiction_name", "jurisdiction")


def scorecard_get(*, jurisdiction_id: int, year: int, include_unreviewed: bool = False) -> dict | None:
    """The counts of one scorecard, or None when that government set no counted target that year."""
    rows = scorecard_list(include_unreviewed=include_unreviewed)
    return rows.filter(report__jurisdiction_id=jurisdiction_id, report__report_year=year).first()


def _counted_ids(*, jurisdiction_id: int, year: int, include_unreviewed: bool) -> QuerySet:
    return (
        scorecard_targets(include_unreviewed=include_unreviewed)
        .filter(report__jurisdiction_id=jurisdiction_id, report__report_year=year)
        .values("pk")
    )


def scorecard_assessments(*, jurisdiction_id: int, year: int, include_unreviewed: bool = False) -> QuerySet[Assessment]:
    """The published verdicts behind one scorecard, in report order."""
    ids = _counted_ids(jurisdiction_id=jurisdiction_id, year=year, include_unreviewed=include_unreviewed)
    return assessment_list(include_unreviewed=include_unreviewed).filter(target__in=ids)


def scorecard_unassessed(*, jurisdiction_id: int, year: int, include_unreviewed: bool = False) -> QuerySet[Target]:
    """The counted targets with no published verdict: they count as pending and are listed so
    that none goes missing from the page."""
    ids = _counted_ids(jurisdiction_id=jurisdiction_id, year=year, include_unreviewed=include_unreviewed)
    return target_items().filter(pk__in=ids).exclude(_verdict_published(include_unreviewed))
