"""Cross-origin reads: a newsroom's page or an Observable notebook fetches the API from the
browser. Only reads, only the API, no credentials."""
import pytest

pytestmark = pytest.mark.django_db
ORIGIN = "https://observablehq.com"


def test_a_read_from_another_site_is_allowed(anonymous, world):
    response = anonymous.get("/api/v1/targets/", HTTP_ORIGIN=ORIGIN)
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    exposed = {name.strip().lower() for name in response["Access-Control-Expose-Headers"].split(",")}
    assert {"etag", "content-disposition", "x-hidden-provisional", "retry-after"} <= exposed
    assert "Access-Control-Allow-Credentials" not in response


def test_a_preflight_for_a_token_request_is_answered(anonymous, world):
    response = anonymous.options(
        "/api/v1/assessments/",
        HTTP_ORIGIN=ORIGIN,
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="authorization",
    )
    assert response.status_code == 200
    assert set(response["Access-Control-Allow-Methods"].split(", ")) == {"GET", "HEAD", "OPTIONS"}
    assert "authorization" in response["Access-Control-Allow-Headers"]


def test_writes_are_not_offered_across_sites(anonymous, world):
    response = anonymous.post("/api/v1/targets/", {}, HTTP_ORIGIN=ORIGIN)
    assert response.status_code == 405
    assert "POST" not in response.get("Access-Control-Allow-Methods", "")


def test_pages_outside_the_api_are_not_opened(anonymous, world):
    for url in ("/review/", f"/targets/{world.gdp_target.pk}/", "/admin/login/"):
        assert "Access-Control-Allow-Origin" not in anonymous.get(url, HTTP_ORIGIN=ORIGIN), url
