"""Query parameters read strictly: the API never answers a question it did not understand.

A journalist who types `include_unreviewed=yes`, `headline=maybe` or `search=GDP` and gets a 200
with nothing in it concludes there is no data. So every request is checked before anything else:
an unknown parameter, a parameter given twice that takes one value, an empty value, or a value
that does not parse is a 400 whose body names the parameter (`{"headline": ["..."]}`, the shape
DRF uses for every validation error) and says what it accepts.

This module checks the parameters the views read themselves (format, page, page_size, lang,
include_unreviewed); the filters check their own values (tracker/api/filters.py)."""
from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Collection, Mapping

from django.http import QueryDict
from rest_framework.exceptions import ValidationError

UNKNOWN_PARAMETER = "Unknown parameter.{suggestion} Accepted here: {accepted}."
SUGGESTION = " Did you mean {name}?"
REPEATED_PARAMETER = "Given {count} times; it takes one value."
REPEATED_LIST_HINT = " (Values of a list filter may also be given once, separated by commas.)"
EMPTY_VALUE = "Empty value: give a value or leave the parameter out."
BAD_BOOLEAN = "{value!r} is not a boolean: use true or false."
BAD_CHOICE = "{value!r} is not accepted. Accepted values: {accepted}."
BAD_PAGE = "A page is a whole number from 1 up."
BAD_PAGE_SIZE = "A page size is a whole number from 1 to {maximum}."

TRUE, FALSE = "true", "false"
LANGUAGES = ("en", "zh")
# jQuery and others add `_=<timestamp>` to defeat caches; it carries no meaning and is ignored.
IGNORED = frozenset({"_"})
# Names journalists reach for that mean something else here.
SYNONYMS = {"search": "q", "query": "q", "keyword": "q", "government": "jurisdiction", "limit": "page_size"}
# A page past the end is a 404 (no such page); a number longer than this is not a page at all.
MAX_PAGE_DIGITS = 18
_NUMBER = re.compile(rf"[1-9][0-9]{{0,{MAX_PAGE_DIGITS - 1}}}")

Parser = Callable[[str], object]


def parse_boolean(value: str) -> bool:
    """Only the canonical spellings: `yes`, `1` or `True` are refused rather than guessed."""
    if value == TRUE:
        return True
    if value == FALSE:
        return False
    raise ValueError(BAD_BOOLEAN.format(value=value))


def choice_parser(accepted: Collection[str]) -> Parser:
    def parse(value: str) -> str:
        if value not in accepted:
            raise ValueError(BAD_CHOICE.format(value=value, accepted=", ".join(accepted)))
        return value

    return parse


def parse_page(value: str) -> int:
    if not _NUMBER.fullmatch(value):
        raise ValueError(BAD_PAGE)
    return int(value)


def page_size_parser(maximum: int) -> Parser:
    def parse(value: str) -> int:
        if not _NUMBER.fullmatch(value) or int(value) > maximum:
            raise ValueError(BAD_PAGE_SIZE.format(maximum=maximum))
        return int(value)

    return parse


def paging_parsers(max_page_size: int) -> dict[str, Parser]:
    return {"page": parse_page, "page_size": page_size_parser(max_page_size)}


def unknown_message(name: str, accepted: Collection[str]) -> str:
    close = [SYNONYMS[name]] if SYNONYMS.get(name) in accepted else difflib.get_close_matches(name, accepted, n=1)
    suggestion = SUGGESTION.format(name=close[0]) if close else ""
    return UNKNOWN_PARAMETER.format(suggestion=suggestion, accepted=", ".join(sorted(accepted)))


def check_query(query: QueryDict, *, parsers: Mapping[str, Parser | None], lists: Collection[str]) -> None:
    """Refuse the request unless every parameter is one of `parsers` (a parser, or None for one
    a filter checks itself), given once unless it is in `lists`, with a value that parses.

    All problems are reported at once, so a journalist fixes the URL in one go."""
    errors: dict[str, list[str]] = {}
    for name in query:
        if name in IGNORED:
            continue
        if name not in parsers:
            errors[name] = [unknown_message(name, parsers)]
            continue
        values = query.getlist(name)
        if len(values) > 1 and name not in lists:
            errors[name] = [REPEATED_PARAMETER.format(count=len(values))]
            continue
        if any(not value.strip() for value in values):
            errors[name] = [EMPTY_VALUE]
            continue
        parse = parsers[name]
        if parse is None:
            continue
        try:
            parse(values[0])
        except ValueError as error:
            errors[name] = [str(error)]
    if errors:
        raise ValidationError(errors)


def joined_lists(query: QueryDict, lists: Collection[str]) -> QueryDict:
    """`verdict=met&verdict=missed` as `verdict=met,missed`: list filters read one value."""
    if not any(len(query.getlist(name)) > 1 for name in lists):
        return query
    joined = query.copy()
    for name in lists:
        values = query.getlist(name)
        if len(values) > 1:
            joined.setlist(name, [",".join(values)])
    return joined
