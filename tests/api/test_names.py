"""The names a journalist may give a government or an indicator (tracker.selectors.catalog)."""
import pytest

from tracker.selectors.catalog import indicator_matches, short_names


@pytest.mark.parametrize(
    "name, expected",
    [
        ("重庆市江北区", {"江北区", "江北"}),
        ("四川省成都市武侯区", {"成都市武侯区", "武侯区", "武侯"}),
        ("重庆市", {"重庆"}),
        ("四川省成都市", {"成都市", "成都"}),
        ("国务院", set()),
    ],
)
def test_short_names_start_at_a_division_boundary(name, expected):
    assert short_names(name) == expected


@pytest.mark.django_db
@pytest.mark.parametrize("key", ["gdp", "GDP", " gdp ", "地区生产总值", "国内生产总值"])
def test_indicator_names_codes_and_aliases(key):
    assert [indicator.code for indicator in indicator_matches(key=key)] == ["gdp"]


@pytest.mark.django_db
def test_an_unknown_indicator_matches_nothing():
    assert indicator_matches(key="幸福指数") == []
