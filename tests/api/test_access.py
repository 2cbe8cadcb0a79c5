"""Anonymous read, token authentication, rate limits, refused writes and conditional GET."""
import pytest
from django.conf import settings
from django.test import override_settings

pytestmark = pytest.mark.django_db

ITEMS = ["jurisdictions", "reports", "indicators", "targets", "outcomes", "assessments"]
LISTS = [f"/api/v1/{name}/" for name in ITEMS] + ["/api/v1/scorecards/", "/api/v1/changes/"]


def item_urls(world) -> list[str]:
    return [
        f"/api/v1/jurisdictions/{world.city.pk}/",
        f"/api/v1/reports/{world.city_2021.pk}/",
        "/api/v1/indicators/1/",
        f"/api/v1/targets/{world.gdp_target.pk}/",
        f"/api/v1/outcomes/{world.gdp_outcome.pk}/",
        f"/api/v1/assessments/{world.gdp_assessment.pk}/",
        f"/api/v1/scorecards/{world.city.pk}/2021/",
    ]


def rates(anon: str, user: str) -> dict:
    return {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"anon": anon, "user": user}}


@pytest.mark.parametrize("url", LISTS)
def test_anonymous_reads_every_list(anonymous, world, url):
    assert anonymous.get(url).status_code == 200


def test_the_root_links_every_list(anonymous, world):
    links = anonymous.get("/api/v1/").json()
    for url in LISTS:
        assert any(link.endswith(url) for link in links.values()), url
        assert anonymous.get(links[url.strip("/").split("/")[-1]]).status_code == 200


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_every_write_is_refused(anonymous, token_client, world, method):
    for url in LISTS + item_urls(world):
        for api in (anonymous, token_client):
            response = getattr(api, method)(url, {"value": 1}, format="json")
            assert response.status_code == 405, (method, url, response.status_code)


def test_anonymous_readers_are_throttled(anonymous, world):
    with override_settings(REST_FRAMEWORK=rates("3/minute", "10/minute")):
        statuses = [anonymous.get("/api/v1/targets/").status_code for _ in range(4)]
        assert statuses == [200, 200, 200, 429]
        assert "Retry-After" in anonymous.get("/api/v1/indicators/")


def test_anonymous_readers_have_the_anonymous_rate_alone(anonymous, world):
    """Regression: the token rate counted anonymous readers too, so an anonymous rate raised above
    it (as the archive benchmark raises it) was refused at the token rate."""
    with override_settings(REST_FRAMEWORK=rates("5/minute", "2/minute")):
        statuses = [anonymous.get("/api/v1/targets/").status_code for _ in range(6)]
        assert statuses == [200] * 5 + [429]


def test_a_token_gets_the_higher_limit(token_client, world):
    with override_settings(REST_FRAMEWORK=rates("3/minute", "10/minute")):
        statuses = [token_client.get("/api/v1/targets/").status_code for _ in range(11)]
        assert statuses == [200] * 10 + [429]


def test_a_bad_token_is_refused(anonymous, world):
    anonymous.credentials(HTTP_AUTHORIZATION="Token not-a-token")
    assert anonymous.get("/api/v1/targets/").status_code == 401


@pytest.mark.parametrize("index", range(len(LISTS) + 7))
def test_lists_and_items_revalidate_with_an_etag(anonymous, world, index):
    url = (LISTS + item_urls(world))[index]
    etag = anonymous.get(url)["ETag"]
    assert anonymous.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304
    assert anonymous.get(url, HTTP_IF_NONE_MATCH='"stale"').status_code == 200


@pytest.mark.parametrize("url", ["/api/v1/targets/", "/api/v1/scorecards/"])
def test_a_change_in_the_data_changes_the_etag(anonymous, world, url):
    etag = anonymous.get(url)["ETag"]
    world.gdp_target.quote = "地区生产总值增长7.5%左右"
    world.gdp_target.save()
    world.jobs_target.review_status = "rejected"
    world.jobs_target.save()
    assert anonymous.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 200
