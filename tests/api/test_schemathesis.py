"""Schemathesis against the OpenAPI document with every check it has (`--checks all`):
generated requests for every operation, through the WSGI application (no server).

Valid requests must be answered (no server error, a body that matches the schema, and no 400);
invalid ones (a year that is not a number, a verdict that does not exist, an empty value) must
be refused with a documented client error. Parameters that name things (a government, an
indicator) have formats of their own in the schema: any string may be sent, but only a name
that exists is valid data, so the generator draws valid ones from the test world's names.
The number of examples is bounded so the run stays under two minutes."""
import pytest
import schemathesis
from django.conf import settings as django_settings
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from schemathesis.checks import CHECKS, load_all_checks

from tracker.wsgi import application

pytestmark = pytest.mark.django_db
EXAMPLES = 20
# Names in the world of tests/api/conftest.py (full names, an alias, short names) and of the
# taxonomy that migrations load (codes, Chinese names, aliases in any case).
GOVERNMENTS = ["四川省", "四川省成都市", "成都市", "成都", "四川省成都市武侯区", "武侯区", "锦江", "浙江省"]
INDICATORS = ["gdp", "GDP", "地区生产总值", "cpi", "retail_sales", "社会消费品零售总额", "new_urban_jobs", "fdi"]

schemathesis.openapi.format("government", st.sampled_from(GOVERNMENTS))
schemathesis.openapi.format("indicator", st.sampled_from(INDICATORS))
schema = schemathesis.openapi.from_wsgi("/api/v1/schema/", application)
load_all_checks()
ALL_CHECKS = list(CHECKS.get_all())


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
    case.call_and_validate(checks=ALL_CHECKS)
