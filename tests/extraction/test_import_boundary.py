"""tracker/extraction is pure: no Django, DRF, Celery or network import, so that it runs anywhere."""
import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "tracker" / "extraction"
FORBIDDEN = ("django", "rest_framework", "celery", "requests", "urllib", "http", "socket", "psycopg", "redis",
             "tracker.models", "tracker.services")


def imported_modules(path: Path) -> set[str]:
    modules = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            modules.add(node.module)
    return modules


@pytest.mark.parametrize("path", sorted(PACKAGE.glob("*.py")), ids=lambda path: path.name)
def test_module_imports_nothing_forbidden(path):
    for module in imported_modules(path):
        assert not any(module == name or module.startswith(name + ".") for name in FORBIDDEN), module
