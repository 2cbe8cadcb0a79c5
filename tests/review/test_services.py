"""Review actions: each records reviewer and time, refuses a stale version, and re-judges what it
changes."""
from decimal import Decimal

import pytest

from review.world import make_outcome, make_report, seen
from tracker.models import Assessment, Jurisdiction, Outcome, ReviewStatus, Target
from tracker.models.assessments import AssessmentStatus, Method
from tracker.services import review as services
from tracker.services.review import (
    NOT_A_CANDIDATE,
    NOTE_EMPTY,
    NOTE_REQUIRED,
    NOTHING_TO_REJECT,
    PERIOD_UNORDERED,
    RANGE_UNORDERED,
    STALE_VERSION,
    ReviewError,
    StaleVersion,
    TargetValues,
)
pytestmark = pytest.mark.django_db


def _fresh(row):
    return type(row).objects.get(pk=row.pk)


def _target_values(target: Target, **changes) -> TargetValues:
    values = {
        "indicator_id": target.indicator_id,
        "period_start": target.period_start,
        "period_end": target.period_end,
        "kind": target.kind,
        "value": target.value,
        "value_high": target.value_high,
        "unit": target.unit,
        "qualifier": target.qualifier,
        "stretch": target.stretch,
        "headline": target.headline,
    }
    return TargetValues(**{**values, **changes})


def test_confirm_records_reviewer_time_and_version_and_confirms_both_facts(world, reviewer):
    item = world.industry
    services.assessment_confirm(assessment_id=item.pk, seen=seen(item), user=reviewer)
    item = _fresh(item)
    assert item.review_status == AssessmentStatus.CONFIRMED
    assert item.reviewer == reviewer and item.reviewed_at is not None
    assert item.version == 2
    assert item.target.review_status == ReviewStatus.CONFIRMED and item.target.reviewed_by == reviewer
    assert item.outcome.review_status == ReviewStatus.CONFIRMED and item.outcome.version == 2
    latest = item.history.first()
    assert latest.history_user == reviewer and latest.history_change_reason == "confirm"


def test_a_stale_version_is_refused_and_changes_nothing(world, reviewer, other_reviewer):
    item = world.gdp
    page = seen(item)
    services.assessment_flag_miss(assessment_id=item.pk, version=1, flagged=True, user=other_reviewer)
    with pytest.raises(StaleVersion, match=STALE_VERSION):
        services.assessment_confirm(assessment_id=item.pk, seen=page, user=reviewer)
    item = _fresh(item)
    assert item.review_status == AssessmentStatus.PROPOSED
    assert item.reviewer == other_reviewer and item.version == 2


def test_the_second_of_two_reviewers_with_the_same_form_loses(world, reviewer, other_reviewer):
    item = world.revenue
    page = seen(item)
    services.assessment_set_verdict(
        assessment_id=item.pk, seen=page, verdict="missed", note="the 70亿元 is below plan", user=other_reviewer
    )
    with pytest.raises(StaleVersion):
        services.assessment_confirm(assessment_id=item.pk, seen=page, user=reviewer)
    assert _fresh(item).verdict == "missed"


def test_reject_unlinks_the_outcome_and_the_silent_report_is_not_reported(world, reviewer):
    item = world.revenue
    services.assessment_reject(assessment_id=item.pk, seen=seen(item), note="6.2% is the tax figure", user=reviewer)
    item = _fresh(item)
    assert item.outcome is None
    assert item.verdict == "not_reported" and item.gap is None
    assert item.review_status == AssessmentStatus.OVERRIDDEN
    assert item.note.endswith("rita: 6.2% is the tax figure")


def test_reject_without_an_outcome_is_refused(world, reviewer):
    item = world.revenue
    services.assessment_reject(assessment_id=item.pk, seen=seen(item), user=reviewer)
    with pytest.raises(ReviewError, match=NOTHING_TO_REJECT):
        services.assessment_reject(assessment_id=item.pk, seen=seen(item), user=reviewer)


def test_choosing_another_outcome_rejudges_with_the_rules(world, reviewer):
    item = world.gdp
    services.assessment_choose_outcome(
        assessment_id=item.pk, seen=seen(item), outcome_id=world.gdp_final.pk, note="final figure", user=reviewer
    )
    item = _fresh(item)
    assert item.outcome == world.gdp_final
    assert item.verdict == "met" and item.gap == Decimal("0.1") and not item.narrow
    assert item.rule == "approx" and item.confidence == 1.0
    assert item.review_status == AssessmentStatus.OVERRIDDEN and item.method == Method.AUTO


def test_choosing_a_level_for_a_growth_target_is_not_comparable(world, reviewer):
    services.assessment_choose_outcome(
        assessment_id=world.gdp.pk, seen=seen(world.gdp), outcome_id=world.gdp_level.pk, user=reviewer
    )
    assert _fresh(world.gdp).verdict == "not_comparable"


def test_an_outcome_of_another_government_cannot_be_chosen(world, reviewer):
    elsewhere = make_report(Jurisdiction.objects.create(name="重庆市南岸区"), 2024, world.review.normalized_text)
    foreign = make_outcome(elsewhere, "地区生产总值增长6.1%", indicator="gdp", value=6.1)
    with pytest.raises(ReviewError, match=NOT_A_CANDIDATE):
        services.assessment_choose_outcome(assessment_id=world.gdp.pk, seen=seen(world.gdp), outcome_id=foreign.pk, user=reviewer)
    assert _fresh(world.gdp).version == 1


def test_set_verdict_requires_a_note(world, reviewer):
    with pytest.raises(ReviewError, match=NOTE_REQUIRED):
        services.assessment_set_verdict(assessment_id=world.gdp.pk, seen=seen(world.gdp), verdict="met", note="  ", user=reviewer)
    assert _fresh(world.gdp).version == 1


def test_set_verdict_by_hand(world, reviewer):
    services.assessment_set_verdict(
        assessment_id=world.gdp.pk, seen=seen(world.gdp), verdict="met", gap=Decimal("0.1"), note="final figure 6.1%",
        user=reviewer,
    )
    item = _fresh(world.gdp)
    assert (item.verdict, item.gap, item.method, item.review_status) == ("met", Decimal("0.1"), Method.MANUAL, "overridden")
    assert "final figure 6.1%" in item.note


def test_flag_and_unflag_a_miss(world, reviewer):
    services.assessment_flag_miss(assessment_id=world.gdp.pk, version=1, flagged=True, user=reviewer)
    assert _fresh(world.gdp).flagged_miss
    services.assessment_flag_miss(assessment_id=world.gdp.pk, version=2, flagged=False, user=reviewer)
    assert not _fresh(world.gdp).flagged_miss


def test_notes_accumulate_and_an_empty_one_is_refused(world, reviewer, other_reviewer):
    services.assessment_add_note(assessment_id=world.gdp.pk, version=1, note="check the 统计公报", user=reviewer)
    services.assessment_add_note(assessment_id=world.gdp.pk, version=2, note="checked", user=other_reviewer)
    note = _fresh(world.gdp).note.splitlines()
    assert note[0].endswith("rita: check the 统计公报") and note[1].endswith("otto: checked")
    with pytest.raises(ReviewError, match=NOTE_EMPTY):
        services.assessment_add_note(assessment_id=world.gdp.pk, version=3, note="", user=reviewer)


def test_bulk_confirm_changes_exactly_the_selected_items(world, reviewer, other_reviewer):
    queue = {item.pk: seen(item) for item in (world.industry, world.revenue)}
    services.assessment_add_note(assessment_id=world.revenue.pk, version=1, note="changed meanwhile", user=other_reviewer)
    services.assessment_confirm(assessment_id=world.unemployment.pk, seen=seen(world.unemployment), user=other_reviewer)
    queue[world.unemployment.pk] = seen(world.unemployment)
    before = {row.pk: (row.review_status, row.version) for row in Assessment.objects.all()}

    result = services.assessment_bulk(action="confirm", seen=queue, user=reviewer)

    assert result.done == (world.industry.pk,)
    assert result.stale == (world.revenue.pk,)
    assert result.skipped == (world.unemployment.pk,)
    assert result.summary == "1 confirmed, 1 changed by someone else since the queue loaded, 1 not awaiting review."
    after = {row.pk: (row.review_status, row.version) for row in Assessment.objects.all()}
    changed = {pk for pk in after if after[pk] != before[pk]}
    assert changed == {world.industry.pk}
    assert after[world.industry.pk] == ("confirmed", 2)


def test_editing_a_target_rejudges_and_reopens_its_assessment(world, reviewer):
    services.assessment_confirm(assessment_id=world.gdp.pk, seen=seen(world.gdp), user=reviewer)
    target = _fresh(world.gdp.target)
    services.target_edit(
        target_id=target.pk, version=target.version, values=_target_values(target, value=Decimal("5.5")), user=reviewer
    )
    target = _fresh(target)
    assert target.value == Decimal("5.5") and target.review_status == ReviewStatus.EDITED
    item = _fresh(world.gdp)
    assert item.verdict == "met" and item.gap == Decimal("0.3")
    assert item.review_status == AssessmentStatus.REREVIEW and item.version == 3
    assert item.reopened_because == f"target #{target.pk} edited by rita: value 6 → 5.5"
    assert item.history.first().history_change_reason == f"re-review: {item.reopened_because}"


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"period_start": 2024, "period_end": 2023}, PERIOD_UNORDERED),
        ({"qualifier": "range", "value": Decimal("6"), "value_high": Decimal("5")}, RANGE_UNORDERED),
        ({"value": None}, services.VALUE_REQUIRED),
    ],
)
def test_target_edits_that_break_an_invariant_are_refused(world, reviewer, changes, message):
    target = world.gdp.target
    with pytest.raises(ReviewError, match=message):
        services.target_edit(target_id=target.pk, version=1, values=_target_values(target, **changes), user=reviewer)
    assert _fresh(target).version == 1


def test_editing_an_outcome_rejudges_every_assessment_on_it(world, reviewer):
    outcome = world.gdp.outcome
    services.outcome_edit(
        outcome_id=outcome.pk,
        version=1,
        values=services.OutcomeValues(
            indicator_id=outcome.indicator_id, period_start=2023, period_end=2023, kind="growth", value=Decimal("6.4"),
            unit="%", estimate=False, scope="",
        ),
        user=reviewer,
    )
    item = _fresh(world.gdp)
    assert (item.verdict, item.gap, item.review_status) == ("met", Decimal("0.4"), AssessmentStatus.PROPOSED)
    assert item.version == 2


def test_target_confirm_and_reject(world, reviewer):
    target = world.industry.target
    services.target_confirm(target_id=target.pk, version=1, user=reviewer)
    services.target_reject(target_id=target.pk, version=2, user=reviewer)
    target = _fresh(target)
    assert target.review_status == ReviewStatus.REJECTED and target.reviewed_by == reviewer
    with pytest.raises(StaleVersion):
        services.target_confirm(target_id=target.pk, version=2, user=reviewer)


def test_rejecting_an_outcome_sends_its_assessments_back_to_the_queue(world, reviewer):
    services.assessment_confirm(assessment_id=world.industry.pk, seen=seen(world.industry), user=reviewer)
    outcome = _fresh(world.industry.outcome)
    services.outcome_reject(outcome_id=outcome.pk, version=outcome.version, user=reviewer)
    assert _fresh(outcome).review_status == ReviewStatus.REJECTED
    item = _fresh(world.industry)
    assert item.outcome is None and item.verdict == "not_reported"
    assert item.review_status == AssessmentStatus.REREVIEW


def test_outcome_confirm(world, reviewer):
    outcome = world.gdp_final
    services.outcome_confirm(outcome_id=outcome.pk, version=1, user=reviewer)
    assert Outcome.objects.get(pk=outcome.pk).review_status == ReviewStatus.CONFIRMED


def test_a_missing_row_is_not_reported_as_stale(world, reviewer):
    with pytest.raises(Assessment.DoesNotExist):
        services.assessment_confirm(assessment_id=999_999, seen=services.Seen(1, 1, 1), user=reviewer)
