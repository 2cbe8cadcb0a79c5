"""Forms of the review pages. They only parse input; the services decide and enforce the rules.

Every action form carries the version of the row the page was rendered with, which the service
compares against the row as it is now.
"""
from __future__ import annotations

from django import forms

from tracker.models import Indicator, Kind, Qualifier, SourceKind, Verdict
from tracker.services.review import NOTE_REQUIRED, OutcomeValues, TargetValues


class VersionForm(forms.Form):
    version = forms.IntegerField(min_value=1, widget=forms.HiddenInput)


class RejectForm(VersionForm):
    note = forms.CharField(required=False, max_length=2000)


class ChooseOutcomeForm(VersionForm):
    outcome = forms.IntegerField(min_value=1, error_messages={"required": "Pick one of the candidate outcomes."})
    note = forms.CharField(required=False, max_length=2000)


class VerdictForm(VersionForm):
    verdict = forms.ChoiceField(choices=Verdict.choices)
    gap = forms.DecimalField(required=False, max_digits=20, decimal_places=4, help_text="actual minus target")
    note = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2}), max_length=2000, error_messages={"required": NOTE_REQUIRED}
    )


class FlagForm(VersionForm):
    flagged = forms.BooleanField(required=False)


class NoteForm(VersionForm):
    note = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), max_length=2000)


class FactEditForm(VersionForm):
    """What Target and Outcome share; period as two years (equal for a single year)."""

    indicator = forms.ModelChoiceField(queryset=Indicator.objects.all(), required=False, empty_label="— unresolved —")
    period_start = forms.IntegerField(min_value=1949, max_value=2100)
    period_end = forms.IntegerField(min_value=1949, max_value=2100)
    kind = forms.ChoiceField(choices=Kind.choices)
    unit = forms.CharField(required=False, max_length=20)

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


class TargetEditForm(FactEditForm):
    value = forms.DecimalField(required=False, max_digits=20, decimal_places=4)
    value_high = forms.DecimalField(required=False, max_digits=20, decimal_places=4, label="upper value")
    qualifier = forms.ChoiceField(choices=Qualifier.choices)

    field_order = ["indicator", "period_start", "period_end", "kind", "value", "value_high", "unit", "qualifier"]

    def values(self) -> TargetValues:
        data = self.cleaned_data
        return TargetValues(
            **self._common(), value=data["value"], value_high=data["value_high"], qualifier=data["qualifier"]
        )


class OutcomeEditForm(FactEditForm):
    value = forms.DecimalField(max_digits=20, decimal_places=4)

    field_order = ["indicator", "period_start", "period_end", "kind", "value", "unit"]

    def values(self) -> OutcomeValues:
        return OutcomeValues(**self._common(), value=self.cleaned_data["value"])


def fact_edit_initial(fact) -> dict:
    initial = {
        "version": fact.version,
        "indicator": fact.indicator_id,
        "period_start": fact.period_start,
        "period_end": fact.period_end,
        "kind": fact.kind,
        "value": fact.value,
        "unit": fact.unit,
    }
    if hasattr(fact, "qualifier"):
        initial.update(value_high=fact.value_high, qualifier=fact.qualifier)
    return initial


class BulkConfirmForm(forms.Form):
    """Checkbox values are "id:version", the version the queue row was rendered with."""

    selected = forms.MultipleChoiceField(error_messages={"required": "Select at least one item to confirm."})

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["selected"].choices = [(value, value) for value in self.data.getlist("selected")]

    def clean_selected(self) -> dict[int, int]:
        versions = {}
        for value in self.cleaned_data["selected"]:
            pk, _, version = value.partition(":")
            if not (pk.isdigit() and version.isdigit()):
                raise forms.ValidationError("Malformed selection.")
            versions[int(pk)] = int(version)
        return versions


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data, initial=None):
        files = [item for item in (data if isinstance(data, (list, tuple)) else [data]) if item]
        if not files and self.required:
            raise forms.ValidationError(self.error_messages["required"], code="required")
        clean_one = super().clean
        return [clean_one(item, initial) for item in files]


class ImportForm(forms.Form):
    """The import command's options; metadata left empty is detected from each text."""

    files = MultipleFileField(label="report files (.txt, .html, .pdf, .docx, .doc, page images)")
    jurisdiction = forms.CharField(required=False, max_length=100, help_text="full name, e.g. 重庆市江北区")
    report_year = forms.IntegerField(required=False, min_value=1949, max_value=2100)
    delivered_on = forms.DateField(required=False, help_text="YYYY-MM-DD")
    source_url = forms.URLField(required=False, max_length=500, assume_scheme="https")
    retrieved_on = forms.DateField(required=False, help_text="the day the file was fetched from the source URL")
    source_kind = forms.ChoiceField(choices=[("", "detect from the text"), *SourceKind.choices], required=False)
