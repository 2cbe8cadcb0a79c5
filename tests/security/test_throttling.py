"""Rate limits that hold: a made-up X-Forwarded-For is no new client, counts live in the shared
(database) cache, and live reports, PDFs above all, are throttled and cached."""
import pytest
from django.core.cache import cache
from django.test import override_settings
from rest_framework.settings import api_settings

from tracker.models import Jurisdiction

pytestmark = pytest.mark.django_db


def rates(**overrides) -> dict:
    rest = {**api_settings.user_settings}
    rest["DEFAULT_THROTTLE_RATES"] = {**rest["DEFAULT_THROTTLE_RATES"], **overrides}
    return rest


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()


def test_a_new_forwarded_for_header_is_not_a_new_client(client):
    with override_settings(REST_FRAMEWORK=rates(anon="3/minute"), NUM_PROXIES=0):
        statuses = [
            client.get("/api/v1/indicators/", HTTP_X_FORWARDED_FOR=f"198.51.100.{n}").status_code for n in range(6)
        ]
    assert statuses == [200, 200, 200, 429, 429, 429]


def test_behind_one_proxy_the_client_is_what_the_proxy_saw(client):
    with override_settings(REST_FRAMEWORK=rates(anon="2/minute"), NUM_PROXIES=1):
        spoofed = [
            client.get("/api/v1/indicators/", HTTP_X_FORWARDED_FOR=f"6.6.6.{n}, 198.51.100.7").status_code
            for n in range(3)
        ]
        other = client.get("/api/v1/indicators/", HTTP_X_FORWARDED_FOR="198.51.100.8").status_code
    assert spoofed == [200, 200, 429]
    assert other == 200


def test_throttle_counts_are_kept_in_the_database_cache(client, settings):
    assert settings.CACHES["default"]["BACKEND"] in (
        "django.core.cache.backends.db.DatabaseCache", "django.core.cache.backends.redis.RedisCache"
    )
    with override_settings(REST_FRAMEWORK=rates(anon="5/minute")):
        client.get("/api/v1/indicators/")
    assert cache.get("throttle_anon_127.0.0.1") and len(cache.get("throttle_anon_127.0.0.1")) == 1


@pytest.fixture
def governments(db):
    return [Jurisdiction.objects.create(name=f"重庆市测试{n}区", level="county") for n in range(4)]


def test_live_pdfs_are_throttled_when_rendered_and_served_from_the_cache_after(client, governments):
    urls = [f"/en/reports/scorecard/{place.pk}/2023/?format=pdf" for place in governments]
    with override_settings(REST_FRAMEWORK=rates(live_pdf="2/minute", live_report="100/minute")):
        first, second, third = (client.get(url) for url in urls[:3])
        again = client.get(urls[0])
    assert (first.status_code, second.status_code, third.status_code) == (200, 200, 429)
    assert third["Retry-After"] and "Too many requests" in third.content.decode()
    assert again.status_code == 200 and again.content == first.content  # cached: no new render
    assert first["Content-Type"] == "application/pdf"


def test_every_live_report_counts_against_the_live_rate(client, governments):
    with override_settings(REST_FRAMEWORK=rates(live_report="3/minute")):
        statuses = [client.get(f"/en/reports/scorecard/{governments[0].pk}/2023/").status_code for _ in range(4)]
        trend = client.get(f"/en/reports/trend/{governments[1].pk}/").status_code
    assert statuses == [200, 200, 200, 429] and trend == 429


def test_a_cached_report_changes_when_its_inputs_change(client, governments):
    url = f"/en/reports/scorecard/{governments[0].pk}/2023/"
    before = client.get(url).content
    governments[0].name = "重庆市改名区"
    governments[0].save()
    after = client.get(url).content
    assert "重庆市改名区" in after.decode() and "重庆市改名区" not in before.decode()
