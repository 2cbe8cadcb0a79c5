"""/api/v1/targets/: what governments committed to, each with the sentence it was read from."""
from drf_spectacular.utils import extend_schema, extend_schema_view

from tracker.models import Target
from tracker.selectors.facts import target_items, target_list

from .facts import FactFilterSet, FactSerializer
from tracker.selectors.facts import target_provisional_list

from .fields import NumberField, PermalinkField
from .filters import SearchFilter, StrictBooleanFilter
from .viewsets import INCLUDE_UNREVIEWED, ProvisionalViewSet, include_unreviewed


class TargetSerializer(FactSerializer):
    url = PermalinkField("api:target-detail")
    html_url = PermalinkField("public:target", help_text="The public evidence page: the quote in its paragraph, the source, the history and a citation.")
    value_high = NumberField(allow_null=True, help_text="The upper end of a range.")

    class Meta:
        model = Target
        fields = [
            *FactSerializer.common_fields,
            "value_high",
            "qualifier",
            "stretch",
            "headline",
            "reference",
            *FactSerializer.evidence_fields,
        ]


class TargetFilterSet(FactFilterSet):
    headline = StrictBooleanFilter(help_text="In the list of main expected targets (主要预期目标).")
    stretch = StrictBooleanFilter(help_text="A softened commitment (力争/争取).")
    q = SearchFilter(fact_paths=[""], jurisdiction_path="report__jurisdiction")

    class Meta:
        model = Target
        fields = [*FactFilterSet.common_filters, "headline", "stretch", "q"]


@extend_schema_view(list=extend_schema(parameters=[INCLUDE_UNREVIEWED]))
class TargetViewSet(ProvisionalViewSet):
    """Targets from the plan part of each report: indicator, period, kind, value and qualifier
    (approx 左右, at_least 以上, at_most 以内, ...). `year` is the year of the report that set the
    target; `period` the year (or span) the target is for. Lists hold reviewed targets unless
    include_unreviewed=true."""

    serializer_class = TargetSerializer
    filterset_class = TargetFilterSet

    def get_queryset(self):
        if self.action == "list":
            return target_list(include_unreviewed=include_unreviewed(self.request))
        return target_items()

    def provisional_queryset(self):
        return target_provisional_list()
