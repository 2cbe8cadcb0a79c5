"""Facts added by hand from a quote of the report, and duplicates merged."""
import re
from decimal import Decimal

import pytest

from review.world import make_outcome, make_target, seen
from tracker.models import Assessment, Indicator, Outcome, Target
from tracker.services import fact_entry
from tracker.services import review as services
from tracker.services.decisions import ReviewError, StaleVersion

pytestmark = pytest.mark.django_db

MISSED_QUOTE = "居民人均可支配收入增长与经济增长基本同步"


def _target_values(**changes) -> services.TargetValues:
    values = dict(
        indicator_id=Indicator.objects.get(code="disposable_income").pk, period_start=2023, period_end=2023,
        kind="relational", value=None, value_high=None, unit="", qualifier="in_step", stretch=False, headline=True,
    )
    return services.TargetValues(**{**values, **changes})


def _outcome_values(**changes) -> services.OutcomeValues:
    values = dict(
        indicator_id=Indicator.objects.get(code="general_budget_revenue").pk, period_start=2023, period_end=2023,
        kind="level", value=Decimal("70"), unit="亿元", estimate=False, scope="",
    )
    return services.OutcomeValues(**{**values, **changes})


def test_a_missed_target_from_a_selection_is_anchored_in_the_text_and_linked(world, reviewer):
    start = world.plan.normalized_text.index(MISSED_QUOTE)
    target = fact_entry.target_add(report_id=world.plan.pk, quote=MISSED_QUOTE, start=start, values=_target_values(), user=reviewer)
    target = Target.objects.get(pk=target.pk)
    assert (target.start, target.end, target.quote) == (start, start + len(MISSED_QUOTE), MISSED_QUOTE)
    assert (target.origin, target.review_status, target.reviewed_by, target.indicator_text) == (
        "manual", "confirmed", reviewer, "居民人均可支配收入"
    )
    assert target.history.get().history_change_reason == "added by hand"
    assert Assessment.objects.filter(target=target).exists(), "linked at once: it is in the queue"


def test_a_typed_quote_is_found_in_the_text(world, reviewer):
    quote = "一般公共预算收入完成70亿元"
    outcome = fact_entry.outcome_add(report_id=world.review.pk, quote=f" {quote} ", start=None, values=_outcome_values(), user=reviewer)
    assert outcome.start == world.review.normalized_text.index(quote) and outcome.origin == "manual"


@pytest.mark.parametrize(
    "quote, start, message",
    [
        ("  ", None, fact_entry.QUOTE_EMPTY),
        ("地区生产总值增长9%", None, fact_entry.QUOTE_NOT_FOUND),
        ("经济", None, fact_entry.QUOTE_AMBIGUOUS.format(count=2)),
        ("字" * 301, None, fact_entry.QUOTE_TOO_LONG.format(limit=300)),
    ],
)
def test_a_quote_that_is_not_one_place_of_the_text_is_refused(world, reviewer, quote, start, message):
    with pytest.raises(ReviewError, match=re.escape(message)):
        fact_entry.target_add(report_id=world.plan.pk, quote=quote, start=start, values=_target_values(), user=reviewer)
    assert not Target.objects.filter(origin="manual").exists()


def test_a_selection_that_is_not_at_its_offset_falls_back_to_the_text(world, reviewer):
    start = world.plan.normalized_text.index(MISSED_QUOTE)
    target = fact_entry.target_add(report_id=world.plan.pk, quote=MISSED_QUOTE, start=start + 3, values=_target_values(), user=reviewer)
    assert target.start == start


def test_added_values_are_checked_like_edits(world, reviewer):
    with pytest.raises(ReviewError, match=services.VALUE_REQUIRED):
        fact_entry.target_add(
            report_id=world.plan.pk, quote=MISSED_QUOTE, start=None, values=_target_values(kind="growth"), user=reviewer
        )


def test_an_extracted_target_cannot_be_added_twice(world, reviewer):
    existing = world.gdp.target
    values = _target_values(
        indicator_id=existing.indicator_id, kind="growth", value=Decimal("6"), unit="%", qualifier="approx", headline=False
    )
    with pytest.raises(ReviewError, match=fact_entry.ALREADY_THERE.format(kind="target", pk=existing.pk)):
        fact_entry.target_add(report_id=world.plan.pk, quote=existing.quote, start=existing.start, values=values, user=reviewer)


def test_merging_two_targets_keeps_the_reviewed_one_and_its_assessment(world, reviewer):
    original = world.gdp.target
    services.assessment_set_verdict(
        assessment_id=world.gdp.pk, seen=seen(world.gdp), verdict="met", note="final 6.1%", user=reviewer
    )
    duplicate = make_target(world.plan, "地区生产总值增长6%左右", indicator="gdp", value=6, qualifier="approx")
    unreviewed = Assessment.objects.create(target=duplicate, outcome=world.gdp.outcome, verdict="missed", confidence=0.5)

    kept = fact_entry.target_merge(
        target_id=duplicate.pk, version=1, duplicate_id=original.pk, duplicate_version=Target.objects.get(pk=original.pk).version,
        user=reviewer,
    )

    assert kept.pk == original.pk, "the reviewed one is kept, whichever page the merge started on"
    duplicate = Target.objects.get(pk=duplicate.pk)
    assert (duplicate.review_status, duplicate.duplicate_of_id) == ("rejected", original.pk)
    assert not Assessment.objects.filter(pk=unreviewed.pk).exists()
    assert Assessment.objects.get(target=original).verdict == "met"


def test_merging_moves_a_reviewed_assessment_to_the_kept_target(world, reviewer):
    services.assessment_confirm(assessment_id=world.gdp.pk, seen=seen(world.gdp), user=reviewer)
    other = make_target(world.plan, "地区生产总值增长6%左右", indicator="gdp", value=6, qualifier="approx")
    proposed = Assessment.objects.create(target=other, verdict="pending", confidence=0)
    services.target_confirm(target_id=other.pk, version=1, user=reviewer)

    kept = fact_entry.target_merge(target_id=other.pk, version=2, duplicate_id=world.gdp.target_id, duplicate_version=2, user=reviewer)

    assert kept.pk == other.pk, "both reviewed: the page's one is kept"
    assert Assessment.objects.get(pk=world.gdp.pk).target_id == other.pk, "the reviewed assessment moved"
    assert not Assessment.objects.filter(pk=proposed.pk).exists()


def test_merging_outcomes_moves_what_rested_on_the_duplicate(world, reviewer):
    duplicate = make_outcome(world.review, "地区生产总值增长6.1%", indicator="gdp", value=6.1)
    services.assessment_choose_outcome(assessment_id=world.gdp.pk, seen=seen(world.gdp), outcome_id=duplicate.pk, user=reviewer)
    fact_entry.outcome_merge(outcome_id=world.gdp_final.pk, version=1, duplicate_id=duplicate.pk, duplicate_version=1, user=reviewer)
    item = Assessment.objects.get(pk=world.gdp.pk)
    assert item.outcome_id == world.gdp_final.pk and item.basis["outcome_id"] == world.gdp_final.pk
    assert Outcome.objects.get(pk=duplicate.pk).duplicate_of_id == world.gdp_final.pk


@pytest.mark.parametrize(
    "other, message",
    [
        (lambda world: world.gdp_level, fact_entry.NOT_THE_SAME.format(kind="outcome", a="{a}", b="{b}", fields="kind, value, unit")),
        (lambda world: world.gdp_final, fact_entry.MERGE_SELF),
    ],
)
def test_rows_that_are_not_the_same_are_not_merged(world, reviewer, other, message):
    row = other(world)
    page = world.gdp_final
    expected = message.format(a=page.pk, b=row.pk)
    with pytest.raises(ReviewError, match=re.escape(expected)):
        fact_entry.outcome_merge(outcome_id=page.pk, version=1, duplicate_id=row.pk, duplicate_version=1, user=reviewer)


def test_a_merge_from_a_stale_page_is_refused(world, reviewer, other_reviewer):
    duplicate = make_outcome(world.review, "地区生产总值增长6.1%", indicator="gdp", value=6.1)
    services.outcome_confirm(outcome_id=duplicate.pk, version=1, user=other_reviewer)
    with pytest.raises(StaleVersion):
        fact_entry.outcome_merge(outcome_id=world.gdp_final.pk, version=1, duplicate_id=duplicate.pk, duplicate_version=1, user=reviewer)
