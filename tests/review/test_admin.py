"""The admin goes through the review services: its bulk action confirms at the shown versions
and its change form versions the row, so an open review page cannot overwrite the change."""
import pytest
from django.urls import reverse

from tracker.models import Assessment

pytestmark = pytest.mark.django_db


def test_the_admin_action_confirms_exactly_the_selected_items(reviewer_client, world):
    response = reviewer_client.post(
        reverse("admin:tracker_assessment_changelist"),
        {"action": "confirm_selected", "_selected_action": [world.industry.pk, world.revenue.pk]},
        follow=True,
    )
    assert "Bulk confirm: 2 confirmed" in response.content.decode()
    confirmed = set(Assessment.objects.filter(review_status="confirmed").values_list("pk", flat=True))
    assert confirmed == {world.industry.pk, world.revenue.pk}


def test_an_admin_edit_makes_open_review_forms_stale(reviewer_client, world):
    item = world.gdp
    url = reverse("admin:tracker_assessment_change", args=[item.pk])
    data = {
        "target": item.target_id, "outcome": item.outcome_id, "verdict": "missed", "gap": "-0.2", "rule": item.rule,
        "confidence": "0.9", "reason": item.reason, "method": "auto", "review_status": "proposed", "note": "checked",
        "narrow": "on",
    }
    assert reviewer_client.post(url, data).status_code == 302
    item.refresh_from_db()
    assert item.version == 2 and item.note == "checked" and item.reviewer.username == "rita"
    stale = reviewer_client.post(reverse("review:assessment_act", args=[item.pk, "confirm"]), {"version": 1})
    assert stale.status_code == 409
