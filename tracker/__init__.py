"""Tracker: government work report targets against their outcomes.

Nothing is imported here: the pure packages (tracker.extraction, tracker.matching) must load
without Django or Celery. The Celery app is loaded when Django starts (apps.TrackerConfig.ready)
and by the worker (celery -A tracker finds tracker.celery)."""
