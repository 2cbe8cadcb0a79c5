"""What every public resource shares: read-only, open to anonymous readers within a rate limit,
JSON or CSV, and revalidatable with an ETag.

Writes are refused with 405 because the viewsets define no write action. Only token
authentication is accepted: a session cookie would bring CSRF checks and a session lookup to an
API that never needs them."""
from django.utils.decorators import method_decorator
from django.views.decorators.http import conditional_page
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.authentication import TokenAuthentication
from rest_framework.mixins import ListModelMixin
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from rest_framework.request import Request
from rest_framework.viewsets import ReadOnlyModelViewSet

from tracker.selectors.catalog import ID_DIGITS

from .csv import CSVRenderer, column_paths, csv_response
from .pagination import CountedPagination
from .throttling import AnonymousThrottle, TokenThrottle

TRUE_VALUES = {"1", "true"}

FORMAT = OpenApiParameter(
    "format",
    OpenApiTypes.STR,
    enum=["json", "csv"],
    description="csv: UTF-8 with a byte-order mark; a list in CSV holds every matching row, not one page.",
)
INCLUDE_UNREVIEWED = OpenApiParameter(
    "include_unreviewed",
    OpenApiTypes.BOOL,
    description="Also list machine output that no reviewer has confirmed yet; each such row has "
    '"provisional": true. By default lists hold reviewed rows only.',
)


def include_unreviewed(request: Request) -> bool:
    return request.query_params.get("include_unreviewed", "").lower() in TRUE_VALUES


class PublicViewMixin:
    """Access, formats and conditional GET for every view of the API."""

    authentication_classes = [TokenAuthentication]
    permission_classes = [AllowAny]
    throttle_classes = [AnonymousThrottle, TokenThrottle]
    renderer_classes = [JSONRenderer, CSVRenderer]

    @method_decorator(conditional_page)  # a strong ETag of the body; If-None-Match gets a 304
    def dispatch(self, request, *args, **kwargs):
        return super().dispatch(request, *args, **kwargs)


class PublicListMixin(ListModelMixin):
    """Filtered, paginated lists; in CSV, every matching row streamed from a database cursor."""

    pagination_class = CountedPagination
    filter_backends = [DjangoFilterBackend]
    csv_filename = "export"

    @extend_schema(parameters=[FORMAT])
    def list(self, request, *args, **kwargs):
        if request.accepted_renderer.format != CSVRenderer.format:
            return super().list(request, *args, **kwargs)
        queryset = self.filter_queryset(self.get_queryset())
        serializer = self.get_serializer()
        rows = (serializer.to_representation(row) for row in queryset.iterator(chunk_size=2000))
        return csv_response(paths=column_paths(serializer), rows=rows, filename=self.csv_filename)


class PublicReadOnlyViewSet(PublicViewMixin, PublicListMixin, ReadOnlyModelViewSet):
    lookup_value_regex = f"[0-9]{{1,{ID_DIGITS}}}"

    @property
    def csv_filename(self) -> str:
        return self.basename

    def filter_queryset(self, queryset):
        """Filters narrow lists; an item is found by its id alone (DRF would filter it too)."""
        return super().filter_queryset(queryset) if self.action == "list" else queryset

    @extend_schema(parameters=[FORMAT])
    def retrieve(self, request, *args, **kwargs):
        return super().retrieve(request, *args, **kwargs)
