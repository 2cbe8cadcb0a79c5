"""`q`: quotes, the indicator as written, indicator names and government names. On PostgreSQL
the quotes are searched through the character-pair index; whatever the database, the answer
must be the rows whose text holds the words, as a plain substring search would find them."""
import pytest
from django.db import connection

from tracker.models import Target
from tracker.selectors.search import text_search

from .world import ids, make_report, make_target

pytestmark = pytest.mark.django_db
URL = "/api/v1/targets/"

# Quotes written for this test, in the style of a plan section.
QUOTES = [
    "新增科技型企业280家以上",
    "城镇新增就业5万人",
    "粮食产量稳定在25万吨",
    "新建5G基站1200个",
    "PM2.5平均浓度控制在35微克/立方米以内",
]
QUERIES = ["科技型企业", "新增", "就业5万", "5G", "5g基站", "pm2.5", "稳定在25", "微克/立方米", "以内", "企业280家以上"]


@pytest.fixture
def quoted(world):
    report = make_report(world.other_district, 2023)
    rows = {}
    for quote in QUOTES:
        target = make_target(report, "fdi" if quote.startswith(("新建", "PM")) else "tax_revenue", 1)
        target.quote = quote
        target.indicator_text = "指标"
        target.save()
        rows[quote] = target.pk
    return rows


@pytest.mark.parametrize("query", QUERIES)
def test_quotes_are_found_as_a_substring_search_finds_them(anonymous, quoted, query):
    expected = {pk for quote, pk in quoted.items() if query.casefold() in quote.casefold()}
    assert expected, "a query that finds nothing tests nothing"
    assert ids(anonymous.get(URL, {"q": query, "year": 2023})) == expected


def test_words_that_are_not_next_to_each_other_do_not_match(anonymous, quoted):
    assert ids(anonymous.get(URL, {"q": "科技企业", "year": 2023})) == set()


def test_indicator_and_government_names_match(anonymous, world):
    assert ids(anonymous.get(URL, {"q": "社会消费品零售"})) == {world.retail_target.pk}
    assert ids(anonymous.get(URL, {"q": "武侯"})) == {world.district_target.pk}


def test_search_combines_with_filters_and_paginates(anonymous, world):
    gdp_rows = ids(anonymous.get(URL, {"q": "GDP"}))
    assert gdp_rows == {world.gdp_target.pk, world.five_year_target.pk, world.district_target.pk}
    assert ids(anonymous.get(URL, {"q": "GDP", "level": "county"})) == {world.district_target.pk}


def test_assessments_are_found_by_either_quote(anonymous, world):
    found = ids(anonymous.get("/api/v1/assessments/", {"q": world.gdp_outcome.quote}))
    assert found == {world.gdp_assessment.pk}


def test_quotes_are_searched_through_the_index_where_there_is_one(quoted):
    """PostgreSQL uses the GIN index of character pairs; SQLite has none and compares text."""
    queryset = Target.objects.filter(text_search("科技型企业", fact_paths=[""], jurisdiction_path="report__jurisdiction"))
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET enable_seqscan = off")  # a handful of rows: the planner would scan them
            plan = queryset.explain()
            cursor.execute("SET enable_seqscan = on")
        assert "tracker_target_search_pairs" in plan
    else:
        assert "LIKE" in str(queryset.query)
    assert [target.quote for target in queryset] == ["新增科技型企业280家以上"]
