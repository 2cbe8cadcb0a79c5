"""Two web server processes, as two gunicorn workers or two machines, share one throttle count:
the counts are in the database cache (no CACHE_URL), not in each process's memory, where N
processes used to allow N times the rate."""
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.core.cache import cache
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]
RATE = 4

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _database_url(tmp_path) -> str:
    """The test database where a server can share it (PostgreSQL); otherwise a migrated file."""
    db = connection.settings_dict
    if db["ENGINE"].endswith("postgresql"):
        return f"postgres://{db['USER'] or 'postgres'}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
    url = f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    subprocess.run([sys.executable, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, check=True,
                   env={**os.environ, "DATABASE_URL": url})
    return url


def _status(port: int) -> int:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/indicators/", timeout=20) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def _wait_until_serving(port: int, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert server.poll() is None, server.communicate()[0].decode(errors="replace")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise AssertionError("the server did not start")


def test_two_server_processes_allow_the_rate_once_not_twice(tmp_path):
    cache.clear()  # earlier tests of the run may have left counts for this address in the table
    env = {**os.environ, "DATABASE_URL": _database_url(tmp_path), "API_ANON_RATE": f"{RATE}/hour", "DEBUG": "true"}
    env.pop("CACHE_URL", None)
    ports = [_free_port(), _free_port()]
    servers = [
        subprocess.Popen([sys.executable, "-m", "gunicorn", "tracker.wsgi", "-b", f"127.0.0.1:{port}", "-w", "1"],
                         cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        for port in ports
    ]
    try:
        for port, server in zip(ports, servers):
            _wait_until_serving(port, server)
        statuses = [(port, _status(port)) for _ in range(RATE) for port in ports]  # alternating
    finally:
        for server in servers:
            server.terminate()
            server.communicate(timeout=30)
        cache.clear()  # a transactional test's flush leaves the cache table alone
    allowed = [port for port, status in statuses if status == 200]
    assert len(allowed) == RATE, statuses
    assert set(allowed) == set(ports)  # both processes answered within the one shared count
    assert {status for _, status in statuses} == {200, 429}
