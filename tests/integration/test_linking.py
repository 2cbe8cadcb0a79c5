"""Linking on stored rows: which outcome answers, the verdict, and what a re-link may change.

The rows here are written for the test (synthetic figures in the shape of real reports)."""
import itertools
from decimal import Decimal

import pytest

from tracker.models import Assessment, Indicator, Jurisdiction, Outcome, Report, Target
from tracker.models.assessments import AssessmentStatus
from tracker.services.linking import link_jurisdictions

pytestmark = pytest.mark.django_db
_sha = itertools.count(1)


@pytest.fixture
def city():
    return Jurisdiction.objects.create(name="重庆市", level="province")


@pytest.fixture
def district(city):
    return Jurisdiction.objects.create(name="重庆市江北区", level="county", parent=city)


def report(place, year, kind="full"):
    return Report.objects.create(
        jurisdiction=place, report_year=year, source_kind=kind, original_text="synthetic",
        normalized_text="synthetic", sha256=f"{next(_sha):064d}",
    )


def target(rep, code, value, qualifier="at_least", kind="growth", unit="%", period=None, **extra):
    start, end = period or (rep.report_year, rep.report_year)
    return Target.objects.create(
        report=rep, indicator=Indicator.objects.get(code=code), period_start=start, period_end=end,
        kind=kind, value=None if value is None else Decimal(str(value)), unit=unit, qualifier=qualifier,
        quote=f"{code} {value}", start=0, end=5, **extra,
    )


def outcome(rep, code, value, kind="growth", unit="%", period=None, **extra):
    start, end = period or (rep.report_year - 1, rep.report_year - 1)
    return Outcome.objects.create(
        report=rep, indicator=Indicator.objects.get(code=code), period_start=start, period_end=end,
        kind=kind, value=Decimal(str(value)), unit=unit, quote=f"{code} {value}", start=0, end=5, **extra,
    )


def assessment_of(t) -> Assessment:
    return Assessment.objects.get(target=t)


@pytest.mark.parametrize(
    "code, qualifier, value, actual, verdict, gap",
    [
        ("gdp", "at_least", 5.5, 6.1, "met", "0.6"),
        ("gdp", "at_least", 5.5, 5.2, "missed", "-0.3"),
        ("gdp", "approx", 7.5, 7.4, "missed", "-0.1"),
        ("gdp", "approx", 7, 7.3, "met", "0.3"),
        ("gdp", "exact", 7, 7, "met", "0"),
        ("cpi", "at_most", 3, 2.1, "met", "-0.9"),
        ("cpi", "at_most", 3, 3.4, "missed", "0.4"),
        ("energy_intensity", "at_most", -3, -3.5, "met", "-0.5"),
        ("energy_intensity", "at_most", -3, -2, "missed", "1"),
    ],
)
def test_verdicts_by_qualifier(district, code, qualifier, value, actual, verdict, gap):
    t = target(report(district, 2021), code, value, qualifier)
    outcome(report(district, 2022), code, actual)
    link_jurisdictions()
    a = assessment_of(t)
    assert (a.verdict, a.gap) == (verdict, Decimal(gap))
    assert a.outcome is not None


def test_approx_shortfall_within_tolerance_is_a_narrow_miss(district):
    t = target(report(district, 2014), "gdp", 7.5, "approx")
    outcome(report(district, 2015), "gdp", 7.4)
    link_jurisdictions()
    a = assessment_of(t)
    assert a.verdict == "missed" and a.narrow and a.rule.endswith("narrow_miss")


def test_range_target(district):
    t = target(report(district, 2021), "gdp", 6, "range", value_high=Decimal("6.5"))
    outcome(report(district, 2022), "gdp", 6.2)
    link_jurisdictions()
    assert assessment_of(t).verdict == "met"


def test_pending_until_the_reviewing_report_arrives_then_judged(district):
    t = target(report(district, 2021), "gdp", 6, "approx")
    link_jurisdictions()
    assert assessment_of(t).verdict == "pending"
    outcome(report(district, 2022), "gdp", 5.1)
    link_jurisdictions()
    assert assessment_of(t).verdict == "missed"


def test_silence_in_the_reviewing_report_is_not_reported(district):
    t = target(report(district, 2021), "retail_sales", 10)
    review = report(district, 2022)
    outcome(review, "gdp", 6)
    link_jurisdictions()
    a = assessment_of(t)
    assert a.verdict == "not_reported" and a.outcome is None


def test_a_level_only_against_a_growth_target_of_a_real_terms_indicator_is_not_comparable(district):
    t = target(report(district, 2021), "gdp", 6)
    outcome(report(district, 2022), "gdp", 985.2, kind="level", unit="亿元")
    link_jurisdictions()
    assert assessment_of(t).verdict == "not_comparable"


def test_a_sub_area_figure_never_answers(district):
    t = target(report(district, 2021), "gdp", 6)
    outcome(report(district, 2022), "gdp", 9.5, scope="重庆经开区")
    link_jurisdictions()
    a = assessment_of(t)
    assert a.verdict == "not_reported" and a.outcome is None


def test_final_figure_is_preferred_to_an_estimate(district):
    t = target(report(district, 2021), "gdp", 6)
    outcome(report(district, 2022, kind="summary"), "gdp", 6.5, estimate=True)
    final = outcome(report(district, 2022), "gdp", 5.8)
    link_jurisdictions()
    a = assessment_of(t)
    assert a.outcome == final and a.verdict == "missed"


def test_two_sources_that_disagree_are_kept_and_flagged(district):
    t = target(report(district, 2021), "gdp", 6)
    first = outcome(report(district, 2022), "gdp", 6.2)
    second = outcome(report(district, 2022), "gdp", 5.9)
    link_jurisdictions()
    a = assessment_of(t)
    assert a.disagreement and a.confidence < 1
    assert a.outcome_id in {first.pk, second.pk}
    assert Outcome.objects.count() == 2


def test_five_year_goal_is_answered_by_the_term_average(district):
    t = target(report(district, 2021), "gdp", 6, "approx", period=(2021, 2025))
    outcome(report(district, 2026), "gdp", 6.3, period=(2021, 2025))
    outcome(report(district, 2022), "gdp", 4.0)  # one year's figure: not the five-year answer
    link_jurisdictions()
    a = assessment_of(t)
    assert a.verdict == "met" and a.outcome.period_start == 2021 and a.outcome.period_end == 2025


def test_relational_target_against_the_reference_indicator(district):
    t = target(report(district, 2021), "disposable_income", None, "in_step", kind="relational", unit="",
               reference="gdp")
    review = report(district, 2022)
    outcome(review, "gdp", 6)
    outcome(review, "disposable_income", 6.8)
    link_jurisdictions()
    assert assessment_of(t).verdict == "met"


def test_relational_target_against_the_parent_average(city, district):
    t = target(report(district, 2021), "gdp", None, "above", kind="relational", unit="", reference="parent_average")
    outcome(report(district, 2022), "gdp", 5.0)
    outcome(report(city, 2022), "gdp", 6.1)
    link_jurisdictions()
    assert assessment_of(t).verdict == "missed"


def test_growth_derived_from_two_levels_for_a_nominal_indicator(district):
    t = target(report(district, 2021), "general_budget_revenue", 3)
    outcome(report(district, 2021), "general_budget_revenue", 50, kind="level", unit="亿元", period=(2020, 2020))
    outcome(report(district, 2022), "general_budget_revenue", 51.3, kind="level", unit="亿元")
    link_jurisdictions()
    a = assessment_of(t)
    assert a.derived and a.derived_value == Decimal("2.6") and a.verdict == "missed"


def test_relinking_is_idempotent(district):
    target(report(district, 2021), "gdp", 6)
    outcome(report(district, 2022), "gdp", 6.5)
    first = link_jurisdictions()
    versions = list(Assessment.objects.values_list("pk", "version"))
    second = link_jurisdictions()
    assert (first.created, second.created, second.updated, second.unchanged) == (1, 0, 0, 1)
    assert list(Assessment.objects.values_list("pk", "version")) == versions


def test_a_confirmed_decision_is_kept_and_marked_for_rereview_when_evidence_changes(district):
    t = target(report(district, 2021), "gdp", 6)
    first = outcome(report(district, 2022), "gdp", 6.5)
    link_jurisdictions()
    Assessment.objects.filter(target=t).update(review_status=AssessmentStatus.CONFIRMED)
    link_jurisdictions()
    assert assessment_of(t).review_status == AssessmentStatus.CONFIRMED
    first.review_status = "rejected"
    first.save()
    outcome(report(district, 2022, kind="summary"), "gdp", 5.0)
    link_jurisdictions()
    a = assessment_of(t)
    assert a.review_status == AssessmentStatus.REREVIEW
    assert (a.outcome_id, a.verdict) == (first.pk, "met")


def test_every_change_leaves_history(district):
    t = target(report(district, 2021), "gdp", 6)
    link_jurisdictions()
    outcome(report(district, 2022), "gdp", 6.5)
    link_jurisdictions()
    history = assessment_of(t).history.order_by("history_date")
    assert [h.verdict for h in history] == ["pending", "met"]


def test_link_query_count_does_not_grow_with_targets(district, django_assert_max_num_queries):
    for i in range(30):
        target(report(district, 2021), "gdp", 6)
    outcome(report(district, 2022), "gdp", 6.5)
    with django_assert_max_num_queries(20):
        link_jurisdictions()
    assert Assessment.objects.filter(verdict="met").count() == 30
