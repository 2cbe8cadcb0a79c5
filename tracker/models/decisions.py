"""Reviewer decisions as units: one row per action, grouping the history records it wrote.

A decision often writes several rows (confirming an assessment confirms its target and outcome;
rejecting an outcome re-opens every assessment resting on it). The history records of those rows
point to their Decision, so the review log can show one action as one line and an undo can
restore exactly the rows that action changed.
"""
from django.conf import settings
from django.db import models
from django.dispatch import receiver
from django.utils import timezone
from simple_history.signals import pre_create_historical_record


class Decision(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="review_decisions"
    )
    at = models.DateTimeField(default=timezone.now, db_index=True)
    action = models.CharField(max_length=40)
    subject = models.CharField(max_length=80, help_text="What the reviewer acted on: assessment #12")
    undoes = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="undone_by"
    )

    class Meta:
        ordering = ["-at", "-pk"]

    def __str__(self) -> str:
        return f"{self.action} {self.subject}"


class DecisionRecord(models.Model):
    """The base of the historical models: which decision (if any) wrote the record."""

    decision = models.ForeignKey(
        "tracker.Decision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        abstract = True


@receiver(pre_create_historical_record)
def _record_decision(sender, instance, history_instance, **kwargs) -> None:
    """Services set `_decision_id` on the rows they write; the history record keeps it."""
    history_instance.decision_id = getattr(instance, "_decision_id", None)
