"""Report import: bytes in, one Report with its extracted targets and outcomes out, or nothing.

Everything for one file happens in one transaction, so a file that fails (bad bytes, not a
report, an extraction crash) leaves no trace, while the other files of a batch go on. The format
is told by the bytes (a PDF named .txt is read as a PDF). A scan is checked at once and then
queued for OCR (tracker.services.documents): it becomes a report when its text is read.
The text is extracted once: the metadata the report row needs comes from the same extraction as
its figures. Two workers importing the same bytes at once end with one report.

`report_import` either returns or raises ImportRejected with a reason a user can act on: a number
no row can hold is skipped with its reason (tracker.services.figures), metadata no column can
hold counts as not detected, and a text that would hold extraction for minutes is refused.
Linking runs after the commit; a run stopped between the two leaves a report without
assessments, which importing the same bytes again (or `link`) links.
"""
from __future__ import annotations

import datetime
import hashlib
import os
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.validators import URLValidator
from django.db import IntegrityError, transaction

from tracker.documents.pages import normalized_page_starts
from tracker.documents.reading import DocumentText, Limits, read_document
from tracker.documents.ocr import OcrSettings
from tracker.documents.sniff import BINARY_FORMATS, DOCX, IMAGE_FORMATS, PDF, UnreadableDocument, sniff_format
from tracker.extraction import EXTRACTOR_VERSION, extract_report
from tracker.extraction.dating import page_address
from tracker.extraction.decoding import DecodeError
from tracker.extraction.forms import detect_form
from tracker.extraction.normalize import looks_like_report, normalize_text
from tracker.models import DocumentImport, DocumentImportStatus, Jurisdiction, Report, Target
from tracker.models.reports import ReportStatus
from tracker.provenance import canonical_url
from tracker.services.extraction import extraction_store
from tracker.services.figures import FIRST_YEAR, LAST_YEAR, TooManyFigures
from tracker.services.jurisdictions import jurisdiction_get_or_create
from tracker.services.linking import link_jurisdictions
from tracker.services.taxonomy import Vocabulary, vocabulary_from_db

ACCEPTED_SUFFIXES = (".txt", ".html", ".htm", ".pdf", ".docx", ".doc", ".png", ".jpg", ".jpeg", ".tif", ".tiff")
TOO_LARGE = "the file is larger than {limit} bytes"
NOT_A_REPORT = "the text holds no Chinese government work report"
UNSUPPORTED_SUFFIX = "only .txt, .html, .pdf, .docx, .doc and page images (.png, .jpg, .tif) are imported"
NOT_A_FILE = "not a regular file (a folder, a device, a pipe or a broken link)"
BAD_SOURCE_URL = "the source URL must be an http(s) address of at most 500 characters"
BAD_JURISDICTION = "the government's name must be 1 to 100 characters"
BAD_YEAR = f"the report year must be between {FIRST_YEAR} and {LAST_YEAR}"
UNSTORABLE = "the text's {value} is no value a report can have"
SENTENCE_TOO_LONG = (
    "the text runs {length:,} characters without a full stop or a line break, where a report's longest "
    "sentence has a few hundred: it is not report prose, and reading it would take minutes"
)
# The longest stretch without 。!?; or a line break in 89 real reports is 614 characters. Extraction
# time grows with the square of such a stretch (400 KB of "…增长6%," takes 112 s), so a text with a
# far longer one is refused before extraction instead of holding a worker for hours.
MAX_SENTENCE_CHARS = 10_000
_SENTENCE_BREAKS = re.compile(r"[。！？!?;；\n]")
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")


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

    def as_message(self) -> dict:
        """JSON-safe, for a Celery task."""
        return {**asdict(self), **{name: getattr(self, name).isoformat() for name in _DATES if getattr(self, name)}}

    @classmethod
    def from_message(cls, message: dict | None) -> "ReportMeta":
        values = dict(message or {})
        for name in _DATES:
            if values.get(name):
                values[name] = datetime.date.fromisoformat(values[name])
        return cls(**values)


_DATES = ("delivered_on", "retrieved_on")


@dataclass(frozen=True)
class ImportResult:
    """A stored report, or (for a scan) the import queued for OCR that will make one."""

    report: Report | None
    created: bool
    undetected: tuple[str, ...] = field(default=())  # fields neither given nor found in the text
    reasons: dict[str, str] = field(default_factory=dict)  # why each undetected field is empty
    queued: DocumentImport | None = None
    skipped: tuple[str, ...] = field(default=())  # reasons of the figures not stored
    relinked: int = 0  # targets a stopped run had left without an assessment, linked now

    def describe(self) -> str:
        """What happened to the file, worded the same in the UI and the command."""
        report, job = self.report, self.queued
        if report is None:
            verb = "queued" if self.created else "already queued"
            pages = f"{job.page_count} page{'s' if job.page_count != 1 else ''}"
            return f"{verb} for OCR ({pages}) as import {job.pk}; it becomes a report once read"
        if not self.created:
            message = f"already imported as report {report.pk}"
            if self.relinked:
                message += f"; linked its {self.relinked} target(s) that an interrupted run had left unlinked"
            return message
        message = f"imported as report {report.pk}: {report}"
        if self.undetected:
            missing = "; ".join(f"{name}: {self.reasons[name]}" if self.reasons.get(name) else name for name in self.undetected)
            message += f" (not detected, left empty: {missing})"
        if self.skipped:
            message += f" ({len(self.skipped)} figure(s) not stored, the first because: {self.skipped[0]})"
        return "; ".join([message, *report.import_notes])


def meta_problem(meta: ReportMeta) -> str | None:
    """What is wrong with metadata a user gave, before any file is read."""
    if meta.source_url:
        try:
            URLValidator(schemes=["http", "https"])(meta.source_url)
        except ValidationError:
            return BAD_SOURCE_URL
        if len(meta.source_url) > _max_length(Report, "source_url"):
            return BAD_SOURCE_URL
    if meta.jurisdiction is not None and not 0 < len(meta.jurisdiction) <= _max_length(Jurisdiction, "name"):
        return BAD_JURISDICTION
    if meta.report_year is not None and not FIRST_YEAR <= meta.report_year <= LAST_YEAR:
        return BAD_YEAR
    return None


def import_limits() -> Limits:
    """The limits in force, from settings."""
    ocr = None
    if settings.OCR_ENABLED:
        ocr = OcrSettings(
            languages=settings.OCR_LANGUAGES,
            seconds_per_page=settings.OCR_SECONDS_PER_PAGE,
            min_confidence=settings.OCR_MIN_CONFIDENCE,
        )
    return Limits(max_pages=settings.IMPORT_MAX_PAGES, ocr_dpi=settings.OCR_DPI, ocr=ocr)


def size_limit(file_format: str) -> int:
    """Text files are small; PDFs, Word files and scans carry fonts and images."""
    return settings.IMPORT_MAX_DOCUMENT_BYTES if file_format in BINARY_FORMATS else settings.IMPORT_MAX_BYTES


def largest_size_limit() -> int:
    return max(settings.IMPORT_MAX_BYTES, settings.IMPORT_MAX_DOCUMENT_BYTES)


def report_import(
    *,
    data: bytes,
    file_name: str,
    meta: ReportMeta = ReportMeta(),
    user=None,
    vocabulary: Vocabulary | None = None,
    link: bool = True,
) -> ImportResult:
    """Store one document and its extraction; the same bytes a second time change nothing.
    A batch passes the `vocabulary` it read once, and `link=False` when it links its governments
    itself after the last file."""
    problem = meta_problem(meta)
    if problem:
        raise ImportRejected(problem)
    try:
        file_format = sniff_format(data)
    except UnreadableDocument as error:
        raise ImportRejected(str(error)) from None
    limit = size_limit(file_format)
    if len(data) > limit:
        raise ImportRejected(TOO_LARGE.format(limit=limit))
    sha256 = hashlib.sha256(data).hexdigest()
    existing = Report.objects.filter(sha256=sha256).first()
    if existing:
        return ImportResult(report=existing, created=False, relinked=report_relink(report=existing) if link else 0)
    pending = DocumentImport.objects.filter(sha256=sha256).exclude(status=DocumentImportStatus.FAILED).first()
    if pending:
        return ImportResult(report=pending.report, created=False, queued=pending)
    try:
        document = read_document(data, file_name=file_name, limits=import_limits())
    except (UnreadableDocument, DecodeError) as error:
        raise ImportRejected(str(error)) from None
    if document.needs_ocr:
        from tracker.services.documents import document_import_queue

        job = document_import_queue(data=data, sha256=sha256, file_name=file_name, document=document, meta=meta, user=user)
        # Where tasks run inline (the first-run mode) and no transaction is open, OCR has run by now.
        job.refresh_from_db()
        if job.status == DocumentImportStatus.FAILED:
            raise ImportRejected(job.error)
        if job.status == DocumentImportStatus.DONE:
            return ImportResult(report=job.report, created=True, undetected=_undetected(job.report), queued=job)
        return ImportResult(report=None, created=True, queued=job)
    return report_store(
        data=data, sha256=sha256, file_name=file_name, document=document, meta=meta, user=user,
        vocabulary=vocabulary, link=link,
    )


def report_store(
    *,
    data: bytes,
    sha256: str,
    file_name: str,
    document: DocumentText,
    meta: ReportMeta,
    user=None,
    ocr: bool = False,
    vocabulary: Vocabulary | None = None,
    link: bool = True,
) -> ImportResult:
    """The report for a document already read to text, extracted in the same transaction."""
    normalized = normalize_text(document.text)
    if not looks_like_report(normalized):
        raise ImportRejected(NOT_A_REPORT)
    longest = max(map(len, _SENTENCE_BREAKS.split(normalized)))
    if longest > MAX_SENTENCE_CHARS:
        raise ImportRejected(SENTENCE_TOO_LONG.format(length=longest))
    vocabulary = vocabulary or vocabulary_from_db()
    address = meta.source_url or _page_address(data, document)
    extraction = extract_report(normalized, taxonomy=vocabulary.taxonomy, report_year=meta.report_year,
                                source_url=address)
    values, reasons = _metadata(extraction, meta)
    try:
        report = _report_stored(
            data=data, sha256=sha256, file_name=file_name, document=document, meta=meta, user=user, ocr=ocr,
            normalized=normalized, values=values, extraction=extraction, vocabulary=vocabulary, link=link,
            address=address,
        )
    except TooManyFigures as error:
        raise ImportRejected(str(error)) from None
    except IntegrityError:
        # Another worker stored the same bytes between our look-up and our insert.
        existing = Report.objects.filter(sha256=sha256).first()
        if existing is None:
            raise
        return ImportResult(report=existing, created=False)
    undetected = _undetected(report)
    return ImportResult(
        report=report, created=True, undetected=undetected,
        reasons={name: reasons.get(name, "not in the text") for name in undetected},
        skipped=tuple(record["reason"] for record in report.skipped_figures),
    )


def report_relink(*, report: Report) -> int:
    """Link the report's government again if a target of the report has no assessment (the run
    that imported it stopped before linking); the number of such targets."""
    unlinked = Target.objects.accepted().filter(report=report, assessment__isnull=True).count()
    if unlinked and report.jurisdiction_id:
        link_jurisdictions(jurisdiction_ids=[report.jurisdiction_id])
    return unlinked


def _metadata(extraction, meta: ReportMeta) -> tuple[dict, dict[str, str]]:
    """Given metadata over what the extraction detected, and why each field is what it is; a
    detected value no column can hold counts as not detected (a 'speaker' of 200 characters)."""
    reasons = dict(extraction.metadata.reasons)
    jurisdiction = meta.jurisdiction or extraction.jurisdiction
    if jurisdiction and len(jurisdiction) > _max_length(Jurisdiction, "name"):
        jurisdiction, reasons["jurisdiction"] = None, UNSTORABLE.format(value=jurisdiction[:20] + "…")
    year = extraction.report_year
    if year is not None and not FIRST_YEAR <= year <= LAST_YEAR:
        year, reasons["report_year"] = None, UNSTORABLE.format(value=year)
    speaker = extraction.speaker
    if speaker and len(speaker) > _max_length(Report, "speaker"):
        speaker, reasons["speaker"] = None, UNSTORABLE.format(value=speaker[:20] + "…")
    values = {
        "jurisdiction": jurisdiction,
        "report_year": year,
        "delivered_on": meta.delivered_on or extraction.delivered_on,
        "speaker": speaker,
    }
    return values, reasons


def _report_stored(
    *, data, sha256, file_name, document, meta, user, ocr, normalized, values, extraction, vocabulary, link, address
) -> Report:
    """The report row, its original file and its figures, in one transaction."""
    pages = document.pages
    with transaction.atomic():
        report = Report(
            jurisdiction=jurisdiction_get_or_create(name=values["jurisdiction"]) if values["jurisdiction"] else None,
            report_year=values["report_year"],
            delivered_on=values["delivered_on"],
            speaker=values["speaker"] or "",
            title=_title(normalized),
            source_url=address,
            retrieved_on=meta.retrieved_on,
            source_kind=meta.source_kind or detect_form(normalized).kind,
            file_name=_stored_file_name(file_name),
            encoding=document.encoding,
            file_format=document.file_format,
            original_text=document.text,
            normalized_text=normalized,
            page_starts=normalized_page_starts(pages.pages, normalized) if _has_pages(document) else [],
            ocr=ocr,
            ocr_confidence=list(pages.confidence) if pages else [],
            import_notes=list(pages.notes) if pages else [],
            sha256=sha256,
            extractor_version=EXTRACTOR_VERSION,
            status=ReportStatus.EXTRACTED,
            imported_by=user,
        )
        if document.file_format in BINARY_FORMATS:
            report.original_file.save("original", ContentFile(data), save=False)
        try:
            report.save()
            extraction_store(report=report, extraction=extraction, vocabulary=vocabulary, link=link, user=user)
        except BaseException:
            # The rows roll back; the stored file goes with them.
            if report.original_file:
                report.original_file.delete(save=False)
            raise
    return report


def _undetected(report: Report) -> tuple[str, ...]:
    """The metadata neither given nor found in the text."""
    values = {
        "jurisdiction": report.jurisdiction_id,
        "report_year": report.report_year,
        "delivered_on": report.delivered_on,
        "speaker": report.speaker,
    }
    return tuple(name for name, value in values.items() if not value)


def _has_pages(document: DocumentText) -> bool:
    """PDFs and images have real pages; a .docx only when Word recorded its page breaks."""
    if document.pages is None:
        return False
    return document.file_format in (PDF, *IMAGE_FORMATS) or (
        document.file_format == DOCX and document.pages.page_count > 1
    )


def report_import_file(
    *,
    path: Path,
    meta: ReportMeta = ReportMeta(),
    user=None,
    vocabulary: Vocabulary | None = None,
    link: bool = True,
) -> ImportResult:
    if path.suffix.lower() not in ACCEPTED_SUFFIXES:
        raise ImportRejected(UNSUPPORTED_SUFFIX)
    return report_import(
        data=read_file(path), file_name=path.name, meta=meta, user=user, vocabulary=vocabulary, link=link
    )


def read_file(path: Path) -> bytes:
    """The bytes of a regular file (a link to one is followed), never more than the size limit:
    a device, a pipe or a file that grows while it is read is refused, not read forever. Other
    errors (permissions) are the caller's OSError."""
    limit = largest_size_limit()
    if not path.is_file():
        raise ImportRejected(NOT_A_FILE)
    if path.stat().st_size > limit:
        raise ImportRejected(TOO_LARGE.format(limit=limit))
    with path.open("rb") as stream:
        data = stream.read(limit + 1)
    if len(data) > limit:
        raise ImportRejected(TOO_LARGE.format(limit=limit))
    return data


def upload_problem(name: str, size: int | None) -> str | None:
    """What refuses an uploaded file by its name and size alone, before a byte of it is read."""
    if Path(name).suffix.lower() not in ACCEPTED_SUFFIXES:
        return UNSUPPORTED_SUFFIX
    if size is not None and size > largest_size_limit():
        return TOO_LARGE.format(limit=largest_size_limit())
    return None


def import_paths(paths: list[Path]) -> list[Path]:
    """The files a batch names: files as given, folders walked for accepted suffixes, sorted.
    Links to folders are not followed (a link loop would never end); links to files are."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = []
            for folder, _, names in os.walk(path, followlinks=False):
                found.extend(Path(folder) / name for name in names if Path(name).suffix.lower() in ACCEPTED_SUFFIXES)
            files.extend(sorted(found))
        else:
            files.append(path)
    return files


def _max_length(model, name: str) -> int:
    return model._meta.get_field(name).max_length


def _stored_file_name(file_name: str) -> str:
    name = _CONTROL_CHARACTERS.sub("", Path(file_name).name)
    return name[: _max_length(Report, "file_name")]


def _page_address(data: bytes, document: DocumentText) -> str:
    """The address a saved page declares for itself (rel=canonical, og:url) or a copied text names
    on its first lines (SOURCE: http://…), when no source URL was given; '' when it is not one
    the source URL column could hold."""
    if document.file_format == "html":
        address = canonical_url(data.decode(document.encoding, errors="replace"))
    else:
        address = page_address(document.text)
    return address if address and meta_problem(ReportMeta(source_url=address)) is None else ""


def _title(text: str) -> str:
    for line in text.splitlines():
        if "政府工作报告" in line and len(line) <= 120:
            return line.strip()
    return ""
