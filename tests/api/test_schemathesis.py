"""Schemathesis against the OpenAPI document: generated requests for every operation, through
the WSGI application (no server), checked for server errors and responses that break the schema.

Invalid requests are generated too, and must get a documented client error, never a 500. The
one check left out is that every invalid request is refused: like most APIs this one ignores
query parameters it does not know (a cache-busting `_=` must not fail a download) and treats an
empty filter as no filter. The number of examples is bounded so the run stays under two minutes."""
import pytest
import schemathesis
from django.conf import settings as django_settings
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings

from tracker.wsgi import application

pytestmark = pytest.mark.django_db
EXAMPLES = 20

schema = schemathesis.openapi.from_wsgi("/api/v1/schema/", application)


@pytest.fixture(autouse=True)
def connection_kept():
    """Requests go through the real WSGI handler, whose end-of-request hook would close the
    database connection that holds the test's transaction (Django's test client unhooks it too)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture(autouse=True)
def unthrottled(settings):
    """Generated requests arrive by the hundred: rate limits are tested elsewhere."""
    settings.REST_FRAMEWORK = {
        **django_settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": None, "user": None},
    }


@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.filter_too_much],
)
def test_every_operation_conforms(case, world):
    case.call_and_validate(excluded_checks=[schemathesis.checks.negative_data_rejection])
