"""PDF files: the text layer read with PDFium, or page images for OCR when there is none.

PDFium (pypdfium2) is the engine Chromium uses: fast, tolerant of damaged files, correct with
CJK fonts that carry a ToUnicode map, and it renders pages too, so one library serves text PDFs
and scans. Characters are read with their boxes so that layout.py can rebuild paragraphs and drop
running heads and page numbers.
"""
from __future__ import annotations

from collections.abc import Iterator
from statistics import median

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from tracker.documents.layout import Line, Page, paged_text
from tracker.documents.pages import PagedText
from tracker.documents.sniff import TOO_MANY_PAGES, UnreadableDocument

ENCRYPTED_PDF = "the PDF is password-protected; save an unprotected copy and import that"
CORRUPT_PDF = "the PDF is damaged and cannot be read"
EMPTY_PDF = "the PDF has no pages"
IMAGE_ONLY_PAGE = "page {page} is an image without a text layer; its content was not read"

# A page with fewer characters in its text layer than this is an image (a scan or a cover).
MIN_PAGE_CHARS = 20
_CJK_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))


def open_pdf(data: bytes, *, max_pages: int) -> pdfium.PdfDocument:
    """The document, or a one-line reason it cannot be read (password, damage, too long)."""
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if getattr(error, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
            raise UnreadableDocument(ENCRYPTED_PDF) from None
        raise UnreadableDocument(CORRUPT_PDF) from None
    pages = len(document)
    if pages == 0:
        raise UnreadableDocument(EMPTY_PDF)
    if pages > max_pages:
        raise UnreadableDocument(TOO_MANY_PAGES.format(pages=pages, limit=max_pages))
    return document


def read_pdf_pages(document: pdfium.PdfDocument) -> list[Page]:
    """Every page's text-layer lines in reading order."""
    try:
        return [_page_lines(document, index) for index in range(len(document))]
    except pdfium.PdfiumError:
        raise UnreadableDocument(CORRUPT_PDF) from None


def is_scan(pages: list[Page]) -> bool:
    """Whether most pages carry no text layer: a scan to be read by OCR."""
    image_pages = sum(1 for page in pages if _text_length(page) < MIN_PAGE_CHARS)
    return image_pages * 2 > len(pages)


def pdf_text(document: pdfium.PdfDocument, pages: list[Page]) -> PagedText:
    """The text of a PDF with a text layer; a page that is only an image (a scanned table in a
    typeset report) is named in a note, so that its figures are not silently missing."""
    notes = tuple(
        IMAGE_ONLY_PAGE.format(page=number)
        for number, page in enumerate(pages, start=1)
        if _text_length(page) < MIN_PAGE_CHARS and _has_image(document, number - 1)
    )
    return paged_text(pages, notes=notes)


def _text_length(page: Page) -> int:
    return sum(len(line.text.strip()) for line in page.lines)


def _has_image(document: pdfium.PdfDocument, index: int) -> bool:
    page = document[index]
    try:
        return _image_dpi(page) is not None
    finally:
        page.close()


def render_pages(document: pdfium.PdfDocument, *, dpi: int) -> Iterator:
    """Each page as a greyscale PIL image, one at a time (a page at 300 dpi is ~9 MB). A scanned
    page is rendered at its image's own resolution when that is lower than `dpi`: enlarging a
    200 dpi scan only blurs it, and Tesseract then misreads 5% as 59%."""
    for index in range(len(document)):
        page = document[index]
        try:
            scan_dpi = _image_dpi(page)
            scale = min(dpi, scan_dpi) / 72 if scan_dpi else dpi / 72
            yield page.render(scale=scale, grayscale=True).to_pil()
        finally:
            page.close()


def _image_dpi(page: pdfium.PdfPage) -> float | None:
    """The resolution of the largest image on the page, if it has one."""
    best = None
    for item in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]):
        left, bottom, right, top = item.get_bounds()
        width, _ = item.get_px_size()
        area = (right - left) * (top - bottom)
        if right > left and (best is None or area > best[0]):
            best = (area, width * 72 / (right - left))
    return best[1] if best else None


def _page_lines(document: pdfium.PdfDocument, index: int) -> Page:
    page = document[index]
    try:
        return _lines_of(page)
    finally:
        page.close()


def _lines_of(page: pdfium.PdfPage) -> Page:
    width, height = page.get_size()
    textpage = page.get_textpage()
    lines: list[Line] = []
    chars: list[tuple[str, tuple[float, float, float, float]]] = []
    for index in range(textpage.count_chars()):
        char = chr(pdfium_c.FPDFText_GetUnicode(textpage, index))
        if char in "\r\n":
            _close_line(chars, lines, height)
            continue
        chars.append((char, textpage.get_charbox(index, loose=True)))
    _close_line(chars, lines, height)
    textpage.close()
    lines.sort(key=lambda line: (round(line.top), line.x0))
    return Page(lines=tuple(lines), width=width, height=height)


def _close_line(chars: list, lines: list[Line], page_height: float) -> None:
    boxes = [box for char, box in chars if not char.isspace()]
    if boxes:
        widths = [right - left for (char, (left, _, right, _)) in chars if _is_cjk(char)]
        heights = [top - bottom for (_, bottom, _, top) in boxes]
        lines.append(
            Line(
                text="".join(char for char, _ in chars),
                x0=min(box[0] for box in boxes),
                x1=max(box[2] for box in boxes),
                top=page_height - max(box[3] for box in boxes),
                bottom=page_height - min(box[1] for box in boxes),
                char_width=median(widths) if widths else median(heights) * 0.7,
            )
        )
    chars.clear()


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _CJK_RANGES)
