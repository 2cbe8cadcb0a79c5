"""The queue page and its bulk actions (confirm, reject the linked outcome, flag as a miss)."""
from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext
from django.views.decorators.http import require_GET, require_POST

from tracker.review.access import page_context, reviewer_only, staff_page
from tracker.review.forms import BulkForm
from tracker.review.selectors import (
    STATUS_CHOICES,
    assessment_queue_list,
    assessment_state_counts,
    fact_pending_counts,
    queue_filter,
)
from tracker.review.views.common import query_context, url_with_filters
from tracker.services.review import assessment_bulk

PAGE_SIZE = 50


@require_GET
@staff_page
def queue(request: HttpRequest) -> HttpResponse:
    filterset = queue_filter(request.GET)
    page = Paginator(assessment_queue_list(filterset), PAGE_SIZE).get_page(request.GET.get("page"))
    counts = assessment_state_counts(filterset)
    query = request.GET.copy()
    query.pop("page", None)
    query.pop("status", None)
    context = page_context(
        request,
        title=gettext("Review queue"),
        filterset=filterset,
        page=page,
        status_counts=[(value, label, counts.get(value)) for value, label in STATUS_CHOICES if value in counts],
        current_status=filterset.form.cleaned_data.get("status"),
        fact_counts=fact_pending_counts(),
        **query_context(request),
        query_without_status=query.urlencode(),
    )
    return render(request, "review/queue.html", context)


def _ids(ids) -> str:
    return ", ".join(f"#{pk}" for pk in ids)


@require_POST
@reviewer_only
def bulk(request: HttpRequest) -> HttpResponse:
    form = BulkForm(request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            messages.error(request, " ".join(errors))
        return redirect(url_with_filters(request, "review:queue"))
    result = assessment_bulk(action=form.cleaned_data["action"], seen=form.cleaned_data["selected"], user=request.user)
    messages.success(request, gettext("Bulk %(action)s: %(summary)s") % {"action": result.action, "summary": result.summary})
    if result.done:
        messages.info(request, "Done: " + ", ".join(f"#{pk}" for pk in result.done))
    if result.stale:
        messages.warning(
            request,
            gettext("Left alone because another reviewer changed them after the queue loaded: %(ids)s")
            % {"ids": _ids(result.stale)},
        )
    if result.skipped:
        messages.warning(request, "Left alone, the action does not apply: " + ", ".join(f"#{pk}" for pk in result.skipped))
    return redirect(url_with_filters(request, "review:queue"))
