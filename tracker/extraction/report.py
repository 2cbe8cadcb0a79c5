"""One report read end to end: normalise, date and place it, read every paragraph's figures,
and keep the targets and outcomes, recording for ``explain`` what became of every number."""
from __future__ import annotations

import datetime
from dataclasses import asdict, dataclass, field

from .dating import page_address, published_on
from .figures import parse_figures
from .metadata import ReportMetadata, detect_metadata
from .normalize import normalize_text
from .numbers import find_quantities
from .outcomes import Actual, actual_from
from .rules import NO_TRACE, RULES, Decision, Trace
from .sections import REVIEW, Paragraph, split_paragraphs
from .subjects import Place
from .targets import (
    Target, headline_regions, in_regions, mark_headlines, sentence_start, target_drop_rule, target_from,
)
from .taxonomy import DEFAULT_TAXONOMY, OTHER, Taxonomy
from .tense import reading
from .workload import is_work_item, measures_economy

EXTRACTOR_VERSION = "2"



@dataclass(frozen=True)
class Extraction:
    jurisdiction: str | None
    report_year: int | None
    delivered_on: datetime.date | None
    speaker: str | None
    targets: tuple[Target, ...]
    actuals: tuple[Actual, ...]
    text: str = field(repr=False)  # the normalised text that start/end index
    metadata: ReportMetadata | None = field(default=None, repr=False)  # with the reasons for each field
    decisions: tuple[Decision, ...] = field(default=(), repr=False)  # filled with explain=True

    def to_dict(self) -> dict:
        return {
            "jurisdiction": self.jurisdiction,
            "report_year": self.report_year,
            "delivered_on": self.delivered_on.isoformat() if self.delivered_on else None,
            "speaker": self.speaker,
            "targets": [_plain(asdict(target)) for target in self.targets],
            "actuals": [_plain(asdict(actual)) for actual in self.actuals],
        }


_HEADLINE_MAX = 40


_TITLE_LINES = 3  # a page's title and subtitle come first
_BULLET = ("●", "■", "◆", "▲", "—", "-", "·", "•")


def _is_headline(paragraph: str) -> bool:
    """A title line before the body: a news headline's figure (今年GDP预期增长6%) restates, often
    loosely, what the report's own sentence says, and the report's sentence is the evidence.
    A bulleted line is a list item, not a title."""
    stripped = paragraph.strip()
    return (len(stripped) <= _HEADLINE_MAX and ";" not in stripped and not stripped.endswith(":")
            and not stripped.startswith(_BULLET))


def extract_report(text: str, *, taxonomy: Taxonomy | None = None, report_year: int | None = None,
                   source_url: str = "", explain: bool = False) -> Extraction:
    """Targets and outcomes of a report given as decoded text (normalised here). ``report_year``
    overrides the year read from the text; ``source_url`` (else the address a copied page names
    on its first lines) may date an article that has no date line; ``taxonomy`` defaults to the
    built-in indicators; ``explain`` records, for every number, what became of it."""
    taxonomy = taxonomy or DEFAULT_TAXONOMY
    normalised = normalize_text(text)
    metadata = detect_metadata(normalised, published=published_on(source_url or page_address(text)))
    # The grammar reads time against the year the plan speaks of: a report delivered in
    # December plans the next year, so its 明年 is that year and its review the delivery year.
    if report_year is None or report_year == metadata.report_year:
        year = metadata.plan_year
    else:
        year = report_year
    trace = Trace() if explain else NO_TRACE
    reader = _Reader(normalised, taxonomy=taxonomy, place=Place.of(metadata.jurisdiction), year=year,
                     jurisdiction=metadata.jurisdiction, trace=trace)
    body_started = False
    for index, paragraph in enumerate(split_paragraphs(normalised, year)):
        body_started = body_started or index >= _TITLE_LINES or "。" in normalised[paragraph.start : paragraph.end]
        reader.read(paragraph, title=not body_started and _is_headline(normalised[paragraph.start : paragraph.end]))
    reader.add_title_results()
    targets, actuals, numbers = reader.targets, reader.actuals, reader.numbers
    return Extraction(
        jurisdiction=metadata.jurisdiction,
        report_year=report_year or metadata.report_year,
        delivered_on=metadata.delivered_on,
        speaker=metadata.speaker,
        targets=tuple(unique(mark_headlines(targets, normalised, year))),
        actuals=tuple(unique(_main_results(actuals, numbers, normalised, trace))),
        text=normalised,
        metadata=metadata,
        decisions=tuple(sorted(trace.decisions.values(), key=lambda decision: decision.start)),
    )


class _Reader:
    """Reads paragraph after paragraph into targets and outcomes, recording every decision."""

    def __init__(self, text: str, *, taxonomy: Taxonomy, place: Place, year: int | None,
                 jurisdiction: str | None, trace: Trace) -> None:
        self.text, self.taxonomy, self.place, self.year = text, taxonomy, place, year
        self.jurisdiction, self.trace = jurisdiction, trace
        self.regions = headline_regions(text)
        self.targets: list[Target] = []
        self.actuals: list[Actual] = []
        self.numbers: list[tuple[int, int]] = []  # the span of each actual's number, for the trace
        self.title_results: list[tuple[Actual, tuple[int, int]]] = []

    def read(self, paragraph: Paragraph, *, title: bool) -> None:
        figures = parse_figures(self.text, paragraph.start, paragraph.end, taxonomy=self.taxonomy, place=self.place,
                                report_year=self.year, trace=self.trace)
        for figure in figures:
            self._figure(figure, paragraph, title)

    def _figure(self, figure, paragraph: Paragraph, title: bool) -> None:
        trace, text = self.trace, self.text
        number = figure.number or (figure.start, figure.end)
        headline = not title and in_regions(figure, self.regions)
        read = reading(figure, paragraph, headline=headline)
        if read is None:
            trace.drop("restated_target" if figure.tense.aimed or headline else "no_tense", *number)
        elif figure.indicator == OTHER and not headline and read.part == REVIEW and is_work_item(figure.indicator_text):
            trace.drop("work_item", *number, figure.indicator_text)
        elif read.part == REVIEW and figure.kind == "relational":
            trace.drop("relation_reported", *number)
        elif read.part == REVIEW:
            actual = actual_from(figure, read, text=text, report_year=self.year)
            if actual.period is None:
                trace.drop("no_year", *number)
                return
            if title:
                self.title_results.append((actual, number))
                return
            self.actuals.append(actual)
            self.numbers.append(number)
            trace.keep("actual", *number, f"{figure.indicator} {actual.period}")
        elif title:
            trace.drop("title_line", *number)
        else:
            rule = target_drop_rule(figure, text, self.jurisdiction)
            if rule:
                trace.drop(rule, *number)
                return
            target = target_from(figure, read, text=text, report_year=self.year, headline=headline)
            if target.period is None:
                trace.drop("no_year", *number)
                return
            self.targets.append(target)
            trace.keep("target", *number, f"{figure.indicator} {target.period}")

    def add_title_results(self) -> None:
        """A title's result stands only where the body gives none for the same indicator and
        period (成都2015年GDP预计达1.08万亿元 above an article that never repeats it)."""
        stated = {(actual.indicator, actual.period, actual.kind) for actual in self.actuals}
        for actual, number in self.title_results:
            if actual.indicator != OTHER and (actual.indicator, actual.period, actual.kind) not in stated:
                self.actuals.append(actual)
                self.numbers.append(number)
                self.trace.keep("actual", *number, f"{actual.indicator} {actual.period} (from the title)")
            else:
                self.trace.drop("title_line", *number)


def unique(items: list) -> list:
    """Each fact once: a restatement of the same figure (a news lead repeating the list, 省会郑州市
    的GDP增速目标便是7% after the list) is dropped, the headline or first statement kept."""
    kept: dict[tuple, int] = {}
    result: list = []
    for item in items:
        key = (item.indicator, item.indicator_text if item.indicator == OTHER else "", item.period, item.kind,
               item.value, getattr(item, "value_high", None), getattr(item, "scope", None))
        if key not in kept:
            kept[key] = len(result)
            result.append(item)
        elif getattr(item, "headline", False) and not result[kept[key]].headline:
            result[kept[key]] = item
    return result


_CONTEXT = 12


def _main_results(actuals: list[Actual], numbers: list[tuple[int, int]], text: str, trace: Trace) -> list[Actual]:
    """The outcomes without the stray ones: a figure of an indicator the taxonomy does not know
    is a result only beside the main indicators (财政总收入 next to 一般公共预算收入); alone in a
    sector's paragraph (汽车产量增长94.5%, 旅客吞吐量超8700万人次) it is detail no target answers."""
    sentences: dict[int, list[Actual]] = {}
    for actual in actuals:
        sentences.setdefault(sentence_start(text, actual.start), []).append(actual)
    kept = []
    for actual, number in zip(actuals, numbers):
        siblings = sentences[sentence_start(text, actual.start)]
        if (actual.indicator == OTHER and all(sibling.indicator == OTHER for sibling in siblings)
                and not measures_economy(actual.indicator_text)):
            trace.overrule("stray_other", *number, actual.indicator_text)
        else:
            kept.append(actual)
    return kept


def explain_lines(result: Extraction) -> list[str]:
    """What became of every number in the text, one line each, with the metadata's reasons
    first: the text of ``manage.py extract FILE --explain``."""
    lines = []
    metadata = result.metadata
    if metadata is not None:
        for name in ("jurisdiction", "report_year", "speaker"):
            lines.append(f"{name}: {getattr(metadata, name)} ({metadata.reasons.get(name, '')})")
    decisions = {(decision.start, decision.end): decision for decision in result.decisions}
    text = result.text
    for quantity in find_quantities(text):
        span = (quantity.start, quantity.end)
        context = text[max(0, quantity.start - _CONTEXT):quantity.end].replace("\n", " ")
        decision = decisions.get(span)
        if decision is None:
            lines.append(f"{quantity.start:6d} unread   {context}  (no clause of a figure reached it)")
        elif decision.rule:
            lines.append(f"{quantity.start:6d} dropped  {context}  [{decision.rule}: {RULES[decision.rule].says}]")
        else:
            lines.append(f"{quantity.start:6d} {decision.outcome:8s} {context}  ({decision.detail})")
    return lines


def _plain(row: dict) -> dict:
    """Integral floats as ints, so that 7.0 prints as 7 in the JSON output."""
    return {key: int(value) if isinstance(value, float) and value.is_integer() else value for key, value in row.items()}
