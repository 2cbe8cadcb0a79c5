"""Any file a newsroom holds to text: format told by content, then the reader for that format.

Text and web pages go to tracker.extraction.decoding as before; PDFs with a text layer and Word
files are read here at once; scans and images are only checked (pages, damage, OCR present) and
marked ``needs_ocr``, because OCR takes seconds per page and runs later as a Celery task
(``ocr_document``). Every failure is an UnreadableDocument or a DecodeError with a one-line reason.
"""
from __future__ import annotations

from dataclasses import dataclass

from tracker.documents import ocr, pdf, sniff
from tracker.documents.doc import read_doc
from tracker.documents.docx import read_docx
from tracker.documents.pages import PagedText
from tracker.extraction.decoding import decode_document

OCR_DISABLED = "the file is a scan with no text layer, and OCR is turned off here (OCR_ENABLED=false)"


@dataclass(frozen=True)
class Limits:
    max_pages: int
    ocr_dpi: int
    ocr: ocr.OcrSettings | None  # None: OCR is turned off


@dataclass(frozen=True)
class DocumentText:
    file_format: str
    text: str = ""
    encoding: str = ""
    pages: PagedText | None = None  # set for sources with pages
    page_count: int = 0
    needs_ocr: bool = False


def read_document(data: bytes, *, file_name: str, limits: Limits) -> DocumentText:
    file_format = sniff.sniff_format(data)
    if file_format == sniff.TEXT:
        decoded = decode_document(data, filename=file_name)
        return DocumentText(file_format="html" if decoded.was_html else sniff.TEXT, text=decoded.text, encoding=decoded.encoding)
    if file_format == sniff.DOCX:
        return _paged(file_format, read_docx(data))
    if file_format == sniff.DOC:
        return _paged(file_format, read_doc(data))
    if file_format == sniff.PDF:
        document = pdf.open_pdf(data, max_pages=limits.max_pages)
        try:
            pages = pdf.read_pdf_pages(document)
            if not pdf.is_scan(pages):
                return _paged(file_format, pdf.pdf_text(document, pages))
            page_count = len(document)
        finally:
            document.close()
    else:
        with ocr.open_images(data, max_pages=limits.max_pages) as image:
            page_count = getattr(image, "n_frames", 1)
    if limits.ocr is None:
        raise sniff.UnreadableDocument(OCR_DISABLED)
    ocr.check_ocr_available(limits.ocr.languages)
    return DocumentText(file_format=file_format, page_count=page_count, needs_ocr=True)


def ocr_document(data: bytes, *, limits: Limits) -> PagedText:
    """The OCR text of a scan or image file that read_document marked ``needs_ocr``."""
    if limits.ocr is None:
        raise sniff.UnreadableDocument(OCR_DISABLED)
    if sniff.sniff_format(data) == sniff.PDF:
        document = pdf.open_pdf(data, max_pages=limits.max_pages)
        try:
            return ocr.ocr_pages(pdf.render_pages(document, dpi=limits.ocr_dpi), settings=limits.ocr)
        finally:
            document.close()
    with ocr.open_images(data, max_pages=limits.max_pages) as image:
        return ocr.ocr_pages(ocr.image_frames(image), settings=limits.ocr)


def _paged(file_format: str, pages: PagedText) -> DocumentText:
    return DocumentText(file_format=file_format, text=pages.text, pages=pages, page_count=pages.page_count)
