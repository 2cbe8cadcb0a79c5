"""Spreadsheet-safe CSV cells (OWASP "CSV Injection").

Excel, LibreOffice and Google Sheets run a cell that begins with = + - or @ (and, after a
tab or carriage return, the same) as a formula, so a quote such as ``=HYPERLINK("http://…")``
written into a CSV as it stands becomes a live link or worse when a journalist opens the file.
OWASP's remedy is to put a single quote before such a cell: spreadsheets then show it as text,
and the quote is visible only to a reader of the raw file. Numbers are left alone (-3.5 is a
decline, not a formula), so figures stay numeric in a spreadsheet.

Pure: every CSV writer of the project (the API, the accountability reports, the dataset export)
calls `spreadsheet_safe` on each text cell.
"""
from __future__ import annotations

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def spreadsheet_safe(text: str) -> str:
    """The cell as written, or with a leading ' when a spreadsheet would read it as a formula."""
    if text.startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text
