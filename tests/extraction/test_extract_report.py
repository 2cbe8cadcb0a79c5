"""tracker/extraction/__init__.py: the entry point and the output format of DESIGN.md."""
import json

from tests.extraction.corpus import sample_extraction, sample_text
from tracker.extraction import extract_report
from tracker.extraction.dating import NO_EVIDENCE
from tracker.extraction.taxonomy import IndicatorSpec, Taxonomy

TARGET_KEYS = ["indicator", "indicator_text", "period", "kind", "value", "value_high", "unit", "qualifier", "stretch",
               "headline", "reference", "quote", "start", "end"]
ACTUAL_KEYS = ["indicator", "indicator_text", "period", "kind", "value", "unit", "estimate", "cumulative", "scope",
               "quote", "start", "end"]


def test_output_format():
    output = sample_extraction("002").to_dict()
    assert list(output) == ["jurisdiction", "report_year", "delivered_on", "speaker", "targets", "actuals"]
    assert output["delivered_on"] == "2021-03-30"
    assert all(list(row) == TARGET_KEYS for row in output["targets"])
    assert all(list(row) == ACTUAL_KEYS for row in output["actuals"])
    json.dumps(output, ensure_ascii=False)


def test_integral_values_print_as_integers():
    (gdp,) = [row for row in sample_extraction("002").to_dict()["targets"]
              if row["indicator"] == "gdp" and row["period"] == "2021"]
    assert json.dumps(gdp["value"]) == "7"


def test_spans_index_the_normalised_text():
    result = sample_extraction("001")
    for row in (*result.targets, *result.actuals):
        assert result.text[row.start:row.end] == row.quote
    assert "text" not in result.to_dict()


def test_report_year_can_be_given():
    result = extract_report("一、工作回顾\n全年地区生产总值增长6%。", report_year=2020)
    assert [(row.period, row.value) for row in result.actuals] == [("2019", 6)]


def test_without_a_year_a_figure_is_left_out_with_the_reason_rather_than_guessed():
    result = extract_report("一、工作回顾\n全年地区生产总值增长6%。", explain=True)
    assert result.report_year is None
    assert result.actuals == ()
    assert [decision.rule for decision in result.decisions] == ["no_year"]
    assert result.metadata.reasons["report_year"] == NO_EVIDENCE


def test_a_taxonomy_from_the_database_is_used():
    taxonomy = Taxonomy([IndicatorSpec("urbanisation", "常住人口城镇化率", "Urbanisation rate", ("城镇化率",))])
    result = extract_report("二、2024年工作安排\n常住人口城镇化率达到70%。", taxonomy=taxonomy, report_year=2024)
    assert [(row.indicator, row.kind, row.value) for row in result.targets] == [("urbanisation", "share", 70)]


def test_the_same_text_gives_the_same_result():
    text = sample_text("000")
    assert extract_report(text) == extract_report(text)


# SYNTHETIC: a news item whose headline restates a target loosely (exact 6% against the
# report's 6%左右); only the report's own sentence counts.
NEWS_WITH_HEADLINE = """某某区政府工作报告解读:今年GDP预期增长6%
来源:某某日报 2024-01-20
1月18日,某某区第三届人民代表大会第四次会议开幕,区长某某作政府工作报告。
报告提出,2024年全区经济社会发展主要预期目标为:地区生产总值增长6%左右,一般公共预算收入增长5%以上。
"""


def test_a_news_headline_is_not_a_target():
    targets = extract_report(NEWS_WITH_HEADLINE).targets
    assert [(t.indicator, t.value, t.qualifier) for t in targets] == [
        ("gdp", 6, "approx"), ("general_budget_revenue", 5, "at_least")]
