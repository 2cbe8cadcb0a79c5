"""/api/v1/assessments/: verdicts with both sides inline, filters, the confirmed-only default."""
import pytest

from .world import ids, results

pytestmark = pytest.mark.django_db
URL = "/api/v1/assessments/"


def test_item_has_verdict_and_both_quotes(anonymous, world):
    data = anonymous.get(f"{URL}{world.gdp_assessment.pk}/").json()
    assert data["url"] == f"http://testserver{URL}{world.gdp_assessment.pk}/"
    assert (data["verdict"], data["gap"], data["year"], data["indicator"]) == ("met", 1.6, 2021, "gdp")
    assert (data["review_status"], data["provisional"]) == ("confirmed", False)
    assert data["target"]["quote"] == world.gdp_target.quote
    assert data["target"]["report"] == world.city_2021.pk
    assert data["target"]["source_url"] == world.city_2021.source_url
    assert data["outcome"]["quote"] == world.gdp_outcome.quote
    assert data["outcome"]["year"] == 2022


def test_verdict_without_outcome_has_null_outcome(anonymous, world):
    data = anonymous.get(f"{URL}{world.district_assessment.pk}/").json()
    assert data["outcome"] is None
    assert data["verdict"] == "pending"


def test_list_holds_reviewed_verdicts_unless_asked(anonymous, world):
    reviewed = {world.gdp_assessment.pk, world.retail_assessment.pk, world.district_assessment.pk}
    assert ids(anonymous.get(URL)) == reviewed
    rows = {row["id"]: row for row in results(anonymous.get(URL, {"include_unreviewed": "true"}))}
    assert set(rows) == reviewed | {world.cpi_assessment.pk}
    assert rows[world.cpi_assessment.pk]["provisional"] is True


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"verdict": "missed"}, {"retail_assessment"}),
        ({"verdict": "met", "include_unreviewed": "true"}, {"gdp_assessment", "cpi_assessment"}),
        ({"review_status": "overridden"}, {"retail_assessment"}),
        ({"review_status": "proposed"}, set()),
        ({"jurisdiction": "成都市"}, {"gdp_assessment", "retail_assessment"}),
        ({"jurisdiction": "成都市", "include_descendants": "true"}, {"gdp_assessment", "retail_assessment", "district_assessment"}),
        ({"level": "county"}, {"district_assessment"}),
        ({"year": 2021, "indicator": "gdp"}, {"gdp_assessment", "district_assessment"}),
        ({"period": "2021", "kind": "growth"}, {"gdp_assessment", "retail_assessment", "district_assessment"}),
        ({"headline": "true"}, {"gdp_assessment"}),
        ({"stretch": "true"}, {"retail_assessment"}),
        ({"stretch": "false", "headline": "false"}, {"district_assessment"}),
        ({"narrow": "true"}, set()),
    ],
)
def test_filters(anonymous, world, params, expected):
    assert ids(anonymous.get(URL, params)) == {getattr(world, name).pk for name in expected}


def test_ordering_by_verdict(anonymous, world):
    verdicts = [row["verdict"] for row in results(anonymous.get(URL, {"ordering": "verdict"}))]
    assert verdicts == sorted(verdicts)
