"""Admin pages for staff: every model, with the columns, filters and search a reviewer works with.

What review decides goes through the review services here too, so the admin and the review pages
cannot disagree: a target's or an outcome's values are saved by target_edit / outcome_edit with
the version the change form was opened at (a form opened before someone else's decision is
refused, never saved over it); an assessment is read-only here and decided on its review page
or by the bulk actions; a missed target or outcome is added from the report text on the review
pages, where its quote and span come from the text.
"""
from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from tracker.models import Assessment, DocumentImport, Indicator, Jurisdiction, Outcome, Report, Target
from tracker.review.access import can_review
from tracker.review.forms import OutcomeValuesForm, TargetValuesForm
from tracker.services import review as services

admin.site.site_header = _("Work report tracker")
admin.site.site_title = _("Work report tracker")
admin.site.index_title = _("Targets, outcomes and verdicts")


@admin.register(Jurisdiction)
class JurisdictionAdmin(admin.ModelAdmin):
    list_display = ["name", "level", "parent", "division_code"]
    list_filter = ["level"]
    search_fields = ["name", "division_code"]
    list_select_related = ["parent"]
    autocomplete_fields = ["parent"]


@admin.register(Indicator)
class IndicatorAdmin(admin.ModelAdmin):
    list_display = ["code", "name_zh", "name_en", "direction", "tolerance", "real_terms"]
    list_filter = ["direction", "real_terms"]
    list_editable = ["direction", "tolerance", "real_terms"]
    search_fields = ["code", "name_zh", "name_en"]


class TargetInline(admin.TabularInline):
    model = Target
    fields = ["indicator", "indicator_text", "period_start", "period_end", "kind", "value", "value_high",
              "unit", "qualifier", "headline", "stretch", "review_status"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True


class OutcomeInline(admin.TabularInline):
    model = Outcome
    fields = ["indicator", "indicator_text", "period_start", "period_end", "kind", "value", "unit",
              "estimate", "cumulative", "scope", "review_status"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True


@admin.register(Report)
class ReportAdmin(admin.ModelAdmin):
    list_display = ["__str__", "jurisdiction", "report_year", "delivered_on", "speaker", "source_kind",
                    "status", "target_count", "imported_at"]
    list_filter = ["report_year", "source_kind", "status", "file_format", "ocr", "jurisdiction__level"]
    search_fields = ["jurisdiction__name", "title", "speaker", "file_name", "sha256"]
    list_select_related = ["jurisdiction"]
    date_hierarchy = "imported_at"
    readonly_fields = ["sha256", "encoding", "file_format", "original_file", "page_starts", "ocr", "ocr_confidence",
                       "import_notes", "extractor_version", "imported_at", "imported_by", "figures_not_stored",
                       "readable_text", "original_text"]
    exclude = ["normalized_text", "skipped_figures"]
    inlines = [TargetInline, OutcomeInline]
    # Addresses typed without a scheme are the web's (https), as Django 6 will assume.
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    @admin.display(description=_("targets"))
    def target_count(self, report: Report) -> int:
        return report.targets.count()

    @admin.display(description=_("figures not stored"))
    def figures_not_stored(self, report: Report):
        """What extraction found but no row could hold (1e22%), each with its reason."""
        if not report.skipped_figures:
            return "—"
        return format_html_join(
            "", "<p>「{}」: {}</p>", ((item["quote"], item["reason"]) for item in report.skipped_figures)
        )

    @admin.display(description=_("normalised text"))
    def readable_text(self, report: Report):
        return format_html(
            '<div style="white-space:pre-wrap;max-height:40em;overflow:auto;font-size:14px;'
            'line-height:1.6;max-width:60em">{}</div>',
            report.normalized_text,
        )


@admin.register(DocumentImport)
class DocumentImportAdmin(admin.ModelAdmin):
    """Scans waiting for OCR, and how each ended; read-only: the importer and the task write them."""

    list_display = ["file_name", "file_format", "page_count", "status", "error", "report", "created_at", "finished_at"]
    list_filter = ["status", "file_format"]
    search_fields = ["file_name", "sha256", "jurisdiction_name"]
    list_select_related = ["report__jurisdiction"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


class FactAdminForm(forms.ModelForm):
    """The values review may correct, plus the version the form was opened at."""

    seen_version = forms.IntegerField(widget=forms.HiddenInput)
    values_form: type[forms.Form]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["seen_version"].initial = self.instance.version

    def clean(self):
        data = super().clean()
        values = self.values_form(data=self.data)
        if not values.is_valid():
            raise ValidationError([error for errors in values.errors.values() for error in errors])
        try:
            self.check_values(values.values())
        except services.ReviewError as refused:
            raise ValidationError(str(refused)) from None
        self.review_values = values.values()
        return data


class TargetAdminForm(FactAdminForm):
    values_form = TargetValuesForm
    check_values = staticmethod(services.check_target_values)


class OutcomeAdminForm(FactAdminForm):
    values_form = OutcomeValuesForm
    check_values = staticmethod(services.check_outcome_values)


class FactAdmin(SimpleHistoryAdmin):
    list_select_related = ["report__jurisdiction", "indicator"]
    search_fields = ["quote", "indicator_text", "report__jurisdiction__name"]
    autocomplete_fields = ["indicator"]
    readonly_fields = ["report", "quote", "start", "end", "indicator_text", "origin", "review_status", "reviewed_by",
                       "reviewed_at", "version", "duplicate_of", "review_page"]
    edit: staticmethod

    def has_add_permission(self, request) -> bool:
        return False  # added from the report text on the review pages (see review_page)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except services.StaleVersion as stale:
            self.message_user(request, str(stale), messages.ERROR)
            return HttpResponseRedirect(request.path)

    def save_model(self, request, obj, form, change) -> None:
        self.edit(
            **{f"{self.model._meta.model_name}_id": obj.pk}, version=form.cleaned_data["seen_version"],
            values=form.review_values, user=request.user,
        )

    def save_related(self, request, form, formsets, change) -> None:
        """Nothing related is edited here; the service saved the row."""

    def log_change(self, request, obj, message):
        """The row's history records the change, by whom and why."""

    @admin.display(description=_("review page"))
    def review_page(self, fact) -> str:
        name = self.model._meta.model_name
        return format_html('<a href="{}">{}</a>', reverse(f"review:{name}", args=[fact.pk]), gettext("decide on the review page"))

    @admin.display(description=_("government"), ordering="report__jurisdiction__name")
    def government(self, fact) -> str:
        return str(fact.report.jurisdiction or "?")

    @admin.display(description=_("period"), ordering="period_start")
    def period_display(self, fact) -> str:
        return fact.period


@admin.register(Target)
class TargetAdmin(FactAdmin):
    form = TargetAdminForm
    edit = staticmethod(services.target_edit)
    list_display = ["government", "period_display", "indicator", "kind", "value", "value_high", "unit",
                    "qualifier", "headline", "stretch", "review_status"]
    list_filter = ["review_status", "kind", "qualifier", "headline", "stretch", "period_start",
                   "indicator", "report__jurisdiction__level"]
    fields = ["review_page", "report", "quote", "start", "end", "indicator_text", "indicator", "period_start",
              "period_end", "kind", "value", "value_high", "unit", "qualifier", "stretch", "headline", "reference",
              "origin", "review_status", "reviewed_by", "reviewed_at", "version", "duplicate_of", "seen_version"]
    readonly_fields = [*FactAdmin.readonly_fields, "reference"]


@admin.register(Outcome)
class OutcomeAdmin(FactAdmin):
    form = OutcomeAdminForm
    edit = staticmethod(services.outcome_edit)
    list_display = ["government", "period_display", "indicator", "kind", "value", "unit", "estimate",
                    "cumulative", "scope", "review_status"]
    list_filter = ["review_status", "kind", "estimate", "cumulative", "period_start", "indicator",
                   "report__jurisdiction__level"]
    fields = ["review_page", "report", "quote", "start", "end", "indicator_text", "indicator", "period_start",
              "period_end", "kind", "value", "unit", "estimate", "cumulative", "scope", "origin", "review_status",
              "reviewed_by", "reviewed_at", "version", "duplicate_of", "seen_version"]
    readonly_fields = [*FactAdmin.readonly_fields, "cumulative"]


@admin.register(Assessment)
class AssessmentAdmin(SimpleHistoryAdmin):
    """Read-only: every field of an assessment is a review decision, taken on its review page or
    by the bulk actions below, all through the review services."""

    list_display = ["government", "period", "indicator", "target_value", "actual_value", "verdict", "gap",
                    "confidence", "review_status", "flagged_miss"]
    list_filter = ["verdict", "review_status", "method", "flagged_miss", "disagreement", "derived",
                   "target__period_start", "target__indicator", "target__report__jurisdiction__level"]
    search_fields = ["target__quote", "target__report__jurisdiction__name", "note"]
    list_select_related = ["target__report__jurisdiction", "target__indicator", "outcome"]
    actions = ["confirm_selected", "reject_selected", "flag_selected"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return obj is None and super().has_change_permission(request)

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    def get_readonly_fields(self, request, obj=None):
        return [field.name for field in Assessment._meta.fields if field.name != "id"] + ["review_page"]

    def _bulk(self, request, queryset, action: str) -> None:
        if not can_review(request.user):
            self.message_user(request, gettext("Only the Reviewers group may decide."), messages.ERROR)
            return
        # The versions as they are now: the changelist shows the values it acts on.
        seen = {
            pk: services.Seen(assessment=version, target=target_version, outcome=outcome_version)
            for pk, version, target_version, outcome_version in queryset.values_list(
                "pk", "version", "target__version", "outcome__version"
            )
        }
        result = services.assessment_bulk(action=action, seen=seen, user=request.user)
        self.message_user(request, gettext("Bulk %(action)s: %(summary)s") % {"action": action, "summary": result.summary},
                          messages.SUCCESS)

    @admin.action(description=_("Confirm selected assessments (awaiting review only)"))
    def confirm_selected(self, request, queryset) -> None:
        self._bulk(request, queryset, "confirm")

    @admin.action(description=_("Reject the linked outcome of the selected assessments"))
    def reject_selected(self, request, queryset) -> None:
        self._bulk(request, queryset, "reject")

    @admin.action(description=_("Flag the selected assessments as misses"))
    def flag_selected(self, request, queryset) -> None:
        self._bulk(request, queryset, "flag")

    @admin.display(description=_("review page"))
    def review_page(self, assessment: Assessment) -> str:
        return format_html('<a href="{}">{}</a>', reverse("review:assessment", args=[assessment.pk]),
                           gettext("decide on the review page"))

    @admin.display(description=_("government"), ordering="target__report__jurisdiction__name")
    def government(self, assessment: Assessment) -> str:
        return str(assessment.target.report.jurisdiction or "?")

    @admin.display(description=_("period"), ordering="target__period_start")
    def period(self, assessment: Assessment) -> str:
        return assessment.target.period

    @admin.display(description=_("indicator"))
    def indicator(self, assessment: Assessment) -> str:
        target = assessment.target
        return target.indicator.code if target.indicator_id else target.indicator_text

    @admin.display(description=_("target"))
    def target_value(self, assessment: Assessment) -> str:
        target = assessment.target
        return f"{target.get_qualifier_display()} {target.value if target.value is not None else ''}{target.unit}"

    @admin.display(description=_("actual"))
    def actual_value(self, assessment: Assessment) -> str:
        outcome = assessment.outcome
        return f"{outcome.value}{outcome.unit}" if outcome else "—"
