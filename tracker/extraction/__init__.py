"""Extraction of targets and outcomes from government work report text.

Pure Python: imports nothing from Django, the database or the network, so that it is fast to test
and can run anywhere. ``extract_report`` is the one entry point; it returns frozen dataclasses
whose ``to_dict()`` is the JSON output format of DESIGN.md.
"""
from __future__ import annotations

import datetime
from dataclasses import asdict, dataclass, field

from .figures import parse_figures
from .metadata import ReportMetadata, detect_metadata
from .normalize import looks_like_report, normalize_text, strip_chrome
from .outcomes import Actual, actual_from
from .sections import REVIEW, split_paragraphs
from .subjects import Place
from .targets import Target, headline_regions, in_regions, target_from
from .taxonomy import DEFAULT_INDICATORS, DEFAULT_TAXONOMY, IndicatorSpec, Taxonomy
from .tense import reading

EXTRACTOR_VERSION = "1"

__all__ = (
    "DEFAULT_INDICATORS", "EXTRACTOR_VERSION", "Actual", "Extraction", "IndicatorSpec", "ReportMetadata", "Target",
    "Taxonomy", "detect_metadata", "extract_report", "looks_like_report", "normalize_text", "strip_chrome",
)


@dataclass(frozen=True)
class Extraction:
    jurisdiction: str | None
    report_year: int | None
    delivered_on: datetime.date | None
    speaker: str | None
    targets: tuple[Target, ...]
    actuals: tuple[Actual, ...]
    text: str = field(repr=False)  # the normalised text that start/end index

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


def _is_headline(paragraph: str) -> bool:
    """A title line before the body: a news headline's figure (今年GDP预期增长6%) restates, often
    loosely, what the report's own sentence says, and the report's sentence is the evidence."""
    stripped = paragraph.strip()
    return len(stripped) <= _HEADLINE_MAX and ";" not in stripped and not stripped.endswith(":")


def extract_report(text: str, *, taxonomy: Taxonomy | None = None, report_year: int | None = None) -> Extraction:
    """Targets and outcomes of a report given as decoded text (normalised here). ``report_year``
    overrides the year read from the text; ``taxonomy`` defaults to the built-in indicators."""
    taxonomy = taxonomy or DEFAULT_TAXONOMY
    normalised = normalize_text(text)
    metadata = detect_metadata(normalised)
    # The grammar reads time against the year the plan speaks of: a report delivered in
    # December plans the next year, so its 明年 is that year and its review the delivery year.
    if report_year is None or report_year == metadata.report_year:
        year = metadata.plan_year
    else:
        year = report_year
    place = Place.of(metadata.jurisdiction)
    regions = headline_regions(normalised)
    targets: list[Target] = []
    actuals: list[Actual] = []
    body_started = False
    for paragraph in split_paragraphs(normalised, year):
        body_started = body_started or "。" in normalised[paragraph.start : paragraph.end]
        if not body_started and _is_headline(normalised[paragraph.start : paragraph.end]):
            continue
        figures = parse_figures(normalised, paragraph.start, paragraph.end, taxonomy=taxonomy, place=place,
                                report_year=year)
        for figure in figures:
            headline = in_regions(figure, regions)
            read = reading(figure, paragraph, headline=headline)
            if read is None:
                continue
            if read.part == REVIEW:
                actual = actual_from(figure, read, text=normalised, report_year=year)
                if actual is not None:
                    actuals.append(actual)
            else:
                target = target_from(figure, read, text=normalised, report_year=year, headline=headline)
                if target is not None:
                    targets.append(target)
    return Extraction(
        jurisdiction=metadata.jurisdiction,
        report_year=report_year or metadata.report_year,
        delivered_on=metadata.delivered_on,
        speaker=metadata.speaker,
        targets=tuple(targets),
        actuals=tuple(actuals),
        text=normalised,
    )


def _plain(row: dict) -> dict:
    """Integral floats as ints, so that 7.0 prints as 7 in the JSON output."""
    return {key: int(value) if isinstance(value, float) and value.is_integer() else value for key, value in row.items()}
