"""Fixtures for the report tests: files go to a temporary MEDIA_ROOT, and `world` is the
fictional city with three districts of tests/reports/world.py."""
import pytest

from tests.reports.world import build_world


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def world(db, reviewer):
    return build_world(reviewer)
