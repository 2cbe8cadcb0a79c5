"""The address a request comes from, as the deployment defines it.

Rate limits and login lockouts count per client address. Trusting X-Forwarded-For as such lets
any client pick a new address per request (300 requests with 300 made-up headers were 300 new
clients), so the header is ignored unless NUM_PROXIES says how many proxies of our own stand in
front of Django. Each of them appends the address it saw to the header, so the client is the
NUM_PROXIES-th entry from the right; anything further left was written by the client itself.
"""
from __future__ import annotations

import ipaddress

from django.conf import settings
from django.http import HttpRequest


def client_address(request: HttpRequest) -> str:
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = settings.NUM_PROXIES
    if proxies <= 0:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    if not forwarded:
        return remote
    candidate = forwarded[-min(proxies, len(forwarded))]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote
