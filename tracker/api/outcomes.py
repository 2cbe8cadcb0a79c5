"""/api/v1/outcomes/: the figures a report gives for the year before, with their quotes."""
from drf_spectacular.utils import extend_schema, extend_schema_view

from tracker.models import Outcome
from tracker.selectors.facts import outcome_items, outcome_list, outcome_provisional_list

from .facts import FactFilterSet, FactSerializer
from .fields import NumberField, PermalinkField
from .filters import SearchFilter, StrictBooleanFilter
from .viewsets import INCLUDE_UNREVIEWED, ProvisionalViewSet, include_unreviewed


class OutcomeSerializer(FactSerializer):
    url = PermalinkField("api:outcome-detail")
    html_url = PermalinkField("public:outcome", help_text="The public evidence page: the quote in its paragraph, the source, the history and a citation.")
    value = NumberField()

    class Meta:
        model = Outcome
        fields = [*FactSerializer.common_fields, "estimate", "cumulative", "scope", *FactSerializer.evidence_fields]


class OutcomeFilterSet(FactFilterSet):
    estimate = StrictBooleanFilter(help_text="A preliminary figure (预计, 初步核算).")
    q = SearchFilter(fact_paths=[""], jurisdiction_path="report__jurisdiction")

    class Meta:
        model = Outcome
        fields = [*FactFilterSet.common_filters, "estimate", "q"]


@extend_schema_view(list=extend_schema(parameters=[INCLUDE_UNREVIEWED]))
class OutcomeViewSet(ProvisionalViewSet):
    """Reported figures from the review part of each report (全年增长6.7%). `year` is the year
    of the report; `period` the year the figure is about, usually the year before."""

    serializer_class = OutcomeSerializer
    filterset_class = OutcomeFilterSet

    def get_queryset(self):
        if self.action == "list":
            return outcome_list(include_unreviewed=include_unreviewed(self.request))
        return outcome_items()

    def provisional_queryset(self):
        return outcome_provisional_list()
