"""Files that cannot be read get one line saying why, and leave nothing behind: no report, no
queued import, no stored file."""
import io
import zipfile

import pytest
from pypdf import PdfWriter

from tests.documents.builders import blank_page, images_pdf, text_pdf, word_docx
from tracker.documents.docx import CORRUPT_DOCX
from tracker.documents.ocr import CORRUPT_IMAGE
from tracker.documents.pdf import CORRUPT_PDF, ENCRYPTED_PDF
from tracker.documents.reading import OCR_DISABLED
from tracker.documents.sniff import ENCRYPTED_OFFICE, TOO_MANY_PAGES
from tracker.models import DocumentImport, Jurisdiction, Outcome, Report, Target
from tracker.services.ingest import TOO_LARGE, ImportRejected, report_import

pytestmark = pytest.mark.django_db
TEXT = "\n".join(
    ["2024年某某区政府工作报告", "各位代表:现在我代表区人民政府向大会报告工作。"]
    + ["今年经济社会发展的主要预期目标是:地区生产总值增长6%左右,一般公共预算收入增长5%。"] * 40
)


def _encrypted_pdf() -> bytes:
    writer = PdfWriter(clone_from=io.BytesIO(text_pdf(TEXT)))
    writer.encrypt("a-password")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _encrypted_docx() -> bytes:
    """What Word writes for a password-protected .docx: an OLE2 container whose streams are
    EncryptionInfo and EncryptedPackage (a header and directory names only, built here)."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    names = "".join(name.ljust(32, "\x00") for name in ("EncryptionInfo", "EncryptedPackage")).encode("utf-16-le")
    return header + names + b"\x00" * 1024


def _damaged_docx() -> bytes:
    data, _ = word_docx(TEXT)
    return data[: len(data) // 2]


def _docx_without_document() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/styles.xml", "<styles/>")
    return buffer.getvalue()


CASES = [
    ("encrypted.pdf", _encrypted_pdf, {}, ENCRYPTED_PDF),
    ("damaged.pdf", lambda: text_pdf(TEXT)[:3000], {}, CORRUPT_PDF),
    ("not-really.pdf", lambda: b"%PDF-1.7\n" + b"\x00garbage" * 200, {}, CORRUPT_PDF),
    ("encrypted.docx", _encrypted_docx, {}, ENCRYPTED_OFFICE),
    ("damaged.docx", _damaged_docx, {}, CORRUPT_DOCX),
    ("no-document.docx", _docx_without_document, {}, CORRUPT_DOCX),
    ("damaged.png", lambda: b"\x89PNG\r\n\x1a\n" + b"\x00" * 400, {}, CORRUPT_IMAGE),
    ("scan.pdf", lambda: images_pdf([blank_page()]), {"OCR_ENABLED": False}, OCR_DISABLED),
    ("scan.png", lambda: _png(blank_page()), {"OCR_ENABLED": False}, OCR_DISABLED),
    ("big.pdf", lambda: text_pdf(TEXT), {"IMPORT_MAX_DOCUMENT_BYTES": 10_000}, TOO_LARGE.format(limit=10_000)),
    ("long-scan.pdf", lambda: images_pdf([blank_page()] * 3), {"IMPORT_MAX_PAGES": 2}, TOO_MANY_PAGES.format(pages=3, limit=2)),
]


def _png(image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _everything() -> tuple:
    return (Report.objects.count(), Target.objects.count(), Outcome.objects.count(),
            Jurisdiction.objects.count(), DocumentImport.objects.count())


@pytest.mark.parametrize("name, build, overrides, reason", CASES, ids=[case[0] for case in CASES])
def test_an_unreadable_file_gets_one_line_and_writes_nothing(name, build, overrides, reason, settings, media_root):
    for key, value in overrides.items():
        setattr(settings, key, value)
    data = build()
    with pytest.raises(ImportRejected) as rejected:
        report_import(data=data, file_name=name)
    assert str(rejected.value) == reason
    assert "\n" not in reason
    assert _everything() == (0, 0, 0, 0, 0)
    assert not [path for path in media_root.rglob("*") if path.is_file()]


def test_the_page_limit_holds_for_a_text_pdf_too(settings):
    settings.IMPORT_MAX_PAGES = 1
    with pytest.raises(ImportRejected, match=r"^the document has \d+ pages, more than the limit of 1$"):
        report_import(data=text_pdf(TEXT), file_name="long.pdf")
    assert _everything() == (0, 0, 0, 0, 0)
