"""Who may see and who may act on the review pages, and the admin look they share.

The pages are part of the admin: staff log in through the admin login, anyone else is sent there.
Staff may read; acting takes membership of the Reviewers group (or superuser status), the same
rule the admin actions follow.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.contrib import admin
from django.contrib.admin.views.decorators import staff_member_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.utils.translation import gettext, gettext_noop

from tracker.services.accounts import REVIEWERS_GROUP
from tracker.services.undo import decision_last_undoable

READ_ONLY = gettext_noop("You can read the review pages; acting on them needs membership of the Reviewers group.")


def can_review(user) -> bool:
    if not (user.is_active and user.is_staff):
        return False
    if user.is_superuser:
        return True
    cached = getattr(user, "_can_review", None)
    if cached is None:
        cached = user._can_review = user.groups.filter(name=REVIEWERS_GROUP).exists()
    return cached


def staff_page(view: Callable) -> Callable:
    """Staff only; anonymous users and non-staff go to the admin login."""
    return staff_member_required(view, login_url="admin:login")


def reviewer_only(view: Callable) -> Callable:
    """For actions: staff outside the Reviewers group get 403 Forbidden."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs):
        if not can_review(request.user):
            raise PermissionDenied(gettext(READ_ONLY))
        return view(request, *args, **kwargs)

    return staff_page(wrapped)


def page_context(request: HttpRequest, **context) -> dict:
    """What admin/base_site.html expects, without the app list the review pages do not show,
    and the reviewer's last decision, which every page offers to undo."""
    site = admin.site
    reviewer = can_review(request.user)
    return {
        "site_title": site.site_title,
        "site_header": site.site_header,
        "site_url": site.site_url,
        "has_permission": True,
        "is_popup": False,
        "is_nav_sidebar_enabled": False,
        "can_review": reviewer,
        "read_only_message": gettext(READ_ONLY),
        "last_decision": decision_last_undoable(user=request.user) if reviewer else None,
        **context,
    }
