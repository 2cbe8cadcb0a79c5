"""The review pages through Django's test client: who may do what, escaping, the queue's order and
filters, stale forms, the next item after a decision, and query counts that do not grow with data."""
import re

import pytest
from django.urls import reverse

from review.world import World, make_assessment, make_outcome, make_report, make_target, queue_ids, seen
from tracker.models import Assessment, Jurisdiction, Target
from tracker.review import cautions
from tracker.review.access import READ_ONLY
from tracker.review.forms import MALFORMED_SELECTION
from tracker.services import review as services
from tracker.services.review import NOTE_REQUIRED, STALE_VERSION

pytestmark = pytest.mark.django_db
# The versions an item page of the fresh world carries: assessment, target and outcome.
PAGE = {"version": 1, "target_version": 1, "outcome_version": 1}


def _item_url(item, action: str | None = None) -> str:
    if action:
        return reverse("review:assessment_act", args=[item.pk, action])
    return reverse("review:assessment", args=[item.pk])



# Permissions


@pytest.mark.parametrize("url_name", ["review:queue", "review:import", "review:targets", "review:outcomes"])
def test_anonymous_users_are_sent_to_the_admin_login(client, world, url_name):
    response = client.get(reverse(url_name))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login") + "?next=")


def test_anonymous_actions_are_sent_to_login_and_change_nothing(client, world):
    response = client.post(_item_url(world.gdp, "confirm"), PAGE)
    assert response.status_code == 302 and reverse("admin:login") in response["Location"]
    assert Assessment.objects.get(pk=world.gdp.pk).version == 1


def test_logged_in_users_who_are_not_staff_are_sent_to_login(client, world, django_user_model):
    client.force_login(django_user_model.objects.create_user(username="pat", password="pw-pat-12345"))
    assert client.get(reverse("review:queue")).status_code == 302


def test_staff_outside_the_group_may_read_but_not_act(reader_client, world):
    page = reader_client.get(_item_url(world.gdp))
    assert page.status_code == 200
    html = page.content.decode()
    assert READ_ONLY in html
    assert re.search(r'id="confirm"\s+disabled', html)
    response = reader_client.post(_item_url(world.gdp, "confirm"), PAGE)
    assert response.status_code == 403
    assert reader_client.post(reverse("review:bulk"), {"action": "confirm", "selected": [f"{world.gdp.pk}:1:1:1"]}).status_code == 403
    assert reader_client.post(reverse("review:target_act", args=[world.gdp.target_id, "confirm"]), {"version": 1}).status_code == 403
    assert Assessment.objects.get(pk=world.gdp.pk).review_status == "proposed"


def test_reviewers_may_act(reviewer_client, world):
    response = reviewer_client.post(_item_url(world.gdp, "confirm"), PAGE)
    assert response.status_code == 302
    assert Assessment.objects.get(pk=world.gdp.pk).review_status == "confirmed"


def test_every_form_needs_the_csrf_token(client, reviewer, world):
    client.force_login(reviewer)
    client.handler.enforce_csrf_checks = True
    assert client.post(_item_url(world.gdp, "confirm"), PAGE).status_code == 403
    html = client.get(_item_url(world.gdp)).content.decode()
    forms = re.findall(r'<form method="post".*?</form>', html, flags=re.S)
    assert forms and all("csrfmiddlewaretoken" in form for form in forms)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    response = client.post(_item_url(world.gdp, "confirm"), {**PAGE, "csrfmiddlewaretoken": token})
    assert response.status_code == 302


def test_the_queue_is_linked_from_the_admin_index(reader_client):
    html = reader_client.get(reverse("admin:index")).content.decode()
    assert f'href="{reverse("review:queue")}"' in html and f'href="{reverse("review:import")}"' in html


# Escaping


HOSTILE = (
    "<script>alert('x')</script>重庆市江北区2023年政府工作报告\n"
    "主要预期目标是：<b>地区生产总值</b>增长6%左右<img src=x onerror=alert(1)>，其他。\n"
)


def test_a_hostile_report_text_renders_as_text(reviewer_client, world):
    plan = make_report(Jurisdiction.objects.create(name="<i>某县</i>"), 2023, HOSTILE)
    target = make_target(plan, "<b>地区生产总值</b>增长6%左右", indicator="gdp", value=6, qualifier="approx")
    item = make_assessment(target, None, verdict="pending", gap=None, confidence=0.1, rule="review_pending",
                           reason="<script>alert('reason')</script>")
    html = reviewer_client.get(_item_url(item)).content.decode()
    assert "<script>alert" not in html and "<b>地区" not in html and "<img src=x" not in html and "<i>某县" not in html
    assert "&lt;b&gt;地区生产总值&lt;/b&gt;增长6%左右</mark>" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "&lt;script&gt;alert(&#x27;reason&#x27;)&lt;/script&gt;" in html
    queue = reviewer_client.get(reverse("review:queue")).content.decode()
    assert "<b>地区" not in queue and "&lt;i&gt;某县&lt;/i&gt;" in queue


# The queue


def test_the_queue_puts_misses_then_disagreements_then_low_confidence_first(reviewer_client, world):
    Assessment.objects.filter(pk=world.unemployment.pk).update(disagreement=True)
    html = reviewer_client.get(reverse("review:queue")).content.decode()
    assert queue_ids(html) == [world.gdp.pk, world.unemployment.pk, world.revenue.pk, world.industry.pk]


def test_the_queue_shows_counts_per_state(reviewer_client, world, reviewer):
    services.assessment_confirm(assessment_id=world.industry.pk, seen=seen(world.industry), user=reviewer)
    html = reviewer_client.get(reverse("review:queue")).content.decode()
    assert re.search(r'data-count="open">3<', html)
    assert re.search(r'data-count="confirmed">1<', html)
    assert re.search(r'data-count="proposed">3<', html)


@pytest.mark.parametrize(
    "query, expected",
    [
        ({"verdict": "missed"}, ["gdp"]),
        ({"indicator": "industrial_va_above_scale"}, ["industry"]),
        ({"min_confidence": "0.95"}, ["industry", "unemployment"]),
        ({"year": "2024"}, []),
        ({"year": "2023", "verdict": "met"}, ["revenue", "industry", "unemployment"]),
        ({"status": "confirmed"}, []),
    ],
)
def test_queue_filters(reviewer_client, world: World, query, expected):
    if "indicator" in query:
        query = {"indicator": getattr(world, expected[0]).target.indicator_id}
    html = reviewer_client.get(reverse("review:queue"), query).content.decode()
    assert queue_ids(html) == [getattr(world, name).pk for name in expected]


def test_the_government_filter(reviewer_client, world):
    html = reviewer_client.get(reverse("review:queue"), {"government": "江北"}).content.decode()
    assert len(queue_ids(html)) == 4
    html = reviewer_client.get(reverse("review:queue"), {"government": "南岸"}).content.decode()
    assert queue_ids(html) == []


def test_bulk_confirm_changes_exactly_the_selected_items_and_says_so(reviewer_client, world):
    selected = [f"{world.industry.pk}:1:1:1", f"{world.unemployment.pk}:1:1:1"]
    response = reviewer_client.post(
        reverse("review:bulk") + "?verdict=met", {"action": "confirm", "selected": selected}, follow=True
    )
    statuses = dict(Assessment.objects.values_list("pk", "review_status"))
    assert statuses == {
        world.gdp.pk: "proposed", world.revenue.pk: "proposed",
        world.industry.pk: "confirmed", world.unemployment.pk: "confirmed",
    }
    html = response.content.decode()
    assert "Bulk confirm: 2 confirmed, 0 changed by someone else" in html
    assert response.redirect_chain[-1][0].endswith("?verdict=met")


def test_bulk_confirm_without_a_selection_says_so(reviewer_client, world):
    html = reviewer_client.post(reverse("review:bulk"), {"action": "confirm"}, follow=True).content.decode()
    assert "Select at least one item." in html


# The item page


def test_the_item_page_shows_both_quotes_in_their_paragraphs(reviewer_client, world):
    html = reviewer_client.get(_item_url(world.gdp)).content.decode()
    assert "今年经济社会发展的主要预期目标是：<mark>地区生产总值增长6%左右</mark>，规模以上工业增加值" in html
    assert "全区实现地区生产总值1580亿元、<mark>增长5.8%</mark>，规模以上" in html
    assert "approx_narrow_miss" in html and "-0.2" in html and "0.90" in html
    assert "实现上述目标" not in html, "only the quote's own paragraph is shown"


def test_the_item_page_offers_the_other_candidate_outcomes(reviewer_client, world):
    html = reviewer_client.get(_item_url(world.gdp)).content.decode()
    candidates = re.findall(r'name="outcome" value="(\d+)"', html)
    assert {int(pk) for pk in candidates} == {world.gdp.outcome_id, world.gdp_final.pk, world.gdp_level.pk}


def test_a_decision_opens_the_next_item_of_the_filtered_queue(reviewer_client, world):
    response = reviewer_client.post(_item_url(world.revenue, "confirm") + "?verdict=met", PAGE)
    assert response["Location"] == _item_url(world.industry) + "?verdict=met"
    response = reviewer_client.post(_item_url(world.unemployment, "confirm") + "?verdict=met", PAGE)
    assert response["Location"] == reverse("review:queue") + "?verdict=met"


def test_an_edit_stays_on_the_item_and_shows_in_the_history(reviewer_client, world):
    target = world.gdp.target
    data = {"version": 1, "indicator": target.indicator_id, "period_start": 2023, "period_end": 2023,
            "kind": "growth", "value": "5.5", "value_high": "", "unit": "%", "qualifier": "approx"}
    caution = reviewer_client.post(_item_url(world.gdp, "edit-target"), data)
    assert caution.status_code == 200 and Target.objects.get(pk=target.pk).value == 6, "nothing saved yet"
    assert cautions.VALUE_NOT_IN_QUOTE.format(quote=target.quote, value="5.5", unit="%", numbers="6") in caution.content.decode()
    response = reviewer_client.post(_item_url(world.gdp, "edit-target"), {**data, "acknowledged": "on"})
    assert response["Location"] == _item_url(world.gdp)
    html = reviewer_client.get(_item_url(world.gdp)).content.decode()
    assert "Target values saved" in html
    assert "<code>value</code>: 6.0000 → 5.5" in html or "<code>value</code>: 6 → 5.5" in html
    assert "rita" in html


def test_a_stale_form_is_refused_with_the_fresh_state(reviewer_client, world, other_reviewer):
    services.assessment_set_verdict(
        assessment_id=world.gdp.pk, seen=seen(world.gdp), verdict="met", note="final figure 6.1%", user=other_reviewer
    )
    response = reviewer_client.post(_item_url(world.gdp, "confirm"), PAGE)
    assert response.status_code == 409
    html = response.content.decode()
    assert STALE_VERSION in html
    assert 'id="version">2<' in html and 'name="version" value="2"' in html
    assert "final figure 6.1%" in html
    assert Assessment.objects.get(pk=world.gdp.pk).review_status == "overridden"


def test_setting_the_verdict_without_a_note_is_refused(reviewer_client, world):
    response = reviewer_client.post(_item_url(world.gdp, "verdict"), {**PAGE, "verdict": "met", "note": ""})
    assert response.status_code == 400
    assert NOTE_REQUIRED in response.content.decode()
    assert Assessment.objects.get(pk=world.gdp.pk).verdict == "missed"


@pytest.mark.parametrize(
    "action, data, check",
    [
        ("reject", {"note": "wrong figure"}, lambda a: a.outcome_id is None and a.verdict == "not_reported"),
        ("verdict", {"verdict": "met", "note": "6.1% final"}, lambda a: a.verdict == "met" and a.method == "manual"),
        ("flag", {"flagged": "on"}, lambda a: a.flagged_miss),
        ("note", {"note": "asked the 统计局"}, lambda a: "asked the 统计局" in a.note),
    ],
)
def test_each_action_goes_through(reviewer_client, world, action, data, check):
    response = reviewer_client.post(_item_url(world.gdp, action), {**PAGE, **data})
    assert response.status_code == 302
    assert check(Assessment.objects.get(pk=world.gdp.pk))


def test_choose_another_outcome(reviewer_client, world):
    response = reviewer_client.post(_item_url(world.gdp, "choose"), {**PAGE, "outcome": world.gdp_final.pk})
    assert response.status_code == 302
    assert Assessment.objects.get(pk=world.gdp.pk).outcome_id == world.gdp_final.pk


def test_an_unknown_action_or_item_is_not_found(reviewer_client, world):
    assert reviewer_client.post(_item_url(world.gdp, "delete"), PAGE).status_code == 404
    assert reviewer_client.get(reverse("review:assessment", args=[999_999])).status_code == 404


# Target and outcome pages


def test_the_fact_pages_query_count_does_not_grow(reviewer_client, world, reviewer, django_assert_max_num_queries):
    _more_items(world, 30)
    services.target_confirm(target_id=world.gdp.target_id, version=1, user=reviewer)
    with django_assert_max_num_queries(8):
        assert reviewer_client.get(reverse("review:targets")).status_code == 200
    with django_assert_max_num_queries(12):  # with the last decision to undo and the likely duplicates
        assert reviewer_client.get(reverse("review:target", args=[world.gdp.target_id])).status_code == 200


def test_fact_pages_and_actions(reviewer_client, world):
    outcome = world.gdp_final
    html = reviewer_client.get(reverse("review:outcomes")).content.decode()
    assert reverse("review:outcome", args=[outcome.pk]) in html
    html = reviewer_client.get(reverse("review:outcome", args=[outcome.pk])).content.decode()
    assert "<mark>地区生产总值增长6.1%</mark>" in html
    response = reviewer_client.post(reverse("review:outcome_act", args=[outcome.pk, "reject"]), {"version": 1})
    assert response.status_code == 302
    outcome.refresh_from_db()
    assert outcome.review_status == "rejected"
    stale = reviewer_client.post(reverse("review:outcome_act", args=[outcome.pk, "confirm"]), {"version": 1})
    assert stale.status_code == 409 and STALE_VERSION in stale.content.decode()


# Speed


def _more_items(world: World, count: int) -> None:
    for index in range(count):
        target = make_target(world.plan, "一般公共预算收入增长5%", indicator="general_budget_revenue", value=5)
        outcome = make_outcome(world.review, "增长6.2%", indicator="general_budget_revenue", value=6.2)
        make_assessment(target, outcome, verdict="met", gap=1.2, confidence=0.5 + index / 100, rule="exact", reason="ok")


def test_the_queue_page_query_count_does_not_grow(reviewer_client, world, django_assert_max_num_queries):
    _more_items(world, 30)
    with django_assert_max_num_queries(10):
        assert reviewer_client.get(reverse("review:queue")).status_code == 200


def test_the_item_page_query_count_does_not_grow(reviewer_client, world, reviewer, django_assert_max_num_queries):
    _more_items(world, 10)
    for version in range(1, 8):
        services.assessment_add_note(assessment_id=world.gdp.pk, version=version, note=f"note {version}", user=reviewer)
    services.assessment_confirm(assessment_id=world.gdp.pk, seen=seen(world.gdp), user=reviewer)
    with django_assert_max_num_queries(13):
        assert reviewer_client.get(_item_url(world.gdp)).status_code == 200


@pytest.mark.parametrize(
    "selected",
    ["²:1:1:1", "1:²:1:1", "٣:1:1:1", "1:1:1:²", f"{'9' * 19}:1:1:1", f"1:{'9' * 10}:1:1", "1:1:1", "1:1:1:1:1", "-1:1:1:1"],
)
def test_bulk_with_a_malformed_or_overflowing_selection_says_so(reviewer_client, world, selected):
    """Regression: ² passed str.isdigit() and then failed int() (500); an id past bigint failed in
    the database."""
    response = reviewer_client.post(reverse("review:bulk"), {"action": "confirm", "selected": [selected]}, follow=True)
    assert response.status_code == 200
    assert MALFORMED_SELECTION in response.content.decode()
    assert set(Assessment.objects.values_list("review_status", flat=True)) == {"proposed"}
