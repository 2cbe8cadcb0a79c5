"""Rate limits counted in the shared cache, per client address (see tracker.client_address).

The counts live in Django's default cache: Redis with CACHE_URL, otherwise the database cache,
so that every gunicorn worker (and every machine) adds to one count instead of keeping its own.
The API's throttles (tracker.api.throttling) and the `throttled` decorator for plain views share
this keying. Rates are REST_FRAMEWORK's DEFAULT_THROTTLE_RATES, read on each request.
"""
from __future__ import annotations

import math
from collections.abc import Callable
from functools import wraps

from django.http import HttpRequest, HttpResponse
from rest_framework.settings import api_settings
from rest_framework.throttling import SimpleRateThrottle

from tracker.client_address import client_address

TOO_MANY_REQUESTS = "Too many requests: try again in {seconds} seconds."


class RateFromSettings:
    """DRF's throttles copy their rates when first imported; this reads the scope's rate on each
    request, so that the rates in settings are the ones in force, also in tests."""

    def get_rate(self) -> str | None:
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)


class ClientThrottle(RateFromSettings, SimpleRateThrottle):
    """So many requests per client address and scope; any view can ask it."""

    def __init__(self, scope: str):
        self.scope = scope
        super().__init__()

    def get_cache_key(self, request, view) -> str:
        return self.cache_format % {"scope": self.scope, "ident": client_address(request)}


def throttle_response(throttle: SimpleRateThrottle) -> HttpResponse:
    seconds = math.ceil(throttle.wait() or 1)
    response = HttpResponse(TOO_MANY_REQUESTS.format(seconds=seconds), status=429,
                            content_type="text/plain; charset=utf-8")
    response["Retry-After"] = str(seconds)
    return response


def throttled(scope: str) -> Callable:
    """A view decorator: 429 with Retry-After once the client has used the scope's rate."""

    def decorate(view: Callable) -> Callable:
        @wraps(view)
        def wrapped(request: HttpRequest, *args, **kwargs):
            throttle = ClientThrottle(scope)
            if not throttle.allow_request(request, None):
                return throttle_response(throttle)
            return view(request, *args, **kwargs)

        return wrapped

    return decorate
