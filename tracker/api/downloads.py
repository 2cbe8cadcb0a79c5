"""File names for CSV downloads that say what is in them: assessments-重庆市江北区-2021.csv
rather than a folder of export.csv, export (1).csv ... The name is built from the filters the
list applied, governments by name and indicators by code, and marks a file that holds
unreviewed rows."""
from __future__ import annotations

import re

from tracker.models import Indicator, Jurisdiction

# The filters that go into a file name, in this order; others (ordering, q) do not.
NAMED_FILTERS = ("jurisdiction", "level", "year", "period", "indicator", "kind", "verdict", "review_status", "source_kind")
PROVISIONAL_SUFFIX = "provisional"
MAX_LENGTH = 120
_UNSAFE = re.compile(r"[^\w.+-]+")


def _shown(name: str, value) -> str:
    if name == "jurisdiction":
        names = dict(Jurisdiction.objects.filter(pk__in=value).values_list("pk", "name"))
        return "+".join(names.get(pk, str(pk)) for pk in value)
    if name == "indicator":
        codes = dict(Indicator.objects.filter(pk__in=value).values_list("pk", "code"))
        return "+".join(codes.get(pk, str(pk)) for pk in value)
    if name == "period":
        start, end = value
        return str(start) if start == end else f"{start}-{end}"
    if isinstance(value, (list, tuple)):
        return "+".join(str(item) for item in value)
    return str(value)


def csv_file_name(view, *, base: str, provisional: bool) -> str:
    """`base`, then the value of each named filter the view applied, then `provisional`."""
    filterset = getattr(view, "applied_filterset", None)
    applied = filterset.form.cleaned_data if filterset is not None else {}
    parts = [base]
    for name in NAMED_FILTERS:
        value = applied.get(name)
        if value not in (None, "", [], ()):
            parts.append(_UNSAFE.sub("_", _shown(name, value)))
    if provisional:
        parts.append(PROVISIONAL_SUFFIX)
    return "-".join(parts)[:MAX_LENGTH] + ".csv"
