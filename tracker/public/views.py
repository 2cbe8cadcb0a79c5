"""Public pages, no login: the evidence page of each target and outcome, each government's page,
the data licence with how to cite, and the guide for journalists.

Each evidence page has a permanent address (/targets/<id>/), which the API gives as `html_url`
and which keeps working after a correction or a rejection: the page then says so. Views only
read through selectors and render one template each; the text people read is in the templates."""
from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET
from rest_framework.settings import api_settings

from tracker.models import Jurisdiction, Outcome, ReviewStatus, Target
from tracker.models.assessments import AssessmentStatus
from tracker.public.links import unprefixed_reverse
from tracker.review.excerpts import paragraph_excerpt
from tracker.selectors.evidence import government_page_get, outcome_evidence, outcome_verdicts, target_evidence
from tracker.selectors.visibility import ASSESSMENT_REVIEWED, FACT_REVIEWED

from . import citations
from .history import public_history
from .licence import LICENCE_NAME, LICENCE_URL, PROJECT_NAME, PROJECT_NAME_EN


def _site(request: HttpRequest) -> dict:
    return {
        "project_name": PROJECT_NAME,
        "project_name_en": PROJECT_NAME_EN,
        "licence_name": LICENCE_NAME,
        "licence_url": LICENCE_URL,
        "api_url": request.build_absolute_uri(reverse("api:root")),
    }


def _cited(request: HttpRequest, fact: Target | Outcome, *, key: str, url: str, title: str) -> dict:
    report = fact.report
    updated = fact.reviewed_at or report.imported_at
    cited = citations.Cited(
        key=key,
        title=title,
        url=url,
        accessed=timezone.localdate(),
        issued=timezone.localtime(updated).date() if updated else None,
        report_title=report.title,
        report_date=report.delivered_on,
        source_url=report.source_url,
        quote=fact.quote,
    )
    return {"cited": cited, "bibtex": citations.bibtex(cited), "csl_json": citations.csl_json(cited)}


def _title(fact: Target | Outcome) -> str:
    """The name of the cited item: the government, the report year and the quote itself."""
    report = fact.report
    place = report.jurisdiction.name if report.jurisdiction else ""
    year = f"{report.report_year}年" if report.report_year else ""
    return f"{place}{year}政府工作报告：{fact.quote}"


def _fact_context(request: HttpRequest, fact: Target | Outcome, *, kind: str) -> dict:
    url = request.build_absolute_uri(unprefixed_reverse(f"public:{kind}", args=[fact.pk]))
    excerpt = paragraph_excerpt(window=fact.text_window, start=fact.start, end=fact.end, quote=fact.quote)
    return {
        **_site(request),
        "fact": fact,
        "kind": kind,
        "report": fact.report,
        "excerpt": excerpt,
        "permalink": url,
        "json_url": request.build_absolute_uri(reverse(f"api:{kind}-detail", args=[fact.pk])),
        "report_json_url": request.build_absolute_uri(reverse("api:report-detail", args=[fact.report_id])),
        "reviewed": fact.review_status in FACT_REVIEWED,
        "rejected": fact.review_status == ReviewStatus.REJECTED,
        **_cited(request, fact, key=f"{kind}-{fact.pk}", url=url, title=_title(fact)),
    }


@require_GET
def target_page(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        target = target_evidence(pk=pk)
    except Target.DoesNotExist:
        raise Http404("no such target") from None
    assessment = getattr(target, "assessment", None)
    context = {
        **_fact_context(request, target, kind="target"),
        "assessment": assessment,
        "verdict_reviewed": assessment is not None and assessment.review_status in ASSESSMENT_REVIEWED,
        "verdict_rereview": assessment is not None and assessment.review_status == AssessmentStatus.REREVIEW,
        "history": public_history(target=target, assessment=assessment),
    }
    return render(request, "public/target.html", context)


@require_GET
def outcome_page(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        outcome = outcome_evidence(pk=pk)
    except Outcome.DoesNotExist:
        raise Http404("no such outcome") from None
    context = {
        **_fact_context(request, outcome, kind="outcome"),
        "verdicts": list(outcome_verdicts(outcome=outcome)),
        "reviewed_statuses": ASSESSMENT_REVIEWED,
        "history": public_history(outcome=outcome),
    }
    return render(request, "public/outcome.html", context)


@require_GET
def government_page(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        government = government_page_get(pk=pk)
    except Jurisdiction.DoesNotExist:
        raise Http404("no such government") from None
    context = {
        **_site(request),
        "government": government,
        "permalink": request.build_absolute_uri(unprefixed_reverse("public:government", args=[pk])),
        "json_url": request.build_absolute_uri(reverse("api:jurisdiction-detail", args=[pk])),
        "fact_reviewed": FACT_REVIEWED,
        "assessment_reviewed": ASSESSMENT_REVIEWED,
    }
    return render(request, "public/government.html", context)


@require_GET
def data_page(request: HttpRequest) -> HttpResponse:
    """The data licence and how to cite."""
    site = _site(request)
    context = {**site, "dataset_bibtex": citations.dataset_bibtex(site["api_url"], accessed=timezone.localdate())}
    return render(request, "public/data.html", context)


@require_GET
def journalists_page(request: HttpRequest) -> HttpResponse:
    """The guide: the five questions journalists ask, each answered with one or two requests."""
    context = {**_site(request), "anonymous_rate": api_settings.DEFAULT_THROTTLE_RATES.get("anon")}
    return render(request, "public/journalists.html", context)
