"""/api/v1/changes/ (JSON or CSV) and /api/v1/changes.atom: reviewed corrections, newest first.

Each entry says which figure or verdict changed, from what to what, when, and links to the item,
so a journalist can follow up on a number they cited."""
import datetime

from django import forms
from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_field
from rest_framework import generics, serializers
from rest_framework.exceptions import ValidationError
from rest_framework.mixins import ListModelMixin
from rest_framework.renderers import JSONRenderer

from tracker.models import Indicator
from tracker.selectors.changes import KINDS, ChangeFeed, ChangeRecord, change_fields, change_list

from .atom import AtomRenderer
from .columns import column_label_zh
from .csv import CSVRenderer, column_paths, csv_response, format_cell
from .pagination import CountedPagination
from .params import choice_parser, paging_parsers
from .viewsets import PublicViewMixin


class FieldChangeSerializer(serializers.Serializer):
    field = serializers.CharField()
    before = serializers.JSONField(allow_null=True, help_text="The value before the change.")
    after = serializers.JSONField(allow_null=True, help_text="The value after the change.")


class ChangeSerializer(serializers.Serializer):
    id = serializers.SerializerMethodField(help_text="Stable id of this change.")
    type = serializers.CharField(source="kind", help_text="target, outcome or assessment.")
    item_id = serializers.IntegerField(source="record.id")
    item_url = serializers.SerializerMethodField()
    changed_at = serializers.DateTimeField(source="record.history_date")
    reason = serializers.CharField(source="record.history_change_reason", allow_null=True)
    review_status = serializers.CharField(source="record.review_status", help_text="The status after the change.")
    jurisdiction_name = serializers.SerializerMethodField()
    year = serializers.SerializerMethodField()
    indicator = serializers.SerializerMethodField()
    quote = serializers.SerializerMethodField(help_text="The target's or outcome's quote, as it reads now.")
    changes = serializers.SerializerMethodField()
    title = serializers.SerializerMethodField(help_text="One line for a feed reader.")
    summary = serializers.SerializerMethodField()

    @staticmethod
    def _fact(change: ChangeRecord):
        return change.record.target if change.kind == "assessment" else change.record

    def get_id(self, change: ChangeRecord) -> str:
        return f"{change.kind}-{change.record.history_id}"

    @extend_schema_field(OpenApiTypes.URI)
    def get_item_url(self, change: ChangeRecord) -> str:
        path = reverse(f"api:{change.kind}-detail", args=[change.record.id])
        return self.context["request"].build_absolute_uri(path)

    @extend_schema_field(OpenApiTypes.STR)
    def get_jurisdiction_name(self, change: ChangeRecord) -> str | None:
        jurisdiction = self._fact(change).report.jurisdiction
        return jurisdiction.name if jurisdiction else None

    @extend_schema_field(OpenApiTypes.INT)
    def get_year(self, change: ChangeRecord) -> int | None:
        return self._fact(change).report.report_year

    @extend_schema_field(OpenApiTypes.STR)
    def get_indicator(self, change: ChangeRecord) -> str | None:
        fact = self._fact(change)
        return fact.indicator.code if fact.indicator else fact.indicator_text or None

    def get_quote(self, change: ChangeRecord) -> str:
        return self._fact(change).quote

    @extend_schema_field(FieldChangeSerializer(many=True))
    def get_changes(self, change: ChangeRecord) -> list[dict]:
        return change_fields(change, self.context["indicator_codes"])

    def get_title(self, change: ChangeRecord) -> str:
        """重庆市江北区 2021年 地区生产总值 目标 #12：数值 7 → 6.5: names a reader knows, no codes."""
        fact = self._fact(change)
        report = fact.report
        subject = " ".join(
            part
            for part in (
                report.jurisdiction.name if report.jurisdiction else "",
                f"{report.report_year}年" if report.report_year else "",
                fact.indicator.name_zh if fact.indicator else fact.indicator_text,
                f"{KIND_NAMES[change.kind]} #{change.record.id}",
            )
            if part
        )
        edits = "；".join(
            f"{column_label_zh([item['field']])} {_feed_value(item['before'])} → {_feed_value(item['after'])}"
            for item in self.get_changes(change)
        )
        return f"{subject}：{edits}"

    def get_summary(self, change: ChangeRecord) -> str:
        return f"{self.get_title(change)}。原文：{self._fact(change).quote}"


KIND_NAMES = {"target": "目标", "outcome": "结果", "assessment": "结论"}


def _feed_value(value) -> str:
    return "—" if value in (None, "") else format_cell(value)


BAD_SINCE_FORMAT = "Give a date (2024-03-01) or a time in ISO 8601 (2024-03-01T08:00:00+08:00)."


class ChangeQuery(forms.Form):
    type = forms.ChoiceField(choices=[(kind, kind) for kind in KINDS], required=False)
    since = forms.DateTimeField(required=False, error_messages={"invalid": BAD_SINCE_FORMAT})

    def clean_since(self) -> datetime.datetime | None:
        """In UTC: PostgreSQL refuses offsets beyond ±16 hours, which ISO 8601 allows. A time
        whose UTC falls before year 1 or after 9999 is a valid time; it is taken as the first or
        last moment a datetime holds (everything, or nothing, has changed since)."""
        since = self.cleaned_data["since"]
        if since is None:
            return None
        try:
            return since.astimezone(datetime.UTC)
        except OverflowError:
            edge = datetime.datetime.min if since.year == 1 else datetime.datetime.max
            return edge.replace(tzinfo=datetime.UTC)


PARAMETERS = [
    OpenApiParameter("type", OpenApiTypes.STR, enum=list(KINDS), description="Only corrections of this kind of item."),
    OpenApiParameter("since", OpenApiTypes.DATETIME, description="Only corrections made at or after this time."),
]


class ChangeList(PublicViewMixin, ListModelMixin, generics.GenericAPIView):
    """Reviewed corrections of targets, outcomes and verdicts, newest first."""

    serializer_class = ChangeSerializer
    pagination_class = CountedPagination
    filter_backends = []  # `type` and `since` are read by ChangeQuery
    renderer_classes = [JSONRenderer, CSVRenderer, AtomRenderer]

    def get_serializer_context(self) -> dict:
        return {**super().get_serializer_context(), "indicator_codes": dict(Indicator.objects.values_list("pk", "code"))}

    def query_parsers(self) -> dict:
        paging = paging_parsers(self.pagination_class.max_page_size)
        return {**super().query_parsers(), "type": choice_parser(KINDS), "since": None, **paging}

    def get_queryset(self) -> ChangeFeed:
        query = ChangeQuery(self.request.query_params)
        if not query.is_valid():
            raise ValidationError(query.errors)
        kinds = (query.cleaned_data["type"],) if query.cleaned_data["type"] else KINDS
        return change_list(kinds=kinds, since=query.cleaned_data["since"])

    @extend_schema(parameters=[*PARAMETERS, OpenApiParameter("format", OpenApiTypes.STR, enum=["json", "csv", "atom"])])
    def get(self, request, *args, **kwargs):
        return self.list(request, *args, **kwargs)

    def list(self, request, *args, **kwargs):
        feed = self.get_queryset()
        serializer = self.get_serializer()
        if request.accepted_renderer.format == CSVRenderer.format:
            rows = (serializer.to_representation(change) for change in feed)
            return csv_response(paths=column_paths(serializer), rows=rows, filename="changes.csv", lang=request.query_params.get("lang"))
        page = self.paginate_queryset(feed)
        return self.get_paginated_response(self.get_serializer(page, many=True).data)


class ChangeAtomFeed(ChangeList):
    """The newest page of corrections as an Atom feed (the same as ?format=atom)."""

    renderer_classes = [AtomRenderer]

    @extend_schema(parameters=PARAMETERS)
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)
