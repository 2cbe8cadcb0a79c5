"""examples/journalist_questions.py, run as a journalist runs it: a separate Python process with
requests and pandas, against a live server holding a small world of reviewed verdicts."""
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from tests.api.world import make_assessment, make_outcome, make_report, make_target
from tracker.models import Jurisdiction

# A live server needs committed rows; serialized rollback restores the taxonomy the migrations
# loaded, which a transactional test's flush would otherwise remove for the tests after it.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
SCRIPT = Path(__file__).resolve().parents[2] / "examples" / "journalist_questions.py"


@pytest.fixture
def jiangbei():
    chongqing = Jurisdiction.objects.create(name="重庆市", level="province")
    place = Jurisdiction.objects.create(name="重庆市江北区", level="county", parent=chongqing)
    plan, review = make_report(place, 2021), make_report(place, 2022)
    gdp = make_target(plan, "gdp", 7, qualifier="approx")
    make_assessment(gdp, make_outcome(review, "gdp", "6.2"), "missed")
    make_assessment(make_target(plan, "retail_sales", 10), make_outcome(review, "retail_sales", "12.5"), "met")
    make_target(plan, "cpi", 3, review_status="pending")
    return gdp


def run(live_server, tmp_path, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--base-url", live_server.url, "--out", str(tmp_path), *args],
        capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_example_answers_the_five_questions(live_server, jiangbei, tmp_path):
    output = run(live_server, tmp_path, "--government", "江北区", "--year", "2021")
    first, second, third, fourth, fifth = output.split("\n\n")
    assert "地区生产总值增长7%以上" in first and "missed" in first and "社会消费品零售总额增长10%以上" in first
    assert "地区生产总值增长7%以上" in second and "-0.8" in second
    csv_path = tmp_path / "assessments.csv"
    assert f"{csv_path}: 2 rows" in third
    table = pd.read_csv(csv_path, encoding="utf-8-sig")
    assert set(table["政府"]) == {"重庆市江北区"}
    assert "(none)" in fourth
    assert f"{live_server.url}/targets/{jiangbei.pk}/ -> 200" in fifth


def test_a_misspelt_name_stops_with_the_apis_message(live_server, jiangbei, tmp_path):
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--base-url", live_server.url, "--government", "江南区", "--out", str(tmp_path)],
        capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 1
    assert "No government has the id, name or short name '江南区'" in done.stderr
