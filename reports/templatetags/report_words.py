"""Report rows in the reader's language: `{{ line|target }}`, `{{ line|verdict }}`, ...

The rows are pure dataclasses whose English words are message ids; these filters say them through
the Wording of the active language, so one template serves both languages."""
from django import template

from reports.language import current_wording
from reports.rows import KIND_LABELS

register = template.Library()


@register.filter
def indicator(line) -> str:
    """The indicator's name (a row, a trend series or an amplification view)."""
    return line.name_in(current_wording())


@register.filter
def target(line) -> str:
    return line.target_in(current_wording())


@register.filter
def actual(line) -> str:
    return line.actual_in(current_wording())


@register.filter
def gap(line) -> str:
    return line.gap_in(current_wording())


@register.filter
def verdict(line) -> str:
    return line.verdict_in(current_wording())


@register.filter
def kind(code: str) -> str:
    words = current_wording()
    return words(KIND_LABELS[code]) if code in KIND_LABELS else code


@register.filter
def escalation(tier) -> str:
    """A tier's step up from the tier above, in points for rates."""
    return current_wording().difference(tier.escalation, tier.target.unit if tier.target else "")
