"""The review log of a government and year as a CSV download (see tracker.review.log)."""
from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_GET

from tracker.models import Jurisdiction
from tracker.review.access import staff_page
from tracker.review.log import review_log_csv, review_log_entries

LOG_PARAMETERS = "Give government (its full name, e.g. 重庆市江北区) and year (e.g. 2023): /review/log.csv?government=重庆市江北区&year=2023"
UNKNOWN_GOVERNMENT = "No government is named {name!r}; give its full name as the review pages show it."


@require_GET
@staff_page
def review_log(request: HttpRequest) -> HttpResponse:
    name, year = request.GET.get("government", "").strip(), request.GET.get("year", "").strip()
    if not name or not year.isdigit():
        return HttpResponse(LOG_PARAMETERS, status=400, content_type="text/plain; charset=utf-8")
    jurisdiction = Jurisdiction.objects.filter(name=name).first()
    if jurisdiction is None:
        return HttpResponse(UNKNOWN_GOVERNMENT.format(name=name), status=400, content_type="text/plain; charset=utf-8")
    body = review_log_csv(review_log_entries(jurisdiction_id=jurisdiction.pk, year=int(year)))
    response = HttpResponse(body, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(True, f"review-log-{name}-{year}.csv")
    return response
