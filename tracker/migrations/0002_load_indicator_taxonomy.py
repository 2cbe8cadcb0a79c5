"""Loads the indicator taxonomy of DESIGN.md into the Indicator table, where staff edit it.

The rows come from the built-in copy in tracker.extraction.taxonomy (aliases, direction) and
tracker.matching.rules (tolerance, real-terms growth), so the pure tests and a fresh database
start from the same data. Existing rows are left alone: the admin owns them after this."""
from django.db import migrations


def load(apps, schema_editor):
    from tracker.extraction.taxonomy import DEFAULT_INDICATORS
    from tracker.matching.rules import DEFAULT_RULES

    Indicator = apps.get_model("tracker", "Indicator")
    for spec in DEFAULT_INDICATORS:
        rule = DEFAULT_RULES.get(spec.code)
        defaults = {
            "name_zh": spec.name_zh,
            "name_en": spec.name_en,
            "aliases": list(spec.aliases),
            "direction": spec.direction,
        }
        if rule is not None:
            defaults["tolerance"] = rule.tolerance
            defaults["real_terms"] = rule.real_terms
        Indicator.objects.get_or_create(code=spec.code, defaults=defaults)


class Migration(migrations.Migration):
    dependencies = [("tracker", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
