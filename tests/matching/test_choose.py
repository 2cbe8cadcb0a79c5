import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.matching.choose import (
    REASON_NO_FIGURE,
    REASON_ONLY_SUB_AREA,
    REASON_UNRESOLVED,
    Match,
    choose_outcome,
)
from tracker.matching.derived import derive_growth
from tracker.matching.rules import DEFAULT_RULES

from .factories import OTHER_GOVERNMENT, outcome, target

YEAR_TARGET = target(year=2022)
SPAN_TARGET = target(id=2, period_start=2021, period_end=2025, report_year=2021, qualifier="approx")
CUMULATIVE_TARGET = target(
    id=3, indicator="energy_intensity", period_start=2021, period_end=2025, report_year=2021,
    value="-15", qualifier="at_most", cumulative=True,
)
LEVEL_TARGET = target(id=4, indicator="fixed_asset_investment", kind="level", value="600", unit="亿元")
FDI_TARGET = target(id=5, indicator="fdi", kind="level", value="0.5", unit="亿美元")
RELATIONAL_TARGET = target(
    id=6, indicator="disposable_income_urban", kind="relational", value=None, unit="",
    qualifier="in_step", reference="gdp",
)


def choose(target_fact, candidates):
    return choose_outcome(target_fact, candidates, expected_review_year=target_fact.period_end + 1)


@pytest.mark.parametrize(
    "target_fact, candidates, expected_id, alternatives",
    [
        pytest.param(YEAR_TARGET, [outcome(id=1)], 1, (), id="the one figure"),
        pytest.param(
            YEAR_TARGET,
            [outcome(id=1, indicator="cpi"), outcome(id=2, jurisdiction_id=OTHER_GOVERNMENT), outcome(id=3, year=2021),
             outcome(id=4, period_start=2021, period_end=2022)],
            None, (), id="other indicator, government, year or span: nothing",
        ),
        pytest.param(
            YEAR_TARGET, [outcome(id=1, value="8.3", scope="重庆经开区"), outcome(id=2, value="6.7")], 2, (),
            id="the government itself, never its sub-area",
        ),
        pytest.param(YEAR_TARGET, [outcome(id=1, value="8.3", scope="重庆经开区")], None, (), id="a sub-area alone answers nothing"),
        pytest.param(
            YEAR_TARGET, [outcome(id=1, value="6", estimate=True), outcome(id=2, value="6.1", report_year=2024)], 2, (1,),
            id="a final figure replaces an estimate",
        ),
        pytest.param(
            YEAR_TARGET, [outcome(id=1, report_year=2025), outcome(id=2, report_year=2023)], 2, (1,),
            id="the reviewing report rather than a later mention",
        ),
        pytest.param(
            YEAR_TARGET, [outcome(id=1, report_year=2022), outcome(id=2, report_year=2024)], 2, (1,),
            id="a later report rather than an earlier one at the same distance",
        ),
        pytest.param(
            YEAR_TARGET, [outcome(id=1, source_kind="summary"), outcome(id=2, source_kind="partial"), outcome(id=3)], 3, (2, 1),
            id="full text, then partial, then summary",
        ),
        pytest.param(
            YEAR_TARGET, [outcome(id=1, kind="level", value="985.2", unit="亿元"), outcome(id=2, value="6.7")], 2, (1,),
            id="a growth target takes the growth figure",
        ),
        pytest.param(
            LEVEL_TARGET,
            [outcome(id=1, indicator="fixed_asset_investment", value="8"),
             outcome(id=2, indicator="fixed_asset_investment", kind="level", value="6050000", unit="万元")],
            2, (1,), id="a level target takes the level, in any magnitude",
        ),
        pytest.param(
            YEAR_TARGET, [outcome(id=1, kind="level", value="985.2", unit="亿元")], 1, (),
            id="another kind only: returned, for not_comparable",
        ),
        pytest.param(
            FDI_TARGET,
            [outcome(id=1, indicator="fdi", kind="level", value="3.6", unit="亿元"),
             outcome(id=2, indicator="fdi", kind="level", value="5218", unit="万美元")],
            2, (1,), id="a convertible unit before another currency",
        ),
        pytest.param(
            SPAN_TARGET,
            [outcome(id=1, year=2025, report_year=2026),
             outcome(id=2, period_start=2021, period_end=2025, report_year=2026, value="6.5")],
            2, (), id="a five-year goal takes the figure for the term",
        ),
        pytest.param(
            SPAN_TARGET,
            [outcome(id=1, period_start=2021, period_end=2025, report_year=2026, value="40", cumulative=True),
             outcome(id=2, period_start=2021, period_end=2025, report_year=2026, value="6.5")],
            2, (1,), id="an annual average before a cumulative total",
        ),
        pytest.param(
            CUMULATIVE_TARGET,
            [outcome(id=1, indicator="energy_intensity", period_start=2021, period_end=2025, report_year=2026, value="-3.5"),
             outcome(id=2, indicator="energy_intensity", period_start=2021, period_end=2025, report_year=2026, value="-16.5",
                     cumulative=True)],
            2, (1,), id="a cumulative goal takes the cumulative figure",
        ),
        pytest.param(
            RELATIONAL_TARGET,
            [outcome(id=1, indicator="disposable_income_urban", kind="level", value="5.1", unit="万元"),
             outcome(id=2, indicator="disposable_income_urban", value="6.1")],
            2, (1,), id="a relational target takes growth",
        ),
        pytest.param(YEAR_TARGET, [outcome(id=5), outcome(id=3)], 3, (5,), id="ties go to the lowest id"),
    ],
)
def test_choose_outcome(target_fact, candidates, expected_id, alternatives):
    match = choose(target_fact, candidates)
    assert match.outcome_id == expected_id
    assert match.alternatives == alternatives
    assert "\n" not in match.reason and len(match.reason) <= 300


@pytest.mark.parametrize(
    "candidates, reason",
    [
        ([], REASON_NO_FIGURE),
        ([outcome(year=2021)], REASON_NO_FIGURE),
        ([outcome(scope="重庆经开区"), outcome(scope="茶园新区")], REASON_ONLY_SUB_AREA.format(scopes="茶园新区、重庆经开区")),
    ],
)
def test_no_figure(candidates, reason):
    assert choose(YEAR_TARGET, candidates) == Match(outcome=None, confidence=1.0, reason=reason)


@pytest.mark.parametrize("indicator", [None, "", "other"])
def test_an_unresolved_indicator_is_never_matched(indicator):
    unresolved = dataclasses.replace(YEAR_TARGET, indicator=indicator)
    match = choose(unresolved, [outcome(indicator=indicator)])
    assert match == Match(outcome=None, confidence=0.0, reason=REASON_UNRESOLVED)


@pytest.mark.parametrize(
    "candidates, disagreement",
    [
        pytest.param([outcome(id=1, value="6.7"), outcome(id=2, value="6.5", source_kind="summary")], True,
                     id="full text and news summary differ"),
        pytest.param([outcome(id=1, value="6.7"), outcome(id=2, value="6.7", source_kind="summary")], False,
                     id="full text and news summary agree"),
        pytest.param([outcome(id=1, value="6", estimate=True), outcome(id=2, value="6.1", report_year=2024)], True,
                     id="preliminary and final differ"),
        pytest.param([outcome(id=1, value="6.1", estimate=True), outcome(id=2, value="6.1", report_year=2024)], False,
                     id="preliminary confirmed"),
        pytest.param([outcome(id=1, kind="level", value="985.2", unit="亿元"), outcome(id=2, value="6.7")], False,
                     id="a level beside the growth is no disagreement"),
        pytest.param([outcome(id=1, value="8.3", scope="重庆经开区"), outcome(id=2, value="6.7")], False,
                     id="a sub-area figure is no disagreement"),
        pytest.param([outcome(id=1, kind="level", value="985.2", unit="亿元"), outcome(id=2, kind="level", value="9852000", unit="万元")],
                     False, id="the same level in two magnitudes"),
        pytest.param([outcome(id=1, kind="level", value="985.2", unit="亿元"), outcome(id=2, kind="level", value="980", unit="亿元")],
                     True, id="two levels differ"),
    ],
)
def test_disagreement(candidates, disagreement):
    match = choose(YEAR_TARGET, candidates)
    assert match.disagreement is disagreement
    assert ("disagree" in match.reason) is disagreement
    # Every figure of the government itself is kept, for a reviewer to pick instead.
    assert {match.outcome_id, *match.alternatives} == {c.id for c in candidates if not c.scope}


def test_a_reported_rate_beats_a_derived_one():
    levels = [outcome(id=1, indicator="retail_sales", year=2021, kind="level", value="600", unit="亿元"),
              outcome(id=2, indicator="retail_sales", kind="level", value="640", unit="亿元")]
    reported = outcome(id=3, indicator="retail_sales", value="6.5")
    growth_target = target(indicator="retail_sales", value="6")
    candidates = [*levels, *derive_growth(levels, rules=DEFAULT_RULES)]

    derived_match = choose(growth_target, candidates)
    assert derived_match.derived and derived_match.outcome_id == 2
    assert derived_match.outcome.derived_from == (1, 2)
    assert "derived from levels 1 and 2" in derived_match.reason

    reported_match = choose(growth_target, [*candidates, reported])
    assert not reported_match.derived and reported_match.outcome_id == 3
    assert reported_match.confidence > derived_match.confidence


def test_no_derived_growth_answers_a_gdp_target():
    levels = [outcome(id=1, year=2021, kind="level", value="900", unit="亿元"),
              outcome(id=2, kind="level", value="947", unit="亿元")]
    match = choose(YEAR_TARGET, [*levels, *derive_growth(levels, rules=DEFAULT_RULES)])
    assert not match.derived and match.outcome.kind == "level"  # only the level: not comparable


@pytest.mark.parametrize(
    "candidate, confidence, note",
    [
        (outcome(), 1.0, None),
        (outcome(estimate=True), 0.9, "an estimate"),
        (outcome(report_year=2024), 0.9, "not from the 2023 review"),
        (outcome(source_kind="summary"), 0.85, "from a summary text"),
        (outcome(source_kind="partial"), 0.95, "from a partial text"),
        (outcome(kind="level", unit="亿元"), 0.3, "only a level figure for a growth target"),
        (outcome(unit="个百分点"), 0.5, "cannot be converted"),
        (outcome(estimate=True, report_year=2024, source_kind="summary"), 0.65, "an estimate; not from the 2023 review"),
    ],
)
def test_confidence_and_reason(candidate, confidence, note):
    match = choose(YEAR_TARGET, [candidate])
    assert match.confidence == confidence
    assert match.reason.startswith(f"outcome {candidate.id} from the {candidate.report_year} report")
    if note:
        assert note in match.reason


def test_reason_names_the_estimate_it_replaced():
    match = choose(YEAR_TARGET, [outcome(id=1, estimate=True), outcome(id=2, report_year=2024)])
    assert "final figure preferred over an estimate" in match.reason


facts = st.builds(
    outcome,
    id=st.integers(1, 20),
    indicator=st.sampled_from(["gdp", "cpi"]),
    year=st.integers(2021, 2023),
    kind=st.sampled_from(["growth", "level"]),
    value=st.decimals(-10, 1000, places=1),
    unit=st.sampled_from(["%", "亿元", "万元"]),
    estimate=st.booleans(),
    scope=st.sampled_from([None, "", "重庆经开区"]),
    report_year=st.integers(2022, 2025),
    source_kind=st.sampled_from(["full", "partial", "summary"]),
)


@settings(max_examples=50)
@given(candidates=st.lists(facts, max_size=8, unique_by=lambda fact: fact.id))  # ids are row ids
def test_choice_invariants(candidates):
    match = choose(YEAR_TARGET, candidates)
    assert 0.0 <= match.confidence <= 1.0
    if match.outcome is None:
        assert not match.alternatives and not match.disagreement
        return
    assert match.outcome in candidates
    assert not match.outcome.scope
    assert (match.outcome.indicator, match.outcome.period_end) == ("gdp", 2022)
    assert match.outcome_id not in match.alternatives
    assert match == choose(YEAR_TARGET, list(reversed(candidates)))  # order of input does not matter
