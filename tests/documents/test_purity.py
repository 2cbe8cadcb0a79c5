"""The document readers are pure: no Django, so they run in tests and tools without a database."""
from pathlib import Path

import pytest

from tests.purity import imported_modules

PACKAGE = Path(__file__).resolve().parents[2] / "tracker" / "documents"


@pytest.mark.parametrize("path", sorted(PACKAGE.glob("*.py")), ids=lambda p: p.name)
def test_no_django_in_the_document_readers(path):
    modules = imported_modules(path, allow_relative=False)
    assert not {m for m in modules if m.split(".")[0] in {"django", "rest_framework", "celery"}}
    assert not {m for m in modules if m.startswith("tracker.") and not m.startswith(("tracker.documents", "tracker.extraction"))}
