"""/api/v1/: the read-only journalist API, its OpenAPI schema and interactive docs."""
from django.http import JsonResponse
from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerSplitView
from rest_framework.routers import SimpleRouter

from tracker.selectors.catalog import ID_DIGITS

from .assessments import AssessmentViewSet
from .changes import ChangeAtomFeed, ChangeList
from .indicators import IndicatorViewSet
from .jurisdictions import JurisdictionViewSet
from .outcomes import OutcomeViewSet
from .reports import ReportViewSet
from .root import ApiRoot
from .scorecards import ScorecardDetail, ScorecardList
from .targets import TargetViewSet

app_name = "api"

router = SimpleRouter()
router.register("jurisdictions", JurisdictionViewSet, basename="jurisdiction")
router.register("reports", ReportViewSet, basename="report")
router.register("indicators", IndicatorViewSet, basename="indicator")
router.register("targets", TargetViewSet, basename="target")
router.register("outcomes", OutcomeViewSet, basename="outcome")
router.register("assessments", AssessmentViewSet, basename="assessment")

urlpatterns = [
    path("", ApiRoot.as_view(), name="root"),
    path("", include(router.urls)),
    path("scorecards/", ScorecardList.as_view(), name="scorecard-list"),
    re_path(
        rf"^scorecards/(?P<jurisdiction>[0-9]{{1,{ID_DIGITS}}})/(?P<year>[0-9]{{4}})/$",
        ScorecardDetail.as_view(),
        name="scorecard-detail",
    ),
    path("changes/", ChangeList.as_view(), name="change-list"),
    path("changes.atom", ChangeAtomFeed.as_view(), name="change-feed"),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    # The split view serves its start-up script as a file, so no inline script needs allowing.
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api:schema"), name="docs"),
    path(
        "redoc/",
        SpectacularRedocView.as_view(url_name="api:schema", template_name="api/redoc.html"),
        name="redoc",
    ),
    # Anything else under /api/v1/ is a JSON 404, not the site's HTML page: clients parse errors too.
    re_path(r"", lambda request, *args, **kwargs: JsonResponse({"detail": "Not found."}, status=404)),
]
