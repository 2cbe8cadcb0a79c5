"""The pairs of test_concurrency over HTTP: two reviewers logged in to the live server post their forms
at the same moment (released together by a barrier), with no help from the test to interleave
them. Whatever the server does with them: no response is a 500, every post that succeeded (a
redirect) is in the final state, the other is refused with 409 and the fresh page, and each row's
versions only grow. PostgreSQL only, as test_concurrency: the live server's threads need their
own connections, which the in-memory SQLite test database cannot give them.
"""
import http.cookiejar
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter

import pytest
from django.conf import settings

from review.races import ASSESSMENT_DECISIONS, FACT_DECISIONS, Race, State, fresh_item, history_versions_grow, lost_updates
from review.world import build_world
from tracker.services.accounts import reviewer_ensure

pytestmark = [
    pytest.mark.skipif(
        not settings.DATABASES["default"]["ENGINE"].endswith("postgresql"), reason="concurrent requests need PostgreSQL"
    ),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
ROUNDS = 3
SUCCESS, STALE = 302, 409


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Reviewer:
    """A logged-in browser session without a browser: cookies, the CSRF token, form posts."""

    def __init__(self, base_url: str, username: str, password: str):
        self.base_url = base_url
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies), _NoRedirect)
        self.get("/admin/login/")
        status = self.post("/admin/login/", {"username": username, "password": password, "next": "/review/"})
        assert status == SUCCESS, "login failed"

    def _token(self) -> str:
        return next(cookie.value for cookie in self.cookies if cookie.name == "csrftoken")

    def _open(self, request: urllib.request.Request) -> int:
        try:
            with self.opener.open(request, timeout=30) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code

    def get(self, path: str) -> int:
        return self._open(urllib.request.Request(self.base_url + path))

    def post(self, path: str, data: dict) -> int:
        body = urllib.parse.urlencode({**data, "csrfmiddlewaretoken": self._token()}).encode()
        return self._open(urllib.request.Request(self.base_url + path, data=body))


def _together(posts: list[tuple[Reviewer, str, dict]]) -> list[int]:
    barrier = threading.Barrier(len(posts))
    statuses = [0] * len(posts)

    def post(index: int, reviewer: Reviewer, path: str, data: dict) -> None:
        barrier.wait()
        statuses[index] = reviewer.post(path, data)

    threads = [threading.Thread(target=post, args=(index, *item)) for index, item in enumerate(posts)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return statuses


@pytest.mark.parametrize("fact_decision", FACT_DECISIONS, ids=lambda race: race.name)
def test_two_reviewers_posting_at_once_lose_nothing(live_server, fact_decision: Race):
    world = build_world()
    reviewer_ensure(username="rita", password="pw-rita-12345")
    reviewer_ensure(username="otto", password="pw-otto-12345")
    rita = Reviewer(live_server.url, "rita", "pw-rita-12345")
    otto = Reviewer(live_server.url, "otto", "pw-otto-12345")
    number = 0
    for decision in ASSESSMENT_DECISIONS:
        tally = Counter()
        for _ in range(ROUNDS):
            number += 1
            item = fresh_item(world, number)
            before = State.of(item).versions()
            statuses = _together([(rita, *decision.post(item)), (otto, *fact_decision.post(item))])

            tally.update(str(status) for status in statuses)
            assert set(statuses) <= {SUCCESS, STALE}, (decision.name, fact_decision.name, statuses)
            assert SUCCESS in statuses, "one of the two always goes through"
            succeeded = [race for race, status in zip((decision, fact_decision), statuses) if status == SUCCESS]
            assert lost_updates(item, succeeded) == [], (decision.name, fact_decision.name, statuses)
            after = State.of(item).versions()
            assert all(b >= a for a, b in zip(before, after)) and history_versions_grow(item)
        print(f"\nHTTP {decision.name} / {fact_decision.name}: {ROUNDS} rounds, lost updates 0, 500s 0, statuses {dict(tally)}")
