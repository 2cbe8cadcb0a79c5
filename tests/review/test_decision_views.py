"""The pages of the newer decisions through Django's test client: the report text, adding a fact,
merging, undoing, bulk reject and flag; who may use them and what a bad request gets."""
import re
from decimal import Decimal

import pytest
from django.urls import reverse

from review.world import make_target, seen
from tracker.models import Assessment, Indicator, Target
from tracker.review import cautions
from tracker.services import fact_entry, undo
from tracker.services import review as services

pytestmark = pytest.mark.django_db
MISSED = "居民人均可支配收入增长与经济增长基本同步"


def _add_target(world, **changes) -> dict:
    data = {
        "report": world.plan.pk, "quote": MISSED, "start": "", "indicator": Indicator.objects.get(code="disposable_income").pk,
        "period_start": 2023, "period_end": 2023, "kind": "relational", "value": "", "value_high": "", "unit": "",
        "qualifier": "in_step",
    }
    return {f"add_target-{name}": value for name, value in {**data, **changes}.items()}


def test_the_report_page_shows_the_text_with_its_facts_marked(reviewer_client, world):
    html = reviewer_client.get(reverse("review:report", args=[world.plan.pk])).content.decode()
    assert 'data-text-offset="0"' in html
    assert f'<mark class="fact-target" title="target #{world.gdp.target_id}">地区生产总值增长6%左右</mark>' in html
    text = re.search(r'id="report-text">(.*?)</div>', html, flags=re.S).group(1)
    assert re.sub(r"<[^>]+>", "", text) == world.plan.normalized_text, "the page's text is the text: offsets agree"
    assert 'name="add_target-report" value="%d"' % world.plan.pk in html


def test_the_report_list(reviewer_client, world):
    html = reviewer_client.get(reverse("review:reports"), {"government": "江北", "year": 2024}).content.decode()
    assert reverse("review:report", args=[world.review.pk]) in html
    assert reverse("review:report", args=[world.plan.pk]) not in html


def test_adding_a_target_opens_its_assessment(reviewer_client, world):
    response = reviewer_client.post(reverse("review:add_target"), _add_target(world))
    added = Target.objects.get(origin="manual")
    assert response["Location"] == reverse("review:assessment", args=[Assessment.objects.get(target=added).pk])
    assert added.quote == MISSED


def test_a_quote_not_in_the_text_is_refused_on_the_report_page(reviewer_client, world):
    response = reviewer_client.post(reverse("review:add_target"), _add_target(world, quote="居民收入翻一番"))
    assert response.status_code == 400
    html = response.content.decode()
    assert fact_entry.QUOTE_NOT_FOUND in html and 'value="居民收入翻一番"' in html, "the reviewer's input is kept"
    assert not Target.objects.filter(origin="manual").exists()


def test_a_value_the_quote_does_not_state_asks_first(reviewer_client, world):
    quote = "规模以上工业增加值增长7%以上"
    data = _add_target(world, quote=quote, kind="growth", value="7.5", unit="%", qualifier="at_least",
                       indicator=Indicator.objects.get(code="industrial_va_above_scale").pk)
    response = reviewer_client.post(reverse("review:add_target"), data)
    assert response.status_code == 200
    assert cautions.value_not_in_quote(quote=quote, value=Decimal("7.5"), unit="%") in response.content.decode()
    assert 'name="add_target-acknowledged" value="on"' in response.content.decode()
    response = reviewer_client.post(reverse("review:add_target"), {**data, "add_target-acknowledged": "on"})
    assert response.status_code == 400, "acknowledged, but that quote is an extracted target already"
    assert fact_entry.ALREADY_THERE.format(kind="target", pk=world.industry.target_id) in response.content.decode()


def test_merge_and_undo_through_the_pages(reviewer_client, world, reviewer):
    duplicate = make_target(world.plan, "地区生产总值增长6%左右", indicator="gdp", value=6, qualifier="approx")
    url = reverse("review:target_act", args=[duplicate.pk, "merge"])
    response = reviewer_client.post(url, {"version": 1, "duplicate": world.gdp.target_id, "duplicate_version": 1})
    assert response.status_code == 302
    assert Target.objects.get(pk=world.gdp.target_id).review_status == "rejected", "neither reviewed: the page's is kept"

    page = reviewer_client.get(reverse("review:target", args=[duplicate.pk])).content.decode()
    last = undo.decision_last_undoable(user=reviewer)
    assert f'name="decision" value="{last.pk}"' in page and "merge target #" in page
    here = reverse("review:target", args=[duplicate.pk])
    response = reviewer_client.post(reverse("review:undo"), {"decision": last.pk, "next": here}, follow=True)
    assert response.redirect_chain[-1][0] == here
    assert "Undone: merge target #" in response.content.decode()
    assert Target.objects.get(pk=world.gdp.target_id).review_status == "pending"


def test_an_undo_refused_says_why_and_an_outside_next_is_ignored(reviewer_client, world, reviewer, other_reviewer):
    services.assessment_flag_miss(assessment_id=world.gdp.pk, version=1, flagged=True, user=reviewer)
    services.assessment_add_note(assessment_id=world.gdp.pk, version=2, note="seen", user=other_reviewer)
    last = undo.decision_last_undoable(user=reviewer)
    response = reviewer_client.post(reverse("review:undo"), {"decision": last.pk, "next": "https://evil.example/"}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("review:queue")
    assert "Otto changed assessment" in response.content.decode(), "(the admin layout capitalises messages)"
    assert Assessment.objects.get(pk=world.gdp.pk).flagged_miss


def test_merging_different_values_is_refused_on_the_page(reviewer_client, world):
    url = reverse("review:outcome_act", args=[world.gdp_final.pk, "merge"])
    response = reviewer_client.post(url, {"version": 1, "duplicate": world.gdp_level.pk, "duplicate_version": 1})
    assert response.status_code == 400 and "are not the same" in response.content.decode()


@pytest.mark.parametrize("action, check", [
    ("reject", lambda a: a.outcome_id is None and a.review_status == "overridden"),
    ("flag", lambda a: a.flagged_miss),
])
def test_bulk_reject_and_flag(reviewer_client, world, action, check):
    selected = [f"{world.gdp.pk}:1:1:1", f"{world.industry.pk}:1:1:1"]
    html = reviewer_client.post(reverse("review:bulk"), {"action": action, "selected": selected}, follow=True).content.decode()
    assert f"Bulk {action}: 2 " in html
    assert all(check(Assessment.objects.get(pk=item.pk)) for item in (world.gdp, world.industry))
    assert Assessment.objects.get(pk=world.revenue.pk).version == 1


def test_a_malformed_bulk_selection_is_refused(reviewer_client, world):
    html = reviewer_client.post(reverse("review:bulk"), {"action": "flag", "selected": ["1:1"]}, follow=True).content.decode()
    assert "Malformed selection." in html
    assert not Assessment.objects.filter(flagged_miss=True).exists()


def test_readers_may_not_add_merge_or_undo(reader_client, world, reviewer):
    services.assessment_flag_miss(assessment_id=world.gdp.pk, version=1, flagged=True, user=reviewer)
    assert reader_client.post(reverse("review:add_target"), _add_target(world)).status_code == 403
    merge = reverse("review:target_act", args=[world.gdp.target_id, "merge"])
    assert reader_client.post(merge, {"version": 1, "duplicate": world.industry.target_id, "duplicate_version": 1}).status_code == 403
    assert reader_client.post(reverse("review:undo"), {"decision": 1}).status_code == 403
    assert reader_client.get(reverse("review:report", args=[world.plan.pk])).status_code == 200
    assert not Target.objects.filter(origin="manual").exists()
    assert Assessment.objects.get(pk=world.gdp.pk).flagged_miss


def test_a_reopened_item_says_why(reviewer_client, world, reviewer, other_reviewer):
    services.assessment_confirm(assessment_id=world.gdp.pk, seen=seen(world.gdp), user=reviewer)
    outcome = Assessment.objects.get(pk=world.gdp.pk).outcome
    services.outcome_reject(outcome_id=outcome.pk, version=outcome.version, user=other_reviewer)
    html = reviewer_client.get(reverse("review:assessment", args=[world.gdp.pk])).content.decode()
    assert re.search(rf'id="reopened-because">outcome #{outcome.pk} was rejected by otto<', html)


def test_an_item_without_an_outcome_points_to_the_report_that_should_give_it(reviewer_client, world, reviewer):
    services.assessment_reject(assessment_id=world.revenue.pk, seen=seen(world.revenue), user=reviewer)
    html = reviewer_client.get(reverse("review:assessment", args=[world.revenue.pk])).content.decode()
    links = re.search(r'id="reviewing-reports">(.*?)</p>', html, flags=re.S).group(1)
    assert reverse("review:report", args=[world.review.pk]) in links
