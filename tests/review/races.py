"""Pairs of decisions on dependent rows, for the concurrency tests: one reviewer decides an
assessment (confirm, reject its outcome, choose another, set the verdict, flag, note) while another
rejects or edits the target or the outcome it rests on.

Each round works on a fresh item (a target, its linked outcome, another candidate and the
assessment) in the review world, with the versions both pages showed at the start. Every decision
is available as a service call and as the HTTP form post of its page, with the effect that must
be in the final state whenever the decision reported success.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from review.world import World, make_assessment, make_outcome, make_target, seen
from tracker.models import Assessment, Outcome, Target
from tracker.services import review as services
from tracker.services.decisions import Seen


@dataclass(frozen=True)
class Item:
    round: int
    assessment_id: int
    target_id: int
    outcome_id: int
    other_outcome_id: int
    seen: Seen

    def note(self, who: str) -> str:
        return f"{who} note {self.round}"


@dataclass(frozen=True)
class State:
    assessment: Assessment
    target: Target
    outcome: Outcome

    @classmethod
    def of(cls, item: Item) -> State:
        return cls(
            Assessment.objects.get(pk=item.assessment_id),
            Target.objects.get(pk=item.target_id),
            Outcome.objects.get(pk=item.outcome_id),
        )

    def versions(self) -> tuple[int, int, int]:
        return self.assessment.version, self.target.version, self.outcome.version


@dataclass(frozen=True)
class Race:
    """One decision: as a service call, as a form post, and what it leaves in the final state."""

    name: str
    call: Callable[[Item, object], object]
    post: Callable[[Item], tuple[str, dict]]
    holds: Callable[[State, Item], bool]


def fresh_item(world: World, number: int) -> Item:
    target = make_target(world.plan, "地区生产总值增长6%左右", indicator="gdp", value=6, qualifier="approx")
    outcome = make_outcome(world.review, "增长5.8%", indicator="gdp", value=5.8)
    other = make_outcome(world.review, "地区生产总值增长6.1%", indicator="gdp", value=6.1)
    assessment = make_assessment(
        target, outcome, verdict="missed", gap=-0.2, confidence=0.9, rule="approx_narrow_miss", reason="5.8 against 6"
    )
    return Item(number, assessment.pk, target.pk, outcome.pk, other.pk, seen(assessment))


def _page(item: Item) -> dict:
    return {"version": item.seen.assessment, "target_version": item.seen.target, "outcome_version": item.seen.outcome}


def _assessment_url(item: Item, action: str) -> str:
    return f"/review/assessments/{item.assessment_id}/{action}/"


TARGET_VALUES = services.TargetValues(
    indicator_id=None, period_start=2023, period_end=2023, kind="growth", value=Decimal("5.5"), value_high=None,
    unit="%", qualifier="approx", stretch=False, headline=True,
)
OUTCOME_VALUES = services.OutcomeValues(
    indicator_id=None, period_start=2023, period_end=2023, kind="growth", value=Decimal("6.4"), unit="%",
    estimate=False, scope="",
)


def _values(item: Item, values, model) -> object:
    """The edit's values, keeping the row's indicator."""
    indicator_id = model.objects.values_list("indicator_id", flat=True).get(
        pk=item.target_id if model is Target else item.outcome_id
    )
    return type(values)(**{**vars(values), "indicator_id": indicator_id})


def _form(values, item: Item, model, version: int) -> dict:
    data = {name: ("on" if value is True else "" if value in (None, False) else value) for name, value in vars(_values(item, values, model)).items()}
    data["indicator"] = data.pop("indicator_id")
    return {**data, "version": version, "acknowledged": "on"}


ASSESSMENT_DECISIONS = [
    Race(
        "confirm",
        lambda item, user: services.assessment_confirm(assessment_id=item.assessment_id, seen=item.seen, user=user),
        lambda item: (_assessment_url(item, "confirm"), _page(item)),
        lambda state, item: state.assessment.review_status == "confirmed"
        and state.target.review_status == "confirmed"
        and state.outcome.review_status == "confirmed",
    ),
    Race(
        "reject",
        lambda item, user: services.assessment_reject(
            assessment_id=item.assessment_id, seen=item.seen, note=item.note("reject"), user=user
        ),
        lambda item: (_assessment_url(item, "reject"), {**_page(item), "note": item.note("reject")}),
        lambda state, item: state.assessment.outcome_id is None and item.note("reject") in state.assessment.note,
    ),
    Race(
        "choose",
        lambda item, user: services.assessment_choose_outcome(
            assessment_id=item.assessment_id, seen=item.seen, outcome_id=item.other_outcome_id, user=user
        ),
        lambda item: (_assessment_url(item, "choose"), {**_page(item), "outcome": item.other_outcome_id}),
        lambda state, item: state.assessment.outcome_id == item.other_outcome_id,
    ),
    Race(
        "verdict",
        lambda item, user: services.assessment_set_verdict(
            assessment_id=item.assessment_id, seen=item.seen, verdict="met", note=item.note("verdict"), user=user
        ),
        lambda item: (_assessment_url(item, "verdict"), {**_page(item), "verdict": "met", "note": item.note("verdict")}),
        lambda state, item: state.assessment.verdict == "met"
        and state.assessment.method == "manual"
        and item.note("verdict") in state.assessment.note,
    ),
    Race(
        "flag",
        lambda item, user: services.assessment_flag_miss(
            assessment_id=item.assessment_id, version=item.seen.assessment, flagged=True, user=user
        ),
        lambda item: (_assessment_url(item, "flag"), {"version": item.seen.assessment, "flagged": "on"}),
        lambda state, item: state.assessment.flagged_miss,
    ),
    Race(
        "note",
        lambda item, user: services.assessment_add_note(
            assessment_id=item.assessment_id, version=item.seen.assessment, note=item.note("note"), user=user
        ),
        lambda item: (_assessment_url(item, "note"), {"version": item.seen.assessment, "note": item.note("note")}),
        lambda state, item: item.note("note") in state.assessment.note,
    ),
]

FACT_DECISIONS = [
    Race(
        "target-reject",
        lambda item, user: services.target_reject(target_id=item.target_id, version=item.seen.target, user=user),
        lambda item: (f"/review/targets/{item.target_id}/reject/", {"version": item.seen.target}),
        lambda state, item: state.target.review_status == "rejected",
    ),
    Race(
        "target-edit",
        lambda item, user: services.target_edit(
            target_id=item.target_id, version=item.seen.target, values=_values(item, TARGET_VALUES, Target), user=user
        ),
        lambda item: (f"/review/targets/{item.target_id}/edit/", _form(TARGET_VALUES, item, Target, item.seen.target)),
        lambda state, item: state.target.value == TARGET_VALUES.value,
    ),
    Race(
        "outcome-reject",
        lambda item, user: services.outcome_reject(outcome_id=item.outcome_id, version=item.seen.outcome, user=user),
        lambda item: (f"/review/outcomes/{item.outcome_id}/reject/", {"version": item.seen.outcome}),
        lambda state, item: state.outcome.review_status == "rejected" and state.assessment.outcome_id != item.outcome_id,
    ),
    Race(
        "outcome-edit",
        lambda item, user: services.outcome_edit(
            outcome_id=item.outcome_id, version=item.seen.outcome, values=_values(item, OUTCOME_VALUES, Outcome), user=user
        ),
        lambda item: (f"/review/outcomes/{item.outcome_id}/edit/", _form(OUTCOME_VALUES, item, Outcome, item.seen.outcome)),
        lambda state, item: state.outcome.value == OUTCOME_VALUES.value,
    ),
]

def history_versions_grow(item: Item) -> bool:
    """Each row's history records its versions strictly rising: none recorded twice, none going back."""
    for model, pk in ((Assessment, item.assessment_id), (Target, item.target_id), (Outcome, item.outcome_id)):
        versions = list(model.history.filter(id=pk).order_by("history_id").values_list("version", flat=True))
        if any(later <= earlier for earlier, later in zip(versions, versions[1:])):
            return False
    return True


def lost_updates(item: Item, succeeded: list[Race]) -> list[str]:
    """The decisions that reported success but are not in the final state."""
    state = State.of(item)
    return [race.name for race in succeeded if not race.holds(state, item)]
