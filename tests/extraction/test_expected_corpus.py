"""Every item of samples/expected.json (the floor a correct extraction reaches) and of our own
annotations (tests/extraction/annotated.json), checked item by item on the sample reports.

Quotes in the files are hints and are not compared; the fields are.
"""
import json
from pathlib import Path

import pytest

from tests.extraction.corpus import SAMPLES, sample_extraction

EXPECTED = json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))
ANNOTATED = json.loads((Path(__file__).with_name("annotated.json")).read_text(encoding="utf-8"))

TARGET_FIELDS = ("indicator", "period", "kind", "value", "unit", "qualifier")
TARGET_FLAGS = {"headline": None, "stretch": False, "reference": None, "value_high": None}
ACTUAL_FIELDS = ("indicator", "period", "kind", "value", "unit")
ACTUAL_FLAGS = {"scope": None, "estimate": None, "cumulative": None}


def _items(source, side):
    for document in source["documents"]:
        prefix = document["file"][:3]
        for index, item in enumerate(document.get(side, [])):
            yield pytest.param(prefix, item, id=f"{prefix}-{side}-{index}-{item['indicator']}-{item['period']}")


def _matches(found: dict, item: dict, fields, flags) -> bool:
    if any(found.get(field) != item.get(field) for field in fields):
        return False
    for flag, default in flags.items():
        wanted = item.get(flag, default)
        if wanted is not None and found.get(flag) != wanted:
            return False
    return True


def _assert_found(prefix, item, side, fields, flags):
    rows = sample_extraction(prefix).to_dict()[side]
    candidates = [row for row in rows if row["indicator"] == item["indicator"]]
    assert any(_matches(row, item, fields, flags) for row in rows), (
        f"not found: {item}\nsame indicator: {json.dumps(candidates, ensure_ascii=False, indent=1)}"
    )


@pytest.mark.parametrize("prefix, item", [*_items(EXPECTED, "targets"), *_items(ANNOTATED, "targets")])
def test_target_is_found(prefix, item):
    _assert_found(prefix, item, "targets", TARGET_FIELDS, TARGET_FLAGS)


@pytest.mark.parametrize("prefix, item", [*_items(EXPECTED, "actuals"), *_items(ANNOTATED, "actuals")])
def test_actual_is_found(prefix, item):
    _assert_found(prefix, item, "actuals", ACTUAL_FIELDS, ACTUAL_FLAGS)


@pytest.mark.parametrize("document", EXPECTED["documents"], ids=lambda document: document["file"][:3])
def test_metadata(document):
    result = sample_extraction(document["file"][:3])
    assert result.jurisdiction == document["jurisdiction"]
    assert result.report_year == document["report_year"]
    assert (result.delivered_on.isoformat() if result.delivered_on else None) == document.get("delivered_on")
    assert result.speaker == document.get("speaker")
