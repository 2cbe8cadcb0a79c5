"""Work split into parts, sent to Celery workers and gathered back in the order it was sent.

This is the commands' ``--queue`` mode. At most IN_FLIGHT parts wait in the broker at a time, so
an archive of 80,000 files never sits in Redis whole, and each result is read (then dropped from
the result backend) in the order its part was sent, so a queued run prints what the serial run
prints, line for line. Workers on any machine that reaches the same PostgreSQL and Redis take
parts the same way: more machines are more workers, not new code.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TypeVar

from celery import current_app
from celery.canvas import Signature

from tracker.services.batches import FAILED, ItemOutcome
from tracker.services.linking import LinkSummary, link_jurisdictions

# Enough parts in flight to keep a few dozen worker processes busy while the oldest is awaited.
IN_FLIGHT = 32
FILES_PER_TASK = 20
REPORTS_PER_TASK = 20
GOVERNMENTS_PER_TASK = 25
NO_BROKER = "no broker is configured (CELERY_BROKER_URL is empty): running inline"
PART_FAILED = "a worker failed on this part ({error}); run the command again to finish it"

Part = TypeVar("Part")


def queue_available() -> bool:
    """A broker is configured: tasks go to workers instead of running inline."""
    return not current_app.conf.task_always_eager


def parts(items: Sequence, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


def fan_out(
    work: Iterable[tuple[Part, Signature]], *, in_flight: int = IN_FLIGHT
) -> Iterator[tuple[Part, Any, Exception | None]]:
    """Send each (part, task signature) and yield (part, result, None), or (part, None, error)
    when the task raised, in the order sent."""
    pending: deque[tuple[Part, Any]] = deque()
    for part, signature in work:
        pending.append((part, signature.apply_async()))
        if len(pending) >= in_flight:
            yield _collect(*pending.popleft())
    while pending:
        yield _collect(*pending.popleft())


def _collect(part, result) -> tuple[Any, Any, Exception | None]:
    try:
        return part, result.get(), None
    except Exception as error:  # the task's own exception, re-raised by Celery here
        return part, None, error
    finally:
        result.forget()


def outcomes_fanned_out(
    items: Sequence, *, size: int, task_for: Callable[[list], Signature]
) -> Iterator[ItemOutcome]:
    """Each item's outcome, in order, from one task per `size` items (`task_for` makes a part's
    signature); the items of a part whose task failed outright fail one by one."""
    work = ((part, task_for(part)) for part in parts(items, size))
    for part, value, error in fan_out(work):
        if error is not None:
            message = PART_FAILED.format(error=error)
            yield from (ItemOutcome(str(item), FAILED, error=message) for item in part)
        else:
            yield from (ItemOutcome.from_message(message) for message in value)


def governments_link(
    jurisdiction_ids: Iterable[int], *, year: int | None = None, queued: bool
) -> Iterator[tuple[list[int], LinkSummary]]:
    """Link these governments, inline or as one task per GOVERNMENTS_PER_TASK governments;
    yields each part with its summary as it completes. A failed part raises RuntimeError."""
    from tracker.tasks import jurisdictions_link

    ids = sorted(set(jurisdiction_ids))
    if not queued:
        yield ids, link_jurisdictions(jurisdiction_ids=ids, year=year)
        return
    work = ((part, jurisdictions_link.s(part, year)) for part in parts(ids, GOVERNMENTS_PER_TASK))
    for part, value, error in fan_out(work):
        if error is not None:
            raise RuntimeError(PART_FAILED.format(error=error))
        yield part, LinkSummary(**value)
