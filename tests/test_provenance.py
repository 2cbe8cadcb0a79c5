"""The address an HTML page declares as its own, read without a database."""
import pytest

from tracker.provenance import canonical_url


@pytest.mark.parametrize(
    "head, expected",
    [
        ('<link rel="canonical" href="https://www.example.gov.cn/zwgk/2021/report.html">', "https://www.example.gov.cn/zwgk/2021/report.html"),
        ('<link href="http://www.example.gov.cn/a.html" rel="alternate canonical">', "http://www.example.gov.cn/a.html"),
        ('<meta property="og:url" content="https://news.example.cn/2021/0130/1.shtml">', "https://news.example.cn/2021/0130/1.shtml"),
        ('<link rel="canonical" href="/zwgk/report.html"><meta property="og:url" content="https://x.example.cn/r">', "https://x.example.cn/r"),
        ('<link rel="canonical" href="javascript:alert(1)">', ""),
        ('<link rel="canonical" href="https://x.example.cn/a b.html">', ""),
        ('<link rel="canonical" href="https://x.example.cn/' + "a" * 500 + '">', ""),
        ('<link rel="stylesheet" href="https://x.example.cn/site.css">', ""),
        ("", ""),
    ],
)
def test_canonical_url(head, expected):
    assert canonical_url(f"<html><head>{head}</head><body><p>正文</p></body></html>") == expected
