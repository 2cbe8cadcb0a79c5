"""Extraction of targets and outcomes from government work report text.

Pure Python: imports nothing from Django, the database or the network, so that it is fast to test
and can run anywhere. ``extract_report`` is the one entry point; it returns frozen dataclasses
whose ``to_dict()`` is the JSON output format of DESIGN.md.
"""
from __future__ import annotations

from .metadata import ReportMetadata, detect_metadata
from .normalize import looks_like_report, normalize_text, strip_chrome
from .outcomes import Actual
from .report import EXTRACTOR_VERSION, Extraction, explain_lines, extract_report
from .rules import RULES, Decision, Rule
from .targets import Target
from .taxonomy import DEFAULT_INDICATORS, IndicatorSpec, Taxonomy

__all__ = (
    "DEFAULT_INDICATORS", "EXTRACTOR_VERSION", "RULES", "Actual", "Decision", "Extraction", "IndicatorSpec",
    "ReportMetadata", "Rule", "Target", "Taxonomy", "detect_metadata", "explain_lines", "extract_report",
    "looks_like_report", "normalize_text", "strip_chrome",
)
