"""The verdict on one target, given the figure chosen to answer it.

DESIGN.md's rules: at_least and at_most are read literally; exact, approx (左右) and range are
met on the indicator's good side (higher or lower is better); a 左右 shortfall within the
indicator's tolerance is still missed, and marked narrow. Declines are signed growth, so
下降3%以上 (value -3, at_most) is met by -3.5 and missed by -2.

Relational targets compare two growth rates of the same period: in_step (同步) is met when the
indicator grows at least as fast as its reference, equality included, and like 左右 a shortfall
within the tolerance is narrow; above (高于) needs strictly faster growth.

Without a figure the verdict is about the evidence: pending while the reviewing report has not
been imported, not_reported once it has (the report stayed silent), not_comparable when the only
figure is of another kind, basis or an unconvertible unit."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from tracker.matching.comparable import mismatch, target_unit, value_in_target_unit
from tracker.matching.facts import UNRESOLVED_INDICATORS, OutcomeFact, TargetFact
from tracker.matching.rules import HIGHER, LOWER, RULESET_VERSION, IndicatorRule
from tracker.matching.units import is_rate

MET = "met"
MISSED = "missed"
NOT_REPORTED = "not_reported"
NOT_COMPARABLE = "not_comparable"
PENDING = "pending"

AT_LEAST = "at_least"
AT_MOST = "at_most"
EXACT = "exact"
APPROX = "approx"
RANGE = "range"
IN_STEP = "in_step"
ABOVE = "above"

QUALIFIERS = (AT_LEAST, AT_MOST, EXACT, APPROX, RANGE, IN_STEP, ABOVE)

UNKNOWN_QUALIFIER = "unknown qualifier {!r}"
NARROW_SUFFIX = "_narrow_miss"

EXPLAIN_UNRESOLVED = "the indicator is not mapped to a code"
EXPLAIN_NO_FIGURE = "the reviewing report gives no figure"
EXPLAIN_PENDING = "the reviewing report is not in the database yet"
EXPLAIN_NO_VALUE = "the target has no value to compare with"

_LABELS = {AT_LEAST: "at least", AT_MOST: "at most", EXACT: "", APPROX: "about", RANGE: ""}


@dataclass(frozen=True, slots=True)
class Verdict:
    """`gap` is actual minus target in the target's unit (for a range, minus the bound that
    decides; for a relational target, minus the reference's growth). `rule` is the machine name
    of what decided: the qualifier, with '_narrow_miss' appended for a narrow miss, or the reason
    there was nothing to compare."""

    verdict: str
    gap: Decimal | None
    rule: str
    narrow: bool
    explanation: str
    ruleset_version: str = RULESET_VERSION


def judge(
    target: TargetFact,
    outcome: OutcomeFact | None,
    *,
    rule: IndicatorRule,
    review_report_present: bool,
    reference_outcome: OutcomeFact | None = None,
) -> Verdict:
    """Judge `target` against `outcome`, the figure choose_outcome picked (or None).

    `review_report_present`: the report that reviews the target's period is in the database.
    `reference_outcome`: for in_step/above targets, the reference's growth for the same period
    (the reference indicator of the same government, or the parent's figure for
    'parent_average'); the caller resolves which."""
    if target.qualifier not in QUALIFIERS:
        raise ValueError(UNKNOWN_QUALIFIER.format(target.qualifier))
    if target.indicator in UNRESOLVED_INDICATORS:
        return _no_verdict(NOT_COMPARABLE, "indicator_unresolved", EXPLAIN_UNRESOLVED)
    if outcome is None:
        if review_report_present:
            return _no_verdict(NOT_REPORTED, "no_figure", EXPLAIN_NO_FIGURE)
        return _no_verdict(PENDING, "review_pending", EXPLAIN_PENDING)
    problem = mismatch(target, outcome)
    if problem is not None:
        return _no_verdict(NOT_COMPARABLE, problem, _describe_problem(problem, target, outcome))
    actual = value_in_target_unit(target, outcome)
    if target.qualifier in (IN_STEP, ABOVE):
        return _judge_relational(target, actual, rule, reference_outcome, review_report_present)
    return _judge_numeric(target, actual, rule)


def _judge_numeric(target: TargetFact, actual: Decimal, rule: IndicatorRule) -> Verdict:
    good_side = {AT_LEAST: HIGHER, AT_MOST: LOWER}.get(target.qualifier, rule.direction)
    bound = target.value_high if target.qualifier == RANGE and good_side == LOWER else target.value
    if bound is None:
        return _no_verdict(NOT_COMPARABLE, "no_target_value", EXPLAIN_NO_VALUE)
    gap = actual - bound
    met = gap >= 0 if good_side == HIGHER else gap <= 0
    narrow = not met and target.qualifier == APPROX and abs(gap) <= _allowed_shortfall(target, bound, rule)
    unit = target_unit(target)
    against = " ".join(filter(None, [_LABELS[target.qualifier], _range_text(target) or _fmt(bound)]))
    return _judged(target, met, narrow, gap, rule, f"{_fmt(actual)}{unit} against {against}{unit}")


def _judge_relational(
    target: TargetFact,
    actual: Decimal,
    rule: IndicatorRule,
    reference: OutcomeFact | None,
    review_report_present: bool,
) -> Verdict:
    if reference is None:
        if review_report_present:
            explanation = f"no growth figure for {target.reference}"
            return _no_verdict(NOT_COMPARABLE, "reference_missing", explanation)
        return _no_verdict(PENDING, "review_pending", EXPLAIN_PENDING)
    problem = mismatch(target, reference)
    if problem is not None:
        explanation = f"the {target.reference} figure: {_describe_problem(problem, target, reference)}"
        return _no_verdict(NOT_COMPARABLE, f"reference_{problem}", explanation)
    reference_growth = value_in_target_unit(target, reference)
    gap = actual - reference_growth
    if target.qualifier == IN_STEP:
        met = gap >= 0
        narrow = not met and -gap <= _allowed_shortfall(target, reference_growth, rule)
    else:
        met, narrow = gap > 0, False
    relation = "in step with" if target.qualifier == IN_STEP else "above"
    summary = f"growth {_fmt(actual)}% {relation} {target.reference} growth {_fmt(reference_growth)}%"
    return _judged(target, met, narrow, gap, rule, summary)


def _judged(
    target: TargetFact, met: bool, narrow: bool, gap: Decimal, rule: IndicatorRule, summary: str
) -> Verdict:
    explanation = f"{summary}: {MET if met else MISSED}, gap {_fmt(gap, signed=True)}"
    if narrow:
        tolerance = _fmt(rule.tolerance) + ("" if _in_points(target) else "%")
        explanation += f", a narrow miss (tolerance {tolerance})"
    return Verdict(
        verdict=MET if met else MISSED,
        gap=gap,
        rule=target.qualifier + (NARROW_SUFFIX if narrow else ""),
        narrow=narrow,
        explanation=explanation,
    )


def _no_verdict(verdict: str, rule: str, explanation: str) -> Verdict:
    return Verdict(verdict=verdict, gap=None, rule=rule, narrow=False, explanation=explanation)


def _allowed_shortfall(target: TargetFact, bound: Decimal, rule: IndicatorRule) -> Decimal:
    """Percentage points for rates; for amounts and counts, a percentage of the target value."""
    return rule.tolerance if _in_points(target) else abs(bound) * rule.tolerance / 100


def _in_points(target: TargetFact) -> bool:
    return is_rate(target_unit(target))


def _describe_problem(problem: str, target: TargetFact, outcome: OutcomeFact) -> str:
    figure = f"a {outcome.kind} figure in {outcome.unit or 'no unit'}"
    wanted = f"a {target.kind} target in {target_unit(target) or 'no unit'}"
    return f"{problem.replace('_', ' ')}: {figure} against {wanted}"


def _range_text(target: TargetFact) -> str:
    if target.qualifier != RANGE or target.value is None or target.value_high is None:
        return ""
    return f"{_fmt(target.value)}-{_fmt(target.value_high)}"


def _fmt(value: Decimal, *, signed: bool = False) -> str:
    """7.50 as 7.5 and 600 as 600 (not 6E+2)."""
    text = format(value.normalize(), "f")
    return f"+{text}" if signed and value > 0 else text
