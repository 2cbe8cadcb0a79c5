"""A reviewer whose browser asks for Chinese gets Chinese everywhere: the queue, an item page, a
scorecard, a league table and the admin, with indicators named in Chinese; the switch on the page
turns every one of them to English, and public pages keep the language in their address."""
import re

import pytest

from tests.reports.world import build_world as build_report_world

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def _text(page) -> str:
    return page.locator("body").inner_text()


def test_chinese_from_the_browser_then_english_from_the_switch(world, reviewer, logged_in, live_server):
    reports = build_report_world(reviewer)
    pages = {
        "queue": "/review/",
        "item": f"/review/assessments/{world.gdp.pk}/",
        "scorecard": f"/reports/scorecard/{reports.east.pk}/2023/",
        "league": f"/reports/league/{reports.city.pk}/2023/",
        "admin": "/admin/",
    }
    chinese = {
        "queue": ["审核队列", "判定", "地区生产总值", "左右"],
        "item": ["确认", "人工设定判定", "地区生产总值", "修改记录"],
        "scorecard": ["2023年目标完成情况", "主要预期目标", "地区生产总值", "未完成（差距微小）", "个百分点"],
        "league": ["2023年排行榜", "完成率", "示例省样本市东区"],
        "admin": ["最近动作", "审核队列", "问责报告", "评估"],
    }
    english = {
        "queue": ["Review queue", "verdict", "Gross domestic product", "about (左右)"],
        "item": ["Confirm", "Set the verdict by hand", "Gross domestic product", "History"],
        "scorecard": ["scorecard 2023", "Headline targets", "Gross domestic product", "missed (narrow)", " pp"],
        "league": ["League table 2023", "met rate", "示例省样本市东区"],
        "admin": ["Recent actions", "Review queue", "Accountability reports", "Assessments"],
    }

    page = logged_in("rita", "pw-rita-12345", locale="zh-CN")
    for name, path in pages.items():
        page.goto(live_server.url + path)
        text = _text(page)
        for expected in chinese[name]:
            assert expected in text, (name, expected)
        assert page.locator("html").get_attribute("lang").lower() == "zh-hans", name
        assert "Gross domestic product" not in text, name
    page.goto(live_server.url + pages["scorecard"])
    assert "/zh-hans/reports/scorecard/" in page.url  # the old address went to the reader's language

    page.goto(live_server.url + "/review/")
    page.locator("nav.language-switch button[value=en]").click()
    page.wait_for_load_state()
    for name, path in pages.items():
        page.goto(live_server.url + path)
        text = _text(page)
        for expected in english[name]:
            assert expected in text, (name, expected)
        assert page.locator("html").get_attribute("lang") == "en", name
    page.goto(live_server.url + pages["league"])
    assert "/en/reports/league/" in page.url  # the switch's choice (a cookie) picks the prefix


def test_the_switch_on_a_public_page_changes_its_address(world, reviewer, browser, live_server):
    reports = build_report_world(reviewer)
    context = browser.new_context(locale="zh-CN")
    page = context.new_page()
    page.goto(f"{live_server.url}/zh-hans/reports/scorecard/{reports.west.pk}/2023/")
    assert "2023年目标完成情况" in _text(page)
    # A live report is cached for every reader of its language, so its switch links the other
    # language's address rather than posting a form with one reader's CSRF token.
    page.locator("nav.language-switch a[hreflang=en]").click()
    page.wait_for_url(re.compile(rf"/en/reports/scorecard/{reports.west.pk}/2023/$"))
    assert "scorecard 2023" in _text(page)
    context.close()
