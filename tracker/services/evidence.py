"""The evidence snapshot a reviewer's decision is stored with (see tracker.matching.evidence),
read from the rows as they are inside the deciding transaction."""
from __future__ import annotations

from tracker.matching.evidence import evidence_of
from tracker.models import Outcome, Target
from tracker.services.facts import outcome_facts, target_facts


def evidence_basis(*, target: Target, outcome_id: int | None) -> dict:
    """The target's values, the linked figure's values and the figures a reviewer could choose
    from (every accepted figure of the government and indicator), as stored JSON."""
    (target_fact,) = target_facts(Target.objects.filter(pk=target.pk))
    outcome_fact = next(outcome_facts(Outcome.objects.filter(pk=outcome_id)), None) if outcome_id else None
    candidates = (
        Outcome.objects.accepted()
        .filter(report__jurisdiction_id=target.report.jurisdiction_id, indicator_id=target.indicator_id)
        .values_list("pk", flat=True)
        if target.indicator_id is not None
        else []
    )
    return evidence_of(target_fact, outcome_fact, candidates).as_json()
