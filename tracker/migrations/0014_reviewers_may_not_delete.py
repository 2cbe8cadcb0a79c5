"""The Reviewers group reviews, imports and generates reports, and may not delete: a report, a
government or an indicator deleted takes its targets, verdicts and history with it, where a
rejection keeps them. Its members also see login attempts and lockouts in the admin."""
from django.contrib.auth.management import create_permissions
from django.db import migrations

REVIEWERS = "Reviewers"
NOT_DELETABLE = ("report", "target", "outcome", "assessment", "jurisdiction", "indicator")
GRANTED = (
    ("reports", "generate"),
    ("axes", "view_accessattempt"),
    ("axes", "view_accessfailurelog"),
    ("axes", "view_accesslog"),
)


def update_group(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=REVIEWERS)
    group.permissions.remove(
        *Permission.objects.filter(
            content_type__app_label="tracker", codename__in=[f"delete_{model}" for model in NOT_DELETABLE]
        )
    )
    for app_label, codename in GRANTED:
        group.permissions.add(*Permission.objects.filter(content_type__app_label=app_label, codename=codename))


class Migration(migrations.Migration):
    dependencies = [
        ("tracker", "0013_cache_table"),
        ("reports", "0003_generate_permission"),
        ("axes", "0010_accessattemptexpiration"),
    ]
    operations = [migrations.RunPython(update_group, migrations.RunPython.noop)]
