"""The discipline of services.decisions: one Decision per decision, rolled back with it, retried
once on a deadlock, rows locked in the fixed order and written once."""
import psycopg
import pytest
from django.db import OperationalError

from tracker.models import Assessment, Decision, Outcome, Target
from review.world import build_world
from tracker.services.accounts import reviewer_ensure
from tracker.services.decisions import Step, decision

pytestmark = pytest.mark.django_db


def _deadlock() -> OperationalError:
    """What Django raises when PostgreSQL aborts a transaction to break a deadlock."""
    error = OperationalError("deadlock detected")
    error.__cause__ = psycopg.errors.DeadlockDetected("deadlock detected")
    return error


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_deadlock_is_retried_once_and_the_failed_attempt_leaves_nothing():
    """Outside any transaction, as a request runs: inside one there is nothing to retry with."""
    world = build_world()
    reviewer = reviewer_ensure(username="rita", password="pw-rita-12345")
    attempts = []

    @decision("test", "assessment #{assessment_id}")
    def flaky(step: Step, *, assessment_id: int) -> int:
        attempts.append(step.decision.pk)
        row = step.lock_one(Assessment, assessment_id)
        step.write(row, reason="test")
        if len(attempts) == 1:
            raise _deadlock()
        return row.version

    assert flaky(assessment_id=world.gdp.pk, user=reviewer) == 2
    assert len(attempts) == 2
    assert list(Decision.objects.values_list("pk", flat=True)) == [attempts[1]]
    assert Assessment.objects.get(pk=world.gdp.pk).version == 2


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_second_deadlock_reaches_the_caller():
    build_world()
    reviewer = reviewer_ensure(username="rita", password="pw-rita-12345")
    @decision("test", "nothing")
    def always(step: Step) -> None:
        raise _deadlock()

    with pytest.raises(OperationalError):
        always(user=reviewer)
    assert not Decision.objects.exists()


def test_other_database_errors_are_not_retried(world, reviewer):
    attempts = []

    @decision("test", "nothing")
    def broken(step: Step) -> None:
        attempts.append(1)
        raise OperationalError("disk full")

    with pytest.raises(OperationalError):
        broken(user=reviewer)
    assert attempts == [1]


def test_rows_are_locked_in_the_fixed_order_and_written_once(world, reviewer):
    @decision("test", "nothing")
    def out_of_order(step: Step) -> None:
        step.lock(Assessment, [world.gdp.pk])
        step.lock(Target, [world.gdp.target_id])

    with pytest.raises(RuntimeError, match="Target rows must be locked before Assessment rows"):
        out_of_order(user=reviewer)

    @decision("test", "nothing")
    def twice(step: Step) -> None:
        outcome = step.lock_one(Outcome, world.gdp_final.pk)
        step.write(outcome, reason="once")
        step.write(outcome, reason="twice")

    with pytest.raises(RuntimeError, match="written twice"):
        twice(user=reviewer)
    assert Outcome.objects.get(pk=world.gdp_final.pk).version == 1
