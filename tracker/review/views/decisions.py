"""Undoing one's last decision, from any review page (key u)."""
from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST
from django.utils.translation import gettext

from tracker.review.access import reviewer_only
from tracker.services import undo as services
from tracker.services.decisions import ReviewError


@require_POST
@reviewer_only
def undo(request: HttpRequest) -> HttpResponse:
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        target = "review:queue"
    decision_id = request.POST.get("decision", "")
    if not decision_id.isdigit():
        messages.error(request, gettext(services.NOTHING_TO_UNDO))
        return redirect(target)
    try:
        undone = services.decision_undo(decision_id=int(decision_id), user=request.user)
    except ReviewError as refused:
        messages.error(request, str(refused))
    else:
        messages.success(request, gettext("Undone: %(action)s %(subject)s.") % {"action": undone.action, "subject": undone.subject})
    return redirect(target)
