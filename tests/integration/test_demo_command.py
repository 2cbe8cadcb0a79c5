"""manage.py demo: the demo reviewer exists only in DEBUG mode, with a random password unless
DEMO_PASSWORD gives one (it used to be reviewer/review-the-numbers in every mode)."""
import re
import shutil
from io import StringIO

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.core.management import call_command
from django.test import RequestFactory

from tracker.management.commands.demo import DEMO_USER, NO_DEMO_USER

pytestmark = pytest.mark.django_db


@pytest.fixture
def one_sample(tmp_path, samples_dir):
    shutil.copy(next(samples_dir.glob("001*.txt")), tmp_path)
    return tmp_path


def run_demo(folder) -> str:
    out = StringIO()
    call_command("demo", "--samples", str(folder), "--real-only", stdout=out)
    return out.getvalue()


def _logs_in(username: str, password: str) -> bool:
    request = RequestFactory().post("/admin/login/")
    return authenticate(request, username=username, password=password) is not None


def test_in_debug_mode_the_reviewer_gets_a_random_password_that_works(one_sample, settings, monkeypatch):
    settings.DEBUG = True
    monkeypatch.delenv("DEMO_PASSWORD", raising=False)
    first = re.search(r"password '([^']+)'", run_demo(one_sample)).group(1)
    second = re.search(r"password '([^']+)'", run_demo(one_sample)).group(1)
    assert first != second and len(first) >= 16 and first != "review-the-numbers"
    assert _logs_in(DEMO_USER, second) and not _logs_in(DEMO_USER, first)


def test_demo_password_is_used_when_given(one_sample, settings, monkeypatch):
    settings.DEBUG = True
    monkeypatch.setenv("DEMO_PASSWORD", "pw-given-123456")
    assert "password 'pw-given-123456'" in run_demo(one_sample)
    assert _logs_in(DEMO_USER, "pw-given-123456")


def test_without_debug_no_reviewer_is_created(one_sample, settings, monkeypatch):
    settings.DEBUG = False
    monkeypatch.setenv("DEMO_PASSWORD", "pw-given-123456")
    output = run_demo(one_sample)
    assert NO_DEMO_USER in output and "password" not in output.replace(NO_DEMO_USER, "")
    assert not get_user_model().objects.filter(username=DEMO_USER).exists()
