"""/api/v1/reports/: the documents every number is quoted from."""
from rest_framework import serializers

from tracker.models import Report, SourceKind
from tracker.selectors.catalog import report_items, report_list

from .fields import PermalinkField
from .facts import RETRIEVED_HELP, SOURCE_KIND_HELP, SOURCE_URL_HELP
from .filters import GovernmentFilterSet, StableOrderingFilter, choice_filter, level_filter, year_filter
from .representation import ReadSerializer
from .viewsets import PublicReadOnlyViewSet


class ReportSerializer(ReadSerializer):
    url = PermalinkField("api:report-detail")
    jurisdiction_name = serializers.CharField(source="jurisdiction.name", default=None, allow_null=True, read_only=True)
    year = serializers.IntegerField(source="report_year", read_only=True, allow_null=True)
    source_url = serializers.CharField(read_only=True, help_text=SOURCE_URL_HELP)
    retrieved_on = serializers.DateField(read_only=True, allow_null=True, help_text=RETRIEVED_HELP)
    source_kind = serializers.CharField(read_only=True, help_text=SOURCE_KIND_HELP)

    class Meta:
        model = Report
        fields = [
            "id",
            "url",
            "jurisdiction",
            "jurisdiction_name",
            "year",
            "delivered_on",
            "speaker",
            "title",
            "source_url",
            "retrieved_on",
            "source_kind",
            "status",
            "sha256",
            "extractor_version",
        ]


class ReportDetailSerializer(ReportSerializer):
    """An item adds the normalised text, which the `start`/`end` offsets of a quote index."""

    class Meta(ReportSerializer.Meta):
        fields = [*ReportSerializer.Meta.fields, "normalized_text"]


class ReportFilterSet(GovernmentFilterSet):
    jurisdiction_path = "jurisdiction"

    level = level_filter("jurisdiction")
    year = year_filter()
    source_kind = choice_filter("source_kind", SourceKind.choices, "Full text, partial, or a news summary.")
    ordering = StableOrderingFilter(
        fields=[("report_year", "year"), ("delivered_on", "delivered_on"), ("jurisdiction__name", "jurisdiction_name"), ("id", "id")]
    )

    class Meta:
        model = Report
        fields = ["jurisdiction", "include_descendants", "level", "year", "source_kind"]


class ReportViewSet(PublicReadOnlyViewSet):
    """Work reports as received: government, year, speaker and the address of the source."""

    filterset_class = ReportFilterSet

    def get_queryset(self):
        return report_list() if self.action == "list" else report_items()

    def get_serializer_class(self):
        return ReportSerializer if self.action == "list" else ReportDetailSerializer
