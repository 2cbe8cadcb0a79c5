"""Settings come from the environment through helpers that fail loudly on malformed values."""
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from tracker.settings import env_bool, env_int, env_list, env_timezone

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("raw, expected", [("1", True), ("true", True), ("Yes", True), ("0", False), ("off", False), ("", False)])
def test_env_bool(monkeypatch, raw, expected):
    monkeypatch.setenv("FLAG", raw)
    assert env_bool("FLAG", not expected) is expected


def test_env_bool_rejects_nonsense(monkeypatch):
    monkeypatch.setenv("FLAG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="FLAG must be a boolean"):
        env_bool("FLAG", False)


def test_env_int_rejects_nonsense(monkeypatch):
    monkeypatch.setenv("LIMIT", "5MB")
    with pytest.raises(ImproperlyConfigured, match="LIMIT must be an integer"):
        env_int("LIMIT", 1)


def test_env_list(monkeypatch):
    monkeypatch.setenv("HOSTS", "a.org, b.org,,")
    assert env_list("HOSTS", []) == ["a.org", "b.org"]
    monkeypatch.delenv("HOSTS")
    assert env_list("HOSTS", ["x"]) == ["x"]


def test_env_timezone(monkeypatch):
    monkeypatch.delenv("TZ_NAME", raising=False)
    assert env_timezone("TZ_NAME", "Asia/Shanghai") == "Asia/Shanghai"
    monkeypatch.setenv("TZ_NAME", "Europe/Berlin")
    assert env_timezone("TZ_NAME", "Asia/Shanghai") == "Europe/Berlin"
    monkeypatch.setenv("TZ_NAME", "Beijing")
    with pytest.raises(ImproperlyConfigured, match="TZ_NAME must be a time zone name"):
        env_timezone("TZ_NAME", "Asia/Shanghai")


def _manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    base = {"PATH": "/usr/bin:/bin", "HOME": "/tmp"}
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env={**base, **env},
                          capture_output=True, text=True, timeout=120)


def test_production_mode_needs_a_secret_key():
    result = _manage("check", DEBUG="false")
    assert result.returncode != 0
    assert "SECRET_KEY must be set when DEBUG is false" in result.stderr


def test_production_mode_passes_the_deploy_check():
    result = _manage("check", "--deploy", "--fail-level", "WARNING", DEBUG="false",
                     SECRET_KEY="x" * 20 + "a-long-random-production-secret-key-value-1234567890",
                     ALLOWED_HOSTS="example.org")
    assert result.returncode == 0, result.stderr
