"""The verdict rules applied to one assessment a reviewer just changed (another outcome, an
edited value), so the page shows the consequence at once.

Rows become the frozen facts of tracker.matching, as the linking service does for whole batches.
Relational targets (in_step, above) are judged against another indicator's growth, which only the
linking service resolves; for them the verdict is left as it was and the caller asks for a
re-review.
"""
from __future__ import annotations

from tracker.matching import IndicatorRule, judge
from tracker.models import Assessment, Outcome, Target
from tracker.services.facts import outcome_facts, reviewing_report_years, target_facts

RELATIONAL_QUALIFIERS = ("in_step", "above")


def rejudge(assessment: Assessment) -> None:
    """Set the verdict fields from the rules, for the assessment's target and (possibly new)
    outcome as they are stored now; the caller saves the assessment."""
    target = assessment.target
    if target.qualifier in RELATIONAL_QUALIFIERS:
        return
    indicator = target.indicator
    rule = (
        IndicatorRule(direction=indicator.direction, tolerance=indicator.tolerance, real_terms=indicator.real_terms)
        if indicator is not None
        else IndicatorRule()
    )
    (target_fact,) = target_facts(Target.objects.filter(pk=target.pk))
    outcome_fact = next(outcome_facts(Outcome.objects.filter(pk=assessment.outcome_id)), None)
    jurisdiction_id = target.report.jurisdiction_id
    review_report_present = outcome_fact is not None or (
        (jurisdiction_id, target.period_end + 1) in reviewing_report_years([jurisdiction_id])
    )
    result = judge(target_fact, outcome_fact, rule=rule, review_report_present=review_report_present)
    assessment.verdict = result.verdict
    assessment.gap = result.gap
    assessment.narrow = result.narrow
    assessment.rule = result.rule
    assessment.ruleset_version = result.ruleset_version
    assessment.reason = result.explanation[:300]
    assessment.derived = False
    assessment.derived_value = None
