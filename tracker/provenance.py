"""Where a document came from, read from the document itself: the address an HTML page declares
as its own. Pure (BeautifulSoup only), so the importer and tests share it without a database."""
from __future__ import annotations

from urllib.parse import urlsplit

from bs4 import BeautifulSoup

MAX_URL_LENGTH = 500  # Report.source_url


def canonical_url(html: str) -> str:
    """`<link rel="canonical">`, else `<meta property="og:url">`: an absolute http(s) address, or
    "" when the page declares none (a relative or odd one is not guessed at)."""
    soup = BeautifulSoup(html, "lxml")
    candidates = [link.get("href") for link in soup.find_all("link", href=True) if "canonical" in (link.get("rel") or [])]
    candidates += [meta.get("content") for meta in soup.find_all("meta", attrs={"property": "og:url"})]
    for candidate in candidates:
        url = (candidate or "").strip()
        parts = urlsplit(url)
        if parts.scheme in ("http", "https") and parts.netloc and len(url) <= MAX_URL_LENGTH and not any(c.isspace() for c in url):
            return url
    return ""
