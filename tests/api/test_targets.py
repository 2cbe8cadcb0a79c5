"""/api/v1/targets/: fields a journalist cites, the confirmed-only default, every filter."""
import pytest

from tracker.api.filters import BAD_PERIOD, EMPTY_ITEM

from .world import ids, results

pytestmark = pytest.mark.django_db
URL = "/api/v1/targets/"


def test_item_carries_quote_report_year_source_and_review_status(anonymous, world):
    target = world.gdp_target
    data = anonymous.get(f"{URL}{target.pk}/").json()
    assert data["id"] == target.pk
    assert data["url"] == f"http://testserver{URL}{target.pk}/"
    assert data["quote"] == target.quote
    assert data["report"] == world.city_2021.pk
    assert data["report_url"] == f"http://testserver/api/v1/reports/{world.city_2021.pk}/"
    assert data["year"] == 2021
    assert data["source_url"] == world.city_2021.source_url
    assert data["review_status"] == "confirmed"
    assert data["provisional"] is False
    assert data["jurisdiction"] == world.city.pk
    assert data["jurisdiction_name"] == "四川省成都市"
    assert data["indicator"] == "gdp"
    assert data["period"] == "2021"
    assert data["value"] == 7
    assert data["qualifier"] == "approx"
    assert data["headline"] is True


def test_list_holds_reviewed_targets_only_by_default(anonymous, world):
    listed = ids(anonymous.get(URL))
    assert world.gdp_target.pk in listed
    assert world.cpi_target.pk not in listed
    assert world.rejected_target.pk not in listed


def test_unreviewed_targets_are_opt_in_and_labelled_provisional(anonymous, world):
    rows = {row["id"]: row for row in results(anonymous.get(URL, {"include_unreviewed": "true"}))}
    assert rows[world.cpi_target.pk]["provisional"] is True
    assert rows[world.gdp_target.pk]["provisional"] is False
    assert world.rejected_target.pk not in rows


def test_permalink_of_a_rejected_target_still_answers(anonymous, world):
    data = anonymous.get(f"{URL}{world.rejected_target.pk}/").json()
    assert data["review_status"] == "rejected"


def test_list_counts_and_pages(anonymous, world):
    first = anonymous.get(URL, {"page_size": 2}).json()
    assert first["count"] == 5
    assert len(first["results"]) == 2
    second = anonymous.get(first["next"]).json()
    assert {row["id"] for row in first["results"]}.isdisjoint(row["id"] for row in second["results"])


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"jurisdiction": "四川省成都市"}, {"gdp_target", "retail_target", "jobs_target", "five_year_target"}),
        ({"jurisdiction": "成都市"}, {"gdp_target", "retail_target", "jobs_target", "five_year_target"}),
        ({"jurisdiction": "四川省"}, set()),
        (
            {"jurisdiction": "四川省", "include_descendants": "true"},
            {"gdp_target", "retail_target", "jobs_target", "five_year_target", "district_target"},
        ),
        ({"jurisdiction": "武侯区"}, {"district_target"}),
        ({"jurisdiction": "武侯"}, {"district_target"}),
        (
            {"jurisdiction": "成都市,四川省成都市武侯区"},
            {"gdp_target", "retail_target", "jobs_target", "five_year_target", "district_target"},
        ),
        ({"indicator": "GDP", "year": 2021}, {"gdp_target", "five_year_target", "district_target"}),
        ({"indicator": "地区生产总值,retail_sales"}, {"gdp_target", "five_year_target", "district_target", "retail_target"}),
        ({"kind": "count,share", "include_unreviewed": "true"}, {"jobs_target", "cpi_target"}),
        ({"year": "2021,2022", "level": "county"}, {"district_target"}),
        ({"level": "county"}, {"district_target"}),
        ({"year": 2021, "indicator": "gdp"}, {"gdp_target", "five_year_target", "district_target"}),
        ({"year": 2022}, set()),
        ({"period": "2021-2025"}, {"five_year_target"}),
        ({"period": "2021", "indicator": "gdp"}, {"gdp_target", "district_target"}),
        ({"kind": "count"}, {"jobs_target"}),
        ({"headline": "true"}, {"gdp_target"}),
        ({"stretch": "true"}, {"retail_target"}),
        ({"review_status": "pending"}, set()),
        ({"review_status": "pending", "include_unreviewed": "true"}, {"cpi_target"}),
    ],
)
def test_filters(anonymous, world, params, expected):
    assert ids(anonymous.get(URL, params)) == {getattr(world, name).pk for name in expected}


def test_jurisdiction_by_id(anonymous, world):
    listed = ids(anonymous.get(URL, {"jurisdiction": world.district.pk}))
    assert listed == {world.district_target.pk}


@pytest.mark.parametrize("params", [{"period": "2021-"}, {"year": "last"}, {"kind": "vibes"}])
def test_bad_filter_values_are_refused(anonymous, world, params):
    assert anonymous.get(URL, params).status_code == 400


def test_ordering(anonymous, world):
    values = [row["value"] for row in results(anonymous.get(URL, {"ordering": "-value"}))]
    assert values == sorted(values, reverse=True)


@pytest.mark.parametrize("ordering", ["year,,-value", "year,", ","])
def test_ordering_refuses_empty_keys(anonymous, world, ordering):
    assert anonymous.get(URL, {"ordering": ordering}).json() == {"ordering": [EMPTY_ITEM]}


def test_a_bad_period_says_what_a_period_is(anonymous, world):
    assert anonymous.get(URL, {"period": "21"}).json() == {"period": [BAD_PERIOD]}
