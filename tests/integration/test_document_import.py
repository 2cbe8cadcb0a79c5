"""PDF and Word imports find what the .txt import of the same text finds, with page numbers.

The PDFs and Word files are built here from the five real samples (tests/documents/builders.py);
the .doc is a fixture LibreOffice made from a synthetic text (tests/fixtures/documents/README.md).
"""
import hashlib
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.documents.builders import text_pdf, word_docx
from tracker.documents.pdf import IMAGE_ONLY_PAGE
from tracker.extraction.normalize import normalize_text
from tracker.models import Report
from tracker.services.ingest import ReportMeta, report_import

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
DOC_FIXTURE = ROOT / "tests" / "fixtures" / "documents" / "2025_yuzhong_review.doc"
SYNTHETIC = ROOT / "tests" / "fixtures" / "synthetic" / "2025_yuzhong_review.txt"

_pdf_cache: dict[str, bytes] = {}


def _pdf(path: Path) -> bytes:
    if path.name not in _pdf_cache:
        _pdf_cache[path.name] = text_pdf(path.read_text("utf-8"))
    return _pdf_cache[path.name]


def _facts(report: Report) -> tuple[list[tuple], list[tuple]]:
    """What a reader compares: every field of every target and outcome but the offsets."""
    common = ("indicator__code", "indicator_text", "period_start", "period_end", "kind", "value", "unit", "quote")
    targets = report.targets.order_by("start").values_list(*common, "value_high", "qualifier", "stretch", "headline", "reference")
    outcomes = report.outcomes.order_by("start").values_list(*common, "estimate", "cumulative", "scope")
    return list(targets), list(outcomes)


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name[:3])
def test_a_typeset_pdf_finds_the_same_targets_and_outcomes_as_the_text(path):
    text_report = report_import(data=path.read_bytes(), file_name=path.name).report
    pdf_report = report_import(data=_pdf(path), file_name=path.with_suffix(".pdf").name).report
    assert pdf_report.file_format == "pdf" and pdf_report.page_starts[0] == 0
    assert _facts(pdf_report) == _facts(text_report)
    assert pdf_report.targets.exists() or pdf_report.outcomes.exists()
    assert (pdf_report.jurisdiction, pdf_report.report_year, pdf_report.delivered_on, pdf_report.speaker) == (
        text_report.jurisdiction, text_report.report_year, text_report.delivered_on, text_report.speaker
    )


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name[:3])
def test_every_figure_of_a_pdf_is_on_the_page_its_page_number_names(path):
    data = _pdf(path)
    report = report_import(data=data, file_name="r.pdf").report
    # Page texts read by another library (pypdf), normalised the same way.
    pages = [normalize_text(page.extract_text()).replace("\n", "") for page in PdfReader(io.BytesIO(data)).pages]
    assert len(report.page_starts) == len(pages) > 1
    facts = [*report.targets.all(), *report.outcomes.all()]
    assert facts
    for fact in facts:
        head = fact.quote.replace("\n", "")[:10]
        pages_with_head = [number for number, text in enumerate(pages, start=1) if head in text]
        # Or the quote's opening itself runs over the page break.
        straddles = head[:3] in pages[fact.page - 1][-60:] and head[-3:] in pages[min(fact.page, len(pages) - 1)][:60]
        assert fact.page in pages_with_head or straddles, (fact.page, pages_with_head, fact.quote)


def test_the_original_pdf_is_stored_under_its_sha256():
    data = _pdf(SAMPLES[3])
    report = report_import(data=data, file_name="yuzhong.pdf").report
    assert report.sha256 == hashlib.sha256(data).hexdigest()
    assert report.sha256 in report.original_file.name
    with report.original_file.open("rb") as handle:
        assert handle.read() == data
    assert report_import(data=data, file_name="again.pdf").created is False


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name[:3])
def test_a_word_file_finds_the_same_targets_and_outcomes_as_the_text(path):
    text = path.read_text("utf-8")
    data, line_pages = word_docx(text, table_lines=range(5, 9), lines_per_page=12)
    text_report = report_import(data=path.read_bytes(), file_name=path.name).report
    word_report = report_import(data=data, file_name=path.with_suffix(".docx").name).report
    assert word_report.file_format == "docx"
    assert _facts(word_report) == _facts(text_report)
    # Each figure's page is the page its paragraph was put on.
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for fact in [*word_report.targets.all(), *word_report.outcomes.all()]:
        on_pages = {line_pages[i] for i, line in enumerate(lines) if fact.quote[:12] in normalize_text(line)}
        assert fact.page in on_pages, (fact.page, on_pages, fact.quote)


def test_an_old_word_file_finds_the_same_targets_as_the_text():
    meta = ReportMeta(source_url="https://example.org/synthetic")
    text_report = report_import(data=SYNTHETIC.read_bytes(), file_name="y.txt", meta=meta).report
    doc_report = report_import(data=DOC_FIXTURE.read_bytes(), file_name="y.doc", meta=meta).report
    assert doc_report.file_format == "doc" and doc_report.page_starts == []
    assert _facts(doc_report) == _facts(text_report)
    assert doc_report.targets.exists() and doc_report.outcomes.exists()


@pytest.mark.parametrize(
    "name, build, expected_format",
    [
        ("report.txt", lambda: _pdf(SAMPLES[3]), "pdf"),
        ("report.html", lambda: _pdf(SAMPLES[3]), "pdf"),
        ("report.doc", lambda: word_docx(SAMPLES[3].read_text("utf-8"))[0], "docx"),
        ("report.pdf", lambda: SAMPLES[3].read_bytes(), "text"),
    ],
)
def test_a_file_whose_suffix_lies_is_read_by_its_content(name, build, expected_format):
    report = report_import(data=build(), file_name=name).report
    assert report.file_format == expected_format
    assert report.jurisdiction.name == "重庆市渝中区"
    assert report.targets.filter(headline=True).exists()


def test_an_image_page_inside_a_text_pdf_is_named_in_a_note():
    from pypdf import PdfWriter

    from tests.documents.builders import blank_page, images_pdf

    # A typeset report with a scanned page (a table as a picture) bound in as its second page.
    writer = PdfWriter(clone_from=io.BytesIO(_pdf(SAMPLES[3])))
    writer.insert_page(PdfReader(io.BytesIO(images_pdf([blank_page()]))).pages[0], index=1)
    buffer = io.BytesIO()
    writer.write(buffer)
    report = report_import(data=buffer.getvalue(), file_name="mixed.pdf").report
    assert report.import_notes == [IMAGE_ONLY_PAGE.format(page=2)]
    assert report.targets.filter(headline=True).count() == 5
    assert report.page_starts[1] == report.page_starts[2]  # page 2 holds no text
