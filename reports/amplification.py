"""The amplification view (层层加码): one indicator in one year, a government's target beside its
parent's above and its children's below.

Research on these reports documents targets growing more ambitious at each step down (national
6.5%, province 7%, city 7.5%, district 8%). `escalation` measures that step: the target minus the
target of the tier above, signed so that a positive number is more ambitious whichever way the
indicator is better. It is only computed between targets of the same kind and unit."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from reports.rows import AssessedTarget, Government
from reports.wording import ENGLISH, Wording

PARENT = "parent"
FOCUS = "focus"
CHILD = "child"


@dataclass(frozen=True, slots=True)
class Tier:
    government: Government
    role: str
    target: AssessedTarget | None
    escalation: Decimal | None

    @property
    def escalated(self) -> bool:
        return self.escalation is not None and self.escalation > 0


@dataclass(frozen=True, slots=True)
class Amplification:
    indicator: str
    year: int
    focus: Tier
    parent: Tier | None
    children: tuple[Tier, ...]

    @property
    def tiers(self) -> tuple[Tier, ...]:
        """Top down: parent, the government, its children."""
        return ((self.parent,) if self.parent else ()) + (self.focus,) + self.children

    @property
    def escalated_children(self) -> int:
        return sum(child.escalated for child in self.children)

    @property
    def indicator_name(self) -> str:
        return self.name_in(ENGLISH)

    def name_in(self, words: Wording) -> str:
        named = next((tier.target for tier in self.tiers if tier.target), None)
        return named.name_in(words) if named else self.indicator

    @property
    def has_provisional(self) -> bool:
        return any(tier.target is not None and tier.target.provisional for tier in self.tiers)


def _pick(candidates: list[AssessedTarget], like: AssessedTarget | None) -> AssessedTarget | None:
    """The target to show for one government: one of the same kind and unit as `like` if there
    is one, preferring headline, non-stretch targets (a floor beats a 力争 stretch)."""
    if not candidates:
        return None
    if like is not None:
        same = [c for c in candidates if (c.kind, c.unit) == (like.kind, like.unit)]
        candidates = same or candidates
    return min(candidates, key=lambda c: (not c.headline, c.stretch, c.kind != "growth", c.target_id))


def escalation(lower: AssessedTarget | None, upper: AssessedTarget | None) -> Decimal | None:
    """How much more ambitious `lower` is than `upper`, or None when they cannot be compared."""
    if lower is None or upper is None or (lower.kind, lower.unit) != (upper.kind, upper.unit):
        return None
    if lower.ambition is None or upper.ambition is None:
        return None
    return lower.ambition - upper.ambition


def build_amplification(
    *,
    indicator: str,
    year: int,
    focus: Government,
    parent: Government | None,
    children: Iterable[Government],
    lines: Iterable[AssessedTarget],
) -> Amplification:
    by_government: dict[int, list[AssessedTarget]] = {}
    for line in lines:
        if line.indicator == indicator and line.year == year:
            by_government.setdefault(line.jurisdiction_id, []).append(line)

    focus_target = _pick(by_government.get(focus.id, []), None)
    parent_target = _pick(by_government.get(parent.id, []), focus_target) if parent else None
    parent_tier = Tier(parent, PARENT, parent_target, None) if parent else None
    focus_tier = Tier(focus, FOCUS, focus_target, escalation(focus_target, parent_target))
    child_tiers = []
    for child in sorted(children, key=lambda gov: gov.name):
        target = _pick(by_government.get(child.id, []), focus_target or parent_target)
        child_tiers.append(Tier(child, CHILD, target, escalation(target, focus_target)))
    return Amplification(
        indicator=indicator, year=year, focus=focus_tier, parent=parent_tier, children=tuple(child_tiers)
    )
