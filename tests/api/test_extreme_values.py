"""Numbers at the edge of what may be stored: the database refuses what it cannot read back, and
everything it holds is served, linked and exported without a 500 (regressions of 1e22 stored on
SQLite, after which linking, /api/v1/outcomes/<id>/ and the outcomes CSV all raised)."""
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import DatabaseError, IntegrityError, transaction

from tracker.models import Assessment, Outcome
from tracker.models.facts import FIGURE_LIMIT

from .world import make_outcome, make_target

pytestmark = pytest.mark.django_db

EDGE = Decimal("999999999999999.9999")


@pytest.mark.parametrize("value", [Decimal(2 * FIGURE_LIMIT), Decimal(-2 * FIGURE_LIMIT)])
def test_the_database_refuses_a_figure_past_the_limit(world, value):
    with pytest.raises(IntegrityError), transaction.atomic():
        make_outcome(world.city_2022, "gdp", value)


def test_the_database_refuses_1e22_on_every_engine(world):
    with pytest.raises(DatabaseError), transaction.atomic():
        make_outcome(world.city_2022, "gdp", Decimal("1E+22"))


@pytest.mark.parametrize("value", [EDGE, -EDGE, Decimal("0.0001"), Decimal(FIGURE_LIMIT)])
def test_a_figure_at_the_limit_is_read_served_linked_and_exported(anonymous, world, value):
    outcome = make_outcome(world.city_2022, "fdi", value, kind="level")
    # 1 元 against an outcome in 万亿元: in the target's unit the actual is 10^12 times the value,
    # a gap past any column, which linking leaves empty instead of failing on.
    target = make_target(world.city_2021, "tax_revenue", 1, kind="level", unit="元")
    tax = make_outcome(world.city_2022, "tax_revenue", value, kind="level")
    Outcome.objects.filter(pk=tax.pk).update(unit="万亿元")
    assert Outcome.objects.get(pk=outcome.pk).value == pytest.approx(value, rel=Decimal("1e-15"))
    assert anonymous.get(f"/api/v1/outcomes/{outcome.pk}/").status_code == 200
    csv = anonymous.get("/api/v1/outcomes/", {"format": "csv", "include_unreviewed": "true"})
    assert csv.status_code == 200 and b"".join(csv.streaming_content)
    call_command("link", stdout=StringIO())
    call_command("link", "--json", stdout=StringIO())
    assessment = Assessment.objects.get(target=target)
    assert assessment.outcome_id == tax.pk
    if abs(value) >= 1000:
        assert assessment.gap is None
    assert anonymous.get(f"/api/v1/targets/{target.pk}/").status_code == 200
    assert anonymous.get("/api/v1/assessments/", {"format": "csv", "include_unreviewed": "true"}).status_code == 200
    assert anonymous.get(f"/api/v1/scorecards/{world.city.pk}/2021/").status_code == 200
