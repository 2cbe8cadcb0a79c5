"""Rate limits: anonymous readers by address, token holders by account at a higher rate.

The rates in settings (API_ANON_RATE, API_USER_RATE) are read on each request. An
anonymous reader's address is the deployment's idea of it (tracker.client_address), never a
client-supplied X-Forwarded-For; the counts are in the shared cache (tracker.throttling)."""
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle

from tracker.client_address import client_address
from tracker.throttling import RateFromSettings


class AnonymousThrottle(RateFromSettings, AnonRateThrottle):
    def get_ident(self, request) -> str:
        return client_address(request)


class TokenThrottle(RateFromSettings, UserRateThrottle):
    """Counts token holders only: an anonymous reader's one limit is the anonymous rate (DRF's
    UserRateThrottle would count anonymous readers too, so a raised anonymous rate never held)."""

    def get_cache_key(self, request, view) -> str | None:
        if not request.user or not request.user.is_authenticated:
            return None
        return super().get_cache_key(request, view)
