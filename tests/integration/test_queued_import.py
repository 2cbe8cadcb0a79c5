"""`--queue` on real Celery workers against Redis and PostgreSQL: the same rows and the same
lines as the serial run, and a worker killed mid-task whose task is run again without duplicates.

The files are the project's samples, copies of them with a numbered line appended (so that each
has its own bytes) and bad files written here."""
import re
from io import StringIO

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.utils import translation

from reports.models import GeneratedReport
from tracker import fanout
from tracker.extraction import extract_report
from tracker.extraction.decoding import EMPTY_FILE
from tracker.models import Assessment, Outcome, Report, Target
from tracker.services.batches import FAILED, IMPORTED, UNCHANGED, FileSource, ItemOutcome
from tracker.tasks import files_import

from tests.integration.workers import kill_worker, require_worker_setup, start_worker, stop_worker, use_own_queue, wait_for

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture(autouse=True)
def site_language(english):
    """Workers speak the site's language (a report's line names its form: 全文); so does the
    serial run compared with them, as both do in production."""
    with translation.override(settings.LANGUAGE_CODE):
        yield
_REPORT_ID = re.compile(r"report \d+")


def _world() -> dict:
    """Everything an import writes, without row ids (ids differ between two runs)."""
    reports = {
        r.file_name: (r.jurisdiction.name if r.jurisdiction else None, r.report_year, r.delivered_on, r.speaker,
                      r.title, r.sha256, r.status, r.normalized_text)
        for r in Report.objects.select_related("jurisdiction")
    }
    targets = sorted(Target.objects.values_list(
        "report__file_name", "indicator__code", "period_start", "period_end", "kind", "value", "value_high",
        "qualifier", "stretch", "headline", "quote", "start", "end"), key=repr)
    outcomes = sorted(Outcome.objects.values_list(
        "report__file_name", "indicator__code", "period_start", "kind", "value", "estimate", "scope", "quote", "start"),
        key=repr)
    assessments = sorted(Assessment.objects.values_list(
        "target__report__file_name", "target__start", "target__indicator__code", "outcome__quote", "verdict", "gap"),
        key=repr)
    history = (Target.history.count(), Outcome.history.count())
    return {"reports": reports, "targets": targets, "outcomes": outcomes, "assessments": assessments,
            "history": history}


def _import(folder, *options) -> tuple[str, str, int]:
    """Output, errors and exit status; report ids left out, since parts run side by side."""
    out, err = StringIO(), StringIO()
    try:
        call_command("import_reports", str(folder), *options, stdout=out, stderr=err)
        code = 0
    except CommandError as error:
        code = error.returncode
    return _REPORT_ID.sub("report #", out.getvalue()), err.getvalue(), code


def _empty_the_tables() -> None:
    """Back to an empty archive with the id sequences restarted, so both runs number alike."""
    with connection.cursor() as cursor:
        cursor.execute(
            "TRUNCATE tracker_assessment, tracker_historicalassessment, tracker_target, tracker_historicaltarget, "
            "tracker_outcome, tracker_historicaloutcome, tracker_report, tracker_jurisdiction RESTART IDENTITY CASCADE"
        )


def test_queued_import_gives_the_rows_and_lines_of_the_serial_import(tmp_path, samples_dir, monkeypatch):
    require_worker_setup()
    for path in samples_dir.glob("*.txt"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    reviews = sorted((samples_dir.parent / "tests" / "fixtures" / "synthetic").glob("*_review.txt"))
    for path in reviews:  # next-year reviews, so that linking judges some targets met or missed
        (tmp_path / f"review_{path.name}").write_bytes(path.read_bytes())
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "notes.md").write_text("not a report file: skipped when walking the folder")

    serial = _import(tmp_path)
    serial_world = _world()
    _empty_the_tables()
    monkeypatch.setattr(fanout, "FILES_PER_TASK", 3)  # several parts, run by two processes at once
    worker = start_worker(use_own_queue(monkeypatch), pool="prefork", concurrency=2)
    try:
        queued = _import(tmp_path, "--queue")
    finally:
        output = stop_worker(worker)

    assert queued == serial, output
    assert _world() == serial_world, output
    out, err, code = queued
    assert code == 1
    assert f"{len(reviews) + 5} imported, 0 unchanged, 1 failed" in out
    assert f"FAILED {tmp_path / 'empty.txt'}: {EMPTY_FILE}" in err
    assert serial_world["assessments"] and {row[4] for row in serial_world["assessments"]} & {"met", "missed"}


def test_a_worker_killed_mid_task_leaves_its_task_to_another_that_finishes_it_without_duplicates(
    tmp_path, samples_dir, monkeypatch
):
    require_worker_setup()
    samples = sorted(samples_dir.glob("*.txt"))
    files = []
    for i in range(60):
        path = tmp_path / f"{i:03d}_{samples[i % len(samples)].name}"
        path.write_bytes(samples[i % len(samples)].read_bytes() + f"\n副本 {i}\n".encode())
        files.append(path)
    queue = use_own_queue(monkeypatch)
    result = files_import.delay([FileSource(str(path)).as_message() for path in files])

    # A prefork worker: its main process acknowledges on its own, so only acks late keeps the
    # message when the whole worker dies (the solo pool happens to acknowledge after the task).
    first = start_worker(queue, pool="prefork")
    try:
        started = wait_for(lambda: Report.objects.exists(), seconds=120, interval=0.02)
        kill_worker(first)
    finally:
        first_output = stop_worker(first)
    stored_by_the_killed_worker = Report.objects.count()
    assert started, first_output
    assert 0 < stored_by_the_killed_worker < len(files), "the worker was not killed mid-task"

    # The killed worker never acknowledged the message; a worker whose visibility timeout has
    # passed puts it back on the queue and runs the task again.
    second = start_worker(queue, env={"CELERY_VISIBILITY_TIMEOUT": "2"})
    try:
        outcomes = [ItemOutcome.from_message(message) for message in result.get(timeout=180)]
    finally:
        second_output = stop_worker(second)

    assert [outcome.name for outcome in outcomes] == [str(path) for path in files], second_output
    assert {outcome.status for outcome in outcomes} <= {IMPORTED, UNCHANGED}, [o for o in outcomes if o.status == FAILED]
    assert sum(outcome.status == UNCHANGED for outcome in outcomes) >= stored_by_the_killed_worker
    assert Report.objects.count() == len(files)
    for path in files:  # each report whole, once: as many rows as its text holds figures
        extraction = extract_report(path.read_text("utf-8"))
        report = Report.objects.get(file_name=path.name)
        assert report.targets.count() == len(extraction.targets), path.name
        assert report.outcomes.count() == len(extraction.actuals), path.name
    assert Target.history.count() == Target.objects.count()
    assert Outcome.history.count() == Outcome.objects.count()


def test_queued_reextract_link_and_reports_match_the_serial_runs(tmp_path, samples_dir, monkeypatch, settings):
    require_worker_setup()
    reviews = sorted((samples_dir.parent / "tests" / "fixtures" / "synthetic").glob("*_review.txt"))
    _import(samples_dir)
    call_command("import_reports", *map(str, reviews), stdout=StringIO())
    monkeypatch.setattr(fanout, "REPORTS_PER_TASK", 2)
    monkeypatch.setattr(fanout, "GOVERNMENTS_PER_TASK", 1)
    monkeypatch.setattr("reports.management.commands.generate_reports.SCOPES_PER_TASK", 3)
    monkeypatch.setenv("MEDIA_ROOT", str(tmp_path / "media"))  # the worker's files
    settings.MEDIA_ROOT = tmp_path / "media"
    serial_reextract = StringIO()
    call_command("reextract", stdout=serial_reextract)
    worker = start_worker(use_own_queue(monkeypatch), pool="prefork", concurrency=2)
    try:
        queued_reextract, queued_link, serial_link = StringIO(), StringIO(), StringIO()
        call_command("reextract", "--queue", stdout=queued_reextract)
        call_command("link", "--queue", "--json", stdout=queued_link)
        queued_reports = StringIO()
        call_command("generate_reports", "--format", "csv", "--queue", stdout=queued_reports)
    finally:
        output = stop_worker(worker)
    call_command("link", "--json", stdout=serial_link)
    serial_reports = StringIO()
    call_command("generate_reports", "--format", "csv", stdout=serial_reports)

    assert queued_reextract.getvalue() == serial_reextract.getvalue(), output
    assert serial_reextract.getvalue().count("\n") == Report.objects.count()
    assert queued_link.getvalue() == serial_link.getvalue(), output
    assert queued_link.getvalue().count("\n") == Target.objects.count() == Assessment.objects.count()
    # The serial sweep finds every report the workers made up to date: same scopes, same inputs.
    total = GeneratedReport.objects.count()
    assert total > 5
    assert queued_reports.getvalue().strip() == f"{total} reports: {total} generated, 0 unchanged", output
    assert serial_reports.getvalue().strip() == f"{total} reports: 0 generated, {total} unchanged"
