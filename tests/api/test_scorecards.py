"""/api/v1/scorecards/: per government and year, the annual targets and how they were judged."""
import pytest

from .world import make_report, make_target, results

pytestmark = pytest.mark.django_db
URL = "/api/v1/scorecards/"
COUNTS = ("targets", "met", "missed", "not_reported", "not_comparable", "pending")


def counts(row: dict) -> tuple[int, ...]:
    return tuple(row[name] for name in COUNTS)


def test_list_counts_reviewed_annual_targets(anonymous, world):
    rows = {(row["jurisdiction_name"], row["year"]): row for row in results(anonymous.get(URL))}
    assert set(rows) == {("四川省成都市", 2021), ("四川省成都市武侯区", 2021)}
    # gdp met, retail missed, jobs confirmed without a verdict: pending; cpi unreviewed; five-year and rejected not counted
    assert counts(rows["四川省成都市", 2021]) == (3, 1, 1, 0, 0, 1)
    assert counts(rows["四川省成都市武侯区", 2021]) == (1, 0, 0, 0, 0, 1)
    assert rows["四川省成都市", 2021]["url"] == f"http://testserver{URL}{world.city.pk}/2021/"


def test_unreviewed_verdicts_are_opt_in(anonymous, world):
    rows = results(anonymous.get(URL, {"include_unreviewed": "true", "jurisdiction": "成都市"}))
    assert [counts(row) for row in rows] == [(4, 2, 1, 0, 0, 1)]


def test_item_lists_verdicts_inline_and_the_targets_without_one(anonymous, world):
    data = anonymous.get(f"{URL}{world.city.pk}/2021/").json()
    assert counts(data) == (3, 1, 1, 0, 0, 1)
    assert {row["id"] for row in data["assessments"]} == {world.gdp_assessment.pk, world.retail_assessment.pk}
    assert data["assessments"][0]["target"]["quote"]
    assert [row["id"] for row in data["unassessed"]] == [world.jobs_target.pk]


def test_a_reviewed_target_with_an_unreviewed_verdict_counts_as_pending(anonymous, world):
    world.cpi_target.review_status = "confirmed"
    world.cpi_target.save()
    data = anonymous.get(f"{URL}{world.city.pk}/2021/").json()
    assert counts(data) == (4, 1, 1, 0, 0, 2)
    assert {row["id"] for row in data["unassessed"]} == {world.jobs_target.pk, world.cpi_target.pk}


def test_no_scorecard_is_404(anonymous, world):
    assert anonymous.get(f"{URL}{world.elsewhere.pk}/2021/").status_code == 404
    assert anonymous.get(f"{URL}{world.city.pk}/2030/").status_code == 404


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"jurisdiction": "四川省", "include_descendants": "true"}, {"四川省成都市", "四川省成都市武侯区"}),
        ({"level": "county"}, {"四川省成都市武侯区"}),
        ({"year": 2022}, set()),
    ],
)
def test_filters(anonymous, world, params, expected):
    assert {row["jurisdiction_name"] for row in results(anonymous.get(URL, params))} == expected


def test_ordering_by_targets(anonymous, world):
    make_target(make_report(world.other_district, 2020), "gdp", 5)
    rows = results(anonymous.get(URL, {"ordering": "-targets"}))
    assert [row["targets"] for row in rows] == [3, 1, 1]
