"""Public pages under the site root: evidence pages, governments, the data licence and the guide."""
from django.urls import path

from tracker.public import views

app_name = "public"
urlpatterns = [
    path("targets/<int:pk>/", views.target_page, name="target"),
    path("outcomes/<int:pk>/", views.outcome_page, name="outcome"),
    path("governments/<int:pk>/", views.government_page, name="government"),
    path("data/", views.data_page, name="data"),
    path("journalists/", views.journalists_page, name="journalists"),
]
