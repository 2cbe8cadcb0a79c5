"""`manage.py extract FILE --json` prints the extraction output format of DESIGN.md."""
import json
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from tracker.models import Indicator

ROOT = Path(__file__).resolve().parents[2]
TARGET_KEYS = {"indicator", "indicator_text", "period", "kind", "value", "value_high", "unit", "qualifier",
               "stretch", "headline", "reference", "quote", "start", "end"}
ACTUAL_KEYS = {"indicator", "indicator_text", "period", "kind", "value", "unit", "estimate", "cumulative",
               "scope", "quote", "start", "end"}


@pytest.mark.django_db
def test_json_output_format(samples_dir):
    out = StringIO()
    call_command("extract", str(next(samples_dir.glob("000*.txt"))), "--json", stdout=out)
    result = json.loads(out.getvalue())
    assert (result["jurisdiction"], result["report_year"], result["delivered_on"], result["speaker"]) == (
        "重庆市巴南区", 2022, "2022-01-10", "贾晖")
    assert result["targets"] and all(set(t) == TARGET_KEYS for t in result["targets"])
    assert result["actuals"] and all(set(a) == ACTUAL_KEYS for a in result["actuals"])
    gdp = next(t for t in result["targets"] if t["indicator"] == "gdp")
    assert (gdp["period"], gdp["kind"], gdp["value"], gdp["unit"], gdp["qualifier"]) == ("2022", "growth", 5.5, "%", "at_least")


@pytest.mark.django_db
def test_an_alias_added_in_the_admin_is_used(tmp_path):
    Indicator.objects.filter(code="retail_sales").update(aliases=["社会消费品零售总额", "社零额"])
    path = tmp_path / "r.txt"
    path.write_text("2024年某市政府工作报告\n今年主要预期目标是:社零额增长6%。\n" + "各位代表,地区生产总值增长5%。" * 20)
    out = StringIO()
    call_command("extract", str(path), "--json", stdout=out)
    assert "retail_sales" in {t["indicator"] for t in json.loads(out.getvalue())["targets"]}


@pytest.mark.django_db
def test_unreadable_file_is_a_clear_error(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(CommandError, match="empty.txt: the file is empty"):
        call_command("extract", str(path), "--json")


def test_works_without_a_migrated_database(tmp_path, samples_dir):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "DATABASE_URL": f"sqlite:///{tmp_path}/none.sqlite3"}
    result = subprocess.run([sys.executable, "manage.py", "extract", str(next(samples_dir.glob("003*.txt"))), "--json"],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["targets"]) >= 5
    assert "built-in indicator taxonomy" in result.stderr
