"""/api/v1/scorecards/: per government and year, how many annual targets were met, missed,
left unreported, not comparable or still pending; an item lists the verdicts inline."""
from django.http import Http404
from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema, extend_schema_field, extend_schema_view
from rest_framework import generics, serializers
from rest_framework.response import Response

from tracker.models import Target
from tracker.selectors.scorecards import (
    scorecard_assessments,
    scorecard_get,
    scorecard_list,
    scorecard_targets,
    scorecard_unassessed,
)

from .assessments import AssessmentSerializer
from .filters import GovernmentFilterSet, StableOrderingFilter, level_filter, year_filter
from .targets import TargetSerializer
from .pagination import ProvisionalPagination
from .params import joined_lists
from .viewsets import FORMAT, INCLUDE_UNREVIEWED, LANG, PublicListMixin, PublicViewMixin, include_unreviewed


class ScorecardSerializer(serializers.Serializer):
    url = serializers.SerializerMethodField()
    jurisdiction = serializers.IntegerField()
    jurisdiction_name = serializers.CharField()
    level = serializers.CharField()
    year = serializers.IntegerField()
    targets = serializers.IntegerField(help_text="Annual targets set in that year's report for that year.")
    met = serializers.IntegerField()
    missed = serializers.IntegerField()
    not_reported = serializers.IntegerField(help_text="The next report is in and gives no figure.")
    not_comparable = serializers.IntegerField(help_text="Only a figure of another kind was reported.")
    pending = serializers.IntegerField(help_text="No published verdict yet, or the next report is not in.")

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, row: dict) -> str:
        path = reverse("api:scorecard-detail", kwargs={"jurisdiction": row["jurisdiction"], "year": row["year"]})
        return self.context["request"].build_absolute_uri(path)


class ScorecardDetailSerializer(ScorecardSerializer):
    assessments = AssessmentSerializer(many=True, read_only=True, help_text="The published verdicts.")
    unassessed = TargetSerializer(
        many=True, read_only=True, help_text="Counted targets with no published verdict (part of pending)."
    )


class ScorecardFilterSet(GovernmentFilterSet):
    level = level_filter("report__jurisdiction")
    year = year_filter("report")
    ordering = StableOrderingFilter(
        fields=[
            ("year", "year"),
            ("jurisdiction_name", "jurisdiction_name"),
            ("targets", "targets"),
            ("met", "met"),
            ("missed", "missed"),
            ("not_reported", "not_reported"),
            ("not_comparable", "not_comparable"),
            ("pending", "pending"),
        ],
        unique=("jurisdiction", "year"),  # a row is a group: its id is no key
    )

    class Meta:
        model = Target
        fields = ["jurisdiction", "include_descendants", "level", "year"]


@extend_schema_view(get=extend_schema(parameters=[INCLUDE_UNREVIEWED]))
class ScorecardList(PublicListMixin, PublicViewMixin, generics.GenericAPIView):
    """One row per government and year, newest first."""

    serializer_class = ScorecardSerializer
    filterset_class = ScorecardFilterSet
    csv_filename = "scorecards"
    has_provisional = True
    pagination_class = ProvisionalPagination

    def get_queryset(self):
        return scorecard_list(include_unreviewed=include_unreviewed(self.request))

    def hidden_provisional(self) -> int:
        """Unreviewed targets the counts leave out (a row's `targets` would grow by them)."""
        if include_unreviewed(self.request):
            return 0
        query = joined_lists(self.request.query_params, ScorecardFilterSet.list_parameters()).copy()
        query.pop("ordering", None)  # orders groups, not the targets counted here
        counted = [
            ScorecardFilterSet(query, queryset=scorecard_targets(include_unreviewed=flag), request=self.request).qs.count()
            for flag in (True, False)
        ]
        return counted[0] - counted[1]

    def get(self, request, *args, **kwargs):
        return self.list(request, *args, **kwargs)


@extend_schema_view(get=extend_schema(parameters=[INCLUDE_UNREVIEWED, FORMAT, LANG]))
class ScorecardDetail(PublicViewMixin, generics.GenericAPIView):
    """The scorecard of one government (by id) for one year, with its verdicts inline."""

    serializer_class = ScorecardDetailSerializer
    has_provisional = True

    def get(self, request, jurisdiction: str, year: str):
        scope = {"jurisdiction_id": int(jurisdiction), "year": int(year), "include_unreviewed": include_unreviewed(request)}
        row = scorecard_get(**scope)
        if row is None:
            raise Http404("No scorecard for that government and year.")
        row = {**row, "assessments": scorecard_assessments(**scope), "unassessed": scorecard_unassessed(**scope)}
        return Response(self.get_serializer(row).data)
