"""/api/v1/jurisdictions/: the governments that deliver work reports, and how they nest."""
from rest_framework import serializers

from tracker.models import Jurisdiction
from tracker.selectors.catalog import jurisdiction_list

from .fields import PermalinkField
from .filters import GovernmentFilterSet, IntegerFilter, StableOrderingFilter, TextFilter, level_filter
from .representation import ReadSerializer
from .viewsets import PublicReadOnlyViewSet


class JurisdictionSerializer(ReadSerializer):
    url = PermalinkField("api:jurisdiction-detail")
    html_url = PermalinkField("public:government", help_text="The government's public page: its reports, targets and verdicts.")
    parent_name = serializers.CharField(source="parent.name", default=None, allow_null=True, read_only=True)

    class Meta:
        model = Jurisdiction
        fields = ["id", "url", "html_url", "name", "level", "parent", "parent_name", "division_code", "aliases"]


class JurisdictionFilterSet(GovernmentFilterSet):
    jurisdiction_path = "pk"

    level = level_filter()
    parent = IntegerFilter(field_name="parent", help_text="The id of the government directly above.")
    name = TextFilter(lookup_expr="contains", help_text="Part of the full name (江北).")
    ordering = StableOrderingFilter(fields=["name", "level", "division_code", "id"])

    class Meta:
        model = Jurisdiction
        fields = ["jurisdiction", "include_descendants", "level", "parent", "name"]


class JurisdictionViewSet(PublicReadOnlyViewSet):
    """Governments, from the State Council to a city district. With `jurisdiction` and
    `include_descendants`, a province and everything below it."""

    serializer_class = JurisdictionSerializer
    filterset_class = JurisdictionFilterSet

    def get_queryset(self):
        return jurisdiction_list()
