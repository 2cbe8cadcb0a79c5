"""Every list says what it left out: `hidden_provisional` counts the unreviewed rows that match
the same filters, and hidden_provisional_url lists them."""
import pytest

from tracker.api.viewsets import HIDDEN_PROVISIONAL_HEADER

from .world import make_target

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url, params, hidden",
    [
        ("/api/v1/targets/", {}, 1),  # cpi_target
        ("/api/v1/targets/", {"indicator": "gdp"}, 0),
        ("/api/v1/outcomes/", {"kind": "share"}, 1),  # pending_outcome
        ("/api/v1/assessments/", {"verdict": "met"}, 1),  # cpi_assessment, proposed
        ("/api/v1/assessments/", {"verdict": "met", "include_unreviewed": "true"}, 0),
        ("/api/v1/scorecards/", {}, 1),  # cpi_target would be counted in 四川省成都市 2021
    ],
)
def test_lists_count_what_they_leave_out(anonymous, world, url, params, hidden):
    data = anonymous.get(url, params).json()
    assert data["hidden_provisional"] == hidden


def test_a_list_with_only_unreviewed_rows_is_not_silent(anonymous, world):
    """The issue's case: a district whose rows are all unreviewed answers count 0, and says why."""
    for number in range(3):
        make_target(world.district_2021, "cpi", number, review_status="pending")
    response = anonymous.get("/api/v1/targets/", {"jurisdiction": "武侯区", "indicator": "cpi"})
    data = response.json()
    assert (data["count"], data["hidden_provisional"]) == (0, 3)
    included = anonymous.get(data["hidden_provisional_url"]).json()
    assert included["count"] == 3
    assert all(row["provisional"] for row in included["results"])
    assert included["hidden_provisional"] == 0
    assert included["hidden_provisional_url"] is None


def test_csv_says_it_in_a_header(anonymous, world):
    response = anonymous.get("/api/v1/targets/", {"format": "csv"})
    assert response[HIDDEN_PROVISIONAL_HEADER] == "1"


def test_catalogue_lists_have_nothing_to_hide(anonymous, world):
    assert "hidden_provisional" not in anonymous.get("/api/v1/jurisdictions/").json()
    assert "include_unreviewed" in anonymous.get("/api/v1/jurisdictions/", {"include_unreviewed": "true"}).json()
