"""Two reviewers acting on the same item at the same moment, on two real database connections.

The first claims the row and holds its transaction open; the second is made to wait on the row
lock (observed in pg_locks, not guessed with a sleep); when the first commits, the second's
conditional UPDATE no longer matches and it is refused. PostgreSQL only: SQLite has no row locks.
"""
import threading
import time

import pytest
from django.conf import settings
from django.db import connection, connections, transaction

from review.world import build_world
from tracker.models import Assessment
from tracker.services import review as services
from tracker.services.accounts import reviewer_ensure

pytestmark = [
    pytest.mark.skipif(
        not settings.DATABASES["default"]["ENGINE"].endswith("postgresql"), reason="row locks need PostgreSQL"
    ),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
WAIT_SECONDS = 10


def _waiting_locks() -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_locks WHERE NOT granted")
        return cursor.fetchone()[0]


def test_two_concurrent_reviewers_cannot_both_win():
    item = build_world().gdp
    reviewer = reviewer_ensure(username="rita", password="pw-rita-12345")
    other_reviewer = reviewer_ensure(username="otto", password="pw-otto-12345")
    first_claimed, release_first = threading.Event(), threading.Event()
    outcomes: dict[str, object] = {}

    def first() -> None:
        try:
            with transaction.atomic():
                services.assessment_set_verdict(
                    assessment_id=item.pk, version=1, verdict="met", note="6.1% final", user=other_reviewer
                )
                first_claimed.set()
                release_first.wait(WAIT_SECONDS)
            outcomes["first"] = "saved"
        finally:
            connections.close_all()

    def second() -> None:
        try:
            services.assessment_confirm(assessment_id=item.pk, version=1, user=reviewer)
            outcomes["second"] = "saved"
        except services.StaleVersion:
            outcomes["second"] = "stale"
        finally:
            connections.close_all()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    threads[0].start()
    assert first_claimed.wait(WAIT_SECONDS)
    threads[1].start()
    deadline = time.monotonic() + WAIT_SECONDS
    while _waiting_locks() == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    release_first.set()
    for thread in threads:
        thread.join(WAIT_SECONDS)

    assert outcomes == {"first": "saved", "second": "stale"}
    item = Assessment.objects.get(pk=item.pk)
    assert (item.verdict, item.review_status, item.reviewer, item.version) == ("met", "overridden", other_reviewer, 2)
