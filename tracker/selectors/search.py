"""`q`: rows found by the words of their quotes, the indicator as written, or the names of their
indicator and government.

PostgreSQL's full-text parser splits words at spaces and punctuation, and Chinese puts neither
between words: it would take a whole clause for one word. So the searched text is indexed as
overlapping character pairs (地区生产总值 → 地区 区生 生产 产总 总值) and a query becomes the
phrase of its own pairs, which matches where the query's characters stand in a row, in order:
a substring search answered from a GIN index (migration 0007 creates the SQL function and the
indexes). A query of fewer than two letters or digits has no pair to look up and, like every
search on SQLite (the first-run default), is a case-insensitive substring match instead.
Punctuation is not indexed, so 7%左右 also finds 7％左右."""
from __future__ import annotations

import re
from collections.abc import Sequence

from django.db import connection
from django.db.models import BooleanField, F, Func, Q, Value

from tracker.models import Indicator, Jurisdiction

SEARCHED_FIELDS = ("quote", "indicator_text")


class PairsMatch(Func):
    """quote || ' ' || indicator_text, as pairs, holds the phrase of the query's pairs. The
    text expression is written exactly as in the indexes, so that PostgreSQL uses them."""

    arg_joiner = " || ' ' || "
    template = (
        "to_tsvector('simple'::regconfig, tracker_bigrams(%(expressions)s)) "
        "@@ phraseto_tsquery('simple'::regconfig, tracker_bigrams(%(query)s))"
    )
    output_field = BooleanField()

    def __init__(self, *expressions, query: str):
        super().__init__(*expressions)
        self.query = Value(query)

    def as_sql(self, compiler, connection, **extra):
        query_sql, query_params = compiler.compile(self.query)
        sql, params = super().as_sql(compiler, connection, query=query_sql, **extra)
        return sql, (*params, *query_params)


def _full_text(query: str) -> bool:
    return connection.vendor == "postgresql" and len(re.findall(r"\w", query)) >= 2


def _text_matches(query: str, fact_path: str) -> Q:
    if _full_text(query):
        return Q(PairsMatch(*(F(f"{fact_path}{field}") for field in SEARCHED_FIELDS), query=query))
    matches = Q()
    for field in SEARCHED_FIELDS:
        matches |= Q(**{f"{fact_path}{field}__icontains": query})
    return matches


def _named(values: Sequence[tuple[int, Sequence[str]]], query: str) -> list[int]:
    folded = query.casefold()
    return [pk for pk, names in values if any(folded in name.casefold() for name in names)]


def indicators_named(query: str) -> list[int]:
    rows = Indicator.objects.values_list("pk", "code", "name_zh", "name_en", "aliases")
    return _named([(pk, [code, zh, en, *aliases]) for pk, code, zh, en, aliases in rows], query)


def jurisdictions_named(query: str) -> list[int]:
    """Governments whose name or an alias holds the words; names are matched in the database,
    aliases (a few governments have them) in Python."""
    ids = set(Jurisdiction.objects.filter(name__icontains=query).values_list("pk", flat=True))
    aliased = Jurisdiction.objects.exclude(aliases=[]).values_list("pk", "aliases")
    ids.update(_named(list(aliased), query))
    return sorted(ids)


def text_search(query: str, *, fact_paths: Sequence[str], jurisdiction_path: str) -> Q:
    """The condition for rows that mention `query`. `fact_paths` lead to the targets or
    outcomes whose quotes count ('' for the row itself, 'target__' for an assessment's)."""
    condition = Q()
    indicators = indicators_named(query)
    for path in fact_paths:
        condition |= _text_matches(query, path)
        if indicators:
            condition |= Q(**{f"{path}indicator__in": indicators})
    governments = jurisdictions_named(query)
    if governments:
        condition |= Q(**{f"{jurisdiction_path}__in": governments})
    return condition
