"""The admin goes through the review services: its bulk actions decide at the versions of the
rows they act on, a fact's change form saves through target_edit / outcome_edit with the version
it was opened at, an assessment is read-only, and nothing is added without a quote from the text."""
import re

import pytest
from django.urls import reverse

from review.world import seen
from tracker.models import Assessment, Target
from tracker.services import review as services

pytestmark = pytest.mark.django_db


def _target_form(target, **changes) -> dict:
    data = {
        "seen_version": target.version, "indicator": target.indicator_id, "period_start": target.period_start,
        "period_end": target.period_end, "kind": target.kind, "value": str(target.value), "value_high": "",
        "unit": target.unit, "qualifier": target.qualifier,
    }
    return {**data, **changes}


def test_the_admin_action_confirms_exactly_the_selected_items(reviewer_client, world):
    response = reviewer_client.post(
        reverse("admin:tracker_assessment_changelist"),
        {"action": "confirm_selected", "_selected_action": [world.industry.pk, world.revenue.pk]},
        follow=True,
    )
    assert "Bulk confirm: 2 confirmed" in response.content.decode()
    confirmed = set(Assessment.objects.filter(review_status="confirmed").values_list("pk", flat=True))
    assert confirmed == {world.industry.pk, world.revenue.pk}


@pytest.mark.parametrize("action, check", [
    ("reject_selected", lambda a: a.outcome_id is None and a.review_status == "overridden"),
    ("flag_selected", lambda a: a.flagged_miss),
])
def test_the_admin_bulk_reject_and_flag(reviewer_client, world, action, check):
    reviewer_client.post(
        reverse("admin:tracker_assessment_changelist"), {"action": action, "_selected_action": [world.gdp.pk]}
    )
    assert check(Assessment.objects.get(pk=world.gdp.pk))
    assert Assessment.objects.get(pk=world.revenue.pk).version == 1


def test_a_target_change_form_saves_through_the_review_service(reviewer_client, world):
    target = world.gdp.target
    url = reverse("admin:tracker_target_change", args=[target.pk])
    html = reviewer_client.get(url).content.decode()
    assert 'name="seen_version" value="1"' in html
    assert reviewer_client.post(url, _target_form(target, value="5.5")).status_code == 302
    target = Target.objects.get(pk=target.pk)
    assert (target.value, target.version, target.review_status, target.reviewed_by.username) == (5.5, 2, "edited", "rita")
    assert target.history.first().history_change_reason == "edit"
    assert Assessment.objects.get(pk=world.gdp.pk).verdict == "met", "re-judged like an edit on the review page"


def test_a_change_form_opened_before_a_review_decision_is_refused(reviewer_client, other_reviewer, world):
    target = world.gdp.target
    url = reverse("admin:tracker_target_change", args=[target.pk])
    opened = _target_form(target, value="6.5")
    services.target_reject(target_id=target.pk, version=1, user=other_reviewer)

    response = reviewer_client.post(url, opened, follow=True)

    assert services.STALE_VERSION in response.content.decode()
    target = Target.objects.get(pk=target.pk)
    assert (target.value, target.review_status, target.reviewed_by) == (6, "rejected", other_reviewer)


def test_an_invalid_change_is_shown_on_the_form(reviewer_client, world):
    target = world.gdp.target
    url = reverse("admin:tracker_target_change", args=[target.pk])
    response = reviewer_client.post(url, _target_form(target, period_start=2024, period_end=2023))
    assert response.status_code == 200 and services.PERIOD_UNORDERED in response.content.decode()
    assert Target.objects.get(pk=target.pk).version == 1


def test_an_assessment_is_read_only_in_the_admin(reviewer_client, other_reviewer, world):
    item = world.gdp
    url = reverse("admin:tracker_assessment_change", args=[item.pk])
    html = reviewer_client.get(url).content.decode()
    assert reverse("review:assessment", args=[item.pk]) in html
    assert not re.search(r'name="_save"', html)
    services.assessment_set_verdict(
        assessment_id=item.pk, seen=seen(item), verdict="missed", note="final figure lower", user=other_reviewer
    )
    stale_form = {"target": item.target_id, "outcome": item.outcome_id, "verdict": "met", "note": "", "confidence": "0.9"}
    assert reviewer_client.post(url, stale_form).status_code == 403
    item = Assessment.objects.get(pk=item.pk)
    assert item.verdict == "missed" and "final figure lower" in item.note


def test_facts_are_not_added_in_the_admin(reviewer_client, world):
    assert reviewer_client.get(reverse("admin:tracker_target_add")).status_code == 403
    assert reviewer_client.get(reverse("admin:tracker_outcome_add")).status_code == 403
