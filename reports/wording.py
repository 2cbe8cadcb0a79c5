"""The words of the reports in the reader's language, kept free of Django.

The report computation and the charts are pure, so they cannot call Django's gettext. They mark
their English message ids with `gettext_noop` (which `makemessages` finds, so the ids reach
locale/*/django.po) and say them through a `Wording`; the rendering side builds one around
Django's gettext for the active language. Without one, the words stay English (the message
ids), which is what the pure tests read.

Numbers follow what readers of each language expect: a difference between two rates is
"+0.3个百分点" in Chinese and "+0.3 pp" in English; amounts keep the unit the report wrote
(600亿元 stays 600亿元 in both)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

PERCENT = "%"


def gettext_noop(message: str) -> str:
    """Marks an English message id for makemessages; it is translated when said by a Wording."""
    return message


def _identity(message: str) -> str:
    return message


def format_number(value: Decimal | None) -> str:
    """7.0000 -> '7', 5.5000 -> '5.5', 1.2E+3 -> '1200': the number as a report would write it."""
    if value is None:
        return ""
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "") else text


def format_signed(value: Decimal | None) -> str:
    """A gap with its sign: '+0.3', '-1.2', '0'."""
    if value is None:
        return ""
    text = format_number(value)
    return f"+{text}" if value > 0 else text


@dataclass(frozen=True)
class Wording:
    """`translate` is gettext for the reader's language; `language` a Django language code."""

    translate: Callable[[str], str] = _identity
    language: str = "en"

    @property
    def chinese(self) -> bool:
        return self.language.lower().startswith("zh")

    def __call__(self, message: str, **values: object) -> str:
        """The translated message, with %(name)s placeholders filled in."""
        text = self.translate(message)
        return text % values if values else text

    def difference(self, value: Decimal | None, unit: str) -> str:
        """A signed difference in the unit of its figures: points for rates, else as written."""
        if value is None:
            return ""
        if unit == PERCENT:
            return self(gettext_noop("%(value)s pp"), value=format_signed(value))
        return f"{format_signed(value)}{unit}"


ENGLISH = Wording()
