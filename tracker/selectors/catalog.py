"""Reads of the reference tables: governments, documents and the indicator taxonomy."""
from django.db.models import QuerySet

from tracker.models import Indicator, Jurisdiction, Report
from tracker.services.jurisdictions import jurisdiction_find

# The texts of a report are hundreds of kilobytes: lists and joins leave them in the database.
REPORT_TEXTS = ("original_text", "normalized_text")
# Every id fits a signed 64-bit column; a longer number names nothing.
ID_DIGITS = 18


def jurisdiction_list() -> QuerySet[Jurisdiction]:
    return Jurisdiction.objects.select_related("parent").order_by("name", "pk")


def jurisdiction_resolve(*, key: str) -> Jurisdiction | None:
    """A government named by its id or its full name or an alias, as a journalist would type it."""
    key = key.strip()
    if key.isascii() and key.isdigit():
        return Jurisdiction.objects.filter(pk=int(key)).first() if len(key) <= ID_DIGITS else None
    return jurisdiction_find(name=key)


def jurisdiction_ids(*, key: str, include_descendants: bool) -> list[int]:
    """The ids a jurisdiction filter stands for: none when the name is unknown. An id alone
    needs no query (an unknown one simply matches nothing)."""
    key = key.strip()
    if not include_descendants and key.isascii() and key.isdigit():
        return [int(key)] if len(key) <= ID_DIGITS else []
    root = jurisdiction_resolve(key=key)
    if root is None:
        return []
    if not include_descendants:
        return [root.pk]
    return list(Jurisdiction.objects.descendants_of(root).values_list("pk", flat=True))


def report_list() -> QuerySet[Report]:
    return (
        Report.objects.select_related("jurisdiction")
        .defer(*REPORT_TEXTS)
        .order_by("-report_year", "jurisdiction__name", "pk")
    )


def report_items() -> QuerySet[Report]:
    """What a report's permalink reads: with the normalised text, so a reader can check a quote
    against its offsets."""
    return Report.objects.select_related("jurisdiction").defer("original_text")


def indicator_list() -> QuerySet[Indicator]:
    return Indicator.objects.order_by("code")
