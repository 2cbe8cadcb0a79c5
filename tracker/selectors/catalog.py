"""Reads of the reference tables: governments, documents and the indicator taxonomy, and the
names a journalist may use for them."""
from django.db.models import Q, QuerySet

from tracker.extraction.divisions import division_chain
from tracker.models import Indicator, Jurisdiction, Report

# The texts of a report are hundreds of kilobytes: lists and joins leave them in the database.
REPORT_TEXTS = ("original_text", "normalized_text")
# Every id fits a signed 64-bit column; a longer number names nothing.
ID_DIGITS = 18
# A short name may leave off the last division's suffix (江北 for 江北区).
_SUFFIXES = ("自治区", "自治州", "自治县", "自治旗", "特别行政区", "地区", "省", "市", "州", "盟", "区", "县", "旗")


def jurisdiction_list() -> QuerySet[Jurisdiction]:
    return Jurisdiction.objects.select_related("parent").order_by("name", "pk")


def short_names(name: str) -> set[str]:
    """What a government may be called without its full chain: 四川省成都市武侯区 is also
    成都市武侯区, 武侯区 and 武侯. Only tails that start at a division boundary count, so 侯区
    names nothing."""
    chain = division_chain(name)
    names = set()
    for division in chain[:-1]:
        tail = name[len(division.name) :]
        names.add(tail)
    last = name[len(chain[-2].name) :] if len(chain) > 1 else name
    for suffix in _SUFFIXES:
        if last.endswith(suffix) and len(last) - len(suffix) >= 2:
            names.add(last[: -len(suffix)])
            break
    names.discard(name)
    return names


def jurisdiction_matches(*, key: str) -> list[Jurisdiction]:
    """Every government `key` may mean: an id, a full name, an alias a reviewer recorded, or a
    short name. An exact name or id wins over short names; more than one match is ambiguous
    and the caller asks which one."""
    key = key.strip()
    if key.isascii() and key.isdigit():
        return list(Jurisdiction.objects.filter(pk=int(key))) if len(key) <= ID_DIGITS else []
    exact = list(Jurisdiction.objects.filter(name=key))
    if exact:
        return exact
    # Alias lists are short and few governments have them; JSON containment is not portable to SQLite.
    aliased = [place for place in Jurisdiction.objects.exclude(aliases=[]) if key in place.aliases]
    if aliased:
        return aliased
    tails = Q(name__endswith=key)
    for suffix in _SUFFIXES:
        tails |= Q(name__endswith=key + suffix)
    return [place for place in Jurisdiction.objects.filter(tails).order_by("name") if key in short_names(place.name)]


def jurisdiction_scope(*, ids: list[int], include_descendants: bool) -> list[int]:
    """The ids a jurisdiction filter stands for, with every government below them on request."""
    if not include_descendants:
        return ids
    found: set[int] = set()
    for root in Jurisdiction.objects.filter(pk__in=ids):
        found.update(Jurisdiction.objects.descendants_of(root).values_list("pk", flat=True))
    return sorted(found)


def indicator_matches(*, key: str) -> list[Indicator]:
    """The indicators `key` names: a code (gdp), a Chinese or English name, or an alias (GDP,
    地区生产总值). Letters match whatever their case. The taxonomy is a few dozen rows."""
    key = key.strip()
    folded = key.casefold()
    indicators = list(Indicator.objects.all())
    for names in (
        lambda indicator: [indicator.code],
        lambda indicator: [indicator.name_zh, indicator.name_en],
        lambda indicator: indicator.aliases,
    ):
        found = [indicator for indicator in indicators if folded in {name.casefold() for name in names(indicator)}]
        if found:
            return found
    return []


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
