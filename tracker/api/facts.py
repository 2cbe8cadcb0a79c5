"""What target and outcome rows share: the figure, and everything needed to cite and check it
(the quote, its offsets in the report's text, the report's id, year and source address)."""
from rest_framework import serializers

from tracker.models import Kind, ReviewStatus
from tracker.selectors.visibility import FACT_PROVISIONAL

from .fields import NumberField, PermalinkField, ProvisionalField
from .filters import (
    GovernmentFilterSet,
    PeriodFilter,
    StableOrderingFilter,
    choice_filter,
    indicator_filter,
    level_filter,
    year_filter,
)
from .representation import ReadSerializer

LISTED_STATUSES = [(status.value, status.label) for status in ReviewStatus if status != ReviewStatus.REJECTED]
SOURCE_URL_HELP = "Where the report was found; empty when it was imported from a file of unknown origin."
RETRIEVED_HELP = "The day the report was retrieved from its source."
SOURCE_KIND_HELP = (
    "full (the full text), partial (a part of it), summary (a news summary of the report) or plan "
    "(an implementation plan of the report)."
)
REVIEW_STATUS_HELP = (
    "Narrow to one review status. Unreviewed rows (pending) are listed only with include_unreviewed=true."
)


class FactSerializer(ReadSerializer):
    """Fields of Target and Outcome; subclasses name the model, the permalink and their extras."""

    jurisdiction = serializers.IntegerField(source="report.jurisdiction_id", read_only=True, allow_null=True)
    jurisdiction_name = serializers.CharField(source="report.jurisdiction.name", default=None, allow_null=True, read_only=True)
    report_url = PermalinkField("api:report-detail", source="report_id")
    year = serializers.IntegerField(source="report.report_year", read_only=True, allow_null=True)
    report_title = serializers.CharField(source="report.title", read_only=True)
    source_url = serializers.CharField(source="report.source_url", read_only=True, help_text=SOURCE_URL_HELP)
    retrieved_on = serializers.DateField(source="report.retrieved_on", read_only=True, allow_null=True, help_text=RETRIEVED_HELP)
    source_kind = serializers.CharField(source="report.source_kind", read_only=True, help_text=SOURCE_KIND_HELP)
    indicator = serializers.CharField(source="indicator.code", default=None, allow_null=True, read_only=True)
    period = serializers.CharField(read_only=True)
    value = NumberField(allow_null=True, help_text="Null only for a relational target.")
    provisional = ProvisionalField(FACT_PROVISIONAL)

    common_fields = [
        "id",
        "url",
        "html_url",
        "jurisdiction",
        "jurisdiction_name",
        "report",
        "report_url",
        "year",
        "report_title",
        "source_url",
        "retrieved_on",
        "source_kind",
        "indicator",
        "indicator_text",
        "period",
        "period_start",
        "period_end",
        "kind",
        "value",
        "unit",
    ]
    evidence_fields = ["quote", "start", "end", "origin", "review_status", "provisional", "reviewed_at"]


class FactFilterSet(GovernmentFilterSet):
    level = level_filter("report__jurisdiction")
    year = year_filter("report")
    period = PeriodFilter()
    indicator = indicator_filter()
    kind = choice_filter("kind", Kind.choices, "growth, level, share, count or relational.")
    review_status = choice_filter("review_status", LISTED_STATUSES, REVIEW_STATUS_HELP)
    ordering = StableOrderingFilter(
        fields=[
            ("report__report_year", "year"),
            ("report__jurisdiction__name", "jurisdiction_name"),
            ("indicator__code", "indicator"),
            ("period_start", "period_start"),
            ("value", "value"),
            ("id", "id"),
        ]
    )

    common_filters = ["jurisdiction", "include_descendants", "level", "year", "period", "indicator", "kind", "review_status"]
