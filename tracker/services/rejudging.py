"""The verdict rules applied to one assessment a reviewer just changed (another outcome, an
edited value), so the page shows the consequence at once.

Rows become the frozen facts of tracker.matching, as the linking service does for whole batches.
Relational targets (in_step, above) are judged against another indicator's growth, which only the
linking service resolves; for them the verdict is left as it was and the caller asks for a
re-review.
"""
from __future__ import annotations

from tracker.matching import IndicatorRule, OutcomeFact, TargetFact, judge
from tracker.models import Assessment, Outcome, Report, Target

RELATIONAL_QUALIFIERS = ("in_step", "above")


def rejudge(assessment: Assessment) -> None:
    """Set the verdict fields from the rules, for the assessment's target and (possibly new)
    outcome as they are now; the caller saves."""
    target = assessment.target
    if target.qualifier in RELATIONAL_QUALIFIERS:
        return
    outcome = assessment.outcome
    indicator = target.indicator
    rule = (
        IndicatorRule(direction=indicator.direction, tolerance=indicator.tolerance, real_terms=indicator.real_terms)
        if indicator is not None
        else IndicatorRule()
    )
    review_report_present = outcome is not None or Report.objects.filter(
        jurisdiction_id=target.report.jurisdiction_id, report_year=target.period_end + 1
    ).exists()
    result = judge(
        _target_fact(target),
        _outcome_fact(outcome) if outcome is not None else None,
        rule=rule,
        review_report_present=review_report_present,
    )
    assessment.verdict = result.verdict
    assessment.gap = result.gap
    assessment.narrow = result.narrow
    assessment.rule = result.rule
    assessment.ruleset_version = result.ruleset_version
    assessment.reason = result.explanation[:300]
    assessment.derived = False
    assessment.derived_value = None


def _target_fact(target: Target) -> TargetFact:
    return TargetFact(
        id=target.pk,
        jurisdiction_id=target.report.jurisdiction_id,
        indicator=target.indicator.code if target.indicator_id else None,
        period_start=target.period_start,
        period_end=target.period_end,
        kind=target.kind,
        value=target.value,
        value_high=target.value_high,
        unit=target.unit,
        qualifier=target.qualifier,
        stretch=target.stretch,
        reference=target.reference or None,
        report_year=target.report.report_year or target.period_start,
    )


def _outcome_fact(outcome: Outcome) -> OutcomeFact:
    return OutcomeFact(
        id=outcome.pk,
        jurisdiction_id=outcome.report.jurisdiction_id,
        indicator=outcome.indicator.code if outcome.indicator_id else None,
        period_start=outcome.period_start,
        period_end=outcome.period_end,
        kind=outcome.kind,
        value=outcome.value,
        unit=outcome.unit,
        estimate=outcome.estimate,
        cumulative=outcome.cumulative,
        scope=outcome.scope or None,
        report_id=outcome.report_id,
        report_year=outcome.report.report_year or outcome.period_end + 1,
        source_kind=outcome.report.source_kind,
    )
