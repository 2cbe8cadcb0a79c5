"""Fixtures of the review tests: the world of world.py and the three kinds of user."""
import pytest

from review.world import World, build_world
from tracker.services.accounts import reviewer_ensure


@pytest.fixture
def world(db) -> World:
    return build_world()


@pytest.fixture
def staff_reader(db, django_user_model):
    """Staff, but not in the Reviewers group: may read, may not act."""
    return django_user_model.objects.create_user(username="sam", password="pw-sam-12345", is_staff=True)


@pytest.fixture
def other_reviewer(db):
    return reviewer_ensure(username="otto", password="pw-otto-12345")


@pytest.fixture
def reviewer_client(client, reviewer):
    client.force_login(reviewer)
    return client


@pytest.fixture
def reader_client(client, staff_reader):
    client.force_login(staff_reader)
    return client
