"""Report import: bytes in, one Report with its extracted targets and outcomes out, or nothing.

Everything for one file happens in one transaction, so a file that fails (bad bytes, not a
report, an extraction crash) leaves no trace, while the other files of a batch go on.
"""
from __future__ import annotations

import datetime
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import transaction

from tracker.extraction.decoding import DecodeError, decode_document
from tracker.extraction.forms import detect_form
from tracker.extraction.metadata import detect_metadata
from tracker.extraction.normalize import looks_like_report, normalize_text
from tracker.models import Report, SourceKind
from tracker.provenance import canonical_url
from tracker.services.extraction import report_extract
from tracker.services.jurisdictions import jurisdiction_get_or_create

ACCEPTED_SUFFIXES = (".txt", ".html", ".htm")
TOO_LARGE = "the file is larger than {limit} bytes"
NOT_A_REPORT = "the text holds no Chinese government work report"
UNSUPPORTED_SUFFIX = "only .txt and .html files are imported"


class ImportRejected(ValueError):
    """The file cannot become a report; the message names the reason a user can act on."""


@dataclass(frozen=True)
class ReportMeta:
    """Metadata given by the user; anything left None is detected from the text."""

    jurisdiction: str | None = None
    report_year: int | None = None
    delivered_on: datetime.date | None = None
    source_url: str = ""
    retrieved_on: datetime.date | None = None
    source_kind: str | None = None  # detected from the text when not given


@dataclass(frozen=True)
class ImportResult:
    report: Report
    created: bool
    undetected: tuple[str, ...] = field(default=())  # fields neither given nor found in the text
    reasons: dict[str, str] = field(default_factory=dict)  # why each undetected field is empty


def report_import(*, data: bytes, file_name: str, meta: ReportMeta = ReportMeta(), user=None) -> ImportResult:
    """Store one document and its extraction; the same bytes a second time change nothing."""
    limit = settings.IMPORT_MAX_BYTES
    if len(data) > limit:
        raise ImportRejected(TOO_LARGE.format(limit=limit))
    sha256 = hashlib.sha256(data).hexdigest()
    existing = Report.objects.filter(sha256=sha256).first()
    if existing:
        return ImportResult(report=existing, created=False)
    try:
        decoded = decode_document(data, filename=file_name)
    except DecodeError as error:
        raise ImportRejected(str(error)) from None
    normalized = normalize_text(decoded.text)
    if not looks_like_report(normalized):
        raise ImportRejected(NOT_A_REPORT)
    detected = detect_metadata(normalized)
    jurisdiction_name = meta.jurisdiction or detected.jurisdiction
    values = {
        "jurisdiction": jurisdiction_name,
        "report_year": meta.report_year or detected.report_year,
        "delivered_on": meta.delivered_on or detected.delivered_on,
        "speaker": detected.speaker,
    }
    undetected = tuple(name for name, value in values.items() if not value)
    with transaction.atomic():
        report = Report.objects.create(
            jurisdiction=jurisdiction_get_or_create(name=jurisdiction_name) if jurisdiction_name else None,
            report_year=values["report_year"],
            delivered_on=values["delivered_on"],
            speaker=values["speaker"] or "",
            title=_title(normalized),
            source_url=meta.source_url or _page_address(data, decoded),
            retrieved_on=meta.retrieved_on,
            source_kind=meta.source_kind or detect_form(normalized).kind,
            file_name=Path(file_name).name,
            encoding=decoded.encoding,
            original_text=decoded.text,
            normalized_text=normalized,
            sha256=sha256,
            imported_by=user,
        )
        report_extract(report=report)
    reasons = {name: detected.reasons.get(name, "not in the text") for name in undetected}
    return ImportResult(report=report, created=True, undetected=undetected, reasons=reasons)


def report_import_file(*, path: Path, meta: ReportMeta = ReportMeta(), user=None) -> ImportResult:
    if path.suffix.lower() not in ACCEPTED_SUFFIXES:
        raise ImportRejected(UNSUPPORTED_SUFFIX)
    if path.stat().st_size > settings.IMPORT_MAX_BYTES:
        raise ImportRejected(TOO_LARGE.format(limit=settings.IMPORT_MAX_BYTES))
    return report_import(data=path.read_bytes(), file_name=path.name, meta=meta, user=user)


def import_paths(paths: list[Path]) -> list[Path]:
    """The files a batch names: files as given, folders walked for .txt and .html, sorted."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(
                sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ACCEPTED_SUFFIXES)
            )
        else:
            files.append(path)
    return files


def _page_address(data: bytes, decoded) -> str:
    """The address an HTML page declares for itself (rel=canonical, og:url), when no source URL
    was given: a saved page still says where it came from."""
    if not decoded.was_html:
        return ""
    return canonical_url(data.decode(decoded.encoding, errors="replace"))


def _title(text: str) -> str:
    for line in text.splitlines():
        if "政府工作报告" in line and len(line) <= 120:
            return line.strip()
    return ""
