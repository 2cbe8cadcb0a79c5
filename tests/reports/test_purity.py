"""The report computation stays pure: the standard library and the reports' own pure modules."""
import ast
import sys
from pathlib import Path

import pytest

import reports

PURE = ["rows", "scorecards", "leagues", "trends", "amplification", "scopes", "checksums", "tables", "svg",
        "charts", "builders"]
ROOT = Path(reports.__file__).parent
PURE_MODULES = {f"reports.{name}" for name in PURE}


def imported_modules(path: Path) -> set[str]:
    modules = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, f"{path.name}: relative import"
            modules.add(node.module)
    return modules


@pytest.mark.parametrize("name", PURE)
def test_imports_only_the_standard_library_and_pure_modules(name):
    outside = {
        module
        for module in imported_modules(ROOT / f"{name}.py")
        if module.split(".")[0] not in sys.stdlib_module_names and module not in PURE_MODULES
    }
    assert not outside, f"{name}.py imports {sorted(outside)}"
