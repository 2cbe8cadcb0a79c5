"""Newcomer mistakes, as a journalist made them with curl: each is a 400 that names the parameter
and says what it accepts, never a 200 with nothing in it. Names a journalist may use (a short
name, an alias, an indicator's Chinese name) are not mistakes: they answer."""
import pytest

from tracker.api import filters, params
from tracker.models import Jurisdiction

from .world import ids

pytestmark = pytest.mark.django_db

INDICATOR_CODES = "cpi, deficit_ratio"  # the start of the list of codes in UNKNOWN_INDICATOR


@pytest.fixture
def twin_districts(world):
    """Two governments with the same district name under different cities."""
    ningbo = Jurisdiction.objects.create(name="浙江省宁波市", level="prefecture", parent=world.elsewhere)
    chongqing = Jurisdiction.objects.create(name="重庆市", level="province")
    return (
        Jurisdiction.objects.create(name="浙江省宁波市江北区", level="county", parent=ningbo),
        Jurisdiction.objects.create(name="重庆市江北区", level="county", parent=chongqing),
    )


MISUSES = [
    # (url, params, parameter named in the 400, text the message holds)
    ("/api/v1/targets/", {"foo": "1"}, "foo", "Unknown parameter. Accepted here: format, headline, include_descendants"),
    ("/api/v1/targets/", {"search": "GDP"}, "search", "Did you mean q?"),
    ("/api/v1/targets/", {"years": "2021"}, "years", "Did you mean year?"),
    ("/api/v1/targets/", {"include_unreviewed": "yes"}, "include_unreviewed", params.BAD_BOOLEAN.format(value="yes")),
    ("/api/v1/targets/", {"include_unreviewed": "1"}, "include_unreviewed", "use true or false"),
    ("/api/v1/targets/", {"headline": "maybe"}, "headline", params.BAD_BOOLEAN.format(value="maybe")),
    ("/api/v1/targets/", {"headline": "True"}, "headline", "use true or false"),
    ("/api/v1/targets/", {"year": ""}, "year", params.EMPTY_VALUE),
    ("/api/v1/targets/", {"year": "last"}, "year", filters.BAD_YEAR.format(value="last")),
    ("/api/v1/targets/", {"year": "2021,,2022"}, "year", filters.EMPTY_ITEM),
    ("/api/v1/targets/", {"year": ["2021", "2022"], "period": ["2021", "2022"]}, "period", "Given 2 times"),
    ("/api/v1/targets/", {"period": "21"}, "period", filters.BAD_PERIOD),
    ("/api/v1/targets/", {"kind": "vibes"}, "kind", "'vibes' is not accepted. Accepted values: growth, level, share"),
    # A value holding "%" is echoed in the message, never read as a format (it was a 500).
    ("/api/v1/targets/", {"kind": "50%off"}, "kind", "'50%off' is not accepted"),
    ("/api/v1/jurisdictions/", {"jurisdiction": "%s%d江北"}, "jurisdiction", "%s%d江北"),
    ("/api/v1/targets/", {"indicator": "GDP增速"}, "indicator", f"No indicator has the code, name or alias 'GDP增速'. Codes: {INDICATOR_CODES}"),
    ("/api/v1/targets/", {"jurisdiction": "不存在的县"}, "jurisdiction", "No government has the id, name or short name '不存在的县'"),
    ("/api/v1/targets/", {"jurisdiction": "999999"}, "jurisdiction", "No government has the id, name or short name '999999'"),
    ("/api/v1/targets/", {"ordering": "size"}, "ordering", "size is not a sort key. Keys: year, jurisdiction_name"),
    ("/api/v1/targets/", {"format": "xlsx"}, "format", "'xlsx' is not accepted. Accepted values: json, csv."),
    ("/api/v1/targets/", {"lang": "fr"}, "lang", "Accepted values: en, zh."),
    ("/api/v1/targets/", {"page_size": "all"}, "page_size", params.BAD_PAGE_SIZE.format(maximum=500)),
    ("/api/v1/targets/", {"page_size": "10000"}, "page_size", params.BAD_PAGE_SIZE.format(maximum=500)),
    ("/api/v1/targets/", {"page": "last"}, "page", params.BAD_PAGE),
    ("/api/v1/assessments/", {"verdict": "good"}, "verdict", "'good' is not accepted. Accepted values: met, missed, not_reported"),
    ("/api/v1/assessments/", {"verdict": "met,good"}, "verdict", "'good' is not accepted"),
    ("/api/v1/assessments/", {"narrow": "no"}, "narrow", "use true or false"),
    ("/api/v1/scorecards/", {"include_unreviewed": "on"}, "include_unreviewed", "use true or false"),
    ("/api/v1/changes/", {"type": "verdict"}, "type", "Accepted values: target, outcome, assessment."),
    ("/api/v1/changes/", {"since": "last week"}, "since", "ISO 8601"),
    ("/api/v1/jurisdictions/", {"jurisdiction": "成都市", "include_descendants": "yes"}, "include_descendants", "use true or false"),
    ("/api/v1/targets/1/", {"include_unreviewed": "true"}, "include_unreviewed", "Accepted here: format, lang."),
]


@pytest.mark.parametrize("url, query, parameter, message", MISUSES, ids=[f"{u}?{q}" for u, q, *_ in MISUSES])
def test_each_misuse_is_a_400_naming_the_parameter(anonymous, world, url, query, parameter, message):
    response = anonymous.get(url, query)
    assert response.status_code == 400, response.content[:300]
    errors = response.json()
    assert parameter in errors
    assert message in " ".join(errors[parameter]), errors


def test_problems_of_names_and_empty_values_are_reported_at_once(anonymous, world):
    errors = anonymous.get("/api/v1/targets/", {"foo": "1", "include_unreviewed": "yes", "year": ""}).json()
    assert set(errors) == {"foo", "include_unreviewed", "year"}
    errors = anonymous.get("/api/v1/targets/", {"headline": "maybe", "year": "last"}).json()
    assert set(errors) == {"headline", "year"}


def test_an_ambiguous_short_name_lists_the_candidates(anonymous, twin_districts):
    ningbo, chongqing = twin_districts
    response = anonymous.get("/api/v1/targets/", {"jurisdiction": "江北区"})
    assert response.status_code == 400
    (message,) = response.json()["jurisdiction"]
    assert message == filters.AMBIGUOUS_GOVERNMENT.format(
        value="江北区", count=2, candidates=f"浙江省宁波市江北区 (id {ningbo.pk}), 重庆市江北区 (id {chongqing.pk})"
    )
    assert anonymous.get("/api/v1/targets/", {"jurisdiction": "重庆市江北区"}).status_code == 200


@pytest.mark.parametrize(
    "query",
    [
        {"verdict": "missed,met"},
        {"verdict": ["missed", "met"]},
        {"verdict": "missed，met"},  # a full-width comma, as a Chinese keyboard types it
    ],
)
def test_several_values_of_a_list_filter(anonymous, world, query):
    listed = ids(anonymous.get("/api/v1/assessments/", query))
    assert listed == {world.gdp_assessment.pk, world.retail_assessment.pk}


def test_names_journalists_use_are_not_mistakes(anonymous, world):
    by_code = ids(anonymous.get("/api/v1/targets/", {"indicator": "gdp", "jurisdiction": "四川省成都市"}))
    for query in [
        {"indicator": "GDP", "jurisdiction": "成都市"},
        {"indicator": "地区生产总值", "jurisdiction": "成都"},
        {"indicator": "Gross domestic product", "jurisdiction": str(world.city.pk)},
    ]:
        assert ids(anonymous.get("/api/v1/targets/", query)) == by_code, query
    assert by_code == {world.gdp_target.pk, world.five_year_target.pk}


def test_a_cache_buster_is_ignored(anonymous, world):
    assert anonymous.get("/api/v1/targets/", {"_": "1712345678901"}).status_code == 200
