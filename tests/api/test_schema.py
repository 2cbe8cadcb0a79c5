"""The OpenAPI document at /api/v1/schema/ and the interactive docs at /api/v1/docs/."""
import pytest
import yaml

pytestmark = pytest.mark.django_db


@pytest.fixture
def document(anonymous) -> dict:
    response = anonymous.get("/api/v1/schema/")
    assert response.status_code == 200
    return yaml.safe_load(response.content)


def test_schema_is_openapi_3_with_every_resource(document):
    assert document["openapi"].startswith("3.")
    paths = set(document["paths"])
    for name in ["jurisdictions", "reports", "indicators", "targets", "outcomes", "assessments"]:
        assert f"/api/v1/{name}/" in paths
        assert f"/api/v1/{name}/{{id}}/" in paths
    assert {"/api/v1/scorecards/", "/api/v1/scorecards/{jurisdiction}/{year}/", "/api/v1/changes/", "/api/v1/changes.atom"} <= paths


def test_schema_offers_only_reads(document):
    methods = {method for operations in document["paths"].values() for method in operations}
    assert methods == {"get"}


def test_filters_are_described(document):
    parameters = {p["name"]: p for p in document["paths"]["/api/v1/targets/"]["get"]["parameters"]}
    expected = {
        "jurisdiction", "include_descendants", "level", "year", "period", "indicator", "kind",
        "review_status", "headline", "stretch", "include_unreviewed", "ordering", "page", "page_size", "format",
    }
    assert expected <= set(parameters)
    assert all(parameters[name].get("description") for name in expected)
    verdicts = {p["name"]: p for p in document["paths"]["/api/v1/assessments/"]["get"]["parameters"]}
    assert verdicts["verdict"]["schema"]["items"]["enum"] == ["met", "missed", "not_comparable", "not_reported", "pending"]
    assert (verdicts["verdict"]["style"], verdicts["verdict"]["explode"]) == ("form", False)


def test_docs_page(anonymous):
    response = anonymous.get("/api/v1/docs/")
    assert response.status_code == 200
    assert b"swagger" in response.content.lower()


@pytest.mark.parametrize("url", ["/api/v1/docs/", "/api/v1/redoc/"])
def test_docs_pages_load_their_scripts_from_this_site(anonymous, url):
    html = anonymous.get(url).content.decode()
    assert "/static/drf_spectacular_sidecar/" in html
    assert "http://" not in html and "https://" not in html
    assert "<script>" not in html  # no inline script: the policy allows none without a nonce


def test_the_swagger_start_up_script_is_a_file(anonymous):
    script = anonymous.get("/api/v1/docs/", {"script": ""})
    assert script.status_code == 200 and script["Content-Type"].startswith("application/javascript")
    assert "SwaggerUIBundle" in script.content.decode()
