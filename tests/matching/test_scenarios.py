"""Whole runs of derive, choose and judge over one government's targets, as the link service
does them. The targets are those of the sample reports (samples/expected.json); every review
figure here is SYNTHETIC, written for this test: the samples hold no next-year reviews."""
from decimal import Decimal

import pytest

from tracker.matching import DEFAULT_RULES, IndicatorRule, choose_outcome, choose_reference, derive_growth, judge

from .factories import outcome, target

JIANGBEI = 1
REPORT_2021, REVIEW_2022, SUMMARY_2022, REPORT_2023 = 21, 22, 220, 23

# 重庆市江北区, 2021 report (sample 002): its targets.
JIANGBEI_TARGETS = [
    target(id=1, indicator="gdp", value="7", qualifier="approx", year=2021),
    target(id=2, indicator="industrial_va_above_scale", value="4", year=2021),
    target(id=3, indicator="retail_sales", value="5", year=2021),
    target(id=4, indicator="fixed_asset_investment", kind="level", value="420", unit="亿元", year=2021),
    target(id=5, indicator="general_budget_revenue", value="5", year=2021),
    target(id=6, indicator="disposable_income", value="7", year=2021),
    target(id=7, indicator="gdp", value="7", qualifier="approx", period_start=2021, period_end=2025, report_year=2021),
    target(id=8, indicator="rd_intensity", kind="share", value="3.5", period_start=2025, period_end=2025, report_year=2021),
    target(id=9, indicator="rd_intensity", kind="share", value="3.2", stretch=True, year=2021),
    target(id=10, indicator="foreign_trade", kind="level", value="390", unit="亿元", qualifier="at_least", stretch=True,
           year=2021),
    target(id=11, indicator="good_air_days", kind="count", value="300", unit="天", qualifier="at_least", year=2021),
]

# Figures of the 2021 report (sample 002) for 2020: all before the review of 2021.
FIGURES_2021_REPORT = [
    outcome(id=101, indicator="gdp", value="3.9", year=2020, report_id=REPORT_2021),
    outcome(id=102, indicator="retail_sales", kind="level", value="650", unit="亿元", year=2020, report_id=REPORT_2021),
]

# SYNTHETIC: what a 2022 report and its news summary might say about 2021, and a 2023 mention.
FIGURES_2022_REVIEW = [
    outcome(id=201, indicator="gdp", value="6.8", year=2021, report_id=REVIEW_2022),
    outcome(id=202, indicator="gdp", value="9.1", year=2021, report_id=REVIEW_2022, scope="观音桥商圈"),
    outcome(id=203, indicator="industrial_va_above_scale", value="9.2", year=2021, report_id=REVIEW_2022),
    outcome(id=204, indicator="retail_sales", kind="level", value="7150000", unit="万元", year=2021, report_id=REVIEW_2022),
    outcome(id=205, indicator="fixed_asset_investment", value="8", year=2021, report_id=REVIEW_2022),
    outcome(id=206, indicator="general_budget_revenue", value="7.1", year=2021, report_id=REVIEW_2022),
    outcome(id=207, indicator="general_budget_revenue", value="7", year=2021, report_id=SUMMARY_2022,
            source_kind="summary"),
    outcome(id=208, indicator="disposable_income", value="9.5", year=2021, report_id=REVIEW_2022, scope="观音桥商圈"),
    outcome(id=209, indicator="rd_intensity", kind="share", value="3.3", year=2021, report_id=REVIEW_2022),
    outcome(id=210, indicator="foreign_trade", kind="level", value="4000000", unit="万元", year=2021, report_id=REVIEW_2022),
    outcome(id=211, indicator="good_air_days", kind="count", value="310", unit="天", year=2021, report_id=REVIEW_2022,
            estimate=True),
    outcome(id=301, indicator="good_air_days", kind="count", value="305", unit="天", year=2021, report_id=REPORT_2023,
            report_year=2023),
]


def link(targets, outcomes, *, imported_years, parent_id=None):
    """What the link service does per government, without the database."""
    candidates = [*outcomes, *derive_growth(outcomes, rules=DEFAULT_RULES)]
    results = {}
    for target_fact in targets:
        review_year = target_fact.period_end + 1
        match = choose_outcome(target_fact, candidates, expected_review_year=review_year)
        reference = None
        if target_fact.reference:
            reference = choose_reference(
                target_fact, candidates, expected_review_year=review_year, parent_id=parent_id
            ).outcome
        verdict = judge(
            target_fact,
            match.outcome,
            rule=DEFAULT_RULES.get(target_fact.indicator, IndicatorRule()),
            review_report_present=review_year in imported_years,
            reference_outcome=reference,
        )
        results[target_fact.id] = (match, verdict)
    return results


def row(match, verdict):
    gap = None if verdict.gap is None else format(verdict.gap.normalize(), "f")
    return verdict.verdict, gap, match.outcome_id, match.derived, match.disagreement


BEFORE_THE_REVIEW = {target_fact.id: ("pending", None, None, False, False) for target_fact in JIANGBEI_TARGETS}

AFTER_THE_REVIEW = {
    1: ("missed", "-0.2", 201, False, False),  # about 7%: 6.8, narrow; the 商圈's 9.1 is not the district's
    2: ("met", "5.2", 203, False, False),
    3: ("met", "5", 204, True, False),  # 650亿元 → 715亿元: derived 10.0%
    4: ("not_comparable", None, 205, False, False),  # a level target, only a growth figure
    5: ("met", "2.1", 206, False, True),  # full text 7.1 over the summary's 7.0, flagged
    6: ("not_reported", None, None, False, False),  # only a sub-area's figure
    7: ("pending", None, None, False, False),  # the term ends in 2025
    8: ("pending", None, None, False, False),
    9: ("met", "0.1", 209, False, False),  # stretch, judged the same way
    10: ("met", "10", 210, False, False),  # 4000000万元 = 400亿元
    11: ("met", "5", 301, False, True),  # the final 305 replaces the estimated 310
}


def test_before_the_review_is_imported_everything_is_pending():
    results = link(JIANGBEI_TARGETS, FIGURES_2021_REPORT, imported_years={2021})
    assert {id_: row(*result) for id_, result in results.items()} == BEFORE_THE_REVIEW


@pytest.mark.parametrize("target_id", sorted(AFTER_THE_REVIEW))
def test_after_the_review_is_imported(target_id):
    results = link(
        JIANGBEI_TARGETS, FIGURES_2021_REPORT + FIGURES_2022_REVIEW, imported_years={2021, 2022, 2023}
    )
    assert row(*results[target_id]) == AFTER_THE_REVIEW[target_id]


def test_linking_twice_gives_the_same_result():
    outcomes = FIGURES_2021_REPORT + FIGURES_2022_REVIEW
    first = link(JIANGBEI_TARGETS, outcomes, imported_years={2022})
    assert first == link(JIANGBEI_TARGETS, list(reversed(outcomes)), imported_years={2022})


# 重庆市渝中区, 2024 report (sample 003): 城镇居民人均可支配收入增速保持与经济发展同步.
YUZHONG_IN_STEP = target(
    id=20, indicator="disposable_income_urban", kind="relational", value=None, unit="", qualifier="in_step",
    reference="gdp", year=2024,
)
# 河南省驻马店市驿城区, 2022 report (sample 004): 年均增长高于全市平均水平 over 2022-2026.
YICHENG, ZHUMADIAN = 3, 4
TERM = dict(period_start=2022, period_end=2026)
YICHENG_ABOVE_PARENT = target(
    id=30, jurisdiction_id=YICHENG, indicator="retail_sales", kind="relational", value=None, unit="",
    qualifier="above", reference="parent_average", report_year=2022, **TERM,
)


@pytest.mark.parametrize(
    "target_fact, outcomes, imported_years, parent_id, expected",
    [
        pytest.param(YUZHONG_IN_STEP, [], {2024}, None, ("pending", None, None, False, False), id="in step, not yet"),
        pytest.param(
            YUZHONG_IN_STEP,
            # SYNTHETIC 2025 review: urban incomes +5.2%, GDP +5.5%.
            [outcome(id=1, indicator="disposable_income_urban", value="5.2", year=2024),
             outcome(id=2, indicator="gdp", value="5.5", year=2024)],
            {2024, 2025}, None, ("missed", "-0.3", 1, False, False), id="in step, narrowly missed",
        ),
        pytest.param(
            YUZHONG_IN_STEP,
            [outcome(id=1, indicator="disposable_income_urban", value="5.2", year=2024)],
            {2024, 2025}, None, ("not_comparable", None, 1, False, False), id="in step, GDP growth not given",
        ),
        pytest.param(
            YICHENG_ABOVE_PARENT,
            # SYNTHETIC 2027 reviews of the district and of the city.
            [outcome(id=3, jurisdiction_id=YICHENG, indicator="retail_sales", value="8.1", report_year=2027, **TERM),
             outcome(id=4, jurisdiction_id=ZHUMADIAN, indicator="retail_sales", value="7.6", report_year=2027, **TERM)],
            {2022, 2027}, ZHUMADIAN, ("met", "0.5", 3, False, False), id="above the city's average over the term",
        ),
        pytest.param(
            YICHENG_ABOVE_PARENT,
            [outcome(id=3, jurisdiction_id=YICHENG, indicator="retail_sales", value="8.1", report_year=2027, **TERM)],
            {2022, 2027}, None, ("not_comparable", None, 3, False, False), id="above the parent, no parent known",
        ),
    ],
)
def test_relational_targets(target_fact, outcomes, imported_years, parent_id, expected):
    results = link([target_fact], outcomes, imported_years=imported_years, parent_id=parent_id)
    assert row(*results[target_fact.id]) == expected


def test_the_gap_of_a_derived_figure():
    match, verdict = link(JIANGBEI_TARGETS, FIGURES_2021_REPORT + FIGURES_2022_REVIEW, imported_years={2022})[3]
    assert match.outcome.value == Decimal("10.0") and match.outcome.derived_from == (102, 204)
    assert verdict.explanation == "10% against 5%: met, gap +5"
