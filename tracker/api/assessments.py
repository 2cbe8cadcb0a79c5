"""/api/v1/assessments/: each target judged against the outcome that answers it (or none)."""
import django_filters
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import serializers

from tracker.models import Assessment, Kind, Verdict
from tracker.models.assessments import AssessmentStatus
from tracker.selectors.facts import assessment_items, assessment_list
from tracker.selectors.visibility import ASSESSMENT_PROVISIONAL

from .fields import NumberField, PermalinkField, ProvisionalField
from .filters import GovernmentFilterSet, TextFilter, PeriodFilter, StableOrderingFilter, level_filter, year_filter
from .outcomes import OutcomeSerializer
from .representation import ReadSerializer
from .targets import TargetSerializer
from .viewsets import INCLUDE_UNREVIEWED, PublicReadOnlyViewSet, include_unreviewed

REVIEW_STATUS_HELP = (
    "Narrow to one review status. Unreviewed verdicts (proposed, rereview) are listed only with "
    "include_unreviewed=true."
)


class AssessmentSerializer(ReadSerializer):
    url = PermalinkField("api:assessment-detail")
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
    indicator = TextFilter(field_name="target__indicator__code", help_text="The target's indicator code.")
    kind = django_filters.ChoiceFilter(field_name="target__kind", choices=Kind.choices, help_text="The target's kind.")
    verdict = django_filters.ChoiceFilter(choices=Verdict.choices, help_text="met, missed, not_reported, not_comparable or pending.")
    review_status = django_filters.ChoiceFilter(choices=AssessmentStatus.choices, help_text=REVIEW_STATUS_HELP)
    headline = django_filters.BooleanFilter(field_name="target__headline", help_text="The target is a headline one (主要预期目标).")
    stretch = django_filters.BooleanFilter(field_name="target__stretch", help_text="The target is a stretch one (力争/争取).")
    narrow = django_filters.BooleanFilter(help_text="A miss within the indicator's tolerance.")
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
        ]


@extend_schema_view(list=extend_schema(parameters=[INCLUDE_UNREVIEWED]))
class AssessmentViewSet(PublicReadOnlyViewSet):
    """Verdicts, each with its target and outcome inline (quotes, report ids and source
    addresses on both sides). Lists hold reviewed verdicts unless include_unreviewed=true."""

    serializer_class = AssessmentSerializer
    filterset_class = AssessmentFilterSet

    def get_queryset(self):
        if self.action == "list":
            return assessment_list(include_unreviewed=include_unreviewed(self.request))
        return assessment_items()
