"""Which reported figure answers a target.

Among the figures for the target's indicator, government and period, the preference is: one
that can be compared at all (same kind, basis and a convertible unit), a reported rather than a
derived figure, a final figure rather than an estimate, the report that reviews the period
rather than a later mention, full text rather than a summary. A sub-area's figure (重庆经开区)
never answers a target of the government that contains it, however alone it is. When figures
that are equally acceptable disagree, the best is kept and the match is flagged for review."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from tracker.matching.comparable import BASIS_MISMATCH, KIND_MISMATCH, UNIT_MISMATCH, mismatch, target_unit
from tracker.matching.facts import PARENT_AVERAGE, UNRESOLVED_INDICATORS, OutcomeFact, TargetFact
from tracker.matching.units import convert

REASON_UNRESOLVED = "indicator not resolved: a reviewer must map it before it can be matched"
REASON_NO_FIGURE = "no figure for this indicator and period from the government itself"
REASON_NO_PARENT = "the reference is the parent's average, and the government has no parent"
REASON_ONLY_SUB_AREA = "only figures for a sub-area ({scopes}), which never answer the government's target"

# What lowers confidence in a chosen figure, and how to say it in the one-line reason.
_PENALTIES = {
    KIND_MISMATCH: 0.7,
    BASIS_MISMATCH: 0.7,
    UNIT_MISMATCH: 0.5,
    "derived": 0.3,
    "disagreement": 0.2,
    "summary": 0.15,
    "estimate": 0.1,
    "other_report": 0.1,
    "partial": 0.05,
    "replaces_estimate": 0.0,
}
_MIN_CONFIDENCE = 0.05


@dataclass(frozen=True, slots=True)
class Match:
    """The figure chosen for a target (None when there is none), and how sure the choice is.

    `alternatives` are the ids of the other figures a reviewer could pick instead, best first."""

    outcome: OutcomeFact | None
    confidence: float
    reason: str
    disagreement: bool = False
    alternatives: tuple[int, ...] = ()

    @property
    def outcome_id(self) -> int | None:
        return self.outcome.id if self.outcome else None

    @property
    def derived(self) -> bool:
        return bool(self.outcome and self.outcome.derived)


def choose_outcome(
    target: TargetFact, candidates: Sequence[OutcomeFact], *, expected_review_year: int
) -> Match:
    """The figure that answers `target` among `candidates` (any mix of figures; derived ones
    from derive_growth included). `expected_review_year` is the year of the report that reviews
    the target's period, normally period_end + 1."""
    if target.indicator in UNRESOLVED_INDICATORS:
        return Match(outcome=None, confidence=0.0, reason=REASON_UNRESOLVED)
    relevant = [
        c
        for c in candidates
        if c.jurisdiction_id == target.jurisdiction_id
        and c.indicator == target.indicator
        and (c.period_start, c.period_end) == (target.period_start, target.period_end)
    ]
    own = [c for c in relevant if not c.scope]
    if not own:
        scopes = sorted({c.scope for c in relevant})
        reason = REASON_ONLY_SUB_AREA.format(scopes="、".join(scopes)) if scopes else REASON_NO_FIGURE
        return Match(outcome=None, confidence=1.0, reason=reason)

    ranked = sorted(
        (((_tier(target, c), c.derived, *c.evidence_rank(expected_review_year)), c) for c in own),
        key=lambda pair: pair[0],
    )
    (best, chosen), *rest = ranked
    others = [c for _, c in rest]
    # Equally acceptable: the same tier, both reported or both derived, the same kind.
    peers = [c for key, c in rest if key[:2] == best[:2] and c.kind == chosen.kind]
    disagreeing = [c for c in peers if _differs(chosen, c)]
    notes = _notes(target, chosen, peers, expected_review_year)
    if disagreeing:
        notes["disagreement"] = f"{len(disagreeing)} other figure(s) disagree"
    confidence = max(_MIN_CONFIDENCE, 1.0 - sum(_PENALTIES[key] for key in notes))
    reason = "; ".join([f"outcome {chosen.id} from the {chosen.report_year} report", *notes.values()])
    return Match(
        outcome=chosen,
        confidence=round(confidence, 2),
        reason=reason,
        disagreement=bool(disagreeing),
        alternatives=tuple(dict.fromkeys(c.id for c in others if c.id != chosen.id)),
    )


def choose_reference(
    target: TargetFact,
    candidates: Sequence[OutcomeFact],
    *,
    expected_review_year: int,
    parent_id: int | None = None,
) -> Match:
    """The growth figure a relational target (与经济增长同步, 高于全市平均水平) is compared with:
    the reference indicator's figure of the same government, or for 'parent_average' the same
    indicator's figure of the parent government (`parent_id`), for the target's period. Chosen
    by the same preferences as any answer; pass the result's outcome to judge."""
    if target.reference == PARENT_AVERAGE:
        if parent_id is None:
            return Match(outcome=None, confidence=1.0, reason=REASON_NO_PARENT)
        reference = replace(target, jurisdiction_id=parent_id)
    else:
        reference = replace(target, indicator=target.reference)
    return choose_outcome(reference, candidates, expected_review_year=expected_review_year)


def _tier(target: TargetFact, outcome: OutcomeFact) -> int:
    """0: comparable; 1: right kind, unconvertible unit; 2: another kind or basis."""
    problem = mismatch(target, outcome)
    return 0 if problem is None else 1 if problem == UNIT_MISMATCH else 2


def _differs(chosen: OutcomeFact, other: OutcomeFact) -> bool:
    """Different values once in the same unit; figures in unconvertible units are not compared."""
    value = convert(other.value, other.unit, chosen.unit, kind=other.kind)
    return value is not None and value != chosen.value


def _notes(
    target: TargetFact, chosen: OutcomeFact, peers: list[OutcomeFact], review_year: int
) -> dict[str, str]:
    notes = {}
    problem = mismatch(target, chosen)
    if problem is not None:
        notes[problem] = {
            KIND_MISMATCH: f"only a {chosen.kind} figure for a {target.kind} target",
            BASIS_MISMATCH: "a cumulative total and an annual average are not comparable",
            UNIT_MISMATCH: f"unit {chosen.unit!r} cannot be converted to {target_unit(target)!r}",
        }[problem]
    if chosen.derived:
        notes["derived"] = "growth derived from levels {} and {}".format(*chosen.derived_from)
    if chosen.estimate:
        notes["estimate"] = "an estimate"
    elif any(peer.estimate for peer in peers):
        notes["replaces_estimate"] = "final figure preferred over an estimate"
    if chosen.report_year != review_year:
        notes["other_report"] = f"not from the {review_year} review"
    if chosen.source_kind in ("summary", "partial"):
        notes[chosen.source_kind] = f"from a {chosen.source_kind} text"
    return notes
