"""The plain rows every report is computed from, so the arithmetic runs and is tested without a
database.

`reports.selectors` fills these from Target, Outcome and Assessment rows; everything else in the
computation (scorecards, leagues, trends, amplification, tables, charts) only reads them. Values
stay Decimal as in the database: a float would print 7.4 as 7.4000000000000004."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

MET = "met"
MISSED = "missed"
NOT_REPORTED = "not_reported"
PENDING = "pending"
NOT_COMPARABLE = "not_comparable"
VERDICTS = (MET, MISSED, NOT_REPORTED, PENDING, NOT_COMPARABLE)
VERDICT_LABELS = {
    MET: "met",
    MISSED: "missed",
    NOT_REPORTED: "not reported",
    PENDING: "pending",
    NOT_COMPARABLE: "not comparable",
}

LOWER = "lower"

# Most trusted document kind first; a duplicate target from a news summary yields to the full text.
SOURCE_KINDS = ("full", "partial", "summary")

# A verdict's place on its target's public evidence page (tracker.public).
PERMALINK = "/targets/{}/#assessment"

_QUALIFIER_SIGNS = {"approx": "≈", "at_least": "≥", "at_most": "≤", "exact": ""}
_RELATIONAL_LABELS = {"in_step": "in step with", "above": "above"}
_REFERENCE_LABELS = {"parent_average": "the parent's average"}


def format_number(value: Decimal | None) -> str:
    """7.0000 -> '7', 5.5000 -> '5.5', 1.2E+3 -> '1200': the number as a report would write it."""
    if value is None:
        return ""
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "") else text


def format_signed(value: Decimal | None) -> str:
    """A gap with its sign: '+0.3', '-1.2', '0'."""
    if value is None:
        return ""
    text = format_number(value)
    return f"+{text}" if value > 0 else text


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

    @property
    def provisional(self) -> bool:
        return not self.reviewed

    @property
    def series_key(self) -> tuple[str, str, str]:
        """What makes two targets the same quantity: indicator, kind and unit (GDP growth in %
        and GDP in 亿元 are two series)."""
        return (self.indicator or self.indicator_name, self.kind, self.unit)

    @property
    def target_text(self) -> str:
        """'≥5.5%', '≈7%', '6–7%', 'in step with gdp'; stretch (力争) is shown separately."""
        if self.qualifier in _RELATIONAL_LABELS:
            reference = _REFERENCE_LABELS.get(self.reference, self.reference or "reference")
            return f"{_RELATIONAL_LABELS[self.qualifier]} {reference}"
        if self.qualifier == "range" and self.value_high is not None:
            return f"{format_number(self.value)}–{format_number(self.value_high)}{self.unit}"
        sign = _QUALIFIER_SIGNS.get(self.qualifier, "")
        return f"{sign}{format_number(self.value)}{self.unit}"

    @property
    def actual_text(self) -> str:
        if self.actual is None:
            return ""
        estimate = " (est.)" if self.actual_estimate else ""
        return f"{format_number(self.actual)}{self.actual_unit}{estimate}"

    @property
    def gap_text(self) -> str:
        return format_signed(self.gap)

    @property
    def verdict_label(self) -> str:
        label = VERDICT_LABELS.get(self.verdict, self.verdict)
        return f"{label} (narrow)" if self.narrow and self.verdict == MISSED else label

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
