"""/api/v1/jurisdictions/, /reports/ and /indicators/: items, permalinks and filters."""
import pytest

from .world import ids, results

pytestmark = pytest.mark.django_db


def test_jurisdiction_item(anonymous, world):
    data = anonymous.get(f"/api/v1/jurisdictions/{world.city.pk}/").json()
    assert data == {
        "id": world.city.pk,
        "url": f"http://testserver/api/v1/jurisdictions/{world.city.pk}/",
        "html_url": f"http://testserver/governments/{world.city.pk}/",
        "name": "四川省成都市",
        "level": "prefecture",
        "parent": world.province.pk,
        "parent_name": "四川省",
        "division_code": "",
        "aliases": ["成都市"],
    }


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"level": "county"}, {"district", "other_district"}),
        ({"name": "锦江"}, {"other_district"}),
        ({"jurisdiction": "四川省成都市", "include_descendants": "true"}, {"city", "district", "other_district"}),
        ({"jurisdiction": "成都市"}, {"city"}),
    ],
)
def test_jurisdiction_filters(anonymous, world, params, expected):
    assert ids(anonymous.get("/api/v1/jurisdictions/", params)) == {getattr(world, name).pk for name in expected}


def test_jurisdiction_parent_filter(anonymous, world):
    listed = ids(anonymous.get("/api/v1/jurisdictions/", {"parent": world.city.pk}))
    assert listed == {world.district.pk, world.other_district.pk}


def test_report_list_leaves_the_text_out_and_the_item_has_it(anonymous, world):
    row = next(
        row for row in results(anonymous.get("/api/v1/reports/")) if row["id"] == world.city_2021.pk
    )
    assert "normalized_text" not in row
    assert (row["year"], row["speaker"], row["jurisdiction_name"]) == (2021, "王凤朝", "四川省成都市")
    item = anonymous.get(row["url"]).json()
    assert item["normalized_text"].startswith("地区生产总值")


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"jurisdiction": "四川省", "include_descendants": "true", "year": 2021}, {"city_2021", "district_2021"}),
        ({"source_kind": "summary"}, {"city_2022"}),
        ({"level": "county"}, {"district_2021"}),
    ],
)
def test_report_filters(anonymous, world, params, expected):
    assert ids(anonymous.get("/api/v1/reports/", params)) == {getattr(world, name).pk for name in expected}


def test_indicators(anonymous, db):
    rows = results(anonymous.get("/api/v1/indicators/", {"code": "cpi"}))
    assert [(row["code"], row["direction"]) for row in rows] == [("cpi", "lower")]
    item = anonymous.get(rows[0]["url"]).json()
    assert item["name_zh"] == rows[0]["name_zh"]
    lower = results(anonymous.get("/api/v1/indicators/", {"direction": "lower", "page_size": 100}))
    assert "surveyed_unemployment" in {row["code"] for row in lower}


def test_unknown_item_is_404(anonymous, db):
    assert anonymous.get("/api/v1/targets/999999/").status_code == 404
    assert anonymous.get("/api/v1/targets/abc/").status_code == 404
