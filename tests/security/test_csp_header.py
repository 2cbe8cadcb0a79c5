"""Every HTML page carries the Content-Security-Policy; scripts only from this site or with the
request's nonce. (tests/browser/test_csp_and_docs.py runs the pages under it in Chromium.)"""
import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url", ["/admin/login/", "/reports/", "/api/v1/docs/", "/api/v1/redoc/", "/api/v1/", "/reports/nowhere/"]
)
def test_every_page_has_the_policy(client, url):
    policy = client.get(url)["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["default-src"] == "'self'"
    assert directives["script-src"].startswith("'self'")
    assert "unsafe-inline" not in directives["script-src"] and "unsafe-eval" not in directives["script-src"]
    assert directives["object-src"] == "'none'" and directives["frame-ancestors"] == "'none'"


def test_staff_pages_have_the_policy(client, reviewer):
    client.force_login(reviewer)
    for url in ["/review/", "/review/import/", "/admin/"]:
        assert "script-src 'self'" in client.get(url)["Content-Security-Policy"], url


def test_a_nonce_used_by_a_template_is_in_the_header(rf):
    from csp.middleware import CSPMiddleware
    from django.http import HttpResponse
    from django.template import engines

    template = engines["django"].from_string('<script nonce="{{ CSP_NONCE }}">1</script>')
    request = rf.get("/")
    middleware = CSPMiddleware(lambda request: HttpResponse(template.render({}, request)))
    response = middleware(request)
    nonce = response.content.decode().split('nonce="')[1].split('"')[0]
    assert len(nonce) >= 16
    assert f"'nonce-{nonce}'" in response["Content-Security-Policy"]
