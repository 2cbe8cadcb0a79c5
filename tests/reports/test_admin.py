import pytest

from reports.models import GeneratedReport
from reports.services import generated_reports_refresh


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client


def test_the_changelist_shows_reports_and_the_generate_link(admin_client, world):
    generated_reports_refresh(formats=["html"])
    page = admin_client.get("/admin/reports/generatedreport/").content.decode()
    assert "Generate reports" in page and "scorecard" in page


def test_the_generate_action_goes_through_the_service(admin_client, world):
    generated_reports_refresh(formats=["html"])
    selected = GeneratedReport.objects.filter(kind="scorecard", jurisdiction=world.city, year=2023)
    assessment = world.assessments["city_retail"]
    assessment.review_status = "confirmed"
    assessment.save()
    response = admin_client.post("/admin/reports/generatedreport/", {
        "action": "regenerate", "_selected_action": [report.pk for report in selected],
    }, follow=True)
    assert "1 generated, 0 unchanged" in response.content.decode()
    assert GeneratedReport.objects.filter(kind="scorecard", jurisdiction=world.city, year=2023).count() == 2


def test_the_generate_form_makes_a_report_for_a_new_scope(admin_client, world):
    response = admin_client.post("/admin/reports/generatedreport/generate/", {
        "kind": "amplification", "jurisdiction": world.city.pk, "year": 2023, "indicator": "gdp", "formats": ["html"],
    })
    assert response.status_code == 302
    (report,) = GeneratedReport.objects.all()
    assert report.scope_key == f"amplification-j{world.city.pk}-2023-gdp"


def test_the_generate_form_explains_an_incomplete_scope(admin_client, world):
    response = admin_client.post("/admin/reports/generatedreport/generate/", {"kind": "scorecard", "formats": ["html"]})
    assert "a scorecard report needs a government and a year" in response.content.decode()
    assert not GeneratedReport.objects.exists()
