"""/api/v1/indicators/: the taxonomy of indicator codes that targets and outcomes use."""

from tracker.models import Direction, Indicator
from tracker.selectors.catalog import indicator_list

from .fields import PermalinkField
from .filters import ApiFilterSet, StableOrderingFilter, TextFilter, choice_filter
from .representation import ReadSerializer
from .viewsets import PublicReadOnlyViewSet


class IndicatorSerializer(ReadSerializer):
    url = PermalinkField("api:indicator-detail")

    class Meta:
        model = Indicator
        fields = ["id", "url", "code", "name_zh", "name_en", "aliases", "direction"]


class IndicatorFilterSet(ApiFilterSet):
    code = TextFilter(help_text="The taxonomy code (gdp, cpi, surveyed_unemployment).")
    direction = choice_filter("direction", Direction.choices, "Whether higher or lower is better.")
    ordering = StableOrderingFilter(fields=["code", "name_en", "id"])

    class Meta:
        model = Indicator
        fields = ["code", "direction"]


class IndicatorViewSet(PublicReadOnlyViewSet):
    """Indicator codes with their Chinese and English names and which direction is better."""

    serializer_class = IndicatorSerializer
    filterset_class = IndicatorFilterSet

    def get_queryset(self):
        return indicator_list()
