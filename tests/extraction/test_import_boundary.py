"""tracker/extraction is pure: no Django, DRF, Celery or network import, so that it runs anywhere."""
import subprocess
import sys
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


def test_importing_the_package_loads_neither_django_nor_celery():
    """The ast check above reads the package's own files; this one runs the import for real, so
    that a parent package's __init__ (tracker/__init__.py) cannot pull them in either."""
    code = (
        "import sys; import tracker.extraction, tracker.matching; "
        "print(','.join(sorted({m.split('.')[0] for m in sys.modules} & {'django', 'celery', 'rest_framework'})))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            cwd=PACKAGE.parents[1])
    assert result.stdout.strip() == ""
