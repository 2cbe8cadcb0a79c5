"""The five questions of the journalists' guide, each answered through the API alone in at most
two requests, as a journalist would ask them: names as people write them, no ids looked up first."""
import csv
import datetime
import io
from decimal import Decimal

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from tracker.models import Jurisdiction

from .world import make_assessment, make_outcome, make_report, make_target

pytestmark = pytest.mark.django_db


class CountingClient(APIClient):
    """A client that counts the requests a question costs."""

    requests = 0

    def generic(self, *args, **kwargs):
        self.requests += 1
        return super().generic(*args, **kwargs)


@pytest.fixture
def journalist() -> CountingClient:
    return CountingClient()


@pytest.fixture
def districts(world):
    """重庆市江北区 with its 2021 report (three annual targets, a five-year goal), its 2022 review,
    and 重庆市渝中区, which also missed its GDP target."""
    chongqing = Jurisdiction.objects.create(name="重庆市", level="province")
    jiangbei = Jurisdiction.objects.create(name="重庆市江北区", level="county", parent=chongqing)
    yuzhong = Jurisdiction.objects.create(name="重庆市渝中区", level="county", parent=chongqing)
    plan, review = make_report(jiangbei, 2021), make_report(jiangbei, 2022)
    gdp = make_target(plan, "gdp", 7, qualifier="approx", headline=True)
    retail = make_target(plan, "retail_sales", 10)
    jobs = make_target(plan, "new_urban_jobs", 2, kind="count", unit="万人")
    goal = make_target(plan, "gdp", 6, period_start=2021, period_end=2025)
    verdicts = {
        "gdp": make_assessment(gdp, make_outcome(review, "gdp", "6.2"), "missed", rule="approx"),
        "retail": make_assessment(retail, make_outcome(review, "retail_sales", "12.5"), "met"),
        "jobs": make_assessment(jobs, None, "not_reported"),
        "goal": make_assessment(goal, None, "pending"),
    }
    yuzhong_plan, yuzhong_review = make_report(yuzhong, 2021), make_report(yuzhong, 2022)
    verdicts["yuzhong_gdp"] = make_assessment(
        make_target(yuzhong_plan, "gdp", 6.5), make_outcome(yuzhong_review, "gdp", "5.9"), "missed"
    )
    return verdicts


def test_i_every_target_a_district_set_for_2021_with_its_verdict_and_quote(journalist, districts):
    response = journalist.get("/api/v1/assessments/", {"jurisdiction": "江北区", "year": 2021, "period": 2021})
    rows = response.json()["results"]
    assert journalist.requests == 1
    answered = {row["id"]: (row["verdict"], row["target"]["quote"]) for row in rows}
    assert answered == {
        districts[name].pk: (districts[name].verdict, districts[name].target.quote) for name in ("gdp", "retail", "jobs")
    }
    gdp = next(row for row in rows if row["id"] == districts["gdp"].pk)
    assert (gdp["outcome"]["quote"], gdp["gap"]) == ("地区生产总值增长6.2%", -0.8)


def test_ii_all_missed_gdp_targets_across_governments(journalist, districts, world):
    rows = journalist.get("/api/v1/assessments/", {"indicator": "GDP", "verdict": "missed"}).json()["results"]
    assert journalist.requests == 1
    assert {(row["jurisdiction_name"], row["target"]["quote"]) for row in rows} == {
        ("重庆市江北区", "地区生产总值增长7%以上"),
        ("重庆市渝中区", "地区生产总值增长6.5%以上"),
    }


def test_iii_a_csv_of_all_reviewed_assessments_with_chinese_intact(journalist, districts, world):
    response = journalist.get("/api/v1/assessments/", {"format": "csv", "lang": "zh"})
    body = b"".join(response.streaming_content)
    assert journalist.requests == 1
    assert body.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))
    assert {row["政府"] for row in rows} >= {"重庆市江北区", "重庆市渝中区", "四川省成都市"}
    assert {row["未经审核"] for row in rows} == {"false"}
    listed = journalist.get("/api/v1/assessments/").json()
    assert len(rows) == listed["count"]
    assert "目标·原文引语" in rows[0] and all(row["目标·原文引语"] for row in rows)


def test_iv_what_was_corrected_in_the_last_week(journalist, districts, reviewer):
    now = timezone.now()
    for name, value, days_ago in (("retail", "11", 2), ("gdp", "7.5", 10)):
        target = districts[name].target
        target.value, target.review_status = Decimal(value), "edited"
        target._history_user, target._history_date = reviewer, now - datetime.timedelta(days=days_ago)
        target.save()
    since = (timezone.localdate() - datetime.timedelta(days=7)).isoformat()
    rows = journalist.get("/api/v1/changes/", {"since": since}).json()["results"]
    assert journalist.requests == 1
    assert [(row["type"], row["item_id"]) for row in rows] == [("target", districts["retail"].target.pk)]
    assert {"field": "value", "before": 10.0, "after": 11.0} in rows[0]["changes"]


def test_v_a_citable_permalink_for_one_number_opens_its_evidence_page(journalist, districts):
    rows = journalist.get("/api/v1/targets/", {"jurisdiction": "江北区", "indicator": "地区生产总值", "period": 2021}).json()["results"]
    (row,) = rows
    page = journalist.get(row["html_url"], follow=True)
    assert journalist.requests == 3  # the list, the permalink, and its redirect to the reader's language
    assert page.status_code == 200
    body = page.content.decode()
    assert row["quote"] in body and row["html_url"] in body  # the quote, and the permalink to cite
