"""A real Celery worker, started as its own process against the configured broker, runs an import.

In the first-run mode (no CELERY_BROKER_URL) tasks run inline; the eager test covers that mode and
the worker test needs a broker to exist, which is what CI provides."""
import pytest

from tracker.celery import app as celery_app
from tracker.models import Assessment, Report
from tracker.tasks import report_import_path

from tests.integration.workers import require_worker_setup, start_worker, stop_worker, use_own_queue, wait_for


@pytest.mark.django_db
def test_task_runs_inline_in_eager_mode(samples_dir, monkeypatch):
    """The first-run mode, forced here so it is covered with a broker configured too."""
    monkeypatch.setitem(celery_app.conf, "task_always_eager", True)
    report_id = report_import_path.delay(str(next(samples_dir.glob("001*.txt")))).get()
    assert Report.objects.get(pk=report_id).jurisdiction.name == "重庆市南岸区"


@pytest.mark.worker
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_real_worker_imports_a_report(samples_dir, monkeypatch):
    require_worker_setup()
    # The task sent here and the linking task the worker sends on commit both use this queue.
    worker = start_worker(use_own_queue(monkeypatch))
    try:
        path = str(next(samples_dir.glob("002*.txt")))
        report_id = report_import_path.delay(path).get(timeout=120)
        linked = wait_for(lambda: Assessment.objects.filter(target__report_id=report_id).exists())
    finally:
        output = stop_worker(worker)
    report = Report.objects.get(pk=report_id)
    assert report.jurisdiction.name == "重庆市江北区", output
    assert report.targets.exists()
    assert linked, f"the linking task sent on commit did not run in the worker\n{output}"
