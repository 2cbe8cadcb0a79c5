"""Real Celery workers for the tests: separate processes on the configured broker and the test
database, each run on a queue of its own so that concurrent runs on one Redis never take each
other's messages.

In the first-run mode (no CELERY_BROKER_URL) tasks run inline and there is no broker to start a
worker on; on SQLite the test database lives in memory and no other process can see it. Tests
that need a worker skip in those modes, which CI (PostgreSQL and Redis) does not run in."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from tracker.celery import app as celery_app

ROOT = Path(__file__).resolve().parents[2]


def require_worker_setup() -> None:
    if settings.CELERY_TASK_ALWAYS_EAGER:
        pytest.skip("CELERY_BROKER_URL is not set: tasks run inline in this mode")
    if connection.vendor == "sqlite":
        pytest.skip("the SQLite test database lives in memory and cannot be shared with a worker")


def use_own_queue(monkeypatch) -> str:
    """This run's queue, for the tasks sent here and those the workers send on."""
    queue = f"test-{os.getpid()}"
    monkeypatch.setitem(celery_app.conf, "task_default_queue", queue)
    return queue


def _database_url() -> str:
    db = connection.settings_dict
    user = db["USER"] or "postgres"
    host = db["HOST"] or "127.0.0.1"
    return f"postgres://{user}@{host}:{db['PORT'] or 5432}/{db['NAME']}"


def start_worker(queue: str, *, pool: str = "solo", concurrency: int = 1, env: dict | None = None) -> subprocess.Popen:
    """A worker in a process group of its own, so that a test can kill it with its children."""
    environment = {
        **os.environ,
        "DATABASE_URL": _database_url(),
        "CELERY_TASK_DEFAULT_QUEUE": queue,
        **(env or {}),
    }
    return subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "tracker", "worker", f"--pool={pool}", f"--concurrency={concurrency}",
         "-Q", queue, "--without-heartbeat", "--without-gossip", "--without-mingle", "--loglevel=WARNING"],
        cwd=ROOT, env=environment, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True,
    )


def stop_worker(worker: subprocess.Popen) -> str:
    """Its output; a worker still running is stopped warm (it finishes its task first)."""
    if worker.poll() is None:
        worker.terminate()
    return worker.communicate(timeout=60)[0].decode(errors="replace")


def kill_worker(worker: subprocess.Popen) -> None:
    """As a crash or a lost machine would: SIGKILL to the worker and its children, no cleanup."""
    os.killpg(worker.pid, signal.SIGKILL)
    worker.wait(timeout=30)


def wait_for(condition, seconds: float = 60, interval: float = 0.2) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(interval)
    return False
