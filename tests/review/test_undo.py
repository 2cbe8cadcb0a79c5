"""Undo: a new decision that puts back the state before the reviewer's last one, refused when
someone acted since."""
import re
from decimal import Decimal

import pytest

from review.world import make_target, seen
from tracker.models import Assessment, Decision, Indicator, Outcome, Target
from tracker.services import fact_entry, undo
from tracker.services import review as services
from tracker.services.decisions import ReviewError, StaleVersion
from tracker.services.linking import link_jurisdictions

pytestmark = pytest.mark.django_db


def _fresh(row):
    return type(row).objects.get(pk=row.pk)


def _undo_last(user):
    return undo.decision_undo(decision_id=undo.decision_last_undoable(user=user).pk, user=user)


def test_undoing_a_confirm_puts_back_the_assessment_and_its_facts(world, reviewer):
    item = world.gdp
    before = (_fresh(item), _fresh(item.target), _fresh(item.outcome))
    services.assessment_confirm(assessment_id=item.pk, seen=seen(item), user=reviewer)

    _undo_last(reviewer)

    after = (_fresh(item), _fresh(item.target), _fresh(item.outcome))
    assert [row.review_status for row in after] == [row.review_status for row in before] == ["proposed", "pending", "pending"]
    assert [row.version for row in after] == [3, 3, 3], "versions only grow"
    assert (after[0].reviewer, after[0].basis) == (None, None)
    assert after[0].history.first().history_change_reason == "undo: confirm"
    latest = Decision.objects.first()
    assert (latest.action, latest.undoes.action, latest.subject) == ("undo", "confirm", f"confirm assessment #{item.pk}")
    assert undo.decision_last_undoable(user=reviewer) is None


def test_a_page_loaded_before_the_undo_is_stale_after_it(world, reviewer):
    services.assessment_flag_miss(assessment_id=world.gdp.pk, version=1, flagged=True, user=reviewer)
    page = seen(world.gdp)
    _undo_last(reviewer)
    with pytest.raises(StaleVersion):
        services.assessment_confirm(assessment_id=world.gdp.pk, seen=page, user=reviewer)
    assert not _fresh(world.gdp).flagged_miss


def test_undo_is_refused_when_someone_acted_since(world, reviewer, other_reviewer):
    services.assessment_set_verdict(assessment_id=world.gdp.pk, seen=seen(world.gdp), verdict="met", note="6.1% final", user=reviewer)
    services.assessment_add_note(assessment_id=world.gdp.pk, version=2, note="agreed", user=other_reviewer)
    with pytest.raises(ReviewError, match=r"^otto changed assessment #\d+ after your set verdict"):
        _undo_last(reviewer)
    item = _fresh(world.gdp)
    assert (item.verdict, item.version) == ("met", 3)
    assert "agreed" in item.note


def test_undo_is_refused_when_the_linker_changed_the_row_since(world, reviewer):
    target = world.revenue.target
    values = services.TargetValues(
        indicator_id=target.indicator_id, period_start=2023, period_end=2023, kind="growth", value=Decimal("4"),
        value_high=None, unit="%", qualifier="exact", stretch=False, headline=False,
    )
    services.target_edit(target_id=target.pk, version=1, values=values, user=reviewer)
    Target.objects.filter(pk=target.pk).update(version=5)
    Target.history.create(  # what a re-extraction or any other writer leaves behind
        id=target.pk, history_date=target.reviewed_at or _fresh(target).reviewed_at, history_type="~",
        **{f.attname: getattr(_fresh(target), f.attname) for f in Target._meta.concrete_fields if f.attname != "id"},
    )
    with pytest.raises(ReviewError, match="^The linker changed target"):
        _undo_last(reviewer)


def test_undoing_an_added_target_removes_it_and_its_assessment(world, reviewer):
    quote = "居民人均可支配收入增长与经济增长基本同步"
    values = services.TargetValues(
        indicator_id=Indicator.objects.get(code="disposable_income").pk, period_start=2023, period_end=2023,
        kind="relational", value=None, value_high=None, unit="", qualifier="in_step", stretch=False, headline=True,
    )
    target = fact_entry.target_add(report_id=world.plan.pk, quote=quote, start=None, values=values, user=reviewer)
    assert Assessment.objects.filter(target=target).exists()
    others = dict(Assessment.objects.exclude(target=target).values_list("pk", "version"))

    _undo_last(reviewer)

    assert not Target.objects.filter(pk=target.pk).exists()
    assert not Assessment.objects.filter(target_id=target.pk).exists()
    restored = dict(Assessment.objects.values_list("pk", "version"))
    assert restored.keys() == others.keys(), "the re-link's changes to other rows were undone too"


def test_undoing_a_merge_brings_the_duplicate_and_its_assessment_back(world, reviewer):
    duplicate = make_target(world.plan, "地区生产总值增长6%左右", indicator="gdp", value=6, qualifier="approx")
    dropped = Assessment.objects.create(target=duplicate, outcome=world.gdp.outcome, verdict="missed", confidence=0.5)
    services.assessment_confirm(assessment_id=world.gdp.pk, seen=seen(world.gdp), user=reviewer)
    fact_entry.target_merge(target_id=world.gdp.target_id, version=2, duplicate_id=duplicate.pk, duplicate_version=1, user=reviewer)
    assert not Assessment.objects.filter(pk=dropped.pk).exists()

    _undo_last(reviewer)

    duplicate = _fresh(duplicate)
    assert (duplicate.review_status, duplicate.duplicate_of_id, duplicate.version) == ("pending", None, 3)
    back = Assessment.objects.get(pk=dropped.pk)
    assert (back.target_id, back.verdict, back.version) == (duplicate.pk, "missed", 2)
    assert _fresh(world.gdp).review_status == "confirmed", "only the last decision is undone"


def test_undo_does_not_relink_an_outcome_rejected_since(world, reviewer, other_reviewer):
    link_jurisdictions()
    first = _fresh(world.gdp).outcome_id
    services.assessment_choose_outcome(assessment_id=world.gdp.pk, seen=seen(world.gdp), outcome_id=world.gdp_final.pk, user=reviewer)
    services.outcome_reject(outcome_id=first, version=Outcome.objects.get(pk=first).version, user=other_reviewer)
    with pytest.raises(ReviewError, match=re.escape(undo.OUTCOME_GONE.format(pk=first))):
        _undo_last(reviewer)
    assert _fresh(world.gdp).outcome_id == world.gdp_final.pk


def test_only_ones_own_decision_is_undone_and_only_once(world, reviewer, other_reviewer):
    services.assessment_flag_miss(assessment_id=world.gdp.pk, version=1, flagged=True, user=reviewer)
    mine = undo.decision_last_undoable(user=reviewer)
    assert undo.decision_last_undoable(user=other_reviewer) is None
    with pytest.raises(ReviewError, match=undo.NOT_YOURS):
        undo.decision_undo(decision_id=mine.pk, user=other_reviewer)
    undo.decision_undo(decision_id=mine.pk, user=reviewer)
    with pytest.raises(ReviewError, match=undo.ALREADY_UNDONE):
        undo.decision_undo(decision_id=mine.pk, user=reviewer)


def test_undo_steps_back_through_earlier_decisions(world, reviewer):
    services.assessment_flag_miss(assessment_id=world.gdp.pk, version=1, flagged=True, user=reviewer)
    services.assessment_add_note(assessment_id=world.gdp.pk, version=2, note="why", user=reviewer)
    _undo_last(reviewer)
    _undo_last(reviewer)
    item = _fresh(world.gdp)
    assert (item.flagged_miss, item.note, item.version) == (False, "", 5)
