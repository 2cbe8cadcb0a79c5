"""Old Word (.doc, Word 97-2003) files, read by catdoc from Debian: the format is a binary OLE2
container whose text pieces catdoc reassembles, CJK included (``-d utf-8``), one paragraph a line
(``-w``). A .doc has no stored page layout, so its text is one page."""
from __future__ import annotations

import subprocess
import tempfile

from tracker.documents.pages import PagedText
from tracker.documents.sniff import UnreadableDocument

CORRUPT_DOC = "the Word (.doc) file is damaged or password-protected and cannot be read"
DOC_READER_MISSING = "old Word (.doc) files need catdoc, which is not installed here"
CATDOC_SECONDS = 60


def read_doc(data: bytes) -> PagedText:
    with tempfile.NamedTemporaryFile(suffix=".doc") as handle:
        handle.write(data)
        handle.flush()
        try:
            completed = subprocess.run(
                ["catdoc", "-d", "utf-8", "-w", handle.name],
                capture_output=True, timeout=CATDOC_SECONDS, check=False,
            )
        except FileNotFoundError:
            raise UnreadableDocument(DOC_READER_MISSING) from None
        except subprocess.TimeoutExpired:
            raise UnreadableDocument(CORRUPT_DOC) from None
    text = completed.stdout.decode("utf-8", errors="replace")
    if completed.returncode != 0 or not text.strip():
        raise UnreadableDocument(CORRUPT_DOC)
    # catdoc marks page and section breaks with form feeds; they are paragraph breaks here.
    return PagedText(pages=(text.replace("\f", "\n"),))
