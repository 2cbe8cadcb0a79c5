"""The small named world the integration tests build on."""
from pathlib import Path

import pytest
from django.utils import translation

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


@pytest.fixture
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture
def sample_bytes():
    def read(name_prefix: str) -> bytes:
        (path,) = SAMPLES.glob(f"{name_prefix}*.txt")
        return path.read_bytes()

    return read


@pytest.fixture
def reviewer(db, django_user_model):
    from tracker.services.accounts import reviewer_ensure

    return reviewer_ensure(username="rita", password="pw-rita-12345")


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database as a deployment has it: migrated, then the taxonomy synced (migrations
    carry a frozen copy of the built-in taxonomy; sync_taxonomy brings what came after)."""
    with django_db_blocker.unblock():
        from tracker.services.taxonomy import taxonomy_sync

        taxonomy_sync()


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path_factory):
    """Stored original files (PDF, Word, scans) go to a folder of the test run, not the checkout."""
    settings.MEDIA_ROOT = tmp_path_factory.mktemp("media")
    return settings.MEDIA_ROOT


@pytest.fixture(autouse=True)
def english():
    """The interface speaks Chinese first; tests that read its words read them in English (the
    message ids) unless they ask for a language themselves (tests/i18n/). Test clients send
    Accept-Language: en and URLs are reversed under /en/."""
    with translation.override("en"):
        yield


@pytest.fixture
def client():
    from django.test import Client

    return Client(headers={"Accept-Language": "en"})


@pytest.fixture
def admin_client(db, admin_user, client):
    client.force_login(admin_user)
    return client
