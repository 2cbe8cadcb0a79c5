"""Page-number pagination with the total count, so a journalist knows how much there is; for
resources with unreviewed rows, also how many of those the filters matched but the list left out."""
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response

from .params import MAX_PAGE_DIGITS

HIDDEN_HELP = (
    "Unreviewed rows that match the same filters but are not listed. Add include_unreviewed=true "
    "(hidden_provisional_url) to list them, labelled provisional."
)


def link_with(request, **changes: str | None) -> str:
    """This request's URL with some parameters set (or removed, for None). Built from the
    decoded parameters rather than the raw query string: curl sends 江北区 as raw UTF-8 bytes,
    which rebuilding from the query string would encode twice."""
    query = request.query_params.copy()
    for name, value in changes.items():
        if value is None:
            query.pop(name, None)
        else:
            query[name] = value
    encoded = query.urlencode()
    return request.build_absolute_uri(request.path) + (f"?{encoded}" if encoded else "")


class CountedPagination(PageNumberPagination):
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 500

    def get_next_link(self) -> str | None:
        if not self.page.has_next():
            return None
        return link_with(self.request, page=str(self.page.next_page_number()))

    def get_previous_link(self) -> str | None:
        if not self.page.has_previous():
            return None
        number = self.page.previous_page_number()
        return link_with(self.request, page=None if number == 1 else str(number))

    def get_schema_operation_parameters(self, view) -> list[dict]:
        """The bounds the API enforces (a 400 beyond them), in the OpenAPI document too."""
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            parameter["schema"]["minimum"] = 1
            if parameter["name"] == self.page_size_query_param:
                parameter["schema"]["maximum"] = self.max_page_size
            else:
                parameter["schema"]["maximum"] = 10**MAX_PAGE_DIGITS - 1
        return parameters


class ProvisionalPagination(CountedPagination):
    """The view sets `hidden` to (count, url to list them) before paginating."""

    hidden: tuple[int, str | None] = (0, None)

    def get_paginated_response(self, data) -> Response:
        response = super().get_paginated_response(data)
        count, url = self.hidden
        response.data = {
            "count": response.data["count"],
            "hidden_provisional": count,
            "hidden_provisional_url": url,
            **{key: value for key, value in response.data.items() if key != "count"},
        }
        return response

    def get_paginated_response_schema(self, schema: dict) -> dict:
        paginated = super().get_paginated_response_schema(schema)
        properties = paginated["properties"]
        paginated["properties"] = {
            "count": properties["count"],
            "hidden_provisional": {"type": "integer", "minimum": 0, "description": HIDDEN_HELP},
            "hidden_provisional_url": {"type": "string", "format": "uri", "nullable": True},
            **{key: value for key, value in properties.items() if key != "count"},
        }
        paginated["required"] = [*paginated.get("required", []), "hidden_provisional", "hidden_provisional_url"]
        return paginated
