"""Forms of the review pages. They only parse input; the services decide and enforce the rules.

Every action form carries the version of the row the page was rendered with, which the service
compares against the row as it is now.
"""
from __future__ import annotations

import re

from django import forms
from django.conf import settings
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from tracker.models import Indicator, Kind, Qualifier, SourceKind, Target, Verdict
from tracker.models.facts import FIGURE_LIMIT
from tracker.services.review import NOTE_REQUIRED, OutcomeValues, Seen, TargetValues


def figure_field(**options) -> forms.DecimalField:
    """A number as the columns hold it: 4 places, within ±FIGURE_LIMIT (a database constraint)."""
    return forms.DecimalField(
        max_digits=20, decimal_places=4, min_value=-FIGURE_LIMIT, max_value=FIGURE_LIMIT, **options
    )


class VersionForm(forms.Form):
    version = forms.IntegerField(min_value=1, widget=forms.HiddenInput)


class SeenForm(VersionForm):
    """A decision on an assessment: the versions of the assessment, its target and its outcome
    (empty when none was linked) as the page showed them."""

    target_version = forms.IntegerField(min_value=1, widget=forms.HiddenInput)
    outcome_version = forms.IntegerField(min_value=1, required=False, widget=forms.HiddenInput)

    def seen(self) -> Seen:
        data = self.cleaned_data
        return Seen(assessment=data["version"], target=data["target_version"], outcome=data["outcome_version"])


def seen_initial(assessment) -> dict:
    return {
        "version": assessment.version,
        "target_version": assessment.target.version,
        "outcome_version": assessment.outcome.version if assessment.outcome is not None else None,
    }


class RejectForm(SeenForm):
    note = forms.CharField(label=_("note"), required=False, max_length=2000)


class ChooseOutcomeForm(SeenForm):
    outcome = forms.IntegerField(label=_("outcome"), min_value=1, error_messages={"required": _("Pick one of the candidate outcomes.")})
    note = forms.CharField(label=_("note"), required=False, max_length=2000)
    acknowledged = forms.BooleanField(required=False, widget=forms.HiddenInput)


class VerdictForm(SeenForm):
    verdict = forms.ChoiceField(label=_("verdict"), choices=Verdict.choices)
    gap = figure_field(label=_("gap"), required=False, help_text=_("actual minus target"))
    note = forms.CharField(
        label=_("note"), widget=forms.Textarea(attrs={"rows": 2}), max_length=2000,
        error_messages={"required": _(NOTE_REQUIRED)},
    )


class MergeForm(VersionForm):
    """Merge the row of the page with a duplicate, at the versions both were shown."""

    duplicate = forms.IntegerField(min_value=1, widget=forms.HiddenInput)
    duplicate_version = forms.IntegerField(min_value=1, widget=forms.HiddenInput)


class FlagForm(VersionForm):
    flagged = forms.BooleanField(label=_("flagged"), required=False)


class NoteForm(VersionForm):
    note = forms.CharField(label=_("note"), widget=forms.Textarea(attrs={"rows": 2}), max_length=2000)


class PlainSelect(forms.Select):
    """A select rendered in Python: the indicator menu appears in up to four forms of an item
    page, and the template per option of Django's Select made it the page's slowest part."""

    def render(self, name, value, attrs=None, renderer=None):
        chosen = "" if value is None else str(value)
        options = format_html_join(
            "", '<option value="{}"{}>{}</option>',
            ((key, mark_safe(" selected") if str(key) == chosen else "", label) for key, label in self.choices),
        )
        return format_html("<select name=\"{}\"{}>{}</select>", name, flatatt(self.build_attrs(self.attrs, attrs)), options)


class FactValuesForm(forms.Form):
    """What Target and Outcome share; period as two years (equal for a single year).
    `acknowledged` is set when the reviewer saw the caution about these values and went on."""

    acknowledged = forms.BooleanField(required=False, widget=forms.HiddenInput)

    indicator = forms.ModelChoiceField(
        queryset=Indicator.objects.all(), required=False, empty_label=_("— unresolved —"), widget=PlainSelect,
        label=_("indicator"),
    )
    period_start = forms.IntegerField(label=_("first year"), min_value=1949, max_value=2100)
    period_end = forms.IntegerField(label=_("last year"), min_value=1949, max_value=2100)
    kind = forms.ChoiceField(label=_("kind"), choices=Kind.choices)
    unit = forms.CharField(label=_("unit"), required=False, max_length=20)

    def _common(self) -> dict:
        data = self.cleaned_data
        indicator = data["indicator"]
        return {
            "indicator_id": indicator.pk if indicator else None,
            "period_start": data["period_start"],
            "period_end": data["period_end"],
            "kind": data["kind"],
            "unit": data["unit"],
        }


class TargetValuesForm(FactValuesForm):
    value = figure_field(label=_("value"), required=False)
    value_high = figure_field(required=False, label=_("upper value"))
    qualifier = forms.ChoiceField(label=_("qualifier"), choices=Qualifier.choices)
    stretch = forms.BooleanField(required=False, label=_("stretch (力争/争取)"))
    headline = forms.BooleanField(required=False, label=_("headline (主要预期目标)"))

    field_order = ["indicator", "period_start", "period_end", "kind", "value", "value_high", "unit", "qualifier",
                   "stretch", "headline"]

    def values(self) -> TargetValues:
        data = self.cleaned_data
        return TargetValues(
            **self._common(), value=data["value"], value_high=data["value_high"], qualifier=data["qualifier"],
            stretch=data["stretch"], headline=data["headline"],
        )


class OutcomeValuesForm(FactValuesForm):
    value = figure_field(label=_("value"))
    estimate = forms.BooleanField(required=False, label=_("estimate (预计/初步核算)"))
    scope = forms.CharField(label=_("scope"), required=False, max_length=100, help_text=_("a sub-area; empty for the government itself"))

    field_order = ["indicator", "period_start", "period_end", "kind", "value", "unit", "estimate", "scope"]

    def values(self) -> OutcomeValues:
        data = self.cleaned_data
        return OutcomeValues(**self._common(), value=data["value"], estimate=data["estimate"], scope=data["scope"])


class TargetEditForm(VersionForm, TargetValuesForm):
    pass


class OutcomeEditForm(VersionForm, OutcomeValuesForm):
    pass


class AddFactForm(forms.Form):
    """Where a fact added by hand stands in the report: a selection fills all three fields; a
    typed quote leaves `start` empty and is looked up in the text."""

    report = forms.IntegerField(min_value=1, widget=forms.HiddenInput)
    quote = forms.CharField(
        label=_("quote"), max_length=300, strip=True,
        help_text=_("select it in the report text, or type it exactly as written"),
        widget=forms.TextInput(attrs={"size": 40, "lang": "zh-Hans"}),
    )
    start = forms.IntegerField(min_value=0, required=False, widget=forms.HiddenInput)


class AddTargetForm(AddFactForm, TargetValuesForm):
    field_order = ["quote", *TargetValuesForm.field_order]


class AddOutcomeForm(AddFactForm, OutcomeValuesForm):
    field_order = ["quote", *OutcomeValuesForm.field_order]


def add_fact_forms(*, target_report, outcome_report) -> dict[str, forms.Form]:
    """Blank add forms whose period and report fit the page: a plan's year for a target, the
    year a review looks back on for an outcome."""
    targets = AddTargetForm(initial={"report": target_report.pk, "unit": "%", "qualifier": Qualifier.APPROX,
                                     **_years(target_report.report_year)}, prefix="add_target")
    year = outcome_report.report_year - 1 if outcome_report.report_year else None
    outcomes = AddOutcomeForm(initial={"report": outcome_report.pk, "unit": "%", **_years(year)}, prefix="add_outcome")
    return {"add_target": targets, "add_outcome": outcomes}


def share_indicator_choices(page_forms) -> None:
    """Read the indicator menu once for all the forms of a page (each would query it again)."""
    choices = None
    for form in page_forms:
        field = form.fields.get("indicator")
        if isinstance(field, forms.ModelChoiceField):
            if choices is None:
                choices = [("", field.empty_label), *((row.pk, field.label_from_instance(row)) for row in field.queryset)]
            field.choices = choices


def _years(year: int | None) -> dict:
    return {"period_start": year, "period_end": year} if year else {}


def fact_edit_initial(fact) -> dict:
    initial = {name: getattr(fact, name) for name in ("version", "period_start", "period_end", "kind", "value", "unit")}
    initial["indicator"] = fact.indicator_id
    if isinstance(fact, Target):
        initial.update(value_high=fact.value_high, qualifier=fact.qualifier, stretch=fact.stretch, headline=fact.headline)
    else:
        initial.update(estimate=fact.estimate, scope=fact.scope)
    return initial


BULK_CHOICES = [("confirm", "Confirm"), ("reject", "Reject the linked outcome"), ("flag", "Flag as a miss")]
MALFORMED_SELECTION = "Malformed selection."
# id:version:target version:outcome version, each fitting its column, in ASCII digits (not ²).
_SELECTION = re.compile(r"(?P<pk>[0-9]{1,18}):(?P<version>[0-9]{1,9}):(?P<target>[0-9]{1,9}):(?P<outcome>[0-9]{0,9})")


class BulkForm(forms.Form):
    """Checkbox values are "id:version:target version:outcome version", the versions the queue
    row was rendered with (the outcome's is empty when none was linked)."""

    action = forms.ChoiceField(choices=BULK_CHOICES)
    selected = forms.MultipleChoiceField(error_messages={"required": _("Select at least one item.")})

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["selected"].choices = [(value, value) for value in self.data.getlist("selected")]

    def clean_selected(self) -> dict[int, Seen]:
        seen = {}
        for value in self.cleaned_data["selected"]:
            match = _SELECTION.fullmatch(value)
            if match is None:
                raise forms.ValidationError(MALFORMED_SELECTION)
            seen[int(match["pk"])] = Seen(
                assessment=int(match["version"]), target=int(match["target"]),
                outcome=int(match["outcome"]) if match["outcome"] else None,
            )
        return seen


TOO_MANY_FILES = "at most {limit} files at a time: import the rest in another batch"


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files; an empty one is not a form error but gets its own result line."""

    widget = MultipleFileInput

    def __init__(self, **kwargs):
        super().__init__(allow_empty_file=True, **kwargs)

    def clean(self, data, initial=None):
        files = [item for item in (data if isinstance(data, (list, tuple)) else [data]) if item]
        if not files and self.required:
            raise forms.ValidationError(self.error_messages["required"], code="required")
        if len(files) > settings.IMPORT_MAX_FILES:
            raise forms.ValidationError(TOO_MANY_FILES.format(limit=settings.IMPORT_MAX_FILES), code="max_files")
        clean_one = super().clean
        return [clean_one(item, initial) for item in files]


class ImportForm(forms.Form):
    """The import command's options; metadata left empty is detected from each text."""

    files = MultipleFileField(label=_("report files (.txt, .html, .pdf, .docx, .doc, page images)"))
    jurisdiction = forms.CharField(label=_("government"), required=False, max_length=100,
                                   help_text=_("full name, e.g. 重庆市江北区"))
    report_year = forms.IntegerField(label=_("report year"), required=False, min_value=1949, max_value=2100)
    delivered_on = forms.DateField(label=_("delivered on"), required=False, help_text="YYYY-MM-DD")
    source_url = forms.URLField(label=_("source URL"), required=False, max_length=500, assume_scheme="https")
    retrieved_on = forms.DateField(label=_("retrieved on"), required=False,
                                   help_text=_("the day the file was fetched from the source URL"))
    source_kind = forms.ChoiceField(label=_("form of the text"), choices=[("", _("detect from the text")), *SourceKind.choices],
                                    required=False)
