"""Word .docx files: body paragraphs and tables in document order, page breaks kept.

A .docx has no fixed pages (Word lays them out when it opens the file), but Word records where
its last layout broke pages (``w:lastRenderedPageBreak``) and authors insert hard breaks; both are
kept as page boundaries. A file without either is one page, and its figures show no page number.
"""
from __future__ import annotations

import io
import zipfile

import docx
from docx.opc.exceptions import PackageNotFoundError
from lxml import etree

from tracker.documents.pages import PagedText
from tracker.documents.sniff import UnreadableDocument

CORRUPT_DOCX = "the Word (.docx) file is damaged and cannot be read"

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PARAGRAPH, _TABLE, _ROW, _CELL = f"{_W}p", f"{_W}tbl", f"{_W}tr", f"{_W}tc"
_TEXT, _TAB, _BREAK, _CR = f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr"
_RENDERED_BREAK = f"{_W}lastRenderedPageBreak"
_BREAK_TYPE = f"{_W}type"
# Table cells of one row are read as one line: 地区生产总值 | 增长6%左右 reads as a clause.
CELL_SEPARATOR = " "


def read_docx(data: bytes) -> PagedText:
    try:
        body = docx.Document(io.BytesIO(data)).element.body
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError):
        raise UnreadableDocument(CORRUPT_DOCX) from None
    pages: list[list[str]] = [[]]
    for element in body.iterchildren():
        _read_block(element, pages)
    texts = ["".join(page) for page in pages]
    if texts and not texts[-1].strip() and len(texts) > 1:
        texts[-2] += texts.pop()
    return PagedText(pages=tuple(texts))


def _read_block(element, pages: list[list[str]]) -> None:
    if element.tag == _PARAGRAPH:
        _read_paragraph(element, pages)
        pages[-1].append("\n")
    elif element.tag == _TABLE:
        for row in element.iterchildren(_ROW):
            cells = [_cell_text(cell) for cell in row.iterchildren(_CELL)]
            pages[-1].append(CELL_SEPARATOR.join(cell for cell in cells if cell) + "\n")


def _read_paragraph(paragraph, pages: list[list[str]]) -> None:
    for node in paragraph.iter(_TEXT, _TAB, _BREAK, _CR, _RENDERED_BREAK):
        if node.tag == _TEXT:
            pages[-1].append(node.text or "")
        elif node.tag == _TAB:
            pages[-1].append("\t")
        elif node.tag == _RENDERED_BREAK or node.get(_BREAK_TYPE) == "page":
            if "".join(pages[-1]).strip():
                pages.append([])
        else:
            pages[-1].append("\n")


def _cell_text(cell) -> str:
    """A cell's paragraphs (and nested tables) on one line; page breaks inside cells are ignored."""
    parts: list[list[str]] = [[]]
    for element in cell.iterchildren(_PARAGRAPH, _TABLE):
        _read_block(element, parts)
    return " ".join("".join("".join(part) for part in parts).split())
