"""Scans (image-only PDFs) and page images read by Tesseract OCR, with a confidence per page.

Tesseract (Debian's tesseract-ocr with the chi_sim and chi_tra models) reports a confidence per
word; a page's confidence is their mean weighted by length. A page below the minimum is not used:
its garbled numbers would become garbage targets, so the report gets a note naming the page
instead. OCR is slow (seconds per page), which is why the importer runs it as a Celery task.
"""
from __future__ import annotations

import io
import shutil
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from statistics import median

import pytesseract
from PIL import Image, ImageFilter, ImageSequence, UnidentifiedImageError

from tracker.documents.layout import Line, Page, paged_text
from tracker.documents.pages import PagedText
from tracker.documents.sniff import TOO_MANY_PAGES, UnreadableDocument

OCR_UNAVAILABLE = "the file is a scan with no text layer, and OCR (Tesseract) is not available here"
OCR_LANGUAGE_MISSING = "the file is a scan, and the OCR language data {languages} is not installed"
CORRUPT_IMAGE = "the image is damaged or in a format that cannot be read"
LOW_CONFIDENCE_PAGE = "page {page}: OCR confidence {confidence:.0f} is below {minimum:.0f}; its text was not used"
PAGE_TIMEOUT = "page {page}: OCR took longer than {seconds} s; its text was not used"
OCR_FAILED = "page {page}: Tesseract failed: {reason}"
NO_READABLE_PAGE = "no page could be read by OCR: {reasons}"


@dataclass(frozen=True)
class OcrSettings:
    languages: str
    seconds_per_page: int
    min_confidence: float


def check_ocr_available(languages: str) -> None:
    """Raise the one-line reason OCR cannot run here, if it cannot."""
    if shutil.which(pytesseract.pytesseract.tesseract_cmd) is None:
        raise UnreadableDocument(OCR_UNAVAILABLE)
    installed = set(pytesseract.get_languages(config=""))
    missing = [language for language in languages.split("+") if language not in installed]
    if missing:
        raise UnreadableDocument(OCR_LANGUAGE_MISSING.format(languages="+".join(missing)))


def open_images(data: bytes, *, max_pages: int) -> Image.Image:
    """The image file (all frames of a multi-page TIFF), checked for damage and length."""
    try:
        image = Image.open(io.BytesIO(data))
        image.verify()  # reads the whole file; verify() leaves the image unusable, so reopen
        image = Image.open(io.BytesIO(data))
    except (UnidentifiedImageError, OSError, SyntaxError, Image.DecompressionBombError):
        raise UnreadableDocument(CORRUPT_IMAGE) from None
    frames = getattr(image, "n_frames", 1)
    if frames > max_pages:
        raise UnreadableDocument(TOO_MANY_PAGES.format(pages=frames, limit=max_pages))
    return image


def image_frames(image: Image.Image) -> Iterator[Image.Image]:
    for frame in ImageSequence.Iterator(image):
        yield frame.convert("L")


def ocr_pages(images: Iterable[Image.Image], *, settings: OcrSettings) -> PagedText:
    """The text of every page image, low-confidence pages left empty and named in the notes."""
    pages: list[Page] = []
    confidence: list[float] = []
    notes: list[str] = []
    for number, image in enumerate(images, start=1):
        try:
            page, page_confidence = _read_page(image, settings=settings)
        except pytesseract.TesseractError as error:
            raise UnreadableDocument(OCR_FAILED.format(page=number, reason=str(error.message).strip()[:200])) from None
        except RuntimeError:  # pytesseract's timeout
            pages.append(Page(lines=(), width=image.width, height=image.height))
            confidence.append(0.0)
            notes.append(PAGE_TIMEOUT.format(page=number, seconds=settings.seconds_per_page))
            continue
        confidence.append(round(page_confidence, 1))
        if page_confidence < settings.min_confidence:
            page = Page(lines=(), width=page.width, height=page.height)
            notes.append(
                LOW_CONFIDENCE_PAGE.format(page=number, confidence=page_confidence, minimum=settings.min_confidence)
            )
        pages.append(page)
    if not any(page.lines for page in pages):
        raise UnreadableDocument(NO_READABLE_PAGE.format(reasons="; ".join(notes)))
    return paged_text(pages, confidence=tuple(confidence), notes=tuple(notes))


def _read_page(image: Image.Image, *, settings: OcrSettings) -> tuple[Page, float]:
    data = pytesseract.image_to_data(
        image.filter(ImageFilter.MedianFilter(3)),
        lang=settings.languages,
        config="--psm 3",
        timeout=settings.seconds_per_page,
        output_type=pytesseract.Output.DICT,
    )
    words: dict[tuple[int, int, int], list[tuple[str, int, int, int, int]]] = defaultdict(list)
    weighted, weight = 0.0, 0
    for index, text in enumerate(data["text"]):
        text = text.strip()
        conf = float(data["conf"][index])
        if not text or conf < 0:
            continue
        key = (data["block_num"][index], data["par_num"][index], data["line_num"][index])
        box = (data["left"][index], data["top"][index], data["width"][index], data["height"][index])
        words[key].append((text, *box))
        weighted += conf * len(text)
        weight += len(text)
    lines = [_line(line_words) for line_words in words.values()]
    lines.sort(key=lambda line: (line.top, line.x0))
    return Page(lines=tuple(lines), width=image.width, height=image.height), weighted / weight if weight else 0.0


def _line(words: list[tuple[str, int, int, int, int]]) -> Line:
    words.sort(key=lambda word: word[1])
    text = ""
    for word, *_ in words:
        if text and text[-1].isascii() and text[-1].isalnum() and word[0].isascii() and word[0].isalnum():
            text += " "
        text += word
    widths = [width / len(word) for word, _, _, width, _ in words if not word.isascii()]
    heights = [height for *_, height in words]
    return Line(
        text=text,
        x0=min(left for _, left, _, _, _ in words),
        x1=max(left + width for _, left, _, width, _ in words),
        top=min(top for _, _, top, _, _ in words),
        bottom=max(top + height for _, _, top, _, height in words),
        char_width=median(widths) if widths else median(heights),
    )
