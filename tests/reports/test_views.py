import csv
import io

import pytest

from reports.models import GeneratedReport
from reports.rendering import STALE_MARKER
from reports.services import generated_reports_refresh


@pytest.fixture
def generated(world):
    generated_reports_refresh(formats=["html", "csv", "pdf"])
    return GeneratedReport.objects.get(scope_key=f"scorecard-j{world.east.pk}-2023")


def test_the_index_lists_current_reports(client, generated):
    page = client.get("/en/reports/")
    assert page.status_code == 200
    html = page.content.decode()
    assert generated.title in html and generated.get_absolute_url() in html
    assert generated.get_absolute_url().startswith("/zh-hans/reports/r/")  # stored in the site's language
    filtered = client.get("/en/reports/", {"kind": "league", "year": 2023}).content.decode()
    assert "2023年排行榜" in filtered and generated.title not in filtered


def test_earlier_versions_are_listed_on_request(client, world, generated):
    assessment = world.assessments["east_retail"]
    assessment.review_status = "confirmed"
    assessment.save()
    generated_reports_refresh(formats=["html"])
    current = client.get("/en/reports/", {"kind": "scorecard", "q": "东区"}).content.decode()
    everything = client.get("/en/reports/", {"kind": "scorecard", "q": "东区", "all": "1"}).content.decode()
    assert current.count(generated.title) == 1 and everything.count(generated.title) == 2


def test_a_stored_report_and_its_files_are_served_by_scope_and_checksum(client, generated):
    page = client.get(generated.get_absolute_url())
    assert page.status_code == 200 and "示例省样本市东区" in page.content.decode()
    current = client.get(f"/zh-hans/reports/r/{generated.scope_key}/")
    assert current.content == generated.html.read().replace(STALE_MARKER.encode(), b"")  # current: no banner
    pdf = client.get(f"/zh-hans/reports/r/{generated.scope_key}/{generated.inputs_checksum}/pdf/")
    assert pdf["Content-Type"] == "application/pdf"
    assert client.get(f"/zh-hans/reports/r/{generated.scope_key}/{'0' * 64}/").status_code == 404
    assert client.get(f"/zh-hans/reports/r/{generated.scope_key}/{generated.inputs_checksum}/xls/").status_code == 404


def test_a_stored_report_asked_for_in_english_redirects_to_its_own_language(client, generated):
    response = client.get(f"/en/reports/r/{generated.scope_key}/")
    assert response.status_code == 302 and response["Location"] == f"/zh-hans/reports/r/{generated.scope_key}/"


def test_a_stored_report_whose_inputs_changed_carries_a_banner_to_the_live_version(client, world, generated):
    assessment = world.assessments["east_retail"]
    assessment.review_status = "confirmed"
    assessment.save()
    html = client.get(generated.get_absolute_url()).content.decode()
    assert 'id="stale-banner"' in html and "已有更新的数据" in html
    assert f'href="/zh-hans/reports/scorecard/{world.east.pk}/2023/"' in html


def test_live_scorecard_page_csv_and_pdf(client, world):
    url = f"/en/reports/scorecard/{world.east.pk}/2023/"
    html = client.get(url).content.decode()
    assert "evidence-" in html and "<svg" in html and "?format=pdf" in html
    response = client.get(url, {"format": "csv"})
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert {row["target_quote"] for row in rows} == {"地区生产总值增长6.5%以上", "固定资产投资增长10%左右",
                                                     "社会消费品零售总额增长8%以上"}
    assert client.get(url, {"format": "pdf"}).content.startswith(b"%PDF-")


def test_csv_column_names_in_the_readers_language_on_request(client, world):
    url = f"/zh-hans/reports/scorecard/{world.east.pk}/2023/"
    named = client.get(url, {"format": "csv", "headers": "names"}).content.decode("utf-8-sig")
    coded = client.get(url, {"format": "csv"}).content.decode("utf-8-sig")
    assert named.splitlines()[0].startswith("政府,年份,指标代码,指标,")
    assert coded.splitlines()[0].startswith("government,year,indicator,indicator_name,")
    assert named.splitlines()[1:] == coded.splitlines()[1:]  # the cells keep their codes


def test_live_league_trend_and_amplification_pages(client, world):
    city = world.city.pk
    league = client.get(f"/en/reports/league/{city}/2023/").content.decode()
    assert f"/en/reports/scorecard/{world.west.pk}/2023/" in league
    assert client.get("/en/reports/league/level/county/2023/").status_code == 200
    assert "2024" in client.get(f"/en/reports/trend/{city}/").content.decode()
    amplification = client.get(f"/en/reports/amplification/{city}/2023/gdp/").content.decode()
    assert "示例省" in amplification and "more ambitious" in amplification


@pytest.mark.parametrize("url", [
    "/en/reports/scorecard/99999/2023/", "/en/reports/league/level/planet/2023/",
    "/en/reports/league/1/2023/?format=pdf",
])
def test_unknown_scopes_and_formats_are_404(client, world, url):
    assert client.get(url).status_code == 404


def test_the_index_form_opens_a_live_scorecard(client, world):
    response = client.get("/en/reports/live/", {"jurisdiction": world.city.pk, "year": 2023})
    assert response.status_code == 302 and response["Location"] == f"/en/reports/scorecard/{world.city.pk}/2023/"


def test_the_front_door_is_the_reports_index_in_the_readers_language(client, world):
    response = client.get("/", headers={"Accept-Language": "zh-CN,zh;q=0.9"}, follow=True)
    assert response.redirect_chain[-1][0] == "/zh-hans/reports/" and response.status_code == 200


def test_old_unprefixed_addresses_redirect_to_the_readers_language(client, world):
    url = f"/reports/scorecard/{world.city.pk}/2023/?format=csv"
    chinese = client.get(url, headers={"Accept-Language": "zh-CN,zh;q=0.9"})
    assert chinese.status_code == 302 and chinese["Location"] == f"/zh-hans{url}"
    assert client.get(url)["Location"] == f"/en{url}"


@pytest.mark.parametrize(
    "url, status",
    [
        ("/en/reports/?year=²", 200),
        ("/en/reports/?year=٣", 200),
        (f"/en/reports/?year={'9' * 30}", 200),
        ("/en/reports/live/?jurisdiction=²&year=2023", 302),
        ("/en/reports/live/?jurisdiction=1&year=²", 302),
        (f"/en/reports/live/?jurisdiction={'9' * 30}&year=2023", 302),
        ("/en/reports/?q=%00", 400),
        ("/en/reports/?kind=%00", 400),
        ("/en/reports/?q=%E4%B8%9C%00", 400),
    ],
)
def test_odd_query_strings_get_an_answer_not_a_500(client, world, url, status):
    """Regressions: str.isdigit() accepted ² that int() refused; PostgreSQL refused the NUL."""
    response = client.get(url)
    assert response.status_code == status
    if status == 302:
        assert response["Location"] == "/en/reports/"
