"""/api/v1/outcomes/: reported figures with their quotes, filters and the confirmed-only default."""
import pytest

from .world import ids, results

pytestmark = pytest.mark.django_db
URL = "/api/v1/outcomes/"


def test_item_carries_quote_report_year_source_and_review_status(anonymous, world):
    outcome = world.gdp_outcome
    data = anonymous.get(f"{URL}{outcome.pk}/").json()
    assert data["url"] == f"http://testserver{URL}{outcome.pk}/"
    assert data["quote"] == outcome.quote
    assert (data["report"], data["year"], data["period"]) == (world.city_2022.pk, 2022, "2021")
    assert data["source_url"] == world.city_2022.source_url
    assert data["source_kind"] == "summary"
    assert data["value"] == 8.6
    assert (data["review_status"], data["provisional"]) == ("confirmed", False)


def test_unreviewed_outcomes_are_opt_in_and_labelled(anonymous, world):
    assert world.pending_outcome.pk not in ids(anonymous.get(URL))
    rows = {row["id"]: row for row in results(anonymous.get(URL, {"include_unreviewed": "true"}))}
    assert rows[world.pending_outcome.pk]["provisional"] is True


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"jurisdiction": "四川省", "include_descendants": "true"}, {"gdp_outcome", "retail_outcome"}),
        ({"jurisdiction": "四川省成都市武侯区"}, set()),
        ({"level": "prefecture"}, {"gdp_outcome", "retail_outcome"}),
        ({"year": 2022, "period": "2021"}, {"gdp_outcome", "retail_outcome"}),
        ({"period": "2022"}, set()),
        ({"indicator": "retail_sales"}, {"retail_outcome"}),
        ({"kind": "share", "include_unreviewed": "true"}, {"pending_outcome"}),
        ({"estimate": "true"}, {"retail_outcome"}),
        ({"review_status": "confirmed"}, {"gdp_outcome", "retail_outcome"}),
    ],
)
def test_filters(anonymous, world, params, expected):
    assert ids(anonymous.get(URL, params)) == {getattr(world, name).pk for name in expected}
