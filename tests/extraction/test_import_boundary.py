"""tracker/extraction is pure: no Django, DRF, Celery or network import, so that it runs anywhere."""
from pathlib import Path

import pytest

from tests.purity import imported_modules

PACKAGE = Path(__file__).resolve().parents[2] / "tracker" / "extraction"
FORBIDDEN = ("django", "rest_framework", "celery", "requests", "urllib", "http", "socket", "psycopg", "redis",
             "tracker.models", "tracker.services")


@pytest.mark.parametrize("path", sorted(PACKAGE.glob("*.py")), ids=lambda path: path.name)
def test_module_imports_nothing_forbidden(path):
    for module in imported_modules(path, allow_relative=True):
        assert not any(module == name or module.startswith(name + ".") for name in FORBIDDEN), module
