"""/api/v1/assessments/: each target judged against the outcome that answers it (or none)."""
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import serializers

from tracker.models import Assessment, Kind, Verdict
from tracker.models.assessments import AssessmentStatus
from tracker.selectors.facts import assessment_items, assessment_list, assessment_provisional_list
from tracker.selectors.visibility import ASSESSMENT_PROVISIONAL

from .fields import NumberField, PermalinkField, ProvisionalField
from .filters import (
    GovernmentFilterSet,
    PeriodFilter,
    SearchFilter,
    StableOrderingFilter,
    StrictBooleanFilter,
    choice_filter,
    indicator_filter,
    level_filter,
    year_filter,
)
from .outcomes import OutcomeSerializer
from .representation import ReadSerializer
from .targets import TargetSerializer
from .viewsets import INCLUDE_UNREVIEWED, ProvisionalViewSet, include_unreviewed

REVIEW_STATUS_HELP = (
    "Narrow to one review status. Unreviewed verdicts (proposed, rereview) are listed only with "
    "include_unreviewed=true."
)


class AssessmentSerializer(ReadSerializer):
    url = PermalinkField("api:assessment-detail")
    html_url = PermalinkField(
        "public:target", fragment="assessment", source="target_id", help_text="The target's public evidence page, at its verdict."
    )
    jurisdiction = serializers.IntegerField(source="target.report.jurisdiction_id", read_only=True, allow_null=True)
    jurisdiction_name = serializers.CharField(source="target.report.jurisdiction.name", default=None, allow_null=True, read_only=True)
    year = serializers.IntegerField(source="target.report.report_year", read_only=True, allow_null=True)
    indicator = serializers.CharField(source="target.indicator.code", default=None, allow_null=True, read_only=True)
    gap = NumberField(allow_null=True, help_text="Actual minus target, in the target's unit.")
    derived_value = NumberField(allow_null=True, help_text="The actual computed from two levels, when no figure was stated.")
    provisional = ProvisionalField(ASSESSMENT_PROVISIONAL)
    target = TargetSerializer(read_only=True)
    outcome = OutcomeSerializer(read_only=True, allow_null=True)

    class Meta:
        model = Assessment
        fields = [
            "id",
            "url",
            "html_url",
            "jurisdiction",
            "jurisdiction_name",
            "year",
            "indicator",
            "verdict",
            "gap",
            "narrow",
            "rule",
            "ruleset_version",
            "confidence",
            "reason",
            "derived",
            "derived_value",
            "disagreement",
            "method",
            "review_status",
            "provisional",
            "reviewed_at",
            "target",
            "outcome",
        ]


class AssessmentFilterSet(GovernmentFilterSet):
    jurisdiction_path = "target__report__jurisdiction"

    level = level_filter("target__report__jurisdiction")
    year = year_filter("target__report")
    period = PeriodFilter(fact_path="target__")
    indicator = indicator_filter("target")
    kind = choice_filter("target__kind", Kind.choices, "The target's kind.")
    verdict = choice_filter("verdict", Verdict.choices, "met, missed, not_reported, not_comparable or pending.")
    review_status = choice_filter("review_status", AssessmentStatus.choices, REVIEW_STATUS_HELP)
    headline = StrictBooleanFilter(field_name="target__headline", help_text="The target is a headline one (主要预期目标).")
    stretch = StrictBooleanFilter(field_name="target__stretch", help_text="The target is a stretch one (力争/争取).")
    narrow = StrictBooleanFilter(help_text="A miss within the indicator's tolerance.")
    q = SearchFilter(fact_paths=["target__", "outcome__"], jurisdiction_path="target__report__jurisdiction")
    ordering = StableOrderingFilter(
        fields=[
            ("target__report__report_year", "year"),
            ("target__report__jurisdiction__name", "jurisdiction_name"),
            ("target__indicator__code", "indicator"),
            ("verdict", "verdict"),
            ("gap", "gap"),
            ("id", "id"),
        ]
    )

    class Meta:
        model = Assessment
        fields = [
            "jurisdiction",
            "include_descendants",
            "level",
            "year",
            "period",
            "indicator",
            "kind",
            "verdict",
            "review_status",
            "headline",
            "stretch",
            "narrow",
            "q",
        ]


@extend_schema_view(list=extend_schema(parameters=[INCLUDE_UNREVIEWED]))
class AssessmentViewSet(ProvisionalViewSet):
    """Verdicts, each with its target and outcome inline (quotes, report ids and source
    addresses on both sides). Lists hold reviewed verdicts unless include_unreviewed=true."""

    serializer_class = AssessmentSerializer
    filterset_class = AssessmentFilterSet

    def get_queryset(self):
        if self.action == "list":
            return assessment_list(include_unreviewed=include_unreviewed(self.request))
        return assessment_items()

    def provisional_queryset(self):
        return assessment_provisional_list()
