"""Headless Chromium (Debian's package, driven by Playwright) against pytest-django's live server.

Playwright's sync API runs an event loop in the test thread, so Django's guard against ORM calls
from async contexts is lifted for these tests. The live server needs a transactional database,
which is flushed after each test; serialized rollback restores the rows the migrations loaded
(indicators, the Reviewers group) before each one. Every transactional test of the suite must
use it: after a plain flush, post_migrate recreates content types that collide with the restored
ones.
"""
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from django.db import connections
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
def browser(django_db_setup):
    if not CHROMIUM.exists():
        pytest.skip("Debian chromium is not installed: run scripts/bootstrap")
    wrappers = {alias: connections[alias] for alias in connections}
    with sync_playwright() as playwright:
        # Starting Playwright leaves this thread in another contextvars context, where Django
        # would open new connection objects without the test database's serialized contents, and
        # serialized rollback would silently restore nothing for every later test. Keep ours.
        for alias, wrapper in wrappers.items():
            connections[alias] = wrapper
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def logged_in(browser, live_server) -> Iterator[Callable]:
    """logged_in(username, password) -> a page of a fresh browser context, logged in through the
    admin login form on its way to the queue. The browser asks for English unless told another
    `locale` (zh-CN is what the reviewers' browsers send)."""
    contexts = []

    def login(username: str, password: str, *, locale: str = "en-US", width: int = 1400):
        context = browser.new_context(viewport={"width": width, "height": 1000}, locale=locale)
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
    """The review world, committed so that the live server sees it."""
    return build_world()


@pytest.fixture
def reviewer(world):
    return reviewer_ensure(username="rita", password="pw-rita-12345")


@pytest.fixture
def other_reviewer(world):
    return reviewer_ensure(username="otto", password="pw-otto-12345")
