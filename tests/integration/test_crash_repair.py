"""A run stopped between an import's commit and its linking (a killed process, a crashed linker)
leaves a report without assessments; re-running the import, or `link`, links it."""
import logging
from io import StringIO

import pytest
from django.core.management import call_command

from tracker.models import Assessment, Report, Target
from tracker.services.ingest import report_import

pytestmark = pytest.mark.django_db


@pytest.fixture
def unlinked(samples_dir):
    """The 2021 江北 report imported, its linking never run, exactly as when the process is killed
    right after the import's commit (--no-link stops there)."""
    path = next(samples_dir.glob("002*.txt"))
    call_command("import_reports", str(path), "--no-link", stdout=StringIO())
    report = Report.objects.get()
    assert report.targets.exists() and not Assessment.objects.exists()
    return path, report


def test_importing_the_same_file_again_links_what_was_left_unlinked(unlinked):
    path, report = unlinked
    out = StringIO()
    call_command("import_reports", str(path), stdout=out)
    assert f"unchanged {path}: already imported as report {report.pk}" in out.getvalue()
    assert "0 imported, 1 unchanged, 0 failed" in out.getvalue()
    assert Assessment.objects.filter(target__report=report).count() == Target.objects.filter(report=report).count()


def test_the_import_service_says_what_it_linked(unlinked, sample_bytes):
    _, report = unlinked
    result = report_import(data=sample_bytes("002"), file_name="again.txt")
    targets = Target.objects.filter(report=report).count()
    assert not result.created and result.relinked == targets
    assert result.describe() == (
        f"already imported as report {report.pk}; linked its {targets} target(s) that an interrupted run had left unlinked"
    )
    assert report_import(data=sample_bytes("002"), file_name="again.txt").describe() == f"already imported as report {report.pk}"


def test_link_links_reports_left_without_assessments(unlinked):
    _, report = unlinked
    out = StringIO()
    call_command("link", stdout=out)
    assert Assessment.objects.filter(target__report=report).count() == report.targets.count()
    assert f"{report.targets.count()} targets: {report.targets.count()} new" in out.getvalue()


def test_a_linker_crash_after_the_commit_keeps_the_report_and_the_next_run_links_it(
    sample_bytes, monkeypatch, django_capture_on_commit_callbacks, caplog
):
    def crash(jurisdiction_id):
        raise RuntimeError("linker crashed")

    monkeypatch.setattr("tracker.tasks.link_jurisdiction.delay", crash)
    with caplog.at_level(logging.ERROR), django_capture_on_commit_callbacks(execute=True):
        result = report_import(data=sample_bytes("002"), file_name="a.txt")
    assert result.created and result.report.targets.exists()
    assert "linker crashed" in caplog.text
    assert not Assessment.objects.exists()
    monkeypatch.undo()

    again = report_import(data=sample_bytes("002"), file_name="a.txt")
    assert not again.created and again.relinked == result.report.targets.count()
    assert Assessment.objects.count() == again.relinked
