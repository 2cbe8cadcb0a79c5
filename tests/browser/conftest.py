"""Headless Chromium (Debian's package, driven by Playwright) against pytest-django's live server.

Playwright's sync API runs an event loop in the test thread, so Django's guard against ORM calls
from async contexts is lifted for these tests. The live server needs a transactional database,
flushed after each test, so a test cannot count on rows the migrations loaded: the world fixture
creates what the pages need (the Reviewers group, the indicators it uses). Serialized rollback
would restore those rows, but it breaks as soon as any non-serialized transactional test flushed
before it (the content types post_migrate recreates collide with the restored ones).
"""
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from review.world import World, build_world
from tracker.services.accounts import reviewer_ensure

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
TIMEOUT_MS = 15_000


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("Debian chromium is not installed: run scripts/bootstrap")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def logged_in(browser, live_server) -> Iterator[Callable]:
    """logged_in(username, password) -> a page of a fresh browser context, logged in through the
    admin login form on its way to the queue."""
    contexts = []

    def login(username: str, password: str):
        context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        page = context.new_page()
        page.goto(f"{live_server.url}/review/")
        assert "/admin/login/" in page.url
        page.fill("#id_username", username)
        page.fill("#id_password", password)
        page.click("input[type=submit]")
        page.wait_for_url(f"{live_server.url}/review/")
        return page

    yield login
    for context in contexts:
        context.close()


@pytest.fixture
def world(transactional_db) -> World:
    """The review world; it also creates the Reviewers group the users below join."""
    return build_world()


@pytest.fixture
def reviewer(world):
    return reviewer_ensure(username="rita", password="pw-rita-12345")


@pytest.fixture
def other_reviewer(world):
    return reviewer_ensure(username="otto", password="pw-otto-12345")
