"""?format=csv on every list: UTF-8 with a BOM, every matching row (not a page), streamed."""
import csv
import io

import pytest
from django.http import StreamingHttpResponse

pytestmark = pytest.mark.django_db

LISTS = [
    "/api/v1/jurisdictions/",
    "/api/v1/reports/",
    "/api/v1/indicators/",
    "/api/v1/targets/",
    "/api/v1/outcomes/",
    "/api/v1/assessments/",
    "/api/v1/scorecards/",
    "/api/v1/changes/",
]


def read_csv(response) -> list[dict]:
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    body = b"".join(response.streaming_content)
    assert body.startswith("\ufeff".encode("utf-8"))
    return list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))


@pytest.mark.parametrize("url", LISTS)
def test_every_list_streams_csv_with_a_bom(anonymous, world, url):
    response = anonymous.get(url, {"format": "csv"})
    assert isinstance(response, StreamingHttpResponse)
    assert response["Content-Disposition"].startswith("attachment; filename=")
    read_csv(response)


def test_csv_holds_every_row_not_one_page(anonymous, world):
    rows = read_csv(anonymous.get("/api/v1/targets/", {"format": "csv", "page_size": 1}))
    assert len(rows) == 5


def test_csv_columns_follow_the_json_fields(anonymous, world):
    row = read_csv(anonymous.get("/api/v1/targets/", {"format": "csv", "headline": "true"}))[0]
    item = anonymous.get(f"/api/v1/targets/{world.gdp_target.pk}/").json()
    assert list(row) == list(item)
    assert row["quote"] == world.gdp_target.quote
    assert row["jurisdiction_name"] == "四川省成都市"
    assert (row["value"], row["headline"], row["value_high"]) == ("7", "true", "")


def test_nested_objects_become_prefixed_columns(anonymous, world):
    rows = read_csv(anonymous.get("/api/v1/assessments/", {"format": "csv"}))
    by_id = {int(row["id"]): row for row in rows}
    assert by_id[world.gdp_assessment.pk]["target_quote"] == world.gdp_target.quote
    assert by_id[world.gdp_assessment.pk]["outcome_value"] == "8.6"
    assert by_id[world.district_assessment.pk]["outcome_quote"] == ""


def test_csv_applies_filters_and_the_confirmed_only_default(anonymous, world):
    default = read_csv(anonymous.get("/api/v1/outcomes/", {"format": "csv"}))
    opted_in = read_csv(anonymous.get("/api/v1/outcomes/", {"format": "csv", "include_unreviewed": "true"}))
    assert (len(default), len(opted_in)) == (2, 3)
    assert [row["provisional"] for row in opted_in if row["review_status"] == "pending"] == ["true"]


def test_an_item_in_csv_is_one_row(anonymous, world):
    response = anonymous.get(f"/api/v1/targets/{world.gdp_target.pk}/", {"format": "csv"})
    assert response.content.startswith("\ufeff".encode("utf-8"))
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [row["quote"] for row in rows] == [world.gdp_target.quote]


def test_csv_by_accept_header(anonymous, world):
    response = anonymous.get("/api/v1/jurisdictions/", HTTP_ACCEPT="text/csv")
    assert {row["name"] for row in read_csv(response)} >= {"四川省", "四川省成都市"}
