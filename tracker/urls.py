from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView

from tracker.originals import report_original

urlpatterns = [
    path("", RedirectView.as_view(url="/review/", permanent=False)),
    path("admin/", admin.site.urls),
    path("review/", include("tracker.review.urls")),
    path("api/v1/", include("tracker.api.urls")),
    path("reports/", include("reports.urls")),
    path("originals/<int:pk>/", report_original, name="report-original"),
    path("", include("tracker.public.urls")),
]
