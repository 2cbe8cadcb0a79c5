"""The queue's working order and neighbours, and which outcomes are offered as candidates."""
import pytest
from django.http import QueryDict

from review.world import make_outcome, make_report, seen
from tracker.models import Assessment, Jurisdiction
from tracker.review.selectors import (
    assessment_get_for_review,
    assessment_state_counts,
    outcome_candidates,
    queue_filter,
    queue_neighbours,
)
from tracker.services import review as services

pytestmark = pytest.mark.django_db


def test_neighbours_follow_the_working_order(world):
    queue = queue_filter(QueryDict()).qs
    order = list(queue.values_list("pk", flat=True))
    assert order == [world.gdp.pk, world.revenue.pk, world.industry.pk, world.unemployment.pk]
    assert queue_neighbours(queue, world.gdp) == (None, world.revenue.pk)
    assert queue_neighbours(queue, world.industry) == (world.revenue.pk, world.unemployment.pk)
    assert queue_neighbours(queue, world.unemployment) == (world.industry.pk, None)


def test_neighbours_of_an_item_that_left_the_queue(world, reviewer):
    services.assessment_confirm(assessment_id=world.revenue.pk, seen=seen(world.revenue), user=reviewer)
    queue = queue_filter(QueryDict()).qs
    assert queue_neighbours(queue, Assessment.objects.get(pk=world.revenue.pk)) == (world.gdp.pk, world.industry.pk)


def test_rejected_targets_leave_the_queue(world, reviewer):
    services.target_reject(target_id=world.gdp.target_id, version=1, user=reviewer)
    assert world.gdp.pk not in queue_filter(QueryDict()).qs.values_list("pk", flat=True)


def test_counts_ignore_the_status_filter_but_not_the_others(world, reviewer):
    services.assessment_confirm(assessment_id=world.industry.pk, seen=seen(world.industry), user=reviewer)
    counts = assessment_state_counts(queue_filter(QueryDict("status=confirmed&verdict=met")))
    assert counts == {"proposed": 2, "confirmed": 1, "overridden": 0, "rereview": 0, "open": 2}


def test_candidates_are_figures_of_the_same_government_and_indicator_near_the_period(world, reviewer):
    elsewhere = make_report(Jurisdiction.objects.create(name="重庆市南岸区"), 2024, world.review.normalized_text)
    make_outcome(elsewhere, "地区生产总值增长6.1%", indicator="gdp", value=6.1)
    far = make_outcome(world.review, "地区生产总值增长6.1%", indicator="gdp", value=6.1)
    far.period_start = far.period_end = 2019
    far.save()
    services.outcome_reject(outcome_id=world.gdp_level.pk, version=1, user=reviewer)
    target = world.gdp.target
    candidates = set(outcome_candidates(target=target).values_list("pk", flat=True))
    assert candidates == {world.gdp.outcome_id, world.gdp_final.pk}


def test_the_item_is_loaded_with_a_window_of_text_not_the_whole_report(world):
    item = assessment_get_for_review(pk=world.gdp.pk)
    text = world.plan.normalized_text
    assert item.target_window == text[: item.target.end + 400]
    assert "normalized_text" in item.target.report.get_deferred_fields()
