"""The format is told by the bytes, whatever the file is called."""
import pytest

from tracker.documents.sniff import DOC, DOCX, ENCRYPTED_OFFICE, JPEG, PDF, PNG, TEXT, TIFF, UnreadableDocument, sniff_format

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@pytest.mark.parametrize(
    "data, expected",
    [
        (b"%PDF-1.7\n...", PDF),
        (b"  %PDF-1.4\n", PDF),
        (b"<!-- a server's banner -->\n%PDF-1.4\n...\n%%EOF\n", PDF),
        (b"\x89PNG\r\n\x1a\n\x00\x00", PNG),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", JPEG),
        (b"II*\x00\x08\x00", TIFF),
        (b"MM\x00*\x00\x08", TIFF),
        (OLE2 + b"\x00" * 100 + "WordDocument".encode("utf-16-le"), DOC),
        (OLE2 + b"\x00" * 100 + "Workbook".encode("utf-16-le"), TEXT),
        (b"PK\x03\x04" + b"\x00" * 26 + b"word/document.xml", DOCX),
        (b"PK\x03\x04" + b"\x00" * 26 + b"xl/workbook.xml", TEXT),
        ("政府工作报告".encode("utf-8"), TEXT),
        (b"<html><body>%PDF-1.4 is a version</body></html>", TEXT),
    ],
)
def test_format_from_bytes(data, expected):
    assert sniff_format(data) == expected


def test_a_password_protected_office_file_is_refused():
    with pytest.raises(UnreadableDocument, match=ENCRYPTED_OFFICE):
        sniff_format(OLE2 + b"\x00" * 100 + "EncryptedPackage".encode("utf-16-le"))
