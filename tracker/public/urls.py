from django.urls import path

from tracker.public import views

app_name = "public"
urlpatterns = [
    path("targets/<int:pk>/", views.target_page, name="target"),
    path("outcomes/<int:pk>/", views.outcome_page, name="outcome"),
    path("governments/<int:pk>/", views.government_page, name="government"),
]
