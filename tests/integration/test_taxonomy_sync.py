"""tracker/services/taxonomy.py and manage.py sync_taxonomy: built-in aliases reach an existing
database, reviewers' edits stay."""
from io import StringIO

import pytest
from django.core.management import call_command

from tracker.extraction.taxonomy import DEFAULT_INDICATORS, IndicatorSpec
from tracker.models import Indicator
from tracker.services.taxonomy import taxonomy_from_db, taxonomy_sync

pytestmark = pytest.mark.django_db


def test_a_database_synced_once_has_every_built_in_alias():
    rows = {row.code: row for row in Indicator.objects.all()}
    for spec in DEFAULT_INDICATORS:
        assert set(spec.aliases) <= set(rows[spec.code].aliases), spec.code


def test_new_aliases_are_added_and_reviewers_edits_kept():
    gdp = Indicator.objects.get(code="gdp")
    gdp.aliases = [alias for alias in gdp.aliases if alias != "经济总量"] + ["全区经济规模"]
    gdp.tolerance = "0.3"
    gdp.save()
    result = taxonomy_sync()
    gdp.refresh_from_db()
    assert result.aliases == {"gdp": ["经济总量"]}
    assert "全区经济规模" in gdp.aliases and str(gdp.tolerance) == "0.300"


def test_an_indicator_the_database_lacks_is_created_with_its_defaults():
    spec = IndicatorSpec("urbanisation", "常住人口城镇化率", "Urbanisation rate", ("城镇化率",), share=True)
    result = taxonomy_sync(indicators=[spec])
    assert result.created == ["urbanisation"]
    row = Indicator.objects.get(code="urbanisation")
    assert (row.aliases, row.share) == (["城镇化率"], True)
    assert taxonomy_from_db().is_share("urbanisation")


def test_the_command_says_what_it_added_and_then_that_nothing_is_left():
    Indicator.objects.filter(code="cpi").update(aliases=["居民消费价格"])
    out = StringIO()
    call_command("sync_taxonomy", stdout=out)
    assert out.getvalue().startswith("cpi: added aliases 居民消费价格涨幅、")
    out = StringIO()
    call_command("sync_taxonomy", stdout=out)
    assert out.getvalue().strip() == "the taxonomy is up to date"
