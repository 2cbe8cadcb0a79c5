"""The public pages read the API tests' world (tests/api/conftest.py)."""
from tests.api.conftest import anonymous, world  # noqa: F401  (fixtures)
