from decimal import Decimal

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("tracker", "0003_reviewers_group")]

    operations = [
        migrations.AlterField(
            model_name="indicator",
            name="tolerance",
            field=models.DecimalField(
                decimal_places=3,
                default=Decimal("0.5"),
                help_text="How far short of a 左右/同步 target is still a narrow miss: percentage points for "
                "rates, a percentage of the target value for amounts and counts",
                max_digits=8,
            ),
        ),
    ]
