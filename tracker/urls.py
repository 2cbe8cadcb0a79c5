"""Public pages (reports, evidence pages, governments, the data licence and the journalists'
guide) carry their language in the URL (/zh-hans/reports/..., /en/targets/1/), so a
shared link keeps its language; an old unprefixed address is redirected by LocaleMiddleware to
the reader's language. Staff pages (admin, review), the API and the original files stay
unprefixed: their language comes from the switch (a cookie) or the browser."""
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView

from tracker.originals import report_original

urlpatterns = [
    # Readers outnumber reviewers: the site's front door is the reports index in the reader's
    # language; reviewers have /review/ and the admin.
    path("", RedirectView.as_view(url="/reports/", permanent=False)),
    path("admin/", admin.site.urls),
    path("review/", include("tracker.review.urls")),
    path("api/v1/", include("tracker.api.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("originals/<int:pk>/", report_original, name="report-original"),
]
urlpatterns += i18n_patterns(
    path("reports/", include("reports.urls")),
    path("", include("tracker.public.urls")),
)
