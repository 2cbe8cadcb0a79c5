"""A report's full text for reviewers, with its extracted facts marked, and adding what extraction
missed: select a span of the text (here or in an item page's excerpt) or type a quote, enter the
values, and the fact is stored with its span (services.fact_entry)."""
from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST
from django.utils.translation import gettext

from tracker.models import Assessment, Report
from tracker.review import cautions
from tracker.review import forms as review_forms
from tracker.review.access import page_context, reviewer_only, staff_page
from tracker.review.excerpts import marked_segments
from tracker.review.selectors import report_facts, report_get_for_review, report_list_for_review
from tracker.review.views.common import caution_context
from tracker.services import fact_entry
from tracker.services.decisions import ReviewError

PAGE_SIZE = 50
ADDERS = {
    "target": (review_forms.AddTargetForm, fact_entry.target_add),
    "outcome": (review_forms.AddOutcomeForm, fact_entry.outcome_add),
}


@require_GET
@staff_page
def report_list(request: HttpRequest) -> HttpResponse:
    government, year = request.GET.get("government", "").strip(), request.GET.get("year", "").strip()
    reports = report_list_for_review(government=government, year=int(year) if year.isdigit() else None)
    page = Paginator(reports, PAGE_SIZE).get_page(request.GET.get("page"))
    context = page_context(request, title=gettext("Reports"), page=page, government=government, year=year)
    return render(request, "review/report_list.html", context)


@require_GET
@staff_page
def report_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _render(request, pk)


@require_POST
@reviewer_only
def fact_add(request: HttpRequest, kind: str) -> HttpResponse:
    form_class, add = ADDERS[kind]
    form = form_class(request.POST, prefix=f"add_{kind}")
    report_id = form.data.get(f"add_{kind}-report", "")
    if not report_id.isdigit():
        raise Http404("No such report")
    bound = (f"add_{kind}", form)
    if not form.is_valid():
        return _render(request, int(report_id), status=400, bound=bound)
    data = form.cleaned_data
    caution = None if data["acknowledged"] else cautions.value_not_in_quote(
        quote=data["quote"], value=data["value"], value_high=data.get("value_high"), unit=data["unit"]
    )
    if caution:
        return _render(request, data["report"], bound=bound, caution=caution)
    try:
        fact = add(report_id=data["report"], quote=data["quote"], start=data["start"], values=form.values(), user=request.user)
    except ReviewError as refused:
        return _render(request, data["report"], status=400, error=str(refused), bound=bound)
    except Report.DoesNotExist:
        raise Http404("No such report") from None
    messages.success(request, f"Added {kind} #{fact.pk}: {fact.quote}")
    assessment = Assessment.objects.filter(target_id=fact.pk).values_list("pk", flat=True).first() if kind == "target" else None
    if assessment is not None:
        return redirect("review:assessment", assessment)
    return redirect(f"review:{kind}", fact.pk)


def _render(
    request: HttpRequest, pk: int, *, status: int = 200, error: str = "", bound: tuple[str, forms.Form] | None = None,
    caution: str = "",
) -> HttpResponse:
    try:
        report = report_get_for_review(pk=pk)
    except Report.DoesNotExist:
        raise Http404("No such report") from None
    facts = report_facts(report=report)
    spans = [(fact.start, fact.end, (kind, fact.pk)) for kind, fact in facts]
    add_forms = review_forms.add_fact_forms(target_report=report, outcome_report=report)
    if bound is not None:
        add_forms[bound[0]] = bound[1]
    review_forms.share_indicator_choices(add_forms.values())
    context = page_context(
        request,
        title=str(report),
        report=report,
        segments=marked_segments(report.normalized_text, spans),
        facts=facts,
        forms=add_forms,
        open_form=bound[0] if bound else "",
        error=error,
        **caution_context(request, caution, prefix=bound[0] if bound else ""),
        query_suffix="",
    )
    return render(request, "review/report.html", context, status=status)
