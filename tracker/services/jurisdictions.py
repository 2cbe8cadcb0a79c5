from django.db import transaction

from tracker.extraction.divisions import division_chain
from tracker.extraction.gazetteer import gazetteer
from tracker.models import Jurisdiction


def jurisdiction_find(*, name: str) -> Jurisdiction | None:
    """By full name, or by an alias a reviewer recorded (江北区 for 重庆市江北区)."""
    found = Jurisdiction.objects.filter(name=name).first()
    if found:
        return found
    # Alias lists are short and few governments have them; JSON containment is not portable to SQLite.
    for candidate in Jurisdiction.objects.exclude(aliases=[]).only("pk", "name", "aliases"):
        if name in candidate.aliases:
            return candidate
    return None


def jurisdiction_get_or_create(*, name: str) -> Jurisdiction:
    """The government of that name, creating it and each parent its name implies (重庆市 above 重庆市江北区)."""
    found = jurisdiction_find(name=name)
    if found:
        return found
    # 晋江市 given by hand and 福建省泉州市晋江市 read from a text are one government.
    name = gazetteer().canonical(name)
    found = jurisdiction_find(name=name)
    if found:
        return found
    parent = None
    with transaction.atomic():
        for division in division_chain(name):
            parent, _ = Jurisdiction.objects.get_or_create(
                name=division.name, defaults={"level": division.level, "parent": parent}
            )
    return parent
