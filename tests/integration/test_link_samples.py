"""Linking end to end: real sample reports and the synthetic next-year reviews that answer them.

The five samples form no year pair, so tests/fixtures/synthetic/ holds short review texts written
for these tests (each file says so in its first line; see the README there). Everything goes
through report_import, so the rows linked here are the ones the extraction engine really finds in
the texts; the expected verdicts and gaps are computed by hand from the texts:

- 000 巴南区 2022 targets, answered by a news summary and the full 2023 review;
- 002 江北区 2021 targets (headline, work plan, 十四五 goals), answered by the 2022 review;
- 003 渝中区 2024 targets (one relational), answered by the 2025 review.

Row-level rules (one target, one outcome) are tested in test_linking.py; these tests check that
real texts, extraction and linking together give the verdicts a reader would give.
"""
import json
from decimal import Decimal
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from tracker.models import Assessment, Outcome, Report, Target
from tracker.services.ingest import ReportMeta, report_import
from tracker.services.linking import link_jurisdictions

pytestmark = pytest.mark.django_db

SYNTHETIC = Path(__file__).resolve().parents[1] / "fixtures" / "synthetic"
BANAN, JIANGBEI, YUZHONG = "重庆市巴南区", "重庆市江北区", "重庆市渝中区"
JSON_KEYS = {
    "jurisdiction", "indicator", "period", "kind", "target_value", "value_high", "unit", "qualifier",
    "actual_value", "actual_unit", "verdict", "gap", "rule", "confidence", "target_quote", "outcome_quote",
}


def import_synthetic(name: str, **meta) -> Report:
    """A synthetic review stands in for a full report (fixtures/synthetic/README.md): a few pages
    long, it would be detected as an excerpt, so its form is given."""
    meta.setdefault("source_kind", "full")
    path = SYNTHETIC / name
    result = report_import(data=path.read_bytes(), file_name=path.name, meta=ReportMeta(**meta))
    assert result.created
    return result.report


def import_sample(sample_bytes, prefix: str) -> Report:
    result = report_import(data=sample_bytes(prefix), file_name=f"{prefix}.txt")
    assert result.created
    return result.report


def judged(report: Report, code: str, period: str) -> Assessment:
    """The assessment of the one target of `report` for this indicator and period."""
    first, _, last = period.partition("-")
    return Assessment.objects.select_related("target", "outcome__report").get(
        target__report=report,
        target__indicator__code=code,
        target__period_start=int(first),
        target__period_end=int(last or first),
    )


def judged_quote(report: Report, quote: str) -> Assessment:
    rows = Assessment.objects.select_related("target", "outcome__report")
    return rows.get(target__report=report, target__quote=quote)


def gap(assessment: Assessment) -> Decimal | None:
    return None if assessment.gap is None else assessment.gap.normalize()


@pytest.fixture
def celery_inline():
    """Run the on-commit link task inline even when a broker is configured (the CI mode), so
    the hook's effect is visible inside the test."""
    from tracker.celery import app

    before = app.conf.task_always_eager
    app.conf.task_always_eager = True
    yield
    app.conf.task_always_eager = before


# --- the synthetic texts are valid reports too ---------------------------------------------------


@pytest.mark.parametrize(
    "name, jurisdiction, year, delivered",
    [
        ("2023_banan_review.txt", BANAN, 2023, "2023-01-05"),
        ("2023_banan_news_summary.txt", BANAN, 2023, "2023-01-05"),
        ("2022_jiangbei_review.txt", JIANGBEI, 2022, "2022-01-06"),
        ("2025_yuzhong_review.txt", YUZHONG, 2025, "2025-01-08"),
    ],
)
def test_each_synthetic_text_is_labelled_and_imports_as_a_report(name, jurisdiction, year, delivered):
    first_line = (SYNTHETIC / name).read_text("utf-8").splitlines()[0]
    assert "合成测试文本" in first_line and "虚构" in first_line
    report = import_synthetic(name)
    assert (report.jurisdiction.name, report.report_year, report.delivered_on.isoformat()) == (
        jurisdiction, year, delivered,
    )
    assert report.outcomes.filter(indicator__isnull=False).exists()


def test_the_synthetic_reviews_state_next_year_plans_with_a_range_target():
    """Each review ends with its own plan (主要预期目标是…); 渝中区 2025 writes its GDP target as a
    range. No 2026 review exists, so the range target stays pending."""
    review = import_synthetic("2025_yuzhong_review.txt")
    link_jurisdictions()
    headline = Target.objects.filter(report=review, headline=True, period_start=2025)
    assert set(headline.values_list("indicator__code", flat=True)) == {
        "gdp", "general_budget_revenue", "fixed_asset_investment", "retail_sales", "disposable_income_urban",
    }
    range_target = judged(review, "gdp", "2025")
    assert (range_target.target.qualifier, range_target.target.value, range_target.target.value_high) == (
        "range", Decimal("5.5"), Decimal("6"),
    )
    assert range_target.verdict == "pending" and range_target.outcome is None


# --- 000 巴南区: an estimate in a news summary, then the full review -----------------------------


def test_banan_a_summary_estimate_is_replaced_by_the_final_figure_of_the_full_review(sample_bytes):
    plan = import_sample(sample_bytes, "000")
    link_jurisdictions()
    assert set(Assessment.objects.filter(target__report=plan).values_list("verdict", flat=True)) == {"pending"}

    summary = import_synthetic("2023_banan_news_summary.txt", source_kind="summary")
    link_jurisdictions()
    industry = judged(plan, "industrial_va_above_scale", "2022")  # 规上工业增加值增长10%以上
    assert industry.outcome.report == summary and industry.outcome.estimate
    assert (industry.verdict, gap(industry)) == ("met", Decimal("1"))  # 预计增长11%
    assert industry.confidence < 1

    review = import_synthetic("2023_banan_review.txt")
    link_jurisdictions()
    industry = judged(plan, "industrial_va_above_scale", "2022")
    assert industry.outcome.report == review and not industry.outcome.estimate
    assert industry.target.qualifier == "at_least"
    assert (industry.verdict, gap(industry)) == ("missed", Decimal("-0.4"))  # 9.6 against 10以上
    # The preliminary 11% and the final 9.6% are both kept, and the difference is flagged.
    assert industry.disagreement
    assert Outcome.objects.filter(report__jurisdiction=plan.jurisdiction, indicator__code="industrial_va_above_scale",
                                  period_start=2022).count() == 2


def test_banan_summary_and_full_text_disagree_on_a_final_figure(sample_bytes):
    plan = import_sample(sample_bytes, "000")
    import_synthetic("2023_banan_news_summary.txt", source_kind="summary")
    review = import_synthetic("2023_banan_review.txt")
    link_jurisdictions()
    retail = judged(plan, "retail_sales", "2022")  # 社会消费品零售总额增长15%
    assert retail.target.qualifier == "exact"
    # The summary says 4.5%, the full text 4.1%: both final; the full text is chosen, and flagged.
    assert retail.outcome.report == review and retail.outcome.value == Decimal("4.1")
    assert (retail.verdict, gap(retail), retail.disagreement) == ("missed", Decimal("-10.9"), True)
    assert retail.confidence < 1
    # Both texts give 5.8% for incomes: agreeing sources are no disagreement.
    income = judged(plan, "disposable_income", "2022")  # 居民每人平均可支配收入增长7.2%
    assert income.outcome.report == review
    assert (income.verdict, gap(income), income.disagreement) == ("missed", Decimal("-1.4"), False)


def test_banan_full_review_verdicts(sample_bytes):
    plan = import_sample(sample_bytes, "000")
    import_synthetic("2023_banan_review.txt")
    link_jurisdictions()

    # 全社会固定资产投资完成600亿元 (exact, a level) against 完成612.5亿元.
    investment = judged(plan, "fixed_asset_investment", "2022")
    assert (investment.target.kind, investment.target.qualifier) == ("level", "exact")
    assert (investment.verdict, gap(investment)) == ("met", Decimal("12.5"))
    assert investment.outcome.unit == "亿元"

    # 地区生产总值增长5.5%以上 against only a level (达到1003.5亿元): not comparable. The 2021
    # level (预计947亿元) is in the database too, but GDP growth is real, so nothing is derived.
    gdp = judged(plan, "gdp", "2022")
    assert (gdp.verdict, gdp.gap) == ("not_comparable", None)
    assert gdp.outcome is not None and gdp.outcome.kind == "level" and gdp.outcome.value == Decimal("1003.5")
    assert not gdp.derived and gdp.rule == "kind_mismatch"

    # 一般公共预算收入增长3%: the review says nothing about revenue.
    revenue = judged(plan, "general_budget_revenue", "2022")
    assert (revenue.verdict, revenue.outcome, revenue.gap) == ("not_reported", None, None)

    # The review's own 2023 targets wait for a 2024 review.
    own = Assessment.objects.filter(target__report__report_year=2023, target__report__jurisdiction=plan.jurisdiction)
    assert own.count() >= 6 and set(own.values_list("verdict", flat=True)) == {"pending"}


def test_banan_silence_of_a_news_summary_alone_is_not_yet_not_reported(sample_bytes):
    plan = import_sample(sample_bytes, "000")
    import_synthetic("2023_banan_news_summary.txt", source_kind="summary")
    link_jurisdictions()
    # The summary mentions neither revenue nor GDP; the full review may still do so.
    assert judged(plan, "general_budget_revenue", "2022").verdict == "pending"


# --- 002 江北区: headline targets, work-plan commitments and 十四五 goals --------------------------


@pytest.fixture
def jiangbei(sample_bytes):
    plan = import_sample(sample_bytes, "002")
    review = import_synthetic("2022_jiangbei_review.txt")
    link_jurisdictions()
    return plan, review


@pytest.mark.parametrize(
    "code, period, kind, qualifier, stretch, verdict, expected_gap",
    [
        # 地区生产总值增长7%左右 / 全区地区生产总值增长7.3%
        ("gdp", "2021", "growth", "approx", False, "met", "0.3"),
        # 社会消费品零售总额增长5% / 增长17.6%
        ("retail_sales", "2021", "growth", "exact", False, "met", "12.6"),
        # 居民人均可支配收入增长7% / 增长8.6%
        ("disposable_income", "2021", "growth", "exact", False, "met", "1.6"),
        # work plan: 力争全社会研发经费投入占GDP比重达3.2% / 占地区生产总值比重达到3.1%
        ("rd_intensity", "2021", "share", "exact", True, "missed", "-0.1"),
        # work plan: 力争进出口总额超390亿元 / 外贸进出口总额达到412.3亿元
        ("foreign_trade", "2021", "level", "at_least", True, "met", "22.3"),
        # work plan: 确保全年蓝天天数达300天以上 / 空气质量优良天数达到326天
        ("good_air_days", "2021", "count", "at_least", False, "met", "26"),
    ],
)
def test_jiangbei_2021_targets_against_the_2022_review(jiangbei, code, period, kind, qualifier, stretch, verdict,
                                                      expected_gap):
    plan, review = jiangbei
    a = judged(plan, code, period)
    assert (a.target.kind, a.target.qualifier, a.target.stretch) == (kind, qualifier, stretch)
    assert (a.verdict, gap(a)) == (verdict, Decimal(expected_gap))
    assert a.outcome.report == review and not a.outcome.scope


def test_jiangbei_revenue_growth_is_derived_from_two_reported_levels(jiangbei):
    """一般公共预算收入增长5%: the sample gives 2020's 67.2亿元, the review only 2021's 70.5亿元;
    revenue is nominal, so the growth is derived: 70.5 / 67.2 - 1 = 4.9%."""
    plan, review = jiangbei
    revenue = judged(plan, "general_budget_revenue", "2021")
    assert revenue.derived and revenue.derived_value == Decimal("4.9")
    assert (revenue.verdict, gap(revenue)) == ("missed", Decimal("-0.1"))
    assert revenue.outcome.report == review and revenue.outcome.value == Decimal("70.5")


def test_jiangbei_a_growth_figure_against_a_level_target_is_not_comparable(jiangbei):
    plan, _ = jiangbei
    investment = judged(plan, "fixed_asset_investment", "2021")  # 固定资产投资完成420亿元
    assert investment.target.kind == "level"
    assert (investment.verdict, investment.gap) == ("not_comparable", None)  # only 增长8.3%
    assert investment.outcome.kind == "growth" and investment.rule == "kind_mismatch"


def test_jiangbei_a_sub_area_figure_does_not_answer_the_district_target(jiangbei):
    """规模以上工业增加值增长4%: the review gives only 港城工业园区's growth, which is kept, but the
    district itself stayed silent."""
    plan, review = jiangbei
    park = Outcome.objects.get(report=review, indicator__code="industrial_va_above_scale")
    assert park.scope == "港城工业园区" and park.value == Decimal("12.5")
    industry = judged(plan, "industrial_va_above_scale", "2021")
    assert (industry.verdict, industry.outcome, industry.gap) == ("not_reported", None, None)


def test_jiangbei_five_year_goals_stay_pending_until_the_2026_review(jiangbei):
    plan, _ = jiangbei
    term_gdp = judged(plan, "gdp", "2021-2025")  # 地区生产总值年均增长7%左右
    assert term_gdp.target.qualifier == "approx" and term_gdp.target.value == Decimal("7")
    # 居民收入增长和经济增长基本同步 over the term; 研发投入占比达3.5% by 2025.
    in_step = judged(plan, "disposable_income", "2021-2025")
    assert (in_step.target.kind, in_step.target.qualifier, in_step.target.reference) == ("relational", "in_step", "gdp")
    rd_2025 = judged(plan, "rd_intensity", "2025")
    for goal in (term_gdp, in_step, rd_2025):
        assert (goal.verdict, goal.outcome) == ("pending", None)
    # The 2021 figure does not answer the five-year goal, though the same indicator.
    assert judged(plan, "gdp", "2021").verdict == "met"


def test_jiangbei_an_unmapped_work_plan_commitment_waits_for_a_reviewer(jiangbei):
    """新增科技型企业280家 has no indicator code; the review's 新增科技型企业312家 is not matched on
    words: a reviewer maps the indicator first."""
    plan, _ = jiangbei
    firms = judged_quote(plan, "新增科技型企业280家")
    assert firms.target.indicator is None and "科技型企业" in firms.target.indicator_text
    assert (firms.verdict, firms.rule, firms.outcome) == ("not_comparable", "indicator_unresolved", None)


# --- 003 渝中区: pending until the review is imported, through the on-commit link hook ------------


def test_yuzhong_targets_turn_from_pending_to_verdicts_when_the_review_is_imported(
    sample_bytes, celery_inline, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        plan = import_sample(sample_bytes, "003")
    assert callbacks, "the import registers the link hook"
    assessments = Assessment.objects.filter(target__report=plan)
    assert assessments.count() == 5
    assert set(assessments.values_list("verdict", flat=True)) == {"pending"}

    with django_capture_on_commit_callbacks(execute=True):
        review = import_synthetic("2025_yuzhong_review.txt")

    # 地区生产总值增长6%左右 / 增长5.8%: short of "about 6" within 0.5 points, a narrow miss.
    gdp = judged(plan, "gdp", "2024")
    assert gdp.target.qualifier == "approx"
    assert (gdp.verdict, gap(gdp), gdp.narrow, gdp.rule) == ("missed", Decimal("-0.2"), True, "approx_narrow_miss")
    assert gdp.outcome.report == review
    # 区级一般公共预算收入增长6% / 同口径增长6.3%
    revenue = judged(plan, "general_budget_revenue", "2024")
    assert (revenue.verdict, gap(revenue)) == ("met", Decimal("0.3"))
    # 固定资产投资总额增长5% / 下降3.2%: a decline is signed growth.
    investment = judged(plan, "fixed_asset_investment", "2024")
    assert investment.outcome.value == Decimal("-3.2")
    assert (investment.verdict, gap(investment)) == ("missed", Decimal("-8.2"))
    # 社会消费品零售总额增长7.5% / 增长7.8%
    retail = judged(plan, "retail_sales", "2024")
    assert (retail.verdict, gap(retail)) == ("met", Decimal("0.3"))
    # 城镇居民人均可支配收入增速保持与经济发展同步: 5.9% against GDP's 5.8%.
    income = judged(plan, "disposable_income_urban", "2024")
    assert (income.target.kind, income.target.qualifier, income.target.reference) == ("relational", "in_step", "gdp")
    assert (income.verdict, gap(income), income.rule) == ("met", Decimal("0.1"), "in_step")
    assert income.outcome.value == Decimal("5.9")
    # Each change is recorded: pending first, then the verdict.
    assert [h.verdict for h in gdp.history.order_by("history_date")] == ["pending", "missed"]


# --- the link command --------------------------------------------------------------------------


@pytest.fixture
def yuzhong(sample_bytes):
    plan = import_sample(sample_bytes, "003")
    import_synthetic("2025_yuzhong_review.txt")
    return plan


def test_link_command_prints_a_table(yuzhong):
    out = StringIO()
    call_command("link", stdout=out)
    lines = out.getvalue().splitlines()
    (header,) = [line for line in lines if line.startswith("government")]
    assert header.split() == ["government", "year", "indicator", "target", "actual", "verdict", "gap"]
    rows = [line.split() for line in lines[lines.index(header) + 1:]]
    assert [YUZHONG, "2024", "gdp", "approx", "6%", "5.8%", "missed", "-0.2"] in rows
    assert [YUZHONG, "2024", "fixed_asset_investment", "exact", "5%", "-3.2%", "missed", "-8.2"] in rows
    assert [YUZHONG, "2025", "gdp", "range", "5.5-6%", "—", "pending"] in rows


def test_link_command_json_prints_one_object_per_assessment(yuzhong):
    out = StringIO()
    call_command("link", "--json", "--jurisdiction", YUZHONG, "--year", "2024", stdout=out)
    records = [json.loads(line) for line in out.getvalue().splitlines() if line.strip()]
    assert len(records) == 5 == Assessment.objects.filter(target__period_start=2024).count()
    for record in records:
        assert JSON_KEYS <= set(record)
        assert record["jurisdiction"] == YUZHONG and record["period"] == "2024"
    by_indicator = {record["indicator"]: record for record in records}
    gdp = by_indicator["gdp"]
    assert {key: gdp[key] for key in ("kind", "target_value", "value_high", "unit", "qualifier", "actual_value",
                                       "actual_unit", "verdict", "gap", "rule")} == {
        "kind": "growth", "target_value": 6.0, "value_high": None, "unit": "%", "qualifier": "approx",
        "actual_value": 5.8, "actual_unit": "%", "verdict": "missed", "gap": -0.2, "rule": "approx_narrow_miss",
    }
    assert gdp["target_quote"] == "地区生产总值增长6%左右"
    assert gdp["outcome_quote"] == "全区地区生产总值增长5.8%"
    assert 0 < gdp["confidence"] <= 1
    income = by_indicator["disposable_income_urban"]
    assert (income["kind"], income["qualifier"], income["target_value"], income["verdict"], income["gap"]) == (
        "relational", "in_step", None, "met", 0.1,
    )


def test_link_command_json_gives_null_actual_for_a_pending_target(sample_bytes):
    import_sample(sample_bytes, "003")
    out = StringIO()
    call_command("link", "--json", stdout=out)
    records = [json.loads(line) for line in out.getvalue().splitlines() if line.strip()]
    assert len(records) == 5
    for record in records:
        assert (record["verdict"], record["actual_value"], record["actual_unit"], record["gap"]) == (
            "pending", None, None, None,
        )
        assert record["outcome_quote"] is None
