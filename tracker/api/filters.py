"""Filters shared by the resources: which government, which year or period.

Each resource's FilterSet sits in its own module; these are the pieces several of them use."""
from __future__ import annotations

import re

import django_filters
from django import forms
from django.db.models import Q, QuerySet
from drf_spectacular.utils import extend_schema_field

from tracker.models import Level
from tracker.selectors.catalog import jurisdiction_ids

PERIOD_PATTERN = r"^[0-9]{4}(-[0-9]{4})?$"
BAD_PERIOD = "A period is a year (2021) or a span of years (2021-2025)."

JURISDICTION_HELP = (
    "A government, by its id or its full name (重庆市江北区) or an alias. "
    "An unknown name matches nothing."
)
DESCENDANTS_HELP = "With jurisdiction: include every government below it (a city's districts)."
LEVEL_HELP = "The government's level."
YEAR_HELP = "The year of the report the row comes from (the plan year for targets)."
PERIOD_HELP = "The period a figure covers, matched exactly: a year (2021) or a span (2021-2025)."


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


# Text filters refuse a NUL character (400, as Django's form fields do); the schema says so.
NO_NUL_PATTERN = r"^[^\x00]*$"


class TextFilter(django_filters.CharFilter):
    """A text filter whose OpenAPI description states which strings it accepts."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        schema = {"type": "string", "pattern": NO_NUL_PATTERN, "description": kwargs.get("help_text", "")}
        extend_schema_field(schema)(self)


# Ids and years are refused (400) beyond what the columns hold, before a database driver chokes.
MAX_ID = 2**63 - 1
MAX_YEAR = 32767


class IntegerFilter(django_filters.NumberFilter):
    """A whole number within the column's range: years and ids are never 2021.5."""

    field_class = forms.IntegerField

    def __init__(self, *args, maximum: int = MAX_ID, **kwargs):
        super().__init__(*args, min_value=0, max_value=maximum, **kwargs)
        schema = {"type": "integer", "minimum": 0, "maximum": maximum, "description": kwargs.get("help_text", "")}
        extend_schema_field(schema)(self)  # the bounds, in the OpenAPI document too


class ApiFilterSet(django_filters.FilterSet):
    """django-filter builds a new form class from the filters on every request; the filters of
    a FilterSet never change at run time, so its form class is built once."""

    def get_form_class(self):
        cls = type(self)
        if "_form_class" not in cls.__dict__:
            cls._form_class = super().get_form_class()
        return cls._form_class


class GovernmentFilterSet(ApiFilterSet):
    """`jurisdiction` and `include_descendants`, for a model that reaches its government through
    `jurisdiction_path`."""

    jurisdiction_path = "report__jurisdiction"

    jurisdiction = TextFilter(method="filter_jurisdiction", help_text=JURISDICTION_HELP)
    include_descendants = django_filters.BooleanFilter(method="filter_descendants", help_text=DESCENDANTS_HELP)

    def filter_jurisdiction(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        ids = jurisdiction_ids(key=value, include_descendants=bool(self.form.cleaned_data.get("include_descendants")))
        return queryset.filter(Q(**{f"{self.jurisdiction_path}__in": ids}))

    def filter_descendants(self, queryset: QuerySet, name: str, value: bool) -> QuerySet:
        """Read by filter_jurisdiction: on its own it selects nothing."""
        return queryset


def _lookup(path: str, field: str) -> str:
    return f"{path}__{field}" if path else field


def level_filter(path: str = "") -> django_filters.ChoiceFilter:
    """The level of the government reached through `path` ('' for a Jurisdiction itself)."""
    return django_filters.ChoiceFilter(field_name=_lookup(path, "level"), choices=Level.choices, help_text=LEVEL_HELP)


def year_filter(path: str = "") -> IntegerFilter:
    """The year of the report reached through `path` ('' for a Report itself)."""
    return IntegerFilter(field_name=_lookup(path, "report_year"), maximum=MAX_YEAR, help_text=YEAR_HELP)


class StableOrderingFilter(django_filters.OrderingFilter):
    """?ordering=..., with a unique key last (the id by default) so that pages never overlap or
    skip a row."""

    def __init__(self, *args, unique: tuple[str, ...] = ("pk",), **kwargs):
        super().__init__(*args, **kwargs)
        self.unique = unique

    def filter(self, qs: QuerySet, value: list[str] | None) -> QuerySet:
        ordering = [self.get_ordering_value(param) for param in value or () if param]  # "year," has an empty key
        if not ordering:
            return qs
        return qs.order_by(*ordering, *self.unique)
