"""The plain rows every report is computed from, so the arithmetic runs and is tested without a
database.

`reports.selectors` fills these from Target, Outcome and Assessment rows; everything else in the
computation (scorecards, leagues, trends, amplification, tables, charts) only reads them. Values
stay Decimal as in the database: a float would print 7.4 as 7.4000000000000004."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from reports.wording import ENGLISH, Wording, format_number, format_signed, gettext_noop

MET = "met"
MISSED = "missed"
NOT_REPORTED = "not_reported"
PENDING = "pending"
NOT_COMPARABLE = "not_comparable"
VERDICTS = (MET, MISSED, NOT_REPORTED, PENDING, NOT_COMPARABLE)
VERDICT_LABELS = {
    MET: gettext_noop("met"),
    MISSED: gettext_noop("missed"),
    NOT_REPORTED: gettext_noop("not reported"),
    PENDING: gettext_noop("pending"),
    NOT_COMPARABLE: gettext_noop("not comparable"),
}
KIND_LABELS = {
    "growth": gettext_noop("growth"),
    "level": gettext_noop("level"),
    "share": gettext_noop("share or rate"),
    "count": gettext_noop("count"),
    "relational": gettext_noop("relational"),
}

LOWER = "lower"

# Most trusted document kind first; a duplicate target from a news summary yields to the full text.
SOURCE_KINDS = ("full", "partial", "summary")

# A verdict's place on its target's public evidence page (tracker.public).
PERMALINK = "/targets/{}/#assessment"

# How a target reads with its qualifier; Chinese puts 左右 after the figure, English ≈ before it.
_QUALIFIED = {
    "approx": gettext_noop("≈%(value)s"),
    "at_least": gettext_noop("≥%(value)s"),
    "at_most": gettext_noop("≤%(value)s"),
}
_RELATIONAL = {"in_step": gettext_noop("in step with %(reference)s"), "above": gettext_noop("above %(reference)s")}
_REFERENCE_LABELS = {"parent_average": gettext_noop("the parent's average")}


@dataclass(frozen=True, slots=True)
class Government:
    """A jurisdiction as reports see it: `level` is national/province/prefecture/county or ''."""

    id: int
    name: str
    level: str = ""
    parent_id: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class AssessedTarget:
    """One annual target of one government, with the figure and verdict that answer it.

    `assessment_id` is None for a target not linked yet, which counts as pending. `reviewed` is
    True only for a verdict a reviewer confirmed or overrode: anything else is provisional."""

    target_id: int
    assessment_id: int | None
    jurisdiction_id: int
    year: int
    indicator: str | None
    indicator_name: str
    direction: str
    kind: str
    qualifier: str
    value: Decimal | None
    value_high: Decimal | None
    unit: str
    stretch: bool
    headline: bool
    reference: str
    actual: Decimal | None
    actual_unit: str
    actual_estimate: bool
    verdict: str
    gap: Decimal | None
    narrow: bool
    reviewed: bool
    target_quote: str
    actual_quote: str
    source_kind: str = "full"
    indicator_name_en: str = ""
    reference_name: str = ""
    reference_name_en: str = ""
    derived: bool = False  # the actual is a growth computed from two reported levels

    @property
    def provisional(self) -> bool:
        return not self.reviewed

    @property
    def series_key(self) -> tuple[str, str, str]:
        """What makes two targets the same quantity: indicator, kind and unit (GDP growth in %
        and GDP in 亿元 are two series)."""
        return (self.indicator or self.indicator_name, self.kind, self.unit)

    def name_in(self, words: Wording) -> str:
        """The indicator's name in the reader's language (the report's own words for `other`)."""
        if not words.chinese and self.indicator_name_en:
            return self.indicator_name_en
        return self.indicator_name

    def target_in(self, words: Wording) -> str:
        """'≥5.5%' or '不低于5.5%', '≈7%' or '7%左右', '6–7%', 'in step with gdp'; stretch (力争)
        is shown separately."""
        if self.qualifier in _RELATIONAL:
            named = self.reference_name_en if not words.chinese and self.reference_name_en else self.reference_name
            label = _REFERENCE_LABELS.get(self.reference)
            reference = named or (words(label) if label else self.reference or words(gettext_noop("the reference")))
            return words(_RELATIONAL[self.qualifier], reference=reference)
        if self.qualifier == "range" and self.value_high is not None:
            return f"{format_number(self.value)}–{format_number(self.value_high)}{self.unit}"
        figure = f"{format_number(self.value)}{self.unit}"
        return words(_QUALIFIED[self.qualifier], value=figure) if self.qualifier in _QUALIFIED else figure

    def actual_in(self, words: Wording) -> str:
        if self.actual is None:
            return ""
        figure = f"{format_number(self.actual)}{self.actual_unit}"
        return words(gettext_noop("%(value)s (est.)"), value=figure) if self.actual_estimate else figure

    def gap_in(self, words: Wording) -> str:
        return words.difference(self.gap, self.unit)

    def verdict_in(self, words: Wording) -> str:
        label = words(VERDICT_LABELS.get(self.verdict, self.verdict))
        return words(gettext_noop("%(verdict)s (narrow)"), verdict=label) if self.narrow and self.verdict == MISSED else label

    @property
    def target_text(self) -> str:
        return self.target_in(ENGLISH)

    @property
    def actual_text(self) -> str:
        return self.actual_in(ENGLISH)

    @property
    def gap_text(self) -> str:
        return format_signed(self.gap)

    @property
    def verdict_label(self) -> str:
        return self.verdict_in(ENGLISH)

    @property
    def permalink(self) -> str:
        return PERMALINK.format(self.target_id) if self.assessment_id is not None else ""

    @property
    def anchor(self) -> str:
        """The id of this target's evidence on a rendered page, which its chart mark links to."""
        return f"evidence-{self.target_id}"

    @property
    def ambition(self) -> Decimal | None:
        """The target value signed so that larger is more ambitious (lower-is-better negated)."""
        if self.value is None:
            return None
        return -self.value if self.direction == LOWER else self.value
