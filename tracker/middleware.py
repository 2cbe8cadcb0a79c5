"""Guards on a request before any view or form reads it.

- A body larger than MAX_REQUEST_BYTES (by its Content-Length) is refused with 413 before a
  byte of it is read: uploads are capped as a whole, not only per file and only after parsing.
- A NUL character in the query string of a page is refused with 400: PostgreSQL cannot compare
  text with a NUL in it, and a view that filters on a parameter would otherwise answer 500. The
  API is left to its FilterSets, whose fields refuse NUL with their own 400 (or, for ordering,
  ignore what names no field), as its schema documents.
"""
from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse

REQUEST_TOO_LARGE = "The request is larger than {limit:,} bytes in all; send fewer or smaller files at a time."
API = "/api/"
NUL_IN_QUERY = "The query string holds a NUL character (%00), which no parameter may contain."


class RequestLimitsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > settings.MAX_REQUEST_BYTES:
            return _refuse(request, REQUEST_TOO_LARGE.format(limit=settings.MAX_REQUEST_BYTES), status=413)
        if not request.path.startswith(API) and any(
            "\x00" in key or "\x00" in value for key, values in request.GET.lists() for value in values
        ):
            return _refuse(request, NUL_IN_QUERY, status=400)
        return self.get_response(request)


def _refuse(request: HttpRequest, message: str, *, status: int) -> HttpResponse:
    """JSON for the API (its clients parse errors too), plain text elsewhere."""
    if request.path.startswith(API):
        response = JsonResponse({"detail": message}, status=status)
    else:
        response = HttpResponse(message, status=status, content_type="text/plain; charset=utf-8")
    if status == 413:
        response["Connection"] = "close"  # the unread body is not worth draining
    return response
