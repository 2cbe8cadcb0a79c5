"""The Reviewers group: staff in it may act on the review queue; other staff may only read."""
from django.contrib.auth.management import create_permissions
from django.db import migrations

REVIEWERS = "Reviewers"
MODELS = ("report", "target", "outcome", "assessment", "jurisdiction", "indicator")


def create_group(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=REVIEWERS)
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="tracker", content_type__model__in=MODELS)
    )


class Migration(migrations.Migration):
    dependencies = [("tracker", "0002_load_indicator_taxonomy"), ("auth", "0012_alter_user_first_name_max_length")]
    operations = [migrations.RunPython(create_group, migrations.RunPython.noop)]
