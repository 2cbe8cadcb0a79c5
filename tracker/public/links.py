"""Addresses of public pages without a language prefix: what the API returns and a citation
names. Such an address never changes with the reader's language; LocaleMiddleware redirects it
to the page in the language of whoever opens it (/targets/7/ -> /zh-hans/targets/7/)."""
from django.conf import settings
from django.urls import reverse


def unprefixed_reverse(viewname: str, *, args=None, kwargs=None) -> str:
    path = reverse(viewname, args=args, kwargs=kwargs)
    for code, _name in settings.LANGUAGES:
        prefix = f"/{code}/"
        if path.startswith(prefix):
            return path[len(prefix) - 1 :]
    return path
