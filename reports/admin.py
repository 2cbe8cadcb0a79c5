"""Admin for generated reports: browse every version, and generate on demand through the service
(the schedule itself is edited under Periodic tasks, django-celery-beat's admin). Generating
takes the reports.generate permission (the Reviewers group has it) and is rate-limited."""
from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from reports.models import GeneratedReport, ReportKind
from reports.rendering import FORMATS
from reports.scopes import Scope
from reports.services import generated_report_generate
from tracker.models import Indicator, Jurisdiction, Level
from tracker.throttling import ClientThrottle, throttle_response

GENERATE_PERMISSION = "reports.generate"
NO_GENERATE_PERMISSION = _("Generating reports needs the “Can generate reports on demand” permission.")


class GenerateForm(forms.Form):
    """One scope to generate now; which fields a kind needs is checked by Scope itself."""

    kind = forms.ChoiceField(label=_("kind"), choices=ReportKind.choices)
    jurisdiction = forms.ModelChoiceField(Jurisdiction.objects.all(), required=False, label=_("government"),
                                          help_text=_("The government; for a league, the parent of those ranked"))
    level = forms.ChoiceField(label=_("level"), choices=[("", "—")] + Level.choices, required=False,
                              help_text=_("League only: rank every government of this level instead"))
    year = forms.IntegerField(label=_("year"), required=False, min_value=1949, max_value=2100)
    indicator = forms.ModelChoiceField(Indicator.objects.all(), required=False, to_field_name="code",
                                       label=_("indicator"))
    formats = forms.MultipleChoiceField(label=_("formats"), choices=[(fmt, fmt) for fmt in FORMATS], initial=list(FORMATS),
                                        widget=forms.CheckboxSelectMultiple)

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        try:
            data["scope"] = Scope(
                data["kind"],
                data["jurisdiction"].pk if data.get("jurisdiction") else None,
                data.get("year"),
                data["indicator"].code if data.get("indicator") else "",
                data.get("level") or "",
            )
        except ValueError as error:
            raise forms.ValidationError(str(error)) from None
        return data


@admin.register(GeneratedReport)
class GeneratedReportAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "year", "target_count", "provisional", "files", "short_checksum", "created_at"]
    list_filter = ["kind", "year", "provisional", "jurisdiction__level"]
    search_fields = ["title", "jurisdiction__name", "scope_key", "inputs_checksum"]
    list_select_related = ["jurisdiction", "indicator"]
    date_hierarchy = "created_at"
    readonly_fields = [field.name for field in GeneratedReport._meta.fields]
    actions = ["regenerate"]

    def has_add_permission(self, request):
        return False  # reports are generated, not typed in: see "Generate reports"

    @admin.display(description=_("files"))
    def files(self, report: GeneratedReport):
        return format_html_join(" ", '<a href="{}">{}</a>', ((url, fmt.upper()) for fmt, url in report.file_links))

    @admin.display(description=_("inputs"), ordering="inputs_checksum")
    def short_checksum(self, report: GeneratedReport):
        return format_html("<code>{}</code>", report.inputs_checksum[:12])

    def has_generate_permission(self, request) -> bool:
        return request.user.has_perm(GENERATE_PERMISSION)

    def changelist_view(self, request, extra_context=None):
        extra_context = {**(extra_context or {}), "can_generate": self.has_generate_permission(request)}
        return super().changelist_view(request, extra_context)

    @admin.action(
        description=_("Generate the selected reports again now (skipped where the inputs are unchanged)"),
        permissions=["generate"],
    )
    def regenerate(self, request, queryset):
        generated = unchanged = 0
        for scope in {report.scope for report in queryset.select_related("indicator")}:
            _, created = generated_report_generate(scope=scope, formats=FORMATS)
            generated += created
            unchanged += not created
        self.message_user(request, gettext("%(generated)s generated, %(unchanged)s unchanged.")
                          % {"generated": generated, "unchanged": unchanged}, messages.SUCCESS)

    def get_urls(self):
        generate = self.admin_site.admin_view(self.generate_view)
        return [path("generate/", generate, name="reports_generatedreport_generate"), *super().get_urls()]

    def generate_view(self, request):
        """On demand, for a scope that may never have been generated."""
        if not self.has_generate_permission(request):
            raise PermissionDenied(NO_GENERATE_PERMISSION)
        form = GenerateForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            throttle = ClientThrottle("report_generate")
            if not throttle.allow_request(request, None):
                return throttle_response(throttle)
            report, created = generated_report_generate(scope=form.cleaned_data["scope"],
                                                        formats=form.cleaned_data["formats"])
            said = gettext("Generated %(title)s") if created else gettext("Unchanged since the last generation: %(title)s")
            self.message_user(request, said % {"title": report.title}, messages.SUCCESS)
            return redirect("admin:reports_generatedreport_changelist")
        context = {**self.admin_site.each_context(request), "form": form, "opts": self.model._meta,
                   "title": gettext("Generate a report")}
        return TemplateResponse(request, "reports/admin_generate.html", context)
