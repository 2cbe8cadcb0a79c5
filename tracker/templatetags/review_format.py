"""Number formatting for the review pages: values as a reviewer reads them in the report.

Decimals are stored with four places; 5.5000 is shown as 5.5 and 600.0000 as 600, never 6E+2.
"""
from decimal import Decimal

from django import template

from reports.language import current_wording

register = template.Library()


@register.filter
def number(value, style: str = "") -> str:
    """`{{ value|number }}`; `{{ gap|number:"signed" }}` puts + before a positive value."""
    if value is None or value == "":
        return ""
    text = format(Decimal(str(value)).normalize(), "f")
    if style == "signed" and Decimal(text) > 0:
        return f"+{text}"
    return text


@register.filter
def difference(value, unit: str) -> str:
    """A gap in the reader's language: "+0.3个百分点" / "+0.3 pp" for rates, "+12亿元" else."""
    if value is None or value == "":
        return ""
    return current_wording().difference(Decimal(str(value)), unit)
