from django.db import models
from django.utils.translation import gettext_lazy as _


class Level(models.TextChoices):
    NATIONAL = "national", _("national")
    PROVINCE = "province", _("province")
    PREFECTURE = "prefecture", _("prefecture")
    COUNTY = "county", _("county")


class JurisdictionQuerySet(models.QuerySet):
    def descendants_of(self, root: "Jurisdiction") -> "JurisdictionQuerySet":
        """The government and every one below it; levels are at most four deep."""
        ids = {root.pk}
        frontier = {root.pk}
        while frontier:
            frontier = set(self.filter(parent_id__in=frontier).values_list("pk", flat=True)) - ids
            ids |= frontier
        return self.filter(pk__in=ids)


class Jurisdiction(models.Model):
    """A government that delivers work reports, named in full simplified Chinese (重庆市江北区)."""

    name = models.CharField(max_length=100, unique=True)
    level = models.CharField(max_length=16, choices=Level.choices, blank=True)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    division_code = models.CharField(
        max_length=12, blank=True, help_text="GB/T 2260 administrative division code"
    )
    aliases = models.JSONField(default=list, blank=True)

    objects = JurisdictionQuerySet.as_manager()

    class Meta:
        verbose_name = _("government")
        verbose_name_plural = _("governments")
        ordering = ["name"]
        indexes = [models.Index(fields=["level"]), models.Index(fields=["parent"])]

    def __str__(self) -> str:
        return self.name
