"""Corrections a journalist who cited a figure needs to know about, read from the change history
that django-simple-history keeps of every Target, Outcome and Assessment.

A history record is a correction when it changed a published field (a value, a period, a
verdict, the linked outcome ...) of a row that is reviewed after the change or was before it,
or when it took a reviewed row back out of publication (rejected, or sent back for re-review).
Plain confirmations and the bookkeeping fields (version, reviewer, timestamps) are not.

Each record is compared with the previous record of the same row by a LAG window in SQL, so a
page of the feed costs a fixed number of queries however long the history is."""
from __future__ import annotations

import datetime
import heapq
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from itertools import islice

from django.db.models import BooleanField, ExpressionWrapper, F, Model, Q, QuerySet, Window
from django.db.models.functions import Lag

from tracker.models import Assessment, Outcome, Target

from .catalog import REPORT_TEXTS
from .visibility import ASSESSMENT_REVIEWED, FACT_REVIEWED

PREVIOUS = "previous_"


@dataclass(frozen=True)
class Tracked:
    """What a correction of one model is: the fields readers see and the statuses that publish."""

    kind: str
    model: type[Model]
    fields: tuple[str, ...]
    reviewed: tuple[str, ...]
    fact_path: str  # how a record reaches the target or outcome that holds report and indicator


TRACKED = (
    Tracked(
        "target",
        Target,
        ("indicator", "indicator_text", "period_start", "period_end", "kind", "value", "value_high", "unit",
         "qualifier", "stretch", "headline", "reference", "quote"),
        FACT_REVIEWED,
        "",
    ),
    Tracked(
        "outcome",
        Outcome,
        ("indicator", "indicator_text", "period_start", "period_end", "kind", "value", "unit", "estimate",
         "cumulative", "scope", "quote"),
        FACT_REVIEWED,
        "",
    ),
    Tracked(
        "assessment",
        Assessment,
        ("outcome", "verdict", "gap", "narrow", "derived_value"),
        ASSESSMENT_REVIEWED,
        "target__",
    ),
)
KINDS = tuple(tracked.kind for tracked in TRACKED)


def _attname(model: type[Model], name: str) -> str:
    return model._meta.get_field(name).attname


def _differs(column: str) -> Q:
    """`column` differs from its previous value, NULL counting as a value of its own.

    Written as less-than or greater-than: Django negates `=` on a nullable column as
    NOT (a = b AND a IS NOT NULL), which is true when both are NULL."""
    previous = f"{PREVIOUS}{column}"
    return (
        Q(**{f"{column}__lt": F(previous)})
        | Q(**{f"{column}__gt": F(previous)})
        | Q(**{f"{column}__isnull": True, f"{previous}__isnull": False})
        | Q(**{f"{column}__isnull": False, f"{previous}__isnull": True})
    )


def _corrections(tracked: Tracked, since: datetime.datetime | None) -> QuerySet:
    history = tracked.model.history.model
    columns = [_attname(tracked.model, name) for name in tracked.fields]
    window = {"partition_by": [F("id")], "order_by": F("history_id").asc()}
    previous = {f"{PREVIOUS}{column}": Window(Lag(column), **window) for column in [*columns, "review_status"]}
    changed = Q()
    for column in columns:
        changed |= _differs(column)
    reviewed = Q(review_status__in=tracked.reviewed)
    was_reviewed = Q(**{f"{PREVIOUS}review_status__in": tracked.reviewed})
    correction = Q(history_type="~") & ((changed & (reviewed | was_reviewed)) | (was_reviewed & ~reviewed))
    if since is not None:
        # Inside the window's condition, not a WHERE: the record before `since` must stay visible to LAG.
        correction &= Q(history_date__gte=since)
    path = tracked.fact_path
    return (
        history.objects.select_related(f"{path}report__jurisdiction", f"{path}indicator")
        .defer(*(f"{path}report__{text}" for text in REPORT_TEXTS))
        .annotate(**previous)
        .annotate(is_correction=ExpressionWrapper(correction, output_field=BooleanField()))
        .filter(is_correction=True)
        .order_by("-history_date", "-history_id")
    )


@dataclass(frozen=True)
class ChangeRecord:
    kind: str
    record: Model

    @property
    def sort_key(self) -> tuple:
        return (self.record.history_date, self.kind, self.record.history_id)


class ChangeFeed:
    """The corrections of the chosen kinds, newest first: a lazy sequence a paginator can count
    and slice, and a CSV export can iterate, merging one ordered query per kind."""

    model = None  # it spans three models; schema generators ask a view's queryset for one

    def __init__(self, querysets: dict[str, QuerySet]):
        self.querysets = querysets

    def count(self) -> int:
        return sum(queryset.count() for queryset in self.querysets.values())

    def __len__(self) -> int:
        return self.count()

    @staticmethod
    def _tagged(kind: str, records: Iterator) -> Iterator[ChangeRecord]:
        for record in records:
            yield ChangeRecord(kind, record)

    def _merge(self, streams: dict[str, Iterator]) -> Iterator[ChangeRecord]:
        tagged = [self._tagged(kind, records) for kind, records in streams.items()]
        return heapq.merge(*tagged, key=lambda change: change.sort_key, reverse=True)

    def __iter__(self) -> Iterator[ChangeRecord]:
        return self._merge({kind: queryset.iterator(chunk_size=1000) for kind, queryset in self.querysets.items()})

    def __getitem__(self, index: slice) -> list[ChangeRecord]:
        start, stop = index.start or 0, index.stop
        heads = {kind: iter(queryset[:stop]) for kind, queryset in self.querysets.items()}
        return list(islice(self._merge(heads), start, stop))


def change_list(*, kinds: tuple[str, ...] = KINDS, since: datetime.datetime | None = None) -> ChangeFeed:
    return ChangeFeed({tracked.kind: _corrections(tracked, since) for tracked in TRACKED if tracked.kind in kinds})


def change_fields(change: ChangeRecord, indicator_codes: dict[int, str]) -> list[dict]:
    """The fields this record changed, each with its value before and after."""
    tracked = next(item for item in TRACKED if item.kind == change.kind)
    record = change.record
    changes = []
    for name in (*tracked.fields, "review_status"):
        column = _attname(tracked.model, name)
        before, after = getattr(record, f"{PREVIOUS}{column}"), getattr(record, column)
        if before != after:
            changes.append(
                {"field": name, "before": _shown(name, before, indicator_codes), "after": _shown(name, after, indicator_codes)}
            )
    return changes


def _shown(name: str, value, indicator_codes: dict[int, str]):
    if isinstance(value, Decimal):
        return float(value)
    if name == "indicator" and value is not None:
        return indicator_codes.get(value, value)
    return value
