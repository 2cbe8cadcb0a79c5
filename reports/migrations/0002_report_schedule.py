"""The report schedule, as django-celery-beat rows that staff can edit in the admin.

- Yearly on 1 April: local governments deliver their reports in January and February and the
  State Council in March, so by April the year's reviews are in; every report whose inputs
  changed is regenerated (unchanged ones are skipped by their checksum).
- Weekly on Monday: the reports that read a government whose targets, outcomes or verdicts
  changed in the past seven days (reviewers confirm verdicts all year round).

Existing rows with these names are left as staff edited them."""
import json

from django.db import migrations
from django.utils import timezone

TIMEZONE = "Asia/Shanghai"
FORMATS = ["html", "csv", "pdf"]
SCHEDULE = [
    {
        "name": "reports: yearly after the reports season",
        "task": "reports.tasks.generated_reports_refresh",
        "crontab": {"minute": "0", "hour": "3", "day_of_week": "*", "day_of_month": "1", "month_of_year": "4"},
        "kwargs": {"formats": FORMATS},
        "description": "Regenerate every report whose inputs changed, once the year's reports are in.",
    },
    {
        "name": "reports: weekly for governments whose data changed",
        "task": "reports.tasks.generated_reports_refresh_changed",
        "crontab": {"minute": "0", "hour": "4", "day_of_week": "1", "day_of_month": "*", "month_of_year": "*"},
        "kwargs": {"days": 7, "formats": FORMATS},
        "description": "Regenerate the reports of governments whose targets, outcomes or verdicts changed.",
    },
]


def create_schedule(apps, schema_editor):
    CrontabSchedule = apps.get_model("django_celery_beat", "CrontabSchedule")
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    PeriodicTasks = apps.get_model("django_celery_beat", "PeriodicTasks")
    for entry in SCHEDULE:
        crontab, _ = CrontabSchedule.objects.get_or_create(timezone=TIMEZONE, **entry["crontab"])
        PeriodicTask.objects.get_or_create(
            name=entry["name"],
            defaults={
                "task": entry["task"],
                "crontab": crontab,
                "args": "[]",
                "kwargs": json.dumps(entry["kwargs"]),
                "description": entry["description"],
                "enabled": True,
            },
        )
    # The database scheduler reloads its entries when this timestamp moves.
    PeriodicTasks.objects.update_or_create(ident=1, defaults={"last_update": timezone.now()})


def remove_schedule(apps, schema_editor):
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    PeriodicTask.objects.filter(name__in=[entry["name"] for entry in SCHEDULE]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0001_initial"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]
    operations = [migrations.RunPython(create_schedule, remove_schedule)]
