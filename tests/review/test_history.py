"""The audit trail shown on an item: who changed which field from what to what."""
from decimal import Decimal

import pytest

from review.world import seen
from tracker.review.history import item_history
from tracker.services import review as services

pytestmark = pytest.mark.django_db


def test_history_names_who_changed_what_before_and_after(world, reviewer, other_reviewer):
    services.assessment_set_verdict(
        assessment_id=world.gdp.pk, seen=seen(world.gdp), verdict="met", gap=Decimal("0.1"), note="final 6.1%", user=reviewer
    )
    services.assessment_add_note(assessment_id=world.gdp.pk, version=2, note="agreed", user=other_reviewer)
    item = type(world.gdp).objects.get(pk=world.gdp.pk)
    entries = item_history(assessment=item, target=item.target, outcome=item.outcome)

    newest, verdict_set = entries[0], entries[1]
    assert (newest.who, newest.subject, newest.action) == ("otto", f"assessment #{item.pk}", "changed: note")
    assert [(c.field, c.after) for c in newest.changes] == [("note", "… " + item.note.splitlines()[1])]
    assert verdict_set.who == "rita" and verdict_set.action == "changed: set verdict"
    changes = {change.field: (change.before, change.after) for change in verdict_set.changes}
    assert changes["verdict"] == ("missed", "met")
    assert changes["gap"] == ("-0.2", "0.1")
    assert changes["method"] == ("auto", "manual")
    assert {entry.subject for entry in entries} >= {f"assessment #{item.pk}", f"target #{item.target_id}"}


def test_an_indicator_change_shows_codes(world, reviewer):
    target = world.revenue.target
    values = services.TargetValues(
        indicator_id=type(target.indicator).objects.get(code="tax_revenue").pk, period_start=2023, period_end=2023,
        kind="growth", value=Decimal("5"), value_high=None, unit="%", qualifier="exact", stretch=False, headline=False,
    )
    services.target_edit(target_id=target.pk, version=1, values=values, user=reviewer)
    (entry, *_) = item_history(target=target)
    assert ("indicator", "general_budget_revenue", "tax_revenue") in [(c.field, c.before, c.after) for c in entry.changes]
