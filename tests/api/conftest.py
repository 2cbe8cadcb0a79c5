"""A small named world for the API tests: 四川省 above 成都市 above two districts, reports of
2021 and 2022, targets, outcomes and assessments in every review state, created directly."""
import pytest
from django.core.cache import cache
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from tracker.models import Jurisdiction

from .world import World, make_assessment, make_outcome, make_report, make_target


@pytest.fixture
def world(db) -> World:
    province = Jurisdiction.objects.create(name="四川省", level="province", division_code="510000")
    city = Jurisdiction.objects.create(name="四川省成都市", level="prefecture", parent=province, aliases=["成都市"])
    district = Jurisdiction.objects.create(name="四川省成都市武侯区", level="county", parent=city)
    other_district = Jurisdiction.objects.create(name="四川省成都市锦江区", level="county", parent=city)
    elsewhere = Jurisdiction.objects.create(name="浙江省", level="province")

    city_2021 = make_report(city, 2021, speaker="王凤朝")
    city_2022 = make_report(city, 2022, source_kind="summary")
    district_2021 = make_report(district, 2021)
    make_report(elsewhere, 2021)

    gdp_target = make_target(city_2021, "gdp", 7, qualifier="approx", headline=True)
    retail_target = make_target(city_2021, "retail_sales", 10, stretch=True)
    cpi_target = make_target(city_2021, "cpi", 3, review_status="pending", qualifier="at_most", kind="share")
    jobs_target = make_target(city_2021, "new_urban_jobs", 25, kind="count", unit="万人", qualifier="at_least")
    rejected_target = make_target(city_2021, "fdi", 5, review_status="rejected")
    five_year_target = make_target(city_2021, "gdp", 6, period_start=2021, period_end=2025)
    district_target = make_target(district_2021, "gdp", 6.5)

    gdp_outcome = make_outcome(city_2022, "gdp", "8.6")
    retail_outcome = make_outcome(city_2022, "retail_sales", 9, estimate=True)
    pending_outcome = make_outcome(city_2022, "cpi", "0.9", review_status="pending", kind="share")

    return World(
        province=province,
        city=city,
        district=district,
        other_district=other_district,
        elsewhere=elsewhere,
        city_2021=city_2021,
        city_2022=city_2022,
        district_2021=district_2021,
        gdp_target=gdp_target,
        retail_target=retail_target,
        cpi_target=cpi_target,
        jobs_target=jobs_target,
        rejected_target=rejected_target,
        five_year_target=five_year_target,
        district_target=district_target,
        gdp_outcome=gdp_outcome,
        retail_outcome=retail_outcome,
        pending_outcome=pending_outcome,
        gdp_assessment=make_assessment(gdp_target, gdp_outcome, "met", rule="approx"),
        retail_assessment=make_assessment(
            retail_target, retail_outcome, "missed", review_status="overridden", narrow=False
        ),
        cpi_assessment=make_assessment(cpi_target, pending_outcome, "met", review_status="proposed"),
        district_assessment=make_assessment(district_target, None, "pending"),
    )


@pytest.fixture(autouse=True)
def fresh_throttle_counts(request):
    """Rate-limit counters live in the cache (a database table unless CACHE_URL is set); each test
    that uses the database starts with none."""
    if not request.node.get_closest_marker("django_db") and not {"db", "transactional_db"} & set(request.fixturenames):
        yield
        return
    request.getfixturevalue("db")
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def anonymous() -> APIClient:
    return APIClient()


@pytest.fixture
def token_client(db, django_user_model) -> APIClient:
    user = django_user_model.objects.create_user(username="journalist", password="pw-journalist-1")
    token = Token.objects.create(user=user)
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    return api

