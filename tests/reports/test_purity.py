"""The report computation stays pure: the standard library and the reports' own pure modules."""
import sys
from pathlib import Path

import pytest

import reports
from tests.purity import imported_modules

PURE = ["rows", "scorecards", "leagues", "trends", "amplification", "scopes", "checksums", "tables", "svg",
        "charts", "builders", "wording"]
ROOT = Path(reports.__file__).parent
# Pure modules of the project outside reports/ that the computation may use.
PURE_MODULES = {f"reports.{name}" for name in PURE} | {"tracker.csv_safety"}


@pytest.mark.parametrize("name", PURE)
def test_imports_only_the_standard_library_and_pure_modules(name):
    outside = {
        module
        for module in imported_modules(ROOT / f"{name}.py", allow_relative=False)
        if module.split(".")[0] not in sys.stdlib_module_names and module not in PURE_MODULES
    }
    assert not outside, f"{name}.py imports {sorted(outside)}"
