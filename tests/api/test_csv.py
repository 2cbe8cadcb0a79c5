"""?format=csv on every list: UTF-8 with a BOM, every matching row (not a page), streamed."""
import csv
import io

import pytest
from django.http import StreamingHttpResponse
from django.utils.http import content_disposition_header

from tracker.api.assessments import AssessmentSerializer
from tracker.api.changes import ChangeSerializer
from tracker.api.columns import COLUMNS
from tracker.api.csv import column_paths
from tracker.api.indicators import IndicatorSerializer
from tracker.api.jurisdictions import JurisdictionSerializer
from tracker.api.outcomes import OutcomeSerializer
from tracker.api.reports import ReportDetailSerializer
from tracker.api.scorecards import ScorecardSerializer
from tracker.api.targets import TargetSerializer

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


@pytest.mark.parametrize(
    "url, params, name",
    [
        ("/api/v1/assessments/", {"jurisdiction": "成都市", "year": "2021"}, "assessments-四川省成都市-2021.csv"),
        ("/api/v1/targets/", {"indicator": "GDP,地区生产总值", "period": "2021-2025"}, "targets-2021-2025-gdp.csv"),
        ("/api/v1/outcomes/", {"include_unreviewed": "true", "kind": "share,growth"}, "outcomes-share+growth-provisional.csv"),
        ("/api/v1/jurisdictions/", {}, "jurisdictions.csv"),
        ("/api/v1/scorecards/", {"level": "prefecture"}, "scorecards-prefecture.csv"),
        ("/api/v1/changes/", {}, "changes.csv"),
    ],
)
def test_file_names_say_what_the_file_holds(anonymous, world, url, params, name):
    response = anonymous.get(url, {**params, "format": "csv"})
    assert response.status_code == 200
    assert response["Content-Disposition"] == content_disposition_header(True, name)


def test_a_chinese_file_name_is_percent_encoded(anonymous, world):
    response = anonymous.get("/api/v1/assessments/", {"jurisdiction": "成都市", "year": "2021", "format": "csv"})
    assert response["Content-Disposition"] == (
        "attachment; filename*=utf-8''assessments-%E5%9B%9B%E5%B7%9D%E7%9C%81%E6%88%90%E9%83%BD%E5%B8%82-2021.csv"
    )


def test_chinese_headers_on_request(anonymous, world):
    english = read_csv(anonymous.get("/api/v1/assessments/", {"format": "csv"}))
    chinese = read_csv(anonymous.get("/api/v1/assessments/", {"format": "csv", "lang": "zh"}))
    assert len(chinese) == len(english)
    assert list(chinese[0])[:4] == ["编号", "API链接", "证据页", "政府编号"]
    assert "目标·原文引语" in chinese[0]
    assert [row["目标·原文引语"] for row in chinese] == [row["target_quote"] for row in english]


@pytest.mark.parametrize(
    "serializer",
    [
        TargetSerializer,
        OutcomeSerializer,
        AssessmentSerializer,
        JurisdictionSerializer,
        ReportDetailSerializer,
        IndicatorSerializer,
        ScorecardSerializer,
        ChangeSerializer,
    ],
)
def test_every_column_has_a_chinese_header_and_a_description(serializer):
    names = {part for path in column_paths(serializer(context={"request": None})) for part in path}
    assert names <= set(COLUMNS), sorted(names - set(COLUMNS))


def test_a_quote_that_is_a_formula_reaches_the_spreadsheet_as_text(anonymous, world):
    world.gdp_target.quote = '=HYPERLINK("http://example.invalid/x","地区生产总值")'
    world.gdp_target.indicator_text = "@SUM(A1)"
    world.gdp_target.value = -3
    world.gdp_target.save()
    rows = read_csv(anonymous.get("/api/v1/targets/", {"format": "csv"}))
    (row,) = [row for row in rows if row["id"] == str(world.gdp_target.pk)]
    assert row["quote"] == "'" + world.gdp_target.quote
    assert row["indicator_text"] == "'@SUM(A1)"
    assert row["value"] == "-3"
    single = anonymous.get(f"/api/v1/targets/{world.gdp_target.pk}/", {"format": "csv"})
    assert "'=HYPERLINK" in single.content.decode("utf-8-sig")
