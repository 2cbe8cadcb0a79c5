"""Two reviewers deciding on dependent rows at the same moment, on two real PostgreSQL connections.

For every pair of races.ASSESSMENT_DECISIONS and races.FACT_DECISIONS, in both orders, the first decision runs in a transaction held open
after its work is done; the second starts and either waits on a row lock (seen in pg_locks, not
guessed with a sleep) or finishes; then the first commits. Whatever the interleaving: the first
succeeds, the second succeeds or is refused as stale, every decision that reported success is in
the final state, each row's versions only grow, and nothing else (a deadlock, an integrity error)
escapes. PostgreSQL only: SQLite has no row locks and lets one writer in at a time.
"""
import threading
import time
from collections import Counter

import pytest
from django.conf import settings
from django.db import connection, connections, transaction

from review.races import ASSESSMENT_DECISIONS, FACT_DECISIONS, Race, State, fresh_item, history_versions_grow, lost_updates
from review.world import build_world
from tracker.services import review as services
from tracker.services.accounts import reviewer_ensure

pytestmark = [
    pytest.mark.skipif(
        not settings.DATABASES["default"]["ENGINE"].endswith("postgresql"), reason="row locks need PostgreSQL"
    ),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
ROUNDS_PER_ORDER = 2
WAIT_SECONDS = 20


@pytest.fixture
def reviewers(transactional_db):
    world = build_world()
    return world, reviewer_ensure(username="rita", password="pw-rita-12345"), reviewer_ensure(username="otto", password="pw-otto-12345")


def _waiting(pid: int) -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_locks WHERE pid = %s AND NOT granted", [pid])
        return cursor.fetchone()[0] > 0


def _race(item, first: Race, second: Race, first_user, second_user) -> dict[str, str]:
    """Run `first` held open and `second` against it; the outcome of each (ok, stale, refused or
    the exception) and whether the second waited on a lock."""
    done, release, started = threading.Event(), threading.Event(), threading.Event()
    results: dict[str, str] = {}
    second_pid: list[int] = []

    def run(name: str, race: Race, user, hold: bool) -> None:
        try:
            connection.ensure_connection()
            if not hold:
                second_pid.append(connection.connection.info.backend_pid)
                started.set()
            if hold:
                with transaction.atomic():
                    race.call(item, user)
                    done.set()
                    assert release.wait(WAIT_SECONDS), "never released"
            else:
                race.call(item, user)
            results[name] = "ok"
        except services.StaleVersion:
            results[name] = "stale"
        except services.ReviewError:
            results[name] = "refused"
        except Exception as error:  # noqa: BLE001 - anything else is what the test looks for
            results[name] = f"{type(error).__name__}: {error}"
        finally:
            done.set()
            connections.close_all()

    holder = threading.Thread(target=run, args=("first", first, first_user, True))
    holder.start()
    assert done.wait(WAIT_SECONDS)
    other = threading.Thread(target=run, args=("second", second, second_user, False))
    other.start()
    assert started.wait(WAIT_SECONDS)
    deadline = time.monotonic() + WAIT_SECONDS
    while other.is_alive() and not _waiting(second_pid[0]) and time.monotonic() < deadline:
        time.sleep(0.005)
    results["waited"] = "yes" if other.is_alive() else "no"
    release.set()
    for thread in (holder, other):
        thread.join(WAIT_SECONDS)
    return results


@pytest.mark.parametrize("fact_decision", FACT_DECISIONS, ids=lambda race: race.name)
def test_concurrent_decisions_on_dependent_rows_lose_nothing(reviewers, fact_decision: Race):
    world, rita, otto = reviewers
    number = 0
    for decision in ASSESSMENT_DECISIONS:
        tally = Counter()
        for order in ((decision, fact_decision), (fact_decision, decision)):
            for _ in range(ROUNDS_PER_ORDER):
                number += 1
                item = fresh_item(world, number)
                before = State.of(item).versions()
                results = _race(item, *order, rita, otto)
                tally[f"second {results['second']}"] += 1
                tally[f"waited {results['waited']}"] += 1

                assert results["first"] == "ok", results
                assert results["second"] in ("ok", "stale"), results
                succeeded = [race for race, key in zip(order, ("first", "second")) if results[key] == "ok"]
                assert lost_updates(item, succeeded) == [], (order[0].name, order[1].name, results)
                after = State.of(item).versions()
                assert all(b >= a for a, b in zip(before, after)) and history_versions_grow(item)
        rounds = 2 * ROUNDS_PER_ORDER
        print(f"\n{decision.name} / {fact_decision.name}: {rounds} rounds, lost updates 0, {dict(sorted(tally.items()))}")
