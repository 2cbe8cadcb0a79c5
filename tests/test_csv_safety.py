"""OWASP CSV injection: a cell a spreadsheet would run as a formula is written as text."""
from pathlib import Path

import pytest

import tracker.csv_safety
from tests.purity import imported_modules
from tracker.csv_safety import spreadsheet_safe


@pytest.mark.parametrize(
    "cell, expected",
    [
        ('=HYPERLINK("http://example.invalid","点此")', '\'=HYPERLINK("http://example.invalid","点此")'),
        ("+1+2", "'+1+2"),
        ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("=", "'="),
        ("-", "'-"),
        ("-3.5%", "'-3.5%"),
        # Numbers stay numbers: declines, signed gaps, exponents.
        ("-3.5", "-3.5"),
        ("+0.4", "+0.4"),
        ("-12", "-12"),
        ("-.5", "-.5"),
        ("1e+22", "1e+22"),
        ("-1E-05", "-1E-05"),
        # Cells that only contain a trigger later on are fine.
        ("地区生产总值增长6%=", "地区生产总值增长6%="),
        (" =1+1", " =1+1"),
        ("", ""),
        ("'=already", "'=already"),
    ],
)
def test_formula_cells_get_a_leading_quote_and_numbers_do_not(cell, expected):
    assert spreadsheet_safe(cell) == expected


def test_the_module_is_pure():
    modules = imported_modules(Path(tracker.csv_safety.__file__), allow_relative=False)
    assert all(name.split(".")[0] in ("__future__", "re") for name in modules), modules
