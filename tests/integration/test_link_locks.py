"""Row locks on PostgreSQL: a government being linked is held, so a second linker waits for the
first and finds its assessments instead of creating them again; an import of a report for that
government is not held up (it only references the row).

Each actor is a thread with its own database connection, as two workers would have."""
import threading
from contextlib import contextmanager
from decimal import Decimal

import pytest
from django.db import connection, connections, transaction

from tracker.models import Assessment, Indicator, Jurisdiction, Outcome, Report, Target
from tracker.services.linking import _lock_governments, link_jurisdictions

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
HOLD_SECONDS = 1.0


@pytest.fixture
def government():
    if connection.vendor != "postgresql":
        pytest.skip("row locks are PostgreSQL's; SQLite lets one writer in at a time anyway")
    place = Jurisdiction.objects.create(name="合成省试验市", level="prefecture")
    gdp = Indicator.objects.get(code="gdp")
    plan, review = (
        Report.objects.create(jurisdiction=place, report_year=year, original_text="合成", normalized_text="合成",
                              sha256=f"{year:064d}")
        for year in (2023, 2024)
    )
    Target.objects.create(report=plan, indicator=gdp, period_start=2023, period_end=2023, kind="growth",
                          value=Decimal("5"), unit="%", qualifier="at_least", quote="地区生产总值增长5%以上",
                          start=0, end=11)
    Outcome.objects.create(report=review, indicator=gdp, period_start=2023, period_end=2023, kind="growth",
                           value=Decimal("5.4"), unit="%", quote="地区生产总值增长5.4%", start=0, end=11)
    return place


def _in_thread(work) -> tuple[threading.Thread, dict]:
    done: dict = {}

    def run():
        try:
            done["value"] = work()
        except Exception as error:  # reported to the test, not lost in the thread
            done["error"] = error
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    return thread, done


@contextmanager
def _locked_by_another_worker(government, *, then=lambda: None):
    """Another connection holds the government's linking lock until the block ends, then runs
    `then` in the same transaction; yields what that thread returns once it is done."""
    locked, release = threading.Event(), threading.Event()

    def holder():
        with transaction.atomic():
            _lock_governments([government.pk])
            locked.set()
            release.wait(10)
            return then()

    thread, done = _in_thread(holder)
    assert locked.wait(10)
    try:
        yield done
    finally:
        release.set()
        thread.join(10)


def test_a_second_linker_waits_for_the_first_and_creates_nothing_twice(government):
    def link():
        return link_jurisdictions(jurisdiction_ids=[government.pk])

    with _locked_by_another_worker(government, then=link) as first_done:
        second, second_done = _in_thread(link)
        second.join(HOLD_SECONDS)
        assert second.is_alive(), "the second linker did not wait for the lock"
    second.join(10)
    assert "error" not in first_done and "error" not in second_done, (first_done, second_done)
    assert first_done["value"].created == 1
    assert second_done["value"].created == 0 and second_done["value"].unchanged == 1
    assert Assessment.objects.filter(target__report__jurisdiction=government).count() == 1


def test_a_government_being_linked_still_takes_new_reports(government):
    with _locked_by_another_worker(government):
        importer, imported = _in_thread(lambda: Report.objects.create(
            jurisdiction=government, report_year=2025, original_text="合成", normalized_text="合成", sha256="f" * 64).pk)
        importer.join(HOLD_SECONDS * 5)
        blocked = importer.is_alive()
    importer.join(10)
    assert not blocked, "inserting a report waited for the linking lock"
    assert "value" in imported, imported
