from decimal import Decimal

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class Direction(models.TextChoices):
    HIGHER = "higher", _("higher is better")
    LOWER = "lower", _("lower is better")


class Indicator(models.Model):
    """One entry of the indicator taxonomy, with the judging rule that applies to it.

    Kept as rows so that reviewers can add aliases and tune tolerances without a release."""

    code = models.SlugField(max_length=64, unique=True)
    name_zh = models.CharField(max_length=100)
    name_en = models.CharField(max_length=100)
    aliases = models.JSONField(default=list, blank=True)
    direction = models.CharField(max_length=8, choices=Direction.choices, default=Direction.HIGHER)
    tolerance = models.DecimalField(
        max_digits=8,
        decimal_places=3,
        default=Decimal("0.5"),
        help_text="How far short of a 左右/同步 target is still a narrow miss: percentage points for "
        "rates, a percentage of the target value for amounts and counts",
    )
    real_terms = models.BooleanField(
        default=False,
        help_text="Growth is reported in real terms, so it may not be derived from two levels",
    )
    share = models.BooleanField(
        default=False,
        help_text="A percentage of this indicator is a share or a rate (失业率 5%), never a growth rate",
    )

    class Meta:
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        ordering = ["code"]

    def __str__(self) -> str:
        return f"{self.code} ({self.name_zh})"

    @property
    def name(self) -> str:
        """The name in the reader's language: Chinese unless English is active and named."""
        language = get_language() or ""
        if language.startswith("en") and self.name_en:
            return self.name_en
        return self.name_zh
