"""Number formatting for the review pages: values as a reviewer reads them in the report.

Decimals are stored with four places; 5.5000 is shown as 5.5 and 600.0000 as 600, never 6E+2.
"""
from decimal import Decimal

from django import template

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
