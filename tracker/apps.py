from django.apps import AppConfig


class TrackerConfig(AppConfig):
    name = "tracker"
    verbose_name = "Work report tracker"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # The one Celery app, loaded with Django so that @shared_task binds to it.
        from . import celery  # noqa: F401
