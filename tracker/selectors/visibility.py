"""Which review states the public sees by default, and which count as provisional.

Published numbers are the ones a reviewer stood behind. Machine output nobody has looked at yet
is shown only on request and always labelled provisional; rejected extractions never appear in
lists (their permalinks keep working, showing the rejection)."""
from django.db.models import Q

from tracker.models import ReviewStatus
from tracker.models.assessments import AssessmentStatus

FACT_REVIEWED = (ReviewStatus.CONFIRMED, ReviewStatus.EDITED)
FACT_PROVISIONAL = (ReviewStatus.PENDING,)
ASSESSMENT_REVIEWED = (AssessmentStatus.CONFIRMED, AssessmentStatus.OVERRIDDEN)
ASSESSMENT_PROVISIONAL = (AssessmentStatus.PROPOSED, AssessmentStatus.REREVIEW)


def fact_statuses(*, include_unreviewed: bool) -> tuple[str, ...]:
    return FACT_REVIEWED + FACT_PROVISIONAL if include_unreviewed else FACT_REVIEWED


def assessment_statuses(*, include_unreviewed: bool) -> tuple[str, ...]:
    return ASSESSMENT_REVIEWED + ASSESSMENT_PROVISIONAL if include_unreviewed else ASSESSMENT_REVIEWED


def fact_visible(*, include_unreviewed: bool) -> Q:
    """The condition on a Target or Outcome for appearing in a list."""
    return Q(review_status__in=fact_statuses(include_unreviewed=include_unreviewed))


def assessment_visible(*, include_unreviewed: bool) -> Q:
    """An assessment is listed when it is reviewed (or opted in) and its target was not rejected.

    A reviewer who confirms a verdict has read the target's quote and the outcome beside it, so
    the assessment's own status decides; the target need not be confirmed separately."""
    return Q(review_status__in=assessment_statuses(include_unreviewed=include_unreviewed)) & ~Q(
        target__review_status=ReviewStatus.REJECTED
    )
