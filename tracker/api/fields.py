"""Serializer fields shared by the resources."""
from decimal import Decimal
from functools import cached_property

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from tracker.public.links import unprefixed_reverse


@extend_schema_field(OpenApiTypes.NUMBER)
class NumberField(serializers.ReadOnlyField):
    """A stored decimal as a JSON number: 6.9, not the column's "6.9000".

    Values keep the unit as written in the report (1.3 with unit 万亿斤), so they are small
    enough that a double holds every digit the database keeps."""

    def to_representation(self, value: Decimal | None) -> float | None:
        return None if value is None else float(value)


@extend_schema_field(OpenApiTypes.BOOL)
class ProvisionalField(serializers.ReadOnlyField):
    """True for machine output no reviewer has confirmed yet: cite it only as provisional."""

    def __init__(self, statuses: tuple[str, ...], **kwargs):
        self.statuses = statuses
        kwargs.setdefault("source", "review_status")
        kwargs.setdefault("help_text", "True for machine output that no reviewer has confirmed yet.")
        super().__init__(**kwargs)

    def to_representation(self, value: str) -> bool:
        return value in self.statuses


@extend_schema_field(OpenApiTypes.URI)
class PermalinkField(serializers.ReadOnlyField):
    """The absolute URL of the item whose id the source gives (`pk`, or `report_id`), with an
    optional `#fragment` (an assessment's place on its target's page). Public pages are named
    without a language prefix: the link is stable and opens in its reader's language.

    The URL is reversed once per serializer and the id put in its place, rather than reversed
    for every row: on a list that was a tenth of the request."""

    def __init__(self, view_name: str, *, fragment: str = "", **kwargs):
        kwargs.setdefault("source", "pk")
        super().__init__(**kwargs)
        self.view_name = view_name
        self.suffix = f"/#{fragment}" if fragment else "/"

    @cached_property
    def prefix(self) -> str:
        path = unprefixed_reverse(self.view_name, kwargs={"pk": 0})
        request = self.context.get("request")
        url = request.build_absolute_uri(path) if request is not None else path
        return url[: -len("0/")]

    def to_representation(self, value: int) -> str:
        return f"{self.prefix}{value}{self.suffix}"
