"""The reviewer's day in a real browser: log in, open the queue, confirm by keyboard, edit, read
the history; and two reviewers colliding on one item."""
import re

import pytest

from tracker.models import Assessment, Target
from tracker.services.review import STALE_VERSION

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def _item_path(item) -> str:
    return f"/review/assessments/{item.pk}/"


def test_main_flow_confirm_by_keyboard_edit_and_history(world, reviewer, logged_in):
    page = logged_in("rita", "pw-rita-12345")

    rows = page.locator("table[data-queue] tr[data-row]")
    assert rows.count() == 4
    assert page.locator('[data-count="open"]').inner_text() == "4"

    page.keyboard.press("j")
    assert "active" in rows.first.get_attribute("class")
    page.keyboard.press("o")
    page.wait_for_url(re.compile(re.escape(_item_path(world.gdp))))
    assert page.locator("#target mark").inner_text() == "地区生产总值增长6%左右"
    assert page.locator("#outcome mark").inner_text() == "增长5.8%"
    assert "c confirm" in page.locator("#shortcuts").inner_text()
    page.keyboard.press("?")
    assert "open" in page.locator("#shortcuts").get_attribute("class")

    page.keyboard.press("c")
    page.wait_for_url(re.compile(re.escape(_item_path(world.revenue))))
    assert f"Confirmed: assessment #{world.gdp.pk}." in page.locator(".messagelist").inner_text()
    assert Assessment.objects.get(pk=world.gdp.pk).review_status == "confirmed"

    page.keyboard.press("e")
    assert page.locator("#edit-target").get_attribute("open") is not None
    assert page.evaluate("document.activeElement.id") == "edit_target-indicator"
    page.fill("#edit_target-value", "6.5")
    page.click("#edit-target button[type=submit]")
    page.wait_for_selector("#review-caution")
    assert "does not state 6.5%" in page.locator("#caution-text").inner_text()
    assert page.evaluate("document.activeElement.id") == "caution-go"
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(re.escape(_item_path(world.revenue)) + "$"))
    assert "Target values saved" in page.locator(".messagelist").inner_text()
    assert Target.objects.get(pk=world.revenue.target_id).value == 6.5
    assert page.locator("#verdict").inner_text() == "missed"

    history = page.locator("#history").inner_text()
    assert "rita" in history
    assert "value: 5 → 6.5" in history.replace("5.0000", "5")
    assert "verdict: met → missed" in history


def test_two_reviewers_on_one_item_the_second_is_refused_with_the_fresh_state(world, reviewer, other_reviewer, logged_in):
    rita = logged_in("rita", "pw-rita-12345")
    otto = logged_in("otto", "pw-otto-12345")
    for page in (rita, otto):
        page.goto(page.url.split("/review/")[0] + _item_path(world.gdp))

    otto.keyboard.press("m")
    otto.wait_for_selector("text=Miss flag updated")

    rita.keyboard.press("c")
    rita.wait_for_selector("#review-error")
    assert rita.locator("#review-error").inner_text() == STALE_VERSION
    assert "flagged as a miss" in rita.locator("#flagged").inner_text()
    assert rita.locator("#version").inner_text() == "2"
    assert Assessment.objects.get(pk=world.gdp.pk).review_status == "proposed"

    rita.keyboard.press("c")
    rita.wait_for_url(re.compile(re.escape(_item_path(world.revenue))))
    item = Assessment.objects.get(pk=world.gdp.pk)
    assert (item.review_status, item.flagged_miss, item.reviewer.username) == ("confirmed", True, "rita")


def test_bulk_confirm_in_the_browser(world, reviewer, logged_in):
    page = logged_in("rita", "pw-rita-12345")
    page.check(f'input[value="{world.industry.pk}:1:1:1"]')
    page.check(f'input[value="{world.unemployment.pk}:1:1:1"]')
    page.click("#bulk-confirm")
    page.wait_for_selector(".messagelist")
    assert "Bulk confirm: 2 confirmed" in page.locator(".messagelist").inner_text()
    statuses = dict(Assessment.objects.values_list("pk", "review_status"))
    assert [pk for pk, status in statuses.items() if status == "confirmed"] == sorted([world.industry.pk, world.unemployment.pk])
