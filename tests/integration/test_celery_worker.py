"""A real Celery worker, started as its own process against the configured broker, runs an import.

In the first-run mode (no CELERY_BROKER_URL) tasks run inline; the eager test covers that mode and
the worker test needs a broker to exist, which is what CI provides."""
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from tracker.celery import app as celery_app
from tracker.models import Assessment, Report
from tracker.tasks import report_import_path

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.django_db
def test_task_runs_inline_in_eager_mode(samples_dir, monkeypatch):
    """The first-run mode, forced here so it is covered with a broker configured too."""
    monkeypatch.setitem(celery_app.conf, "task_always_eager", True)
    report_id = report_import_path.delay(str(next(samples_dir.glob("001*.txt")))).get()
    assert Report.objects.get(pk=report_id).jurisdiction.name == "重庆市南岸区"


def _database_url_of_the_test_database() -> str:
    db = connection.settings_dict
    if db["ENGINE"].endswith("postgresql"):
        user = db["USER"] or "postgres"
        host = db["HOST"] or "127.0.0.1"
        return f"postgres://{user}@{host}:{db['PORT'] or 5432}/{db['NAME']}"
    raise AssertionError("the worker test needs a database server")


@pytest.mark.worker
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_real_worker_imports_a_report(samples_dir, monkeypatch):
    worker = start_worker(f"test-{os.getpid()}", monkeypatch)
    try:
        path = str(next(samples_dir.glob("002*.txt")))
        report_id = report_import_path.delay(path).get(timeout=120)
        linked = _wait_for(lambda: Assessment.objects.filter(target__report_id=report_id).exists())
    finally:
        worker.terminate()
        output = worker.communicate(timeout=30)[0].decode(errors="replace")
    report = Report.objects.get(pk=report_id)
    assert report.jurisdiction.name == "重庆市江北区", output
    assert report.targets.exists()
    assert linked, f"the linking task sent on commit did not run in the worker\n{output}"


def start_worker(queue: str, monkeypatch, **env: str) -> subprocess.Popen:
    """A worker process on the test database, taking tasks from a queue of this run's own (for the
    task sent here and those the worker sends on commit), so that concurrent runs on the same
    Redis never take each other's messages. Skips where no broker or database server is shared."""
    if settings.CELERY_TASK_ALWAYS_EAGER:
        pytest.skip("CELERY_BROKER_URL is not set: tasks run inline in this mode")
    if connection.vendor == "sqlite":
        pytest.skip("the SQLite test database lives in memory and cannot be shared with a worker")
    monkeypatch.setitem(celery_app.conf, "task_default_queue", queue)
    env = {**os.environ, "DATABASE_URL": _database_url_of_the_test_database(), "CELERY_TASK_DEFAULT_QUEUE": queue, **env}
    return subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "tracker", "worker", "--pool=solo", "--concurrency=1",
         "-Q", queue, "--without-heartbeat", "--without-gossip", "--without-mingle", "--loglevel=WARNING"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )


def _wait_for(condition, seconds: float = 60) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False
