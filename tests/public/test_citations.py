"""Citation formats, as a table of cases: no database."""
import datetime
import json

import pytest

from tracker.public.citations import Cited, bibtex, csl_json, dataset_bibtex
from tracker.public.licence import PROJECT_NAME

CITED = Cited(
    key="target-12",
    title="重庆市江北区2021年政府工作报告：地区生产总值增长7%左右",
    url="https://tracker.example.org/targets/12/",
    accessed=datetime.date(2024, 5, 6),
    issued=datetime.date(2024, 4, 1),
    report_title="2021年重庆市江北区政府工作报告",
    report_date=datetime.date(2021, 3, 30),
    source_url="https://www.example.gov.cn/report.html",
    quote="地区生产总值增长7%左右",
)


def test_bibtex_entry():
    entry = bibtex(CITED)
    assert entry.startswith("@misc{target-12,\n")
    assert f"author = {{{{{PROJECT_NAME}}}}}" in entry
    assert "title = {{重庆市江北区2021年政府工作报告：地区生产总值增长7%左右}}" in entry
    assert "url = {https://tracker.example.org/targets/12/}" in entry
    assert "urldate = {2024-05-06}" in entry
    assert "year = {2024}" in entry
    assert "原文：地区生产总值增长7%左右" in entry and "https://www.example.gov.cn/report.html" in entry
    assert entry.endswith("\n}")


@pytest.mark.parametrize(
    "quote, escaped",
    [("增长{7}%", "增长\\{7\\}%"), ("a\\b", "a\\\\b"), ("无特殊字符", "无特殊字符")],
)
def test_bibtex_escapes_what_would_end_a_field(quote, escaped):
    entry = bibtex(Cited(**{**CITED.__dict__, "quote": quote, "title": quote}))
    assert f"title = {{{{{escaped}}}}}" in entry
    assert entry.count("{") - entry.count("\\{") == entry.count("}") - entry.count("\\}")


def test_csl_json_is_one_dataset_item():
    (item,) = json.loads(csl_json(CITED))
    assert item["id"] == "target-12"
    assert item["type"] == "dataset"
    assert item["URL"] == CITED.url
    assert item["accessed"] == {"date-parts": [[2024, 5, 6]]}
    assert item["issued"] == {"date-parts": [[2024, 4, 1]]}
    assert item["author"] == [{"literal": PROJECT_NAME}]


def test_without_an_issue_date_or_source_address():
    bare = Cited(**{**CITED.__dict__, "issued": None, "source_url": "", "report_date": None})
    assert "year =" not in bibtex(bare)
    assert "issued" not in json.loads(csl_json(bare))[0]
    assert json.loads(csl_json(bare))[0]["note"] == "原文：地区生产总值增长7%左右；出处：2021年重庆市江北区政府工作报告"


def test_dataset_entry():
    entry = dataset_bibtex("https://tracker.example.org/api/v1/", accessed=datetime.date(2024, 5, 6))
    assert entry.startswith("@misc{work-report-tracker,") and "urldate = {2024-05-06}" in entry
