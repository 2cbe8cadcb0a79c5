"""Targets and outcomes reviewed on their own: extraction results not (yet) part of an assessment,
such as figures no target asks for; and merging a row with its duplicate. Same page shape and
rules as the assessment page."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django import forms
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext, gettext_noop
from django.views.decorators.http import require_GET, require_POST

from tracker.models import Assessment, Outcome, Target
from tracker.review import cautions
from tracker.review import forms as review_forms
from tracker.review.access import page_context, reviewer_only, staff_page
from tracker.review.excerpts import paragraph_excerpt
from tracker.review.history import item_history
from tracker.review.selectors import fact_duplicates, fact_get_for_review, fact_neighbours, fact_queue_filter
from tracker.review.views.common import caution_context, query_context, url_with_filters
from tracker.services import fact_entry
from tracker.services import review as services

PAGE_SIZE = 50
QUEUE_DONE = gettext_noop("That was the last item of this list under these filters.")
MERGED = {
    "target": gettext_noop("Merged target #%(dropped)s into #%(kept)s."),
    "outcome": gettext_noop("Merged outcome #%(dropped)s into #%(kept)s."),
}
DONE = {
    "confirm": gettext_noop("Confirmed: %(item)s."),
    "reject": gettext_noop("Rejected: %(item)s."),
    "edit": gettext_noop("Values saved: %(item)s."),
}


@dataclass(frozen=True)
class FactKind:
    """What differs between the target pages and the outcome pages."""

    model: type[Target] | type[Outcome]
    name: str
    list_title: str  # message ids
    item_title: str
    edit_form: type[review_forms.TargetEditForm] | type[review_forms.OutcomeEditForm]
    confirm: Callable[..., object]
    reject: Callable[..., object]
    edit: Callable[..., object]
    merge: Callable[..., object]


KINDS = {
    "target": FactKind(
        Target, "target", gettext_noop("Targets to review"), gettext_noop("Target #%(id)s"),
        review_forms.TargetEditForm, services.target_confirm, services.target_reject,
        services.target_edit, fact_entry.target_merge,
    ),
    "outcome": FactKind(
        Outcome, "outcome", gettext_noop("Outcomes to review"), gettext_noop("Outcome #%(id)s"),
        review_forms.OutcomeEditForm, services.outcome_confirm, services.outcome_reject,
        services.outcome_edit, fact_entry.outcome_merge,
    ),
}
FORMS = {"confirm": review_forms.VersionForm, "reject": review_forms.VersionForm, "merge": review_forms.MergeForm}


@require_GET
@staff_page
def fact_queue(request: HttpRequest, kind: str) -> HttpResponse:
    spec = KINDS[kind]
    filterset = fact_queue_filter(spec.model, request.GET)
    page = Paginator(filterset.qs, PAGE_SIZE).get_page(request.GET.get("page"))
    context = page_context(
        request, title=gettext(spec.list_title), kind=spec.name, filterset=filterset, page=page,
        **query_context(request),
    )
    return render(request, "review/fact_queue.html", context)


def _render(
    request: HttpRequest, spec: FactKind, pk: int, *, status: int = 200, error: str = "", bound=None, caution: str = ""
) -> HttpResponse:
    try:
        fact = fact_get_for_review(spec.model, pk=pk)
    except spec.model.DoesNotExist:
        raise Http404(f"No such {spec.name}") from None
    previous, following = fact_neighbours(fact_queue_filter(spec.model, request.GET).qs, fact)
    version = {"version": fact.version}
    page_forms: dict[str, forms.Form] = {
        "confirm": review_forms.VersionForm(initial=version),
        "reject": review_forms.VersionForm(initial=version),
        "edit": spec.edit_form(initial=review_forms.fact_edit_initial(fact)),
    }
    if bound is not None:
        page_forms[bound[0]] = bound[1]
    for name, form in page_forms.items():
        form.auto_id = f"{name}-%s"
    page_forms |= review_forms.add_fact_forms(target_report=fact.report, outcome_report=fact.report)
    review_forms.share_indicator_choices(page_forms.values())
    assessments = Assessment.objects.filter(**{spec.name: fact}).values_list("pk", flat=True)
    context = page_context(
        request,
        title=gettext(spec.item_title) % {"id": fact.pk},
        kind=spec.name,
        fact=fact,
        excerpt=paragraph_excerpt(window=fact.text_window, start=fact.start, end=fact.end, quote=fact.quote),
        assessment_ids=list(assessments[:20]),
        duplicates=list(fact_duplicates(fact)) if fact.review_status != "rejected" else [],
        history=item_history(**{spec.name: fact}),
        forms=page_forms,
        previous=previous,
        following=following,
        **query_context(request),
        error=error,
        **caution_context(request, caution),
    )
    return render(request, "review/fact.html", context, status=status)


@require_GET
@staff_page
def fact_detail(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    return _render(request, KINDS[kind], pk)


@require_POST
@reviewer_only
def fact_act(request: HttpRequest, kind: str, pk: int, action: str) -> HttpResponse:
    spec = KINDS[kind]
    if action not in ("confirm", "reject", "edit", "merge"):
        raise Http404("No such action")
    try:
        before = spec.model.objects.only("pk", "report_id", "start", "quote").get(pk=pk)
    except spec.model.DoesNotExist:
        raise Http404(f"No such {spec.name}") from None
    form = spec.edit_form(request.POST) if action == "edit" else FORMS[action](request.POST)
    if not form.is_valid():
        return _render(request, spec, pk, status=400, bound=(action, form))
    data = form.cleaned_data
    if action == "edit" and not data["acknowledged"]:
        caution = cautions.value_not_in_quote(
            quote=before.quote, value=data["value"], value_high=data.get("value_high"), unit=data["unit"]
        )
        if caution:
            return _render(request, spec, pk, bound=(action, form), caution=caution)
    ids = {f"{spec.name}_id": pk, "version": data["version"], "user": request.user}
    try:
        if action == "edit":
            spec.edit(**ids, values=form.values())
        elif action == "merge":
            kept = spec.merge(**ids, duplicate_id=data["duplicate"], duplicate_version=data["duplicate_version"])
        else:
            getattr(spec, action)(**ids)
    except services.StaleVersion as stale:
        return _render(request, spec, pk, status=409, error=str(stale))
    except services.ReviewError as refused:
        return _render(request, spec, pk, status=400, error=str(refused), bound=(action, form))
    except spec.model.DoesNotExist:
        raise Http404(f"No such {spec.name}") from None
    if action == "merge":
        dropped = data["duplicate"] if kept.pk == pk else pk
        messages.success(request, gettext(MERGED[spec.name]) % {"dropped": dropped, "kept": kept.pk})
        return redirect(url_with_filters(request, f"review:{kind}", kept.pk))
    messages.success(request, gettext(DONE[action]) % {"item": gettext(spec.item_title) % {"id": pk}})
    if action == "edit":
        return redirect(url_with_filters(request, f"review:{kind}", pk))
    _, following = fact_neighbours(fact_queue_filter(spec.model, request.GET).qs, before)
    if following is None:
        messages.info(request, gettext(QUEUE_DONE))
        return redirect(url_with_filters(request, f"review:{kind}s"))
    return redirect(url_with_filters(request, f"review:{kind}", following))
