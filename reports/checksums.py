"""The inputs checksum of a report: what decides whether a stored report is still current.

It covers every value a report shows (the rows, the governments named) and the layout version,
so a reviewer's confirmation, a corrected figure or a new template each produce a new checksum,
while a sweep over unchanged data regenerates nothing."""
from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Iterable
from decimal import Decimal

from reports.rows import AssessedTarget, Government
from reports.scopes import Scope

# Bump when the rendered output changes for the same inputs (templates, charts, CSV columns).
LAYOUT_VERSION = "2"  # 2: both languages, print layout, accessible charts
_LINE_FIELDS = tuple(field.name for field in dataclasses.fields(AssessedTarget))


def _plain(value):
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    raise TypeError(f"cannot checksum {type(value).__name__}")


def inputs_checksum(
    scope: Scope, governments: Iterable[Government], lines: Iterable[AssessedTarget]
) -> str:
    """SHA-256 over the scope, the governments and the rows, in an order-independent form."""
    payload = {
        "layout": LAYOUT_VERSION,
        "scope": dataclasses.astuple(scope),
        "governments": sorted(dataclasses.astuple(gov) for gov in governments),
        "fields": _LINE_FIELDS,
        "lines": sorted(tuple(getattr(line, name) for name in _LINE_FIELDS) for line in lines),
    }
    encoded = json.dumps(payload, default=_plain, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(encoded.encode()).hexdigest()
