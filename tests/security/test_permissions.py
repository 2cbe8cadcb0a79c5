"""Who may do what in the admin: generating reports takes reports.generate, and the Reviewers
group reviews, imports and generates but deletes no government, report or indicator."""
import pytest
from django.contrib.auth.models import Permission
from django.test import override_settings
from rest_framework.settings import api_settings

from reports.models import GeneratedReport
from tracker.models import Indicator, Jurisdiction, Report

pytestmark = pytest.mark.django_db

GENERATE = "/admin/reports/generatedreport/generate/"


@pytest.fixture
def place(db):
    return Jurisdiction.objects.create(name="重庆市测试区", level="county")


@pytest.fixture
def bare_staff(django_user_model):
    """Staff with no permission at all: the admin lets them in, nothing more."""
    return django_user_model.objects.create_user(username="sam", password="pw-sam-12345", is_staff=True)


def _generate(client, place):
    return client.post(GENERATE, {"kind": "scorecard", "jurisdiction": place.pk, "year": 2023, "formats": ["html"]})


def test_staff_without_the_permission_cannot_generate(client, bare_staff, place):
    client.force_login(bare_staff)
    page = client.get(GENERATE)
    assert page.status_code == 403
    assert _generate(client, place).status_code == 403
    assert not GeneratedReport.objects.exists()


def test_the_permission_alone_allows_generating(client, bare_staff, place):
    bare_staff.user_permissions.add(Permission.objects.get(codename="generate", content_type__app_label="reports"))
    bare_staff.user_permissions.add(Permission.objects.get(codename="view_generatedreport"))
    client.force_login(bare_staff)
    assert client.get(GENERATE).status_code == 200
    assert _generate(client, place).status_code == 302
    assert GeneratedReport.objects.count() == 1
    assert "Generate reports" in client.get("/admin/reports/generatedreport/").content.decode()


def test_without_it_the_changelist_offers_neither_the_link_nor_the_action(client, bare_staff, place):
    bare_staff.user_permissions.add(Permission.objects.get(codename="view_generatedreport"))
    client.force_login(bare_staff)
    page = client.get("/admin/reports/generatedreport/").content.decode()
    assert "Generate reports" not in page and 'value="regenerate"' not in page


def test_reviewers_generate_within_a_rate(client, reviewer, place):
    client.force_login(reviewer)
    rest = {**api_settings.user_settings}
    rest["DEFAULT_THROTTLE_RATES"] = {**rest["DEFAULT_THROTTLE_RATES"], "report_generate": "1/minute"}
    with override_settings(REST_FRAMEWORK=rest):
        assert _generate(client, place).status_code == 302
        assert _generate(client, place).status_code == 429


@pytest.mark.parametrize("model", ["report", "jurisdiction", "indicator", "target", "outcome", "assessment"])
def test_reviewers_delete_nothing(client, reviewer, place, model):
    assert not reviewer.has_perm(f"tracker.delete_{model}")
    assert reviewer.has_perm(f"tracker.view_{model}") and reviewer.has_perm(f"tracker.change_{model}")


def test_reviewers_get_403_on_the_delete_pages(client, reviewer, place):
    report = Report.objects.create(jurisdiction=place, report_year=2023, original_text="x", normalized_text="x",
                                   sha256="a" * 64)
    client.force_login(reviewer)
    for url in [f"/admin/tracker/report/{report.pk}/delete/", f"/admin/tracker/jurisdiction/{place.pk}/delete/",
                f"/admin/tracker/indicator/{Indicator.objects.get(code='gdp').pk}/delete/"]:
        assert client.get(url).status_code == 403, url
        assert client.post(url, {"post": "yes"}).status_code == 403, url
    assert Report.objects.filter(pk=report.pk).exists() and Jurisdiction.objects.filter(pk=place.pk).exists()
    assert client.get(f"/admin/tracker/indicator/{Indicator.objects.get(code='gdp').pk}/change/").status_code == 200
