import dataclasses
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker.matching.rules import DEFAULT_RULES, RULESET_VERSION, IndicatorRule
from tracker.matching.verdicts import NARROW_SUFFIX, UNKNOWN_QUALIFIER, Verdict, judge

from .factories import outcome, target


def judged(target_fact, outcome_fact, *, review_report_present=True, reference=None) -> Verdict:
    verdict = judge(
        target_fact,
        outcome_fact,
        rule=DEFAULT_RULES.get(target_fact.indicator, IndicatorRule()),
        review_report_present=review_report_present,
        reference_outcome=reference,
    )
    assert verdict.ruleset_version == RULESET_VERSION
    assert verdict.explanation and "\n" not in verdict.explanation
    assert verdict.narrow == verdict.rule.endswith(NARROW_SUFFIX)
    return verdict


def summary(verdict: Verdict) -> tuple:
    return verdict.verdict, None if verdict.gap is None else format(verdict.gap.normalize(), "f"), verdict.rule


# Growth and share targets in %. gdp, retail_sales: higher is better; cpi, energy_intensity,
# surveyed_unemployment: lower is better.
@pytest.mark.parametrize(
    "indicator, qualifier, value, value_high, actual, expected",
    [
        # at_least (以上): met at or above the value, whatever the direction.
        ("gdp", "at_least", "5.5", None, "6.7", ("met", "1.2", "at_least")),
        ("gdp", "at_least", "5.5", None, "5.5", ("met", "0", "at_least")),
        ("gdp", "at_least", "5.5", None, "5.4", ("missed", "-0.1", "at_least")),  # narrow only for 左右
        ("cpi", "at_least", "2", None, "2.5", ("met", "0.5", "at_least")),
        ("cpi", "at_least", "2", None, "1.5", ("missed", "-0.5", "at_least")),
        # at_most (以内, 控制在): met at or below the value, whatever the direction.
        ("cpi", "at_most", "3", None, "2", ("met", "-1", "at_most")),
        ("cpi", "at_most", "3", None, "3", ("met", "0", "at_most")),
        ("cpi", "at_most", "3", None, "3.5", ("missed", "0.5", "at_most")),
        ("retail_sales", "at_most", "10", None, "12", ("missed", "2", "at_most")),
        # exact: met on the good side.
        ("retail_sales", "exact", "15", None, "16", ("met", "1", "exact")),
        ("retail_sales", "exact", "15", None, "15", ("met", "0", "exact")),
        ("retail_sales", "exact", "15", None, "14.9", ("missed", "-0.1", "exact")),
        ("cpi", "exact", "3", None, "2.8", ("met", "-0.2", "exact")),
        ("cpi", "exact", "3", None, "3.1", ("missed", "0.1", "exact")),
        # approx (左右): met on the good side; a shortfall within 0.5 points is narrow.
        ("gdp", "approx", "7.5", None, "7.6", ("met", "0.1", "approx")),
        ("gdp", "approx", "7.5", None, "7.5", ("met", "0", "approx")),
        ("gdp", "approx", "7.5", None, "7.4", ("missed", "-0.1", "approx_narrow_miss")),  # 2014's first miss
        ("gdp", "approx", "7", None, "6.5", ("missed", "-0.5", "approx_narrow_miss")),  # the bound is narrow
        ("gdp", "approx", "7", None, "6.4", ("missed", "-0.6", "approx")),
        ("gdp", "approx", "7", None, "-2", ("missed", "-9", "approx")),
        ("cpi", "approx", "3", None, "2", ("met", "-1", "approx")),
        ("cpi", "approx", "3", None, "3.4", ("missed", "0.4", "approx_narrow_miss")),
        ("cpi", "approx", "3", None, "3.6", ("missed", "0.6", "approx")),
        ("surveyed_unemployment", "approx", "5.5", None, "5.2", ("met", "-0.3", "approx")),
        ("surveyed_unemployment", "approx", "5.5", None, "5.6", ("missed", "0.1", "approx_narrow_miss")),
        ("surveyed_unemployment", "approx", "5.5", None, "5.7", ("missed", "0.2", "approx")),  # tolerance 0.1
        # range (6.5%-7%): the low end decides when higher is better, the high end when lower is.
        ("gdp", "range", "6.5", "7", "6.8", ("met", "0.3", "range")),
        ("gdp", "range", "6.5", "7", "7.5", ("met", "1", "range")),
        ("gdp", "range", "6.5", "7", "6.5", ("met", "0", "range")),
        ("gdp", "range", "6.5", "7", "6.4", ("missed", "-0.1", "range")),
        ("surveyed_unemployment", "range", "4.5", "5", "4", ("met", "-1", "range")),
        ("surveyed_unemployment", "range", "4.5", "5", "5", ("met", "0", "range")),
        ("surveyed_unemployment", "range", "4.5", "5", "5.1", ("missed", "0.1", "range")),
        # Declines are signed growth. 下降3%以上: at most -3.
        ("energy_intensity", "at_most", "-3", None, "-3.5", ("met", "-0.5", "at_most")),
        ("energy_intensity", "at_most", "-3", None, "-3", ("met", "0", "at_most")),
        ("energy_intensity", "at_most", "-3", None, "-2", ("missed", "1", "at_most")),
        ("energy_intensity", "at_most", "-3", None, "1.2", ("missed", "4.2", "at_most")),
        # 下降3% and 下降3%左右 on a lower-is-better indicator: the same side.
        ("energy_intensity", "exact", "-3", None, "-3.2", ("met", "-0.2", "exact")),
        ("energy_intensity", "exact", "-3", None, "-2.9", ("missed", "0.1", "exact")),
        ("energy_intensity", "approx", "-3", None, "-2.8", ("missed", "0.2", "approx_narrow_miss")),
        ("energy_intensity", "approx", "-3", None, "-2.4", ("missed", "0.6", "approx")),
        # 降幅控制在3%以内 on a higher-is-better indicator: at least -3.
        ("general_budget_revenue", "at_least", "-3", None, "-2", ("met", "1", "at_least")),
        ("general_budget_revenue", "at_least", "-3", None, "-4", ("missed", "-1", "at_least")),
        # A planned decline, then judged by the indicator's direction: -4.5 is better than -5.
        ("industrial_investment", "exact", "-5", None, "-4.5", ("met", "0.5", "exact")),
        # 实现正增长: at least 0.
        ("tax_revenue", "at_least", "0", None, "0.1", ("met", "0.1", "at_least")),
        ("tax_revenue", "at_least", "0", None, "-0.1", ("missed", "-0.1", "at_least")),
        # No rule for the indicator: higher is better, 0.5 points.
        ("new_indicator", "approx", "5", None, "4.6", ("missed", "-0.4", "approx_narrow_miss")),
    ],
)
def test_rates(indicator, qualifier, value, value_high, actual, expected):
    target_fact = target(indicator=indicator, qualifier=qualifier, value=value, value_high=value_high)
    kind = "share" if indicator == "surveyed_unemployment" else "growth"
    target_fact = dataclasses.replace(target_fact, kind=kind)
    assert summary(judged(target_fact, outcome(indicator=indicator, kind=kind, value=actual))) == expected


# Amounts and counts: the tolerance is 0.5% of the target value.
@pytest.mark.parametrize(
    "kind, qualifier, value, unit, actual, actual_unit, expected",
    [
        ("level", "exact", "600", "亿元", "620", "亿元", ("met", "20", "exact")),
        ("level", "exact", "600", "亿元", "580", "亿元", ("missed", "-20", "exact")),
        ("level", "approx", "600", "亿元", "597", "亿元", ("missed", "-3", "approx_narrow_miss")),
        ("level", "approx", "600", "亿元", "596.9", "亿元", ("missed", "-3.1", "approx")),
        ("level", "approx", "1.3", "万亿斤", "12990", "亿斤", ("missed", "-0.001", "approx_narrow_miss")),
        ("level", "at_least", "390", "亿元", "3950000", "万元", ("met", "5", "at_least")),
        ("level", "at_least", "390", "亿元", "0.0385", "万亿元", ("missed", "-5", "at_least")),
        ("level", "at_least", "5", "万元", "51000", "元", ("met", "0.1", "at_least")),
        ("level", "at_least", "0.5", "亿美元", "5218", "万美元", ("met", "0.0218", "at_least")),
        ("count", "at_least", "300", "天", "330", "天", ("met", "30", "at_least")),
        ("count", "at_least", "300", "天", "299", "天", ("missed", "-1", "at_least")),
        ("count", "approx", "2", "万人", "19950", "人", ("missed", "-0.005", "approx_narrow_miss")),
        ("count", "exact", "280", "家", "301", "家", ("met", "21", "exact")),
        ("share", "exact", "3.2", "%", "3.1", "%", ("missed", "-0.1", "exact")),
        ("share", "exact", "3.2", "%", "3.3", "个百分点", ("met", "0.1", "exact")),  # a share in points is a share
        # Units with no honest conversion.
        ("level", "at_least", "390", "亿元", "60", "亿美元", ("not_comparable", None, "unit_mismatch")),
        ("count", "at_least", "300", "万人", "310", "万人次", ("not_comparable", None, "unit_mismatch")),
        ("growth", "exact", "3", "%", "3.2", "个百分点", ("not_comparable", None, "unit_mismatch")),
    ],
)
def test_amounts_counts_and_units(kind, qualifier, value, unit, actual, actual_unit, expected):
    target_fact = target(indicator="foreign_trade", kind=kind, qualifier=qualifier, value=value, unit=unit)
    outcome_fact = outcome(indicator="foreign_trade", kind=kind, value=actual, unit=actual_unit)
    assert summary(judged(target_fact, outcome_fact)) == expected


def test_the_gap_is_in_the_target_unit():
    verdict = judged(
        target(indicator="fixed_asset_investment", kind="level", value="600", unit="亿元"),
        outcome(indicator="fixed_asset_investment", kind="level", value="6050000", unit="万元"),
    )
    assert verdict.gap == Decimal("5")
    assert verdict.explanation == "605亿元 against 600亿元: met, gap +5"


@pytest.mark.parametrize(
    "target_fact, outcome_fact, review_report_present, expected",
    [
        pytest.param(target(), None, True, ("not_reported", None, "no_figure"), id="review in, silent"),
        pytest.param(target(), None, False, ("pending", None, "review_pending"), id="review not yet imported"),
        pytest.param(target(indicator=None), None, True, ("not_comparable", None, "indicator_unresolved"), id="no code"),
        pytest.param(target(indicator="other"), None, False, ("not_comparable", None, "indicator_unresolved"),
                     id="code other"),
        pytest.param(target(), outcome(kind="level", value="985.2", unit="亿元"), True,
                     ("not_comparable", None, "kind_mismatch"), id="a level against a growth target"),
        pytest.param(target(kind="level", value="600", unit="亿元"), outcome(value="8"), True,
                     ("not_comparable", None, "kind_mismatch"), id="a growth figure against a level target"),
        pytest.param(target(kind="level", value="600", unit="亿元"), outcome(value="8"), False,
                     ("not_comparable", None, "kind_mismatch"), id="another kind, whatever the review"),
        pytest.param(target(period_start=2021, period_end=2025),
                     outcome(period_start=2021, period_end=2025, value="40", cumulative=True), True,
                     ("not_comparable", None, "basis_mismatch"), id="a cumulative total against an annual average"),
        pytest.param(target(), outcome(year=2021), True, ("not_comparable", None, "period_mismatch"),
                     id="a figure for another year"),
        pytest.param(target(value=None), outcome(), True, ("not_comparable", None, "no_target_value"),
                     id="no target value"),
        pytest.param(target(qualifier="range", value="6.5", value_high=None), outcome(value="6.6"), True,
                     ("met", "0.1", "range"), id="range, higher is better, only the low end needed"),
        pytest.param(target(indicator="cpi", qualifier="range", value="2", value_high=None), outcome(indicator="cpi"),
                     True, ("not_comparable", None, "no_target_value"), id="range, lower is better, no high end"),
        pytest.param(target(), outcome(value="6.9"), False, ("missed", "-0.1", "exact"),
                     id="a figure found before the review is imported is judged"),
    ],
)
def test_without_a_judgeable_figure(target_fact, outcome_fact, review_report_present, expected):
    assert summary(judged(target_fact, outcome_fact, review_report_present=review_report_present)) == expected


@pytest.mark.parametrize("stretch", [False, True])
@pytest.mark.parametrize("actual, verdict", [("3.3", "met"), ("3.1", "missed")])
def test_stretch_targets_are_judged_the_same_way(stretch, actual, verdict):
    target_fact = target(indicator="rd_intensity", kind="share", value="3.2", stretch=stretch)
    assert judged(target_fact, outcome(indicator="rd_intensity", kind="share", value=actual)).verdict == verdict


INCOME_IN_STEP = target(
    indicator="disposable_income_urban", kind="relational", value=None, unit="", qualifier="in_step", reference="gdp"
)
INCOME_ABOVE = dataclasses.replace(INCOME_IN_STEP, qualifier="above")
SPAN = dict(period_start=2022, period_end=2026, report_year=2027)
ABOVE_PARENT = target(
    indicator="retail_sales", kind="relational", value=None, unit="", qualifier="above",
    reference="parent_average", **SPAN,
)


def income(value, **fields):
    return outcome(indicator="disposable_income_urban", value=value, **fields)


def gdp(value, **fields):
    return outcome(id=200, value=value, **fields)


@pytest.mark.parametrize(
    "target_fact, outcome_fact, reference, review_report_present, expected",
    [
        # in_step (同步): at least as fast, equality included; a shortfall within 0.5 points is narrow.
        pytest.param(INCOME_IN_STEP, income("6.5"), gdp("6"), True, ("met", "0.5", "in_step"), id="in step, faster"),
        pytest.param(INCOME_IN_STEP, income("6"), gdp("6"), True, ("met", "0", "in_step"), id="in step, equal"),
        pytest.param(INCOME_IN_STEP, income("5.8"), gdp("6"), True, ("missed", "-0.2", "in_step_narrow_miss"),
                     id="in step, slightly slower"),
        pytest.param(INCOME_IN_STEP, income("5"), gdp("6"), True, ("missed", "-1", "in_step"), id="in step, slower"),
        # above (高于): strictly faster, no narrow misses.
        pytest.param(INCOME_ABOVE, income("6.1"), gdp("6"), True, ("met", "0.1", "above"), id="above, faster"),
        pytest.param(INCOME_ABOVE, income("6"), gdp("6"), True, ("missed", "0", "above"), id="above, equal"),
        pytest.param(INCOME_ABOVE, income("5.9"), gdp("6"), True, ("missed", "-0.1", "above"), id="above, slower"),
        # Five-year relational goals against the parent's average for the term.
        pytest.param(ABOVE_PARENT, outcome(indicator="retail_sales", value="8.2", **SPAN),
                     outcome(id=300, jurisdiction_id=9, indicator="retail_sales", value="7.5", **SPAN), True,
                     ("met", "0.7", "above"), id="term average above the parent's"),
        # Missing pieces.
        pytest.param(INCOME_IN_STEP, None, gdp("6"), True, ("not_reported", None, "no_figure"), id="no income figure"),
        pytest.param(INCOME_IN_STEP, None, None, False, ("pending", None, "review_pending"), id="review not imported"),
        pytest.param(INCOME_IN_STEP, income("6"), None, True, ("not_comparable", None, "reference_missing"),
                     id="no reference figure"),
        pytest.param(INCOME_IN_STEP, income("6"), None, False, ("pending", None, "review_pending"),
                     id="no reference figure yet"),
        pytest.param(INCOME_IN_STEP, income("5.1", kind="level", unit="万元"), gdp("6"), True,
                     ("not_comparable", None, "kind_mismatch"), id="only an income level"),
        pytest.param(INCOME_IN_STEP, income("6"), gdp("1200", kind="level", unit="亿元"), True,
                     ("not_comparable", None, "reference_kind_mismatch"), id="only a GDP level"),
        pytest.param(INCOME_IN_STEP, income("6"), gdp("6", year=2021), True,
                     ("not_comparable", None, "reference_period_mismatch"), id="GDP growth of another year"),
    ],
)
def test_relational(target_fact, outcome_fact, reference, review_report_present, expected):
    verdict = judged(target_fact, outcome_fact, review_report_present=review_report_present, reference=reference)
    assert summary(verdict) == expected


# Five-year goals (年均, 累计) are judged like annual ones, against the figure for the term.
@pytest.mark.parametrize(
    "target_fact, actual, expected",
    [
        (target(period_start=2021, period_end=2025, qualifier="approx", value="7"), "6.5", ("missed", "-0.5", "approx_narrow_miss")),
        (target(period_start=2021, period_end=2025, qualifier="approx", value="7"), "7.2", ("met", "0.2", "approx")),
        (target(indicator="energy_intensity", period_start=2021, period_end=2025, qualifier="at_most", value="-15",
                cumulative=True), "-16.5", ("met", "-1.5", "at_most")),
        (target(indicator="rd_intensity", kind="share", period_start=2025, period_end=2025, value="3.5"), "3.4",
         ("missed", "-0.1", "exact")),
    ],
)
def test_five_year_goals(target_fact, actual, expected):
    outcome_fact = outcome(
        indicator=target_fact.indicator, kind=target_fact.kind, period_start=target_fact.period_start,
        period_end=target_fact.period_end, value=actual, cumulative=target_fact.cumulative, report_year=2026,
    )
    assert summary(judged(target_fact, outcome_fact)) == expected


@pytest.mark.parametrize(
    "target_fact, outcome_fact, explanation",
    [
        (target(qualifier="approx", value="7.5"), outcome(value="7.4"),
         "7.4% against about 7.5%: missed, gap -0.1, a narrow miss (tolerance 0.5)"),
        (target(qualifier="range", value="6.5", value_high="7"), outcome(value="6.8"), "6.8% against 6.5-7%: met, gap +0.3"),
        (target(kind="level", qualifier="approx", value="600", unit="亿元"), outcome(kind="level", value="597", unit="亿元"),
         "597亿元 against about 600亿元: missed, gap -3, a narrow miss (tolerance 0.5%)"),
        (INCOME_IN_STEP, income("5.8"), "growth 5.8% in step with gdp growth 6%: missed, gap -0.2, a narrow miss (tolerance 0.5)"),
        (target(), None, "the reviewing report gives no figure"),
    ],
)
def test_explanation(target_fact, outcome_fact, explanation):
    assert judged(target_fact, outcome_fact, reference=gdp("6")).explanation == explanation


def test_an_unknown_qualifier_fails_loudly():
    with pytest.raises(ValueError) as error:
        judge(target(qualifier="about"), outcome(), rule=IndicatorRule(), review_report_present=True)
    assert str(error.value) == UNKNOWN_QUALIFIER.format("about")


def test_the_rule_passed_in_decides():
    approx = target(qualifier="approx", value="7")
    strict = IndicatorRule(tolerance=Decimal("0"))
    lower = IndicatorRule(direction="lower")
    assert judge(approx, outcome(value="6.9"), rule=strict, review_report_present=True).narrow is False
    assert judge(approx, outcome(value="6.9"), rule=lower, review_report_present=True).verdict == "met"


NUMERIC_QUALIFIERS = ["at_least", "at_most", "exact", "approx", "range"]
rates = st.decimals(min_value=-20, max_value=20, places=1)


@given(
    qualifier=st.sampled_from(NUMERIC_QUALIFIERS),
    direction=st.sampled_from(["higher", "lower"]),
    low=rates,
    width=st.decimals(min_value=0, max_value=3, places=1),
    actual=rates,
)
def test_numeric_verdicts_are_consistent(qualifier, direction, low, width, actual):
    rule = IndicatorRule(direction=direction)
    target_fact = target(qualifier=qualifier, value=low, value_high=low + width)
    verdict = judge(target_fact, outcome(value=actual), rule=rule, review_report_present=True)
    good_side = {"at_least": "higher", "at_most": "lower"}.get(qualifier, direction)
    bound = low + width if qualifier == "range" and good_side == "lower" else low
    assert verdict.gap == actual - bound
    assert verdict.verdict == ("met" if (actual >= bound if good_side == "higher" else actual <= bound) else "missed")
    assert verdict.narrow == (qualifier == "approx" and verdict.verdict == "missed" and abs(verdict.gap) <= Decimal("0.5"))


@given(
    value=st.decimals(min_value=1, max_value=10**4, places=2),
    actual=st.decimals(min_value=0, max_value=10**4, places=2),
    qualifier=st.sampled_from(NUMERIC_QUALIFIERS),
)
def test_the_magnitude_an_outcome_is_written_in_does_not_change_its_verdict(value, actual, qualifier):
    target_fact = target(kind="level", qualifier=qualifier, value=value, value_high=value, unit="亿元")
    in_yi = judged(target_fact, outcome(kind="level", value=actual, unit="亿元"))
    in_wan = judged(target_fact, outcome(kind="level", value=actual * 10000, unit="万元"))
    assert (in_yi.verdict, in_yi.gap, in_yi.narrow) == (in_wan.verdict, in_wan.gap, in_wan.narrow)
