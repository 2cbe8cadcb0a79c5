"""Helpers the review views share."""
from __future__ import annotations

from django.http import HttpRequest
from django.shortcuts import resolve_url


def filters_query(request: HttpRequest) -> str:
    """The queue filters of this request, to carry from page to page (without the page number)."""
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()


def query_context(request: HttpRequest) -> dict[str, str]:
    """`query` for links that add parameters, `query_suffix` ("?..." or "") for plain links."""
    query = filters_query(request)
    return {"query": query, "query_suffix": f"?{query}" if query else ""}


def url_with_filters(request: HttpRequest, to: str, *args) -> str:
    url = resolve_url(to, *args)
    query = filters_query(request)
    return f"{url}?{query}" if query else url


def caution_context(request: HttpRequest, caution: str, *, prefix: str = "") -> dict:
    """What the caution box of review/base.html needs: the text, the posted fields to send again,
    and the name of the field that says the reviewer saw the caution and went on."""
    acknowledged = f"{prefix}-acknowledged" if prefix else "acknowledged"
    resubmit = [
        (name, value) for name, value in request.POST.items() if name not in ("csrfmiddlewaretoken", acknowledged)
    ]
    return {"caution": caution, "resubmit": resubmit if caution else [], "acknowledged_name": acknowledged}
