"""tracker.matching stays pure: the standard library, itself and the indicator records of the
pure extraction package (its judging defaults are declared there, once), nothing else."""
import sys
from pathlib import Path

import pytest

import tracker.matching
from tests.purity import imported_modules

MODULES = sorted(Path(tracker.matching.__file__).parent.glob("*.py"))
FORBIDDEN = {"django", "rest_framework", "celery"}


def test_the_package_has_its_modules():
    assert {path.stem for path in MODULES} >= {"facts", "rules", "choose", "verdicts"}


@pytest.mark.parametrize("path", MODULES, ids=lambda path: path.name)
def test_no_framework_imports(path):
    roots = {module.split(".")[0] for module in imported_modules(path, allow_relative=False)}
    assert roots.isdisjoint(FORBIDDEN)


@pytest.mark.parametrize("path", MODULES, ids=lambda path: path.name)
def test_only_the_standard_library_and_the_package_itself(path):
    outside = {
        module
        for module in imported_modules(path, allow_relative=False)
        if module.split(".")[0] not in sys.stdlib_module_names and not module.startswith("tracker.matching")
        and module != "tracker.extraction.taxonomy"
    }
    assert not outside, f"{path.name} imports {sorted(outside)}"
