"""/api/v1/changes/ and /api/v1/changes.atom: reviewed corrections read from the history."""
import xml.etree.ElementTree as ElementTree
from decimal import Decimal

import pytest

from tracker.api.changes import BAD_SINCE_FORMAT

from .world import results

pytestmark = pytest.mark.django_db
URL = "/api/v1/changes/"
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def corrected(world):
    """Four reviewer actions that are corrections and three that are not."""
    world.gdp_target.value = Decimal("6.5")
    world.gdp_target.review_status = "edited"
    world.gdp_target.save()
    world.retail_assessment.verdict = "met"
    world.retail_assessment.save()
    world.gdp_outcome.review_status = "rejected"
    world.gdp_outcome.save()
    world.jobs_target.headline = True
    world.jobs_target.save()
    # not corrections: a plain confirmation, an edit of unpublished output, bookkeeping
    world.cpi_target.review_status = "confirmed"
    world.cpi_target.save()
    world.pending_outcome.value = Decimal("1.1")
    world.pending_outcome.save()
    world.gdp_assessment.version += 1
    world.gdp_assessment.save()
    return world


def by_item(rows: list[dict]) -> dict[tuple[str, int], dict]:
    return {(row["type"], row["item_id"]): row for row in rows}


def test_feed_lists_corrections_with_before_and_after(anonymous, corrected):
    rows = by_item(results(anonymous.get(URL)))
    world = corrected
    assert set(rows) == {
        ("target", world.gdp_target.pk),
        ("assessment", world.retail_assessment.pk),
        ("outcome", world.gdp_outcome.pk),
        ("target", world.jobs_target.pk),
    }
    gdp = rows["target", world.gdp_target.pk]
    assert gdp["changes"] == [
        {"field": "value", "before": 7.0, "after": 6.5},
        {"field": "review_status", "before": "confirmed", "after": "edited"},
    ]
    assert gdp["item_url"] == f"http://testserver/api/v1/targets/{world.gdp_target.pk}/"
    assert (gdp["jurisdiction_name"], gdp["year"], gdp["indicator"]) == ("四川省成都市", 2021, "gdp")
    assert gdp["title"] == f"四川省成都市 2021年 地区生产总值 目标 #{world.gdp_target.pk}：数值 7 → 6.5；审核状态 confirmed → edited"
    verdict = rows["assessment", world.retail_assessment.pk]
    assert verdict["changes"] == [{"field": "verdict", "before": "missed", "after": "met"}]
    withdrawn = rows["outcome", world.gdp_outcome.pk]
    assert withdrawn["changes"] == [{"field": "review_status", "before": "confirmed", "after": "rejected"}]


def test_feed_is_newest_first_and_counted(anonymous, corrected):
    page = anonymous.get(URL, {"page_size": 3}).json()
    assert page["count"] == 4
    when = [row["changed_at"] for row in page["results"]]
    assert when == sorted(when, reverse=True)
    rest = anonymous.get(page["next"]).json()["results"]
    assert len(rest) == 1 and rest[0]["id"] not in {row["id"] for row in page["results"]}


def test_type_and_since_filters(anonymous, corrected):
    assert [row["type"] for row in results(anonymous.get(URL, {"type": "assessment"}))] == ["assessment"]
    assert results(anonymous.get(URL, {"since": "2999-01-01T00:00:00Z"})) == []
    assert len(results(anonymous.get(URL, {"since": "2000-01-01T00:00:00Z"}))) == 4
    assert anonymous.get(URL, {"type": "report"}).status_code == 400
    assert anonymous.get(URL, {"since": "yesterday"}).status_code == 400


@pytest.mark.parametrize("url", [f"{URL}?format=atom", "/api/v1/changes.atom"])
def test_atom_feed(anonymous, corrected, url):
    response = anonymous.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ElementTree.fromstring(response.content)
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 4
    links = {entry.find(f"{ATOM}link").get("href") for entry in entries}
    assert f"http://testserver/api/v1/targets/{corrected.gdp_target.pk}/" in links


def test_feed_in_csv(anonymous, corrected):
    response = anonymous.get(URL, {"format": "csv"})
    text = b"".join(response.streaming_content).decode("utf-8")
    lines = text.splitlines()
    assert lines[0].startswith("\ufeffid,type,item_id,item_url,changed_at")
    assert len(lines) == 5


@pytest.mark.parametrize(
    "since, count",
    [("2000-08-13T00:31:52+17:26", 4), ("0001-01-01T00:00:00+05:00", 4), ("9999-12-31T23:59:59-05:00", 0)],
)
def test_since_at_the_edges_of_time(anonymous, corrected, since, count):
    assert anonymous.get(URL, {"since": since}).json()["count"] == count


def test_a_since_that_is_no_time_says_what_a_time_is(anonymous, corrected):
    assert anonymous.get(URL, {"since": "last week"}).json() == {"since": [BAD_SINCE_FORMAT]}
