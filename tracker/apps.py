from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrackerConfig(AppConfig):
    name = "tracker"
    verbose_name = _("Work report tracker")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # The one Celery app, loaded with Django so that @shared_task binds to it.
        from . import celery  # noqa: F401
