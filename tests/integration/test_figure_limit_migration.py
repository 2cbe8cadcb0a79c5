"""The migration that puts figures within ±10^15 repairs a database that stored worse before it:
the unreadable rows go (with the assessments resting on them), the rest stay and link again."""
from decimal import Decimal

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

BEFORE = [("tracker", "0010_review_decisions")]
AFTER = [("tracker", "0011_figures_within_storable_range")]


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.fixture
def latest_schema_afterwards():
    yield
    _migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())


def test_rows_past_the_limit_are_removed_and_the_rest_kept(latest_schema_afterwards):
    apps = _migrate(BEFORE)
    try:
        # SQLite stores 1e22 (and then cannot read it back); PostgreSQL's numeric(20,4) only goes
        # to 10^16, so the worst it can hold is a figure between the limit and that.
        bad = Decimal("1E+22") if connection.vendor == "sqlite" else Decimal("5E+15")
        Jurisdiction, Report = apps.get_model("tracker", "Jurisdiction"), apps.get_model("tracker", "Report")
        Target, Outcome = apps.get_model("tracker", "Target"), apps.get_model("tracker", "Outcome")
        Assessment = apps.get_model("tracker", "Assessment")
        place = Jurisdiction.objects.create(name="重庆市测试区", level="county")
        report = Report.objects.create(jurisdiction=place, report_year=2021, original_text="x", normalized_text="x",
                                       sha256="f" * 64)
        common = {"report": report, "period_start": 2021, "period_end": 2021, "kind": "growth", "unit": "%",
                  "quote": "q", "start": 0, "end": 1}
        good_target = Target.objects.create(value=Decimal("6.5"), **common)
        bad_target = Target.objects.create(value=bad, **common)
        good_outcome = Outcome.objects.create(value=Decimal("7"), **common)
        bad_outcome = Outcome.objects.create(value=bad, **common)
        Assessment.objects.create(target=good_target, outcome=bad_outcome, verdict="met", gap=bad)
        Assessment.objects.create(target=bad_target, outcome=good_outcome, verdict="missed")
    finally:
        apps = _migrate(AFTER)
    Target, Outcome = apps.get_model("tracker", "Target"), apps.get_model("tracker", "Outcome")
    Assessment = apps.get_model("tracker", "Assessment")
    assert list(Target.objects.values_list("value", flat=True)) == [Decimal("6.5")]
    assert list(Outcome.objects.values_list("value", flat=True)) == [Decimal("7")]
    assert not Assessment.objects.exists()
