"""The review pages, under /review/."""
from django.urls import path

from tracker.review.views import assessments, facts, imports, queue

app_name = "review"
urlpatterns = [
    path("", queue.queue, name="queue"),
    path("bulk/", queue.bulk, name="bulk"),
    path("assessments/<int:pk>/", assessments.assessment_detail, name="assessment"),
    path("assessments/<int:pk>/<slug:action>/", assessments.assessment_act, name="assessment_act"),
    path("import/", imports.import_reports, name="import"),
]
for kind in facts.KINDS:
    urlpatterns += [
        path(f"{kind}s/", facts.fact_queue, {"kind": kind}, name=f"{kind}s"),
        path(f"{kind}s/<int:pk>/", facts.fact_detail, {"kind": kind}, name=kind),
        path(f"{kind}s/<int:pk>/<slug:action>/", facts.fact_act, {"kind": kind}, name=f"{kind}_act"),
    ]
