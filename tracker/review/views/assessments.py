"""The assessment item page and its actions.

Each action posts to its own URL, validates one form and calls one service. Decisions (confirm,
reject, choose, set verdict) open the next item of the queue; annotations and edits come back to
the same item so the reviewer sees the result. A stale form is refused with HTTP 409 and the page
re-rendered from the database as it is now. A probable slip (a figure of another period, a value
the quote does not state) is shown as a caution with a "do it anyway" button before anything is saved.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django import forms
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext, gettext_noop
from django.views.decorators.http import require_GET, require_POST

from tracker.models import Assessment, Outcome
from tracker.review import cautions
from tracker.review import forms as review_forms
from tracker.review.access import page_context, reviewer_only, staff_page
from tracker.review.excerpts import paragraph_excerpt
from tracker.review.history import item_history
from tracker.review.selectors import (
    assessment_get_for_review,
    outcome_candidates,
    queue_filter,
    queue_neighbours,
    reviewing_reports,
)
from tracker.review.views.common import caution_context, query_context, url_with_filters
from tracker.services import review as services

QUEUE_DONE = gettext_noop("That was the last item of the queue under these filters.")
NO_OUTCOME_TO_EDIT = gettext_noop("This assessment links no outcome to edit.")
DONE = gettext_noop("%(action)s: assessment #%(id)s.")


@dataclass(frozen=True)
class Action:
    form: type[forms.Form]
    perform: Callable[[Assessment, forms.Form, object], object]
    done: str
    advance: bool
    # A slip worth a second look before saving (see tracker.review.cautions), or None.
    caution: Callable[[Assessment, forms.Form], str | None] = lambda assessment, form: None


def _confirm(assessment, form, user):
    services.assessment_confirm(assessment_id=assessment.pk, seen=form.seen(), user=user)


def _reject(assessment, form, user):
    services.assessment_reject(assessment_id=assessment.pk, seen=form.seen(), note=form.cleaned_data["note"], user=user)


def _choose(assessment, form, user):
    data = form.cleaned_data
    services.assessment_choose_outcome(
        assessment_id=assessment.pk, seen=form.seen(), outcome_id=data["outcome"], note=data["note"], user=user
    )


def _choose_caution(assessment, form) -> str | None:
    chosen = Outcome.objects.filter(pk=form.cleaned_data["outcome"]).only("period_start", "period_end").first()
    if chosen is None:
        return None
    return cautions.other_period(outcome_id=chosen.pk, outcome_period=chosen.period, target_period=assessment.target.period)


def _set_verdict(assessment, form, user):
    data = form.cleaned_data
    services.assessment_set_verdict(
        assessment_id=assessment.pk, seen=form.seen(), verdict=data["verdict"], gap=data["gap"], note=data["note"], user=user
    )


def _flag(assessment, form, user):
    data = form.cleaned_data
    services.assessment_flag_miss(
        assessment_id=assessment.pk, version=data["version"], flagged=data["flagged"], user=user
    )


def _note(assessment, form, user):
    data = form.cleaned_data
    services.assessment_add_note(assessment_id=assessment.pk, version=data["version"], note=data["note"], user=user)


def _edit_target(assessment, form, user):
    services.target_edit(
        target_id=assessment.target_id, version=form.cleaned_data["version"], values=form.values(), user=user
    )


def _edit_outcome(assessment, form, user):
    if assessment.outcome_id is None:
        raise services.ReviewError(gettext(NO_OUTCOME_TO_EDIT))
    services.outcome_edit(
        outcome_id=assessment.outcome_id, version=form.cleaned_data["version"], values=form.values(), user=user
    )


def _value_caution(fact_of: Callable[[Assessment], object]) -> Callable[[Assessment, forms.Form], str | None]:
    def caution(assessment, form) -> str | None:
        fact, data = fact_of(assessment), form.cleaned_data
        if fact is None:
            return None
        return cautions.value_not_in_quote(
            quote=fact.quote, value=data["value"], value_high=data.get("value_high"), unit=data["unit"]
        )

    return caution


ACTIONS: dict[str, Action] = {
    "confirm": Action(review_forms.SeenForm, _confirm, gettext_noop("Confirmed"), advance=True),
    "reject": Action(review_forms.RejectForm, _reject, gettext_noop("Rejected the linked outcome"), advance=True),
    "choose": Action(review_forms.ChooseOutcomeForm, _choose, gettext_noop("Linked the chosen outcome"), advance=True, caution=_choose_caution),
    "verdict": Action(review_forms.VerdictForm, _set_verdict, gettext_noop("Verdict set by hand"), advance=True),
    "flag": Action(review_forms.FlagForm, _flag, gettext_noop("Miss flag updated"), advance=False),
    "note": Action(review_forms.NoteForm, _note, gettext_noop("Note added"), advance=False),
    "edit-target": Action(
        review_forms.TargetEditForm, _edit_target, gettext_noop("Target values saved"), advance=False,
        caution=_value_caution(lambda assessment: assessment.target),
    ),
    "edit-outcome": Action(
        review_forms.OutcomeEditForm, _edit_outcome, gettext_noop("Outcome values saved"), advance=False,
        caution=_value_caution(lambda assessment: assessment.outcome),
    ),
}


def _form_key(action: str) -> str:
    """Action slugs are URL parts (edit-target); template keys cannot hold a hyphen."""
    return action.replace("-", "_")


def _load(pk: int) -> Assessment:
    try:
        return assessment_get_for_review(pk=pk)
    except Assessment.DoesNotExist:
        raise Http404("No such assessment") from None


def _blank_forms(assessment: Assessment) -> dict[str, forms.Form]:
    """Every action form of the page, loaded with the versions of the rows as shown."""
    version = {"version": assessment.version}
    seen = review_forms.seen_initial(assessment)
    blank = {
        "confirm": review_forms.SeenForm(initial=seen),
        "reject": review_forms.RejectForm(initial=seen),
        "choose": review_forms.ChooseOutcomeForm(initial=seen),
        "verdict": review_forms.VerdictForm(initial={**seen, "verdict": assessment.verdict, "gap": assessment.gap}),
        "flag": review_forms.FlagForm(initial={**version, "flagged": not assessment.flagged_miss}),
        "note": review_forms.NoteForm(initial=version),
        "edit_target": review_forms.TargetEditForm(initial=review_forms.fact_edit_initial(assessment.target)),
    }
    if assessment.outcome is not None:
        blank["edit_outcome"] = review_forms.OutcomeEditForm(initial=review_forms.fact_edit_initial(assessment.outcome))
    for name, form in blank.items():
        form.auto_id = f"{name}-%s"
    outcome_report = assessment.outcome.report if assessment.outcome is not None else assessment.target.report
    return blank | review_forms.add_fact_forms(target_report=assessment.target.report, outcome_report=outcome_report)


def _render(
    request: HttpRequest,
    pk: int,
    *,
    status: int = 200,
    error: str = "",
    bound: tuple[str, forms.Form] | None = None,
    caution: str = "",
) -> HttpResponse:
    assessment = _load(pk)
    target, outcome = assessment.target, assessment.outcome
    previous, following = queue_neighbours(queue_filter(request.GET).qs, assessment)
    page_forms = _blank_forms(assessment)
    if bound is not None:
        name, form = bound
        form.auto_id = f"{name}-%s"
        page_forms[name] = form
    review_forms.share_indicator_choices(page_forms.values())
    context = page_context(
        request,
        title=gettext("Assessment #%(id)s") % {"id": assessment.pk},
        assessment=assessment,
        target=target,
        outcome=outcome,
        target_excerpt=paragraph_excerpt(
            window=assessment.target_window, start=target.start, end=target.end, quote=target.quote
        ),
        outcome_excerpt=paragraph_excerpt(
            window=assessment.outcome_window, start=outcome.start, end=outcome.end, quote=outcome.quote
        )
        if outcome is not None
        else None,
        candidates=outcome_candidates(target=target),
        reviewing_reports=list(reviewing_reports(target=target)) if outcome is None else [],
        history=item_history(assessment=assessment, target=target, outcome=outcome),
        forms=page_forms,
        previous=previous,
        following=following,
        **query_context(request),
        error=error,
        **caution_context(request, caution),
    )
    return render(request, "review/assessment.html", context, status=status)


@require_GET
@staff_page
def assessment_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _render(request, pk)


@require_POST
@reviewer_only
def assessment_act(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    spec = ACTIONS.get(action)
    if spec is None:
        raise Http404("No such action")
    before = _load(pk)
    form = spec.form(request.POST)
    if not form.is_valid():
        return _render(request, pk, status=400, bound=(_form_key(action), form))
    caution = None if form.cleaned_data.get("acknowledged") else spec.caution(before, form)
    if caution:
        return _render(request, pk, bound=(_form_key(action), form), caution=caution)
    try:
        spec.perform(before, form, request.user)
    except services.StaleVersion as stale:
        return _render(request, pk, status=409, error=str(stale))
    except services.ReviewError as refused:
        return _render(request, pk, status=400, error=str(refused), bound=(_form_key(action), form))
    messages.success(request, gettext(DONE) % {"action": gettext(spec.done), "id": pk})
    if not spec.advance:
        return redirect(url_with_filters(request, "review:assessment", pk))
    _, following = queue_neighbours(queue_filter(request.GET).qs, before)
    if following is None:
        messages.info(request, gettext(QUEUE_DONE))
        return redirect(url_with_filters(request, "review:queue"))
    return redirect(url_with_filters(request, "review:assessment", following))
