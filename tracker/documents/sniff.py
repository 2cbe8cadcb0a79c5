"""What a file is, told by its first bytes: a suffix can lie (report.pdf.txt, a .doc that is
really .docx, a web page saved as .doc), so the importer never decides by name."""
from __future__ import annotations

import io
import zipfile

TEXT, PDF, DOCX, DOC, PNG, JPEG, TIFF = "text", "pdf", "docx", "doc", "png", "jpeg", "tiff"
IMAGE_FORMATS = frozenset({PNG, JPEG, TIFF})
# A file of one of these formats is read by a parser, not decoded as text.
BINARY_FORMATS = frozenset({PDF, DOCX, DOC}) | IMAGE_FORMATS

TOO_MANY_PAGES = "the document has {pages} pages, more than the limit of {limit}"
ENCRYPTED_OFFICE = "the Word file is password-protected; save an unprotected copy and import that"

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# An encrypted .docx is an OLE2 container holding these streams (names stored as UTF-16LE).
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
_WORD_STREAM = "WordDocument".encode("utf-16-le")
# PDF readers accept the header anywhere in the first kilobyte (some servers prepend junk); a page
# that merely mentions it is told apart by the end-of-file mark a PDF ends with.
_PDF_HEADER = b"%PDF-"


class UnreadableDocument(ValueError):
    """The bytes are a document this importer cannot read; the message says why in one line."""


def sniff_format(data: bytes) -> str:
    """The format the bytes are in; TEXT for anything that is not a known binary format."""
    if data.lstrip()[:5] == _PDF_HEADER or (_PDF_HEADER in data[:1024] and b"%%EOF" in data[-1024:]):
        return PDF
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    if data.startswith((b"II*\x00", b"MM\x00*")):
        return TIFF
    if data.startswith(_OLE2):
        if _ENCRYPTED_STREAM in data:
            raise UnreadableDocument(ENCRYPTED_OFFICE)
        return DOC if _WORD_STREAM in data else TEXT
    if data.startswith(b"PK\x03\x04") and _is_docx(data):
        return DOCX
    return TEXT


def _is_docx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return any(name.startswith("word/") for name in archive.namelist())
    except zipfile.BadZipFile:
        # A damaged Word file still names its parts near the start.
        return b"word/" in data[:4096]
