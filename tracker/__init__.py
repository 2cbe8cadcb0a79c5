"""Tracker: government work report targets against their outcomes."""
from .celery import app as celery_app

__all__ = ("celery_app",)
