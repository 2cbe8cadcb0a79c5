"""No N+1: a list request costs the same number of queries for 5 rows as for 50."""
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tracker.models import Jurisdiction

from .world import make_assessment, make_outcome, make_report, make_target

pytestmark = pytest.mark.django_db

URLS = [
    "/api/v1/jurisdictions/",
    "/api/v1/reports/",
    "/api/v1/targets/",
    "/api/v1/outcomes/",
    "/api/v1/assessments/",
    "/api/v1/scorecards/",
    "/api/v1/changes/",
    "/api/v1/targets/?format=csv",
    "/api/v1/assessments/?format=csv",
    "/api/v1/changes/?format=csv",
    "/api/v1/changes.atom",
    "/api/v1/targets/?jurisdiction=四川省&include_descendants=true",
]
CODES = ["gdp", "retail_sales", "cpi", "fdi", "tax_revenue"]


def grow(first: int, last: int, parent: Jurisdiction) -> None:
    """Governments numbered first..last-1, each with a report pair, a target, an outcome, a
    verdict and a correction."""
    for number in range(first, last):
        place = Jurisdiction.objects.create(name=f"四川省测试{number}区", level="county", parent=parent)
        target = make_target(make_report(place, 2021), CODES[number % 5], number)
        outcome = make_outcome(make_report(place, 2022), CODES[number % 5], number + 1)
        make_assessment(target, outcome, "met")
        target.value = Decimal(number) + Decimal("0.5")
        target.save()


def get(api, url: str, params: dict | None = None) -> None:
    response = api.get(url, {"page_size": 100} if params is None else params)
    assert response.status_code == 200
    if response.streaming:
        b"".join(response.streaming_content)


@pytest.mark.parametrize("url", URLS)
def test_queries_per_list_do_not_grow_with_rows(anonymous, django_assert_num_queries, url):
    province = Jurisdiction.objects.create(name="四川省", level="province")
    grow(0, 5, province)
    with CaptureQueriesContext(connection) as five:
        get(anonymous, url)
    grow(5, 50, province)
    with django_assert_num_queries(len(five)):
        get(anonymous, url)


def test_scorecard_item_queries_do_not_grow(world, anonymous, django_assert_num_queries):
    url = f"/api/v1/scorecards/{world.city.pk}/2021/"
    with CaptureQueriesContext(connection) as before:
        get(anonymous, url, {})
    for number in range(30):
        target = make_target(world.city_2021, CODES[number % 5], number)
        make_assessment(target, None, "not_reported")
        make_target(world.city_2021, "gdp", number + 100)
    with django_assert_num_queries(len(before)):
        get(anonymous, url, {})
