"""Decisions beyond confirming, in a real browser: add a target extraction missed by selecting it
in the report text, merge two duplicates, undo a decision, and choose another outcome with the
keyboard alone (with the caution before linking a figure of another period)."""
import re
from decimal import Decimal

import pytest

from review.world import make_target, seen
from tracker.models import Assessment, Indicator, Outcome, Target
from tracker.review import cautions
from tracker.services import review as services

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

MISSED = "居民人均可支配收入增长与经济增长基本同步"

# Selects `quote` inside the element matching `selector` as a reader's drag would: a DOM Range
# over the text nodes, however marks split them.
SELECT = """([selector, quote]) => {
  const block = document.querySelector(selector);
  const index = block.textContent.indexOf(quote);
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let node, seen = 0, started = false;
  while ((node = walker.nextNode())) {
    const length = node.textContent.length;
    if (!started && index < seen + length) { range.setStart(node, index - seen); started = true; }
    if (started && index + quote.length <= seen + length) { range.setEnd(node, index + quote.length - seen); break; }
    seen += length;
  }
  const selection = window.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
}"""


def _url(page, path: str) -> str:
    return page.url.split("/review/")[0] + path


def test_add_a_missed_target_from_a_text_selection(world, reviewer, logged_in):
    page = logged_in("rita", "pw-rita-12345")
    page.goto(_url(page, f"/review/assessments/{world.gdp.pk}/"))

    page.evaluate(SELECT, ["#target .report-text", MISSED])
    page.wait_for_function("document.querySelector('#selection-status').textContent.includes('Selected')")
    page.keyboard.press("a")
    assert page.evaluate("document.activeElement.name") == "add_target-quote"
    assert page.input_value("[name=add_target-quote]") == MISSED
    page.select_option("[name=add_target-indicator]", str(Indicator.objects.get(code="disposable_income").pk))
    page.select_option("[name=add_target-kind]", "relational")
    page.select_option("[name=add_target-qualifier]", "in_step")
    page.fill("[name=add_target-unit]", "")
    page.click("#add_target button[type=submit]")

    page.wait_for_selector(".messagelist")
    added = Target.objects.get(origin="manual")
    assert f"Added target #{added.pk}: {MISSED}" in page.locator(".messagelist").inner_text()
    start = world.plan.normalized_text.index(MISSED)
    assert (added.start, added.end, added.quote, added.report_id) == (start, start + len(MISSED), MISSED, world.plan.pk)
    assessment = Assessment.objects.get(target=added)
    assert page.url.endswith(f"/review/assessments/{assessment.pk}/")
    assert page.locator("#target mark").inner_text() == MISSED


def test_merge_two_duplicates(world, reviewer, logged_in):
    services.assessment_confirm(assessment_id=world.gdp.pk, seen=seen(world.gdp), user=reviewer)
    duplicate = make_target(world.plan, "地区生产总值增长6%左右", indicator="gdp", value=6, qualifier="approx")
    original = world.gdp.target_id
    page = logged_in("rita", "pw-rita-12345")
    page.goto(_url(page, f"/review/targets/{duplicate.pk}/"))

    page.click(f"#merge-{original}")

    page.wait_for_url(re.compile(rf"/review/targets/{original}/"))
    assert f"Merged target #{duplicate.pk} into #{original}." in page.locator(".messagelist").inner_text()
    duplicate = Target.objects.get(pk=duplicate.pk)
    assert (duplicate.review_status, duplicate.duplicate_of_id) == ("rejected", original)
    assert Assessment.objects.get(target_id=original).review_status == "confirmed"
    page.goto(_url(page, f"/review/targets/{duplicate.pk}/"))
    assert f"Merged into target #{original}" in page.locator("#duplicate-of").inner_text()


def test_undo_the_last_decision(world, reviewer, logged_in):
    page = logged_in("rita", "pw-rita-12345")
    page.goto(_url(page, f"/review/assessments/{world.gdp.pk}/"))
    page.keyboard.press("c")
    page.wait_for_url(re.compile(rf"/review/assessments/{world.revenue.pk}/"))
    assert Assessment.objects.get(pk=world.gdp.pk).review_status == "confirmed"
    assert f"confirm assessment #{world.gdp.pk}" in page.locator("#undo-form").inner_text()

    page.keyboard.press("u")

    page.wait_for_selector(f"text=Undone: confirm assessment #{world.gdp.pk}.")
    assert page.url.endswith(f"/review/assessments/{world.revenue.pk}/"), "back where the reviewer was"
    item = Assessment.objects.get(pk=world.gdp.pk)
    assert (item.review_status, item.reviewer, item.version) == ("proposed", None, 3)
    assert Target.objects.get(pk=world.gdp.target_id).review_status == "pending"
    assert page.locator("#undo-form").count() == 0, "nothing left to undo"


def test_choose_another_outcome_by_keyboard_only(world, reviewer, logged_in):
    page = logged_in("rita", "pw-rita-12345")
    page.goto(_url(page, f"/review/assessments/{world.gdp.pk}/"))

    page.keyboard.press("o")
    assert "picking" in page.locator("#candidates").get_attribute("class")
    assert page.evaluate("document.activeElement.value") == str(world.gdp.outcome_id), "starts on the linked one"
    page.keyboard.press("j")
    assert page.evaluate("document.activeElement.value") == str(world.gdp_final.pk)
    page.keyboard.press("Enter")

    page.wait_for_url(re.compile(rf"/review/assessments/{world.revenue.pk}/"))
    item = Assessment.objects.get(pk=world.gdp.pk)
    assert (item.outcome_id, item.verdict, item.review_status) == (world.gdp_final.pk, "met", "overridden")


def test_a_figure_of_another_period_asks_first(world, reviewer, logged_in):
    earlier = Outcome.objects.create(
        report=world.review, indicator=world.gdp_final.indicator, period_start=2022, period_end=2022, kind="growth",
        value=Decimal("6.3"), unit="%", quote="地区生产总值增长6.1%", start=world.gdp_final.start, end=world.gdp_final.end,
    )
    page = logged_in("rita", "pw-rita-12345")
    page.goto(_url(page, f"/review/assessments/{world.gdp.pk}/"))
    page.keyboard.press("o")
    for _ in range(3):
        page.keyboard.press("j")
    assert page.evaluate("document.activeElement.value") == str(earlier.pk)
    page.keyboard.press("Enter")

    page.wait_for_selector("#review-caution")
    expected = cautions.other_period(outcome_id=earlier.pk, outcome_period="2022", target_period="2023")
    assert page.locator("#caution-text").inner_text() == expected
    assert Assessment.objects.get(pk=world.gdp.pk).outcome_id == world.gdp.outcome_id, "nothing linked yet"
    page.keyboard.press("Enter")

    page.wait_for_url(re.compile(rf"/review/assessments/{world.revenue.pk}/"))
    assert Assessment.objects.get(pk=world.gdp.pk).outcome_id == earlier.pk
