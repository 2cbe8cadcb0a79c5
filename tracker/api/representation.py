"""A faster `to_representation` for the read-only model serializers.

DRF resolves every field of every row through several layers of generic code (source lookup,
callable checks, per-field conversion); on a page of 50 targets with 27 fields that was most of
a request's time, and it made a CSV export of a city crawl. The declared fields stay the single
description of a resource (the OpenAPI document and the CSV columns come from them); this only
compiles, once per serializer, how to read each one:

- the attribute path becomes an `operator.attrgetter`, and a missing link (no jurisdiction, no
  indicator) gives the field's default or None, as DRF does for `default=None, allow_null=True`;
- a field whose DRF conversion returns the stored value unchanged for the types a model hands
  out (text, integers, booleans, choices, JSON, floats) is skipped;
- every other field (dates, numbers, permalinks, nested objects) converts as DRF would.

The output is the same as DRF's; tests/api compare the two.
"""
from __future__ import annotations

import copy
from collections.abc import Callable
from functools import cached_property
from operator import attrgetter

from rest_framework import fields, relations, serializers

# Conversions that return a model's value as it is.
_UNCHANGED = {
    fields.CharField.to_representation,
    fields.IntegerField.to_representation,
    fields.BooleanField.to_representation,
    fields.ChoiceField.to_representation,
    fields.JSONField.to_representation,
    fields.FloatField.to_representation,
}


def _reader(field: fields.Field) -> Callable:
    if field.source == "*":
        return lambda instance: instance
    if isinstance(field, relations.PrimaryKeyRelatedField) and len(field.source_attrs) == 1:
        return attrgetter(f"{field.source}_id")  # the foreign key column: no join needed
    return attrgetter(".".join(field.source_attrs))


def _converter(field: fields.Field) -> Callable | None:
    if isinstance(field, relations.PrimaryKeyRelatedField):
        return None
    return None if type(field).to_representation in _UNCHANGED else field.to_representation


class FastRepresentation:
    """Mixin for a read-only ModelSerializer: same output, compiled field access."""

    @cached_property
    def _compiled(self) -> list[tuple[str, Callable, Callable | None, object]]:
        compiled = []
        for field in self._readable_fields:
            default = None if field.default is fields.empty else field.default
            compiled.append((field.field_name, _reader(field), _converter(field), default))
        return compiled

    def to_representation(self, instance) -> dict:
        row = {}
        for name, read, convert, default in self._compiled:
            try:
                value = read(instance)
            except AttributeError:
                value = default
            row[name] = value if value is None or convert is None else convert(value)
        return row


class ReadSerializer(FastRepresentation, serializers.ModelSerializer):
    """Base of the resources' serializers: read-only, with the compiled representation.

    ModelSerializer introspects the model to build its fields for every instance, that is for
    every request; the built fields are kept per class and copied instead. A shallow copy is
    enough for a plain field (binding only sets attributes of its own, and nothing here writes
    to a field's options); nested serializers are copied deeply, as DRF does."""

    def get_fields(self) -> dict[str, fields.Field]:
        cls = type(self)
        if "_field_templates" not in cls.__dict__:
            cls._field_templates = super().get_fields()
        return {
            name: copy.deepcopy(field) if isinstance(field, serializers.BaseSerializer) else copy.copy(field)
            for name, field in cls._field_templates.items()
        }
