"""Filters shared by the resources: which government, indicator, year or period, and a search.

Every filter refuses what it does not understand with a message naming what it accepts (the
view puts it under the parameter's name in a 400). List filters take several values, separated
by commas or given as repeated parameters (`verdict=met,missed`). Each resource's FilterSet sits
in its own module; these are the pieces several of them use."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import django_filters
from django import forms
from django.db.models import Q, QuerySet
from django_filters.fields import BaseCSVField
from drf_spectacular.utils import extend_schema_field

from tracker.models import Indicator, Level
from tracker.selectors.catalog import indicator_matches, jurisdiction_matches, jurisdiction_scope
from tracker.selectors.search import text_search

from .params import choice_parser, parse_boolean

PERIOD_PATTERN = r"^[0-9]{4}(-[0-9]{4})?$"
BAD_PERIOD = "A period is a year (2021) or a span of years (2021-2025)."
EMPTY_ITEM = "An empty value in the list: separate values with single commas."
BAD_ORDERING = "%(value)s is not a sort key. Keys: {keys}; a minus sign in front sorts descending (-year)."
BAD_YEAR = "{value!r} is not a year: give four digits (2021)."
NUL_CHARACTER = "The value holds a NUL character."
UNKNOWN_GOVERNMENT = (
    "No government has the id, name or short name {value!r}. "
    "Look it up with /api/v1/jurisdictions/?name=<part of the name>."
)
AMBIGUOUS_GOVERNMENT = "{value!r} names {count} governments: {candidates}. Give the full name or the id."
UNKNOWN_INDICATOR = (
    "No indicator has the code, name or alias {value!r}. Codes: {codes}; names and aliases at /api/v1/indicators/."
)
AMBIGUOUS_INDICATOR = "{value!r} names {count} indicators: {candidates}. Give the code."
CANDIDATES_SHOWN = 10

LIST_HELP = " Several values: separate them with commas, or repeat the parameter."
JURISDICTION_HELP = (
    "A government: its id, full name (重庆市江北区), an alias, or a short name that names only one "
    "government (江北区). An unknown or ambiguous name is refused, listing the candidates." + LIST_HELP
)
INDICATOR_HELP = "An indicator: its code (gdp), Chinese or English name, or an alias (GDP, 地区生产总值)." + LIST_HELP
DESCENDANTS_HELP = "With jurisdiction: include every government below it (a city's districts)."
LEVEL_HELP = "The government's level." + LIST_HELP
YEAR_HELP = (
    "The year of the report the row comes from: for a target the year it was set, which may be a "
    "five-year goal (2021-2025); for an outcome the year after the one it reports. To ask which "
    "figures are about a year, use period." + LIST_HELP
)
PERIOD_HELP = (
    "The period a figure is about, matched exactly: a year (2021) or a span (2021-2025). "
    "Targets for 2021 are period=2021; what 2021 turned out to be is an outcome with period=2021."
)
SEARCH_HELP = (
    "Words to find in the quotes, the indicator as written, indicator names and government names "
    "(地区生产总值, 江北). Matches anywhere, letters in any case."
)

# Text a filter reads is not empty and refuses a NUL character, as Django's form fields do; the
# schema says so. Names of governments and indicators have formats of their own instead
# ("government", "indicator"): any string may be sent, only one that names something is valid.
NO_NUL_PATTERN = r"^[^\x00]*[^\s\x00][^\x00]*$"  # some text, no NUL: blank values are refused
TEXT_SCHEMA = {"type": "string", "minLength": 1, "pattern": NO_NUL_PATTERN}
MAX_ID = 2**63 - 1
MAX_YEAR = 32767


def _text(value: str) -> str:
    if "\x00" in value:
        raise ValueError(NUL_CHARACTER)
    return value


class StrictBooleanField(forms.Field):
    """`true` or `false`, nothing else: `yes`, `1` and `maybe` are refused, not guessed."""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        try:
            return parse_boolean(value)
        except ValueError as error:
            raise forms.ValidationError(str(error)) from None


class StrictBooleanFilter(django_filters.BooleanFilter):
    field_class = StrictBooleanField


class ListField(forms.Field):
    """Comma-separated values, each read by `item`, which raises ValueError with a message."""

    def __init__(self, *, item: Callable[[str], object], **kwargs):
        kwargs.pop("max_length", None)
        super().__init__(**kwargs)
        self.item = item

    def clean(self, value):
        if value in self.empty_values:
            return None
        parts = [part.strip() for part in re.split("[,，]", value)]
        if not all(parts):
            raise forms.ValidationError(EMPTY_ITEM)
        try:
            return list(dict.fromkeys(self.item(part) for part in parts))
        except ValueError as error:
            raise forms.ValidationError(str(error)) from None


class ListFilter(django_filters.BaseInFilter):
    """Rows whose field is any of the values; django-filter and the OpenAPI document see a
    comma-separated list (style form, explode false)."""

    base_field_class = ListField
    field_class = forms.CharField

    def __init__(self, *args, item: Callable[[str], object] = _text, item_schema: dict | None = None, **kwargs):
        super().__init__(*args, item=item, **kwargs)
        schema = item_schema or TEXT_SCHEMA
        extend_schema_field({**schema, "description": kwargs.get("help_text", "")})(self)


def choice_filter(field_name: str, choices: Sequence[tuple[str, str]], help_text: str) -> ListFilter:
    values = [value for value, _ in choices]
    return ListFilter(
        field_name=field_name,
        item=choice_parser(values),
        item_schema={"type": "string", "enum": values},
        help_text=help_text + LIST_HELP,
    )


def _year(value: str) -> int:
    if not re.fullmatch("[0-9]{4}", value):
        raise ValueError(BAD_YEAR.format(value=value))
    return int(value)


class PeriodField(forms.CharField):
    """'2021' -> (2021, 2021); '2021-2025' -> (2021, 2025)."""

    def to_python(self, value):
        value = super().to_python(value)
        if value in self.empty_values:
            return None
        if not re.fullmatch(PERIOD_PATTERN, value):
            raise forms.ValidationError(BAD_PERIOD)
        start, _, end = value.partition("-")
        return int(start), int(end or start)


@extend_schema_field({"type": "string", "pattern": PERIOD_PATTERN, "example": "2021", "description": PERIOD_HELP})
class PeriodFilter(django_filters.Filter):
    """Matches the period of the target or outcome reached through `fact_path` ('' for itself)."""

    field_class = PeriodField

    def __init__(self, *args, fact_path: str = "", **kwargs):
        kwargs.setdefault("help_text", PERIOD_HELP)
        super().__init__(*args, **kwargs)
        self.fact_path = fact_path

    def filter(self, qs: QuerySet, value: tuple[int, int] | None) -> QuerySet:
        if value is None:
            return qs
        start, end = value
        return qs.filter(**{f"{self.fact_path}period_start": start, f"{self.fact_path}period_end": end})


class TextFilter(django_filters.CharFilter):
    """A text filter whose OpenAPI description states which strings it accepts."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        extend_schema_field({**TEXT_SCHEMA, "description": kwargs.get("help_text", "")})(self)


class IntegerFilter(django_filters.NumberFilter):
    """A whole number within the column's range, refused (400) beyond it before a database
    driver chokes: ids are never 2021.5."""

    field_class = forms.IntegerField

    def __init__(self, *args, maximum: int = MAX_ID, **kwargs):
        super().__init__(*args, min_value=0, max_value=maximum, **kwargs)
        schema = {"type": "integer", "minimum": 0, "maximum": maximum, "description": kwargs.get("help_text", "")}
        extend_schema_field(schema)(self)  # the bounds, in the OpenAPI document too


def _candidates(names: list[str]) -> str:
    shown = ", ".join(names[:CANDIDATES_SHOWN])
    return shown if len(names) <= CANDIDATES_SHOWN else f"{shown} and {len(names) - CANDIDATES_SHOWN} more"


def government_id(value: str) -> int:
    matches = jurisdiction_matches(key=_text(value))
    if not matches:
        raise ValueError(UNKNOWN_GOVERNMENT.format(value=value))
    if len(matches) > 1:
        names = [f"{place.name} (id {place.pk})" for place in matches]
        raise ValueError(AMBIGUOUS_GOVERNMENT.format(value=value, count=len(matches), candidates=_candidates(names)))
    return matches[0].pk


def indicator_id(value: str) -> int:
    matches = indicator_matches(key=_text(value))
    if not matches:
        codes = ", ".join(Indicator.objects.order_by("code").values_list("code", flat=True))
        raise ValueError(UNKNOWN_INDICATOR.format(value=value, codes=codes))
    if len(matches) > 1:
        names = [f"{indicator.code} ({indicator.name_zh})" for indicator in matches]
        raise ValueError(AMBIGUOUS_INDICATOR.format(value=value, count=len(matches), candidates=_candidates(names)))
    return matches[0].pk


def indicator_filter(path: str = "") -> ListFilter:
    """The indicator of the target or outcome reached through `path` ('' for itself)."""
    return ListFilter(
        field_name=_lookup(path, "indicator"),
        item=indicator_id,
        item_schema={"type": "string", "format": "indicator"},
        help_text=INDICATOR_HELP,
    )


class ApiFilterSet(django_filters.FilterSet):
    """django-filter builds a new form class from the filters on every request; the filters of
    a FilterSet never change at run time, so its form class is built once."""

    def get_form_class(self):
        cls = type(self)
        if "_form_class" not in cls.__dict__:
            cls._form_class = super().get_form_class()
        return cls._form_class

    @classmethod
    def list_parameters(cls) -> set[str]:
        """The filters that take several values (repeated parameters are joined for them)."""
        return {name for name, flt in cls.base_filters.items() if isinstance(flt, django_filters.BaseCSVFilter)}


class GovernmentFilterSet(ApiFilterSet):
    """`jurisdiction` and `include_descendants`, for a model that reaches its government through
    `jurisdiction_path`."""

    jurisdiction_path = "report__jurisdiction"

    jurisdiction = ListFilter(
        method="filter_jurisdiction",
        item=government_id,
        item_schema={"type": "string", "format": "government"},
        help_text=JURISDICTION_HELP,
    )
    include_descendants = StrictBooleanFilter(method="filter_descendants", help_text=DESCENDANTS_HELP)

    def filter_jurisdiction(self, queryset: QuerySet, name: str, value: list[int]) -> QuerySet:
        descendants = bool(self.form.cleaned_data.get("include_descendants"))
        ids = jurisdiction_scope(ids=value, include_descendants=descendants)
        return queryset.filter(Q(**{f"{self.jurisdiction_path}__in": ids}))

    def filter_descendants(self, queryset: QuerySet, name: str, value: bool) -> QuerySet:
        """Read by filter_jurisdiction: on its own it selects nothing."""
        return queryset


class SearchFilter(TextFilter):
    """`q`: the rows whose quotes (at `quote_paths`) or indicator text mention the words, or whose
    indicator or government is named by them."""

    def __init__(self, *, fact_paths: Sequence[str], jurisdiction_path: str, **kwargs):
        kwargs.setdefault("help_text", SEARCH_HELP)
        super().__init__(**kwargs)
        self.fact_paths = tuple(fact_paths)
        self.jurisdiction_path = jurisdiction_path

    def filter(self, qs: QuerySet, value: str | None) -> QuerySet:
        if not value:
            return qs
        return qs.filter(text_search(value.strip(), fact_paths=self.fact_paths, jurisdiction_path=self.jurisdiction_path))


def _lookup(path: str, field: str) -> str:
    return f"{path}__{field}" if path else field


def level_filter(path: str = "") -> ListFilter:
    """The level of the government reached through `path` ('' for a Jurisdiction itself)."""
    return choice_filter(_lookup(path, "level"), Level.choices, LEVEL_HELP.removesuffix(LIST_HELP))


def year_filter(path: str = "") -> ListFilter:
    """The year of the report reached through `path` ('' for a Report itself)."""
    return ListFilter(
        field_name=_lookup(path, "report_year"),
        item=_year,
        item_schema={"type": "integer", "minimum": 1000, "maximum": 9999},
        help_text=YEAR_HELP,
    )


class OrderingKeysField(BaseCSVField):
    """Sort keys separated by commas; an empty key (`year,,gap`) is refused like any list's."""

    def clean(self, value):
        if value is not None and not all(key.strip() for key in value):
            raise forms.ValidationError(EMPTY_ITEM)
        return super().clean(value)


class StableOrderingFilter(django_filters.OrderingFilter):
    """?ordering=..., with a unique key last (the id by default) so that pages never overlap or
    skip a row. An unknown or empty key is refused, listing the keys."""

    base_field_class = OrderingKeysField

    def __init__(self, *args, unique: tuple[str, ...] = ("pk",), **kwargs):
        super().__init__(*args, **kwargs)
        self.unique = unique
        keys = ", ".join(value for value, _ in self.extra["choices"] if not value.startswith("-"))
        self.extra["error_messages"] = {"invalid_choice": BAD_ORDERING.format(keys=keys)}

    def filter(self, qs: QuerySet, value: list[str] | None) -> QuerySet:
        ordering = [self.get_ordering_value(param) for param in value or ()]
        if not ordering:
            return qs
        return qs.order_by(*ordering, *self.unique)
