"""Documents built from the project's own texts, the way governments publish them: a typeset PDF
(WeasyPrint with a CJK font, first-line indents, a running head and page numbers), a Word file
(python-docx, some lines in a table, page breaks), and a scan (the PDF's pages rendered to images
and bound into an image-only PDF)."""
from __future__ import annotations

import html
import io

import docx
import pypdfium2 as pdfium
from docx.enum.text import WD_BREAK
from PIL import Image, ImageChops

PAGE_CSS = """
@page { size: A4; margin: 25mm 20mm;
  @top-center { content: "政府工作报告"; font-size: 9pt }
  @bottom-center { content: "— " counter(page) " —"; font-size: 9pt } }
body { font-family: 'Noto Serif CJK SC', 'Noto Sans CJK SC', serif; font-size: 12pt; line-height: 1.6 }
p { text-indent: 2em; margin: 0; text-align: justify }
"""


def paragraphs(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def text_pdf(text: str) -> bytes:
    from weasyprint import HTML

    body = "".join(f"<p>{html.escape(line)}</p>" for line in paragraphs(text))
    return HTML(string=f"<html><head><style>{PAGE_CSS}</style></head><body>{body}</body></html>").write_pdf()


def word_docx(text: str, *, table_lines: range = range(0), lines_per_page: int = 0) -> tuple[bytes, list[int]]:
    """The .docx and, for each line of the text, the page it was put on (hard page breaks every
    `lines_per_page` lines; the lines in `table_lines` go into a one-column table)."""
    document = docx.Document()
    table = None
    pages, page = [], 1
    for index, line in enumerate(paragraphs(text)):
        if lines_per_page and index and index % lines_per_page == 0:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            page += 1
        if index in table_lines:
            table = table or document.add_table(rows=0, cols=1)
            table.add_row().cells[0].text = line
        else:
            table = None
            document.add_paragraph(line)
        pages.append(page)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue(), pages


def scanned_pages(pdf: bytes, *, dpi: int = 200) -> list[Image.Image]:
    """The pages of `pdf` as a scanner gives them: greyscale, a little skewed, a little noisy."""
    document = pdfium.PdfDocument(pdf)
    images = []
    for index in range(len(document)):
        page = document[index]
        image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        page.close()
        noise = Image.effect_noise(image.size, 24).point(lambda value: 255 if value > 40 else 200)
        image = ImageChops.darker(image, noise).rotate(0.4, fillcolor=255, resample=Image.Resampling.BICUBIC)
        images.append(image)
    document.close()
    return images


def images_pdf(images: list[Image.Image], *, dpi: int = 200) -> bytes:
    buffer = io.BytesIO()
    images[0].save(buffer, format="PDF", save_all=True, append_images=images[1:], resolution=dpi)
    return buffer.getvalue()


def blank_page(*, width: int = 1654, height: int = 2339) -> Image.Image:
    return Image.new("L", (width, height), 255)
