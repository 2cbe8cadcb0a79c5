"""The review pages, under /review/."""
from django.urls import path

from tracker.review.views import assessments, decisions, facts, imports, log, queue, reports

app_name = "review"
urlpatterns = [
    path("", queue.queue, name="queue"),
    path("bulk/", queue.bulk, name="bulk"),
    path("assessments/<int:pk>/", assessments.assessment_detail, name="assessment"),
    path("assessments/<int:pk>/<slug:action>/", assessments.assessment_act, name="assessment_act"),
    path("import/", imports.import_reports, name="import"),
    path("reports/", reports.report_list, name="reports"),
    path("reports/<int:pk>/", reports.report_detail, name="report"),
    path("undo/", decisions.undo, name="undo"),
    path("log.csv", log.review_log, name="log"),
    path("import/<int:pk>/", imports.import_batch, name="import_batch"),
]
for kind in reports.ADDERS:
    urlpatterns.append(path(f"add/{kind}/", reports.fact_add, {"kind": kind}, name=f"add_{kind}"))
for kind in facts.KINDS:
    urlpatterns += [
        path(f"{kind}s/", facts.fact_queue, {"kind": kind}, name=f"{kind}s"),
        path(f"{kind}s/<int:pk>/", facts.fact_detail, {"kind": kind}, name=kind),
        path(f"{kind}s/<int:pk>/<slug:action>/", facts.fact_act, {"kind": kind}, name=f"{kind}_act"),
    ]
