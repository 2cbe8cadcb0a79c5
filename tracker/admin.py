"""Admin pages for staff: every model, with the columns, filters and search a reviewer works with."""
from django.contrib import admin, messages
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from tracker.models import Assessment, DocumentImport, Indicator, Jurisdiction, Outcome, Report, Target
from tracker.review.access import can_review
from tracker.services.review import admin_change_record, assessment_bulk_confirm

admin.site.site_header = "Work report tracker"
admin.site.site_title = "Work report tracker"
admin.site.index_title = "Targets, outcomes and verdicts"


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
                       "import_notes", "extractor_version", "imported_at", "imported_by", "readable_text", "original_text"]
    exclude = ["normalized_text"]
    inlines = [TargetInline, OutcomeInline]

    @admin.display(description="targets")
    def target_count(self, report: Report) -> int:
        return report.targets.count()

    @admin.display(description="normalised text")
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


class FactAdmin(SimpleHistoryAdmin):
    list_select_related = ["report__jurisdiction", "indicator"]
    search_fields = ["quote", "indicator_text", "report__jurisdiction__name"]
    autocomplete_fields = ["indicator"]
    readonly_fields = ["report", "quote", "start", "end", "origin", "reviewed_by", "reviewed_at", "version"]

    def save_model(self, request, obj, form, change) -> None:
        admin_change_record(instance=obj, user=request.user)

    @admin.display(description="government", ordering="report__jurisdiction__name")
    def government(self, fact) -> str:
        return str(fact.report.jurisdiction or "?")

    @admin.display(description="period", ordering="period_start")
    def period_display(self, fact) -> str:
        return fact.period


@admin.register(Target)
class TargetAdmin(FactAdmin):
    list_display = ["government", "period_display", "indicator", "kind", "value", "value_high", "unit",
                    "qualifier", "headline", "stretch", "review_status"]
    list_filter = ["review_status", "kind", "qualifier", "headline", "stretch", "period_start",
                   "indicator", "report__jurisdiction__level"]


@admin.register(Outcome)
class OutcomeAdmin(FactAdmin):
    list_display = ["government", "period_display", "indicator", "kind", "value", "unit", "estimate",
                    "cumulative", "scope", "review_status"]
    list_filter = ["review_status", "kind", "estimate", "cumulative", "period_start", "indicator",
                   "report__jurisdiction__level"]


@admin.register(Assessment)
class AssessmentAdmin(SimpleHistoryAdmin):
    list_display = ["government", "period", "indicator", "target_value", "actual_value", "verdict", "gap",
                    "confidence", "review_status", "flagged_miss"]
    list_filter = ["verdict", "review_status", "method", "flagged_miss", "disagreement", "derived",
                   "target__period_start", "target__indicator", "target__report__jurisdiction__level"]
    search_fields = ["target__quote", "target__report__jurisdiction__name", "note"]
    list_select_related = ["target__report__jurisdiction", "target__indicator", "outcome"]
    raw_id_fields = ["target", "outcome"]
    readonly_fields = ["reviewer", "reviewed_at", "version", "ruleset_version", "updated_at"]
    actions = ["confirm_selected"]

    def save_model(self, request, obj, form, change) -> None:
        admin_change_record(instance=obj, user=request.user)

    @admin.action(description="Confirm selected assessments (awaiting review only)")
    def confirm_selected(self, request, queryset) -> None:
        if not can_review(request.user):
            self.message_user(request, "Only the Reviewers group may confirm.", messages.ERROR)
            return
        versions = dict(queryset.values_list("pk", "version"))
        result = assessment_bulk_confirm(versions=versions, user=request.user)
        self.message_user(request, f"Bulk confirm: {result.summary}", messages.SUCCESS)

    @admin.display(description="government", ordering="target__report__jurisdiction__name")
    def government(self, assessment: Assessment) -> str:
        return str(assessment.target.report.jurisdiction or "?")

    @admin.display(description="period", ordering="target__period_start")
    def period(self, assessment: Assessment) -> str:
        return assessment.target.period

    @admin.display(description="indicator")
    def indicator(self, assessment: Assessment) -> str:
        target = assessment.target
        return target.indicator.code if target.indicator_id else target.indicator_text

    @admin.display(description="target")
    def target_value(self, assessment: Assessment) -> str:
        target = assessment.target
        return f"{target.get_qualifier_display()} {target.value if target.value is not None else ''}{target.unit}"

    @admin.display(description="actual")
    def actual_value(self, assessment: Assessment) -> str:
        outcome = assessment.outcome
        return f"{outcome.value}{outcome.unit}" if outcome else "—"
