"""What every public resource shares: read-only, open to anonymous readers within a rate limit,
JSON or CSV, revalidatable with an ETag, and strict about its query parameters.

Writes are refused with 405 because the viewsets define no write action. Only token
authentication is accepted: a session cookie would bring CSRF checks and a session lookup to an
API that never needs them.

Lists of targets, outcomes and verdicts hold reviewed rows unless include_unreviewed=true, and
say how many unreviewed rows matched the same filters (`hidden_provisional`), so that an empty
answer is never mistaken for "no data"."""
from __future__ import annotations

from django.utils.decorators import method_decorator
from django.views.decorators.http import conditional_page
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.authentication import TokenAuthentication
from rest_framework.exceptions import ValidationError
from rest_framework.mixins import ListModelMixin
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from rest_framework.request import Request
from rest_framework.viewsets import ReadOnlyModelViewSet

from tracker.selectors.catalog import ID_DIGITS

from .csv import CSVRenderer, column_paths, csv_response
from .downloads import csv_file_name
from .pagination import CountedPagination, ProvisionalPagination, link_with
from .params import LANGUAGES, check_query, choice_parser, joined_lists, paging_parsers, parse_boolean
from .throttling import AnonymousThrottle, TokenThrottle

UNREVIEWED = "include_unreviewed"
HIDDEN_PROVISIONAL_HEADER = "X-Hidden-Provisional"

FORMAT = OpenApiParameter(
    "format",
    OpenApiTypes.STR,
    enum=["json", "csv"],
    description="csv: UTF-8 with a byte-order mark; a list in CSV holds every matching row, not one page.",
)
LANG = OpenApiParameter(
    "lang",
    OpenApiTypes.STR,
    enum=list(LANGUAGES),
    description="CSV only: zh gives Chinese column headers (目标数值 …); en, the default, the field names.",
)
INCLUDE_UNREVIEWED = OpenApiParameter(
    UNREVIEWED,
    OpenApiTypes.BOOL,
    description="true: also list machine output that no reviewer has confirmed yet; each such row has "
    '"provisional": true. By default lists hold reviewed rows only, and hidden_provisional says how many '
    "unreviewed rows matched too.",
)


def include_unreviewed(request: Request) -> bool:
    """Read after check_query, which refused anything but true or false."""
    return request.query_params.get(UNREVIEWED) == "true"


class StrictFilterBackend(DjangoFilterBackend):
    """django-filter on the query with repeated list parameters joined (`verdict=met&verdict=missed`)."""

    def get_filterset_kwargs(self, request, queryset, view):
        kwargs = super().get_filterset_kwargs(request, queryset, view)
        filterset_class = self.get_filterset_class(view, queryset)
        kwargs["data"] = joined_lists(request.query_params, filterset_class.list_parameters())
        return kwargs

    def filter_queryset(self, request, queryset, view):
        """As django-filter does, keeping the validated filterset on the view: the count of hidden
        rows applies it again without resolving names twice, and a file name reads its values."""
        filterset = self.get_filterset(request, queryset, view)
        if filterset is None:
            return queryset
        if not filterset.is_valid():
            # Rendered by Django, which formats a message only with its params: a value holding
            # "%" (echoed in the message) would break django-filter's translate_validation.
            raise ValidationError({name: [error["message"] for error in errors]
                                   for name, errors in filterset.errors.get_json_data().items()})
        view.applied_filterset = filterset
        return filterset.qs


class PublicViewMixin:
    """Access, formats, strict parameters and conditional GET for every view of the API."""

    authentication_classes = [TokenAuthentication]
    permission_classes = [AllowAny]
    throttle_classes = [AnonymousThrottle, TokenThrottle]
    renderer_classes = [JSONRenderer, CSVRenderer]
    # Whether include_unreviewed means anything here.
    has_provisional = False

    @method_decorator(conditional_page)  # a strong ETag of the body; If-None-Match gets a 304
    def dispatch(self, request, *args, **kwargs):
        return super().dispatch(request, *args, **kwargs)

    def initial(self, request, *args, **kwargs):
        """Parameters of a read are checked before content negotiation, so `format=xml` is a 400
        that names the formats rather than a 404; any other method stays a 405."""
        if request.method in ("GET", "HEAD"):
            check_query(request.query_params, parsers=self.query_parsers(), lists=self.list_parameters())
        super().initial(request, *args, **kwargs)

    def query_parsers(self) -> dict:
        formats = [renderer.format for renderer in self.renderer_classes]
        parsers = {"format": choice_parser(formats)}
        if CSVRenderer.format in formats:
            parsers["lang"] = choice_parser(LANGUAGES)
        if self.has_provisional:
            parsers[UNREVIEWED] = parse_boolean
        return parsers

    def list_parameters(self) -> set[str]:
        return set()


class PublicListMixin(ListModelMixin):
    """Filtered, paginated lists; in CSV, every matching row streamed from a database cursor.
    Comes before PublicViewMixin in a view's bases: it adds the list's parameters to its."""

    pagination_class = CountedPagination
    filter_backends = [StrictFilterBackend]
    csv_filename = "export"

    def serves_list(self) -> bool:
        return getattr(self, "action", "list") == "list"

    def query_parsers(self) -> dict:
        parsers = super().query_parsers()
        if not self.serves_list():
            parsers.pop(UNREVIEWED, None)
            return parsers
        filters = dict.fromkeys(self.filterset_class.base_filters) if self.filterset_class else {}
        return {**parsers, **filters, **paging_parsers(self.pagination_class.max_page_size)}

    def list_parameters(self) -> set[str]:
        if not self.serves_list() or not self.filterset_class:
            return set()
        return self.filterset_class.list_parameters()

    def hidden_provisional(self) -> int | None:
        """How many unreviewed rows the same filters would add; None where nothing is hidden."""
        if not self.has_provisional:
            return None
        if include_unreviewed(self.request):
            return 0
        applied = getattr(self, "applied_filterset", None)
        if applied is None:
            return self.filter_queryset(self.provisional_queryset()).count()
        return applied.filter_queryset(self.provisional_queryset()).count()

    def provisional_queryset(self):
        raise NotImplementedError

    def paginate_queryset(self, queryset):
        if isinstance(self.paginator, ProvisionalPagination):
            hidden = self.hidden_provisional() or 0
            url = None
            if hidden:
                url = link_with(self.request, **{UNREVIEWED: "true", "page": None})
            self.paginator.hidden = (hidden, url)
        return super().paginate_queryset(queryset)

    @extend_schema(parameters=[FORMAT, LANG])
    def list(self, request, *args, **kwargs):
        if request.accepted_renderer.format != CSVRenderer.format:
            return super().list(request, *args, **kwargs)
        queryset = self.filter_queryset(self.get_queryset())
        serializer = self.get_serializer()
        rows = (serializer.to_representation(row) for row in queryset.iterator(chunk_size=2000))
        name = csv_file_name(self, base=self.csv_filename, provisional=self.has_provisional and include_unreviewed(request))
        response = csv_response(paths=column_paths(serializer), rows=rows, filename=name, lang=request.query_params.get("lang"))
        hidden = self.hidden_provisional()
        if hidden is not None:
            response[HIDDEN_PROVISIONAL_HEADER] = str(hidden)
        return response


class PublicReadOnlyViewSet(PublicListMixin, PublicViewMixin, ReadOnlyModelViewSet):
    lookup_value_regex = f"[0-9]{{1,{ID_DIGITS}}}"

    @property
    def csv_filename(self) -> str:
        return f"{self.basename}s"  # the router's basename is singular: targets.csv holds targets

    def filter_queryset(self, queryset):
        """Filters narrow lists; an item is found by its id alone (DRF would filter it too)."""
        return super().filter_queryset(queryset) if self.action == "list" else queryset

    @extend_schema(parameters=[FORMAT, LANG])
    def retrieve(self, request, *args, **kwargs):
        return super().retrieve(request, *args, **kwargs)


class ProvisionalViewSet(PublicReadOnlyViewSet):
    """A resource whose rows are reviewed or not: targets, outcomes, assessments."""

    has_provisional = True
    pagination_class = ProvisionalPagination
