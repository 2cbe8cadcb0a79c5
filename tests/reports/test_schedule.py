"""The schedule lives in django-celery-beat's tables, and what beat triggers is what the command does."""
import json
import re

import pytest
from django.core.management import call_command

from reports.models import GeneratedReport

YEARLY = "reports: yearly after the reports season"
WEEKLY = "reports: weekly for governments whose data changed"


@pytest.fixture
def schedule(db):
    from django_celery_beat.models import PeriodicTask

    return {task.name: task for task in PeriodicTask.objects.filter(name__in=[YEARLY, WEEKLY]).select_related("crontab")}


def test_the_schedule_entries_exist(schedule):
    yearly, weekly = schedule[YEARLY], schedule[WEEKLY]
    assert yearly.enabled and weekly.enabled
    assert (yearly.crontab.month_of_year, yearly.crontab.day_of_month, yearly.crontab.hour) == ("4", "1", "3")
    assert (weekly.crontab.day_of_week, weekly.crontab.hour) == ("1", "4")
    assert str(yearly.crontab.timezone) == "Asia/Shanghai"
    assert yearly.task == "reports.tasks.generated_reports_refresh"
    assert weekly.task == "reports.tasks.generated_reports_refresh_changed"
    assert json.loads(weekly.kwargs)["days"] == 7


def run_as_beat(entry):
    """What a worker does when beat sends this entry: the registered task, with the entry's args."""
    from tracker.celery import app

    app.loader.import_default_modules()
    task = app.tasks[entry.task]
    return task.apply(args=json.loads(entry.args), kwargs=json.loads(entry.kwargs)).get()


GENERATED_AT = re.compile(r"生成于 \d{4}-\d\d-\d\d \d\d:\d\d")


def stored_output():
    from pypdf import PdfReader

    output = {}
    for report in GeneratedReport.objects.latest_per_scope():
        files = {fmt: report.file_for(fmt).read() for fmt in report.formats}
        if "pdf" in files:
            text = "".join(page.extract_text() for page in PdfReader(report.pdf.open("rb")).pages)
            files["pdf"] = GENERATED_AT.sub("生成于 (time)", text)  # the PDF prints when it was made
        output[report.scope_key] = (report.inputs_checksum, report.title, files)
    return output


def test_the_yearly_task_generates_what_the_command_generates(world, schedule, tmp_path):
    result = run_as_beat(schedule[YEARLY])
    assert result["generated"] == len(result["ids"]) > 0
    from_beat = stored_output()
    GeneratedReport.objects.all().delete()

    call_command("generate_reports", out=tmp_path / "out")
    from_command = stored_output()
    assert from_command == from_beat
    copied = {path.name for path in (tmp_path / "out").iterdir()}
    assert copied == {f"{key}.{fmt}" for key, (_, _, files) in from_command.items() for fmt in files}


def test_the_weekly_task_regenerates_nothing_when_nothing_changed_since_the_sweep(world, schedule):
    run_as_beat(schedule[YEARLY])
    result = run_as_beat(schedule[WEEKLY])
    assert result["generated"] == 0 and result["ids"]
