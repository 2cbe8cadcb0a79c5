"""Login lockout (django-axes) on the admin login, which the review pages use: wrong passwords
lock the username for a while, from any address and with the right password too, and staff see
it in the admin."""
import pytest
from axes.models import AccessAttempt
from axes.utils import reset
from django.test import override_settings

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/?next=/review/"


@pytest.fixture
def other_reviewer(db):
    from tracker.services.accounts import reviewer_ensure

    return reviewer_ensure(username="otto", password="pw-otto-12345")


def attempt(client, username: str, password: str, address: str = "203.0.113.5", forwarded: str | None = None):
    extra = {"REMOTE_ADDR": address}
    if forwarded:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return client.post(LOGIN, {"username": username, "password": password}, **extra)


def test_after_five_wrong_passwords_even_the_right_one_is_refused(client, reviewer, settings):
    statuses = [attempt(client, "rita", f"wrong-{n}").status_code for n in range(5)]
    assert statuses == [200, 200, 200, 200, 429]  # the fifth failure locks
    locked = attempt(client, "rita", "pw-rita-12345")
    assert locked.status_code == 429
    assert "Too many failed logins for rita" in locked.content.decode()
    assert "_auth_user_id" not in client.session
    assert client.get("/review/").status_code == 302  # not logged in

    reset(username="rita")
    assert attempt(client, "rita", "pw-rita-12345").status_code == 302
    assert client.get("/review/").status_code == 200


def test_the_lock_holds_from_every_address_and_spares_other_users(client, reviewer, other_reviewer):
    for n in range(5):
        attempt(client, "rita", f"wrong-{n}", address=f"198.51.100.{n}")  # a new address for each guess
    assert attempt(client, "rita", "pw-rita-12345", address="198.51.100.77").status_code == 429
    # Behind one proxy every user has the same address: one stranger must not lock them all.
    assert attempt(client, "otto", "pw-otto-12345").status_code == 302


def test_a_made_up_forwarded_for_does_not_reset_the_count(client, reviewer):
    for n in range(5):
        attempt(client, "rita", "x", forwarded=f"6.6.6.{n}")
    assert attempt(client, "rita", "pw-rita-12345", forwarded="7.7.7.7").status_code == 429


@override_settings(AXES_FAILURE_LIMIT=2)
def test_staff_see_lockouts_in_the_admin(client, reviewer):
    attempt(client, "mallory", "x")
    attempt(client, "mallory", "y")
    assert AccessAttempt.objects.filter(username="mallory").exists()
    client.force_login(reviewer)
    page = client.get("/admin/axes/accessattempt/", REMOTE_ADDR="198.51.100.2")
    assert page.status_code == 200 and "mallory" in page.content.decode()
