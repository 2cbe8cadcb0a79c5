"""/reports/: stored reports (r/<scope>/<checksum>/) and live pages by government and year."""
from django.urls import path

from reports import views

app_name = "reports"
urlpatterns = [
    path("", views.report_index, name="index"),
    path("live/", views.live_redirect, name="live"),
    path("scorecard/<int:jurisdiction_id>/<int:year>/", views.scorecard, name="scorecard"),
    path("scorecard/<int:jurisdiction_id>/<int:year>/embed/", views.scorecard_embed, name="scorecard-embed"),
    path("league/<int:jurisdiction_id>/<int:year>/", views.league, name="league"),
    path("league/level/<slug:level>/<int:year>/", views.league_level, name="league-level"),
    path("trend/<int:jurisdiction_id>/", views.trend, name="trend"),
    path("trend/<int:jurisdiction_id>/embed/", views.trend_embed, name="trend-embed"),
    path("amplification/<int:jurisdiction_id>/<int:year>/<slug:indicator>/", views.amplification,
         name="amplification"),
    path("r/<slug:scope_key>/", views.stored_current, name="current"),
    path("r/<slug:scope_key>/<slug:checksum>/", views.stored_report, name="stored"),
    path("r/<slug:scope_key>/<slug:checksum>/<slug:fmt>/", views.stored_file, name="file"),
]
