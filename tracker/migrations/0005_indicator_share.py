"""Indicators whose percentages are shares or rates, not growth: a column of its own, so that
reviewers can mark one in the admin. The four built-in ones are set here (a frozen list)."""
from django.db import migrations, models

SHARES = ("surveyed_unemployment", "registered_unemployment", "rd_intensity", "deficit_ratio")


def mark_shares(apps, schema_editor):
    apps.get_model("tracker", "Indicator").objects.filter(code__in=SHARES).update(share=True)


class Migration(migrations.Migration):
    dependencies = [("tracker", "0004_indicator_tolerance_help")]
    operations = [
        migrations.AddField(
            model_name="indicator",
            name="share",
            field=models.BooleanField(
                default=False,
                help_text="A percentage of this indicator is a share or a rate (失业率 5%), never a growth rate",
            ),
        ),
        migrations.RunPython(mark_shares, migrations.RunPython.noop),
    ]
