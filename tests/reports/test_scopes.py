import pytest

from reports.rows import Government
from reports.scopes import AMPLIFICATION, BAD_SCOPE, LEAGUE, SCORECARD, TREND, Scope, plan_scopes

PROVINCE = Government(1, "省", "province")
CITY = Government(2, "市", "prefecture", 1)
OTHER_CITY = Government(6, "另一市", "prefecture", None)
A, B, C = (Government(i, f"区{i}", "county", 2) for i in (3, 4, 5))
GOVERNMENTS = [PROVINCE, CITY, OTHER_CITY, A, B, C]
KEYS = [
    (1, 2023, "gdp"), (2, 2023, "gdp"), (2, 2024, "gdp"), (6, 2023, "gdp"),
    (3, 2023, "gdp"), (3, 2023, "cpi"), (4, 2023, "gdp"), (4, 2024, "other"),
]


@pytest.mark.parametrize("scope, key", [
    (Scope(SCORECARD, 12, 2023), "scorecard-j12-2023"),
    (Scope(LEAGUE, year=2023, level="province"), "league-province-2023"),
    (Scope(TREND, 12), "trend-j12"),
    (Scope(AMPLIFICATION, 12, 2023, "gdp"), "amplification-j12-2023-gdp"),
])
def test_scope_keys_are_readable_and_stable(scope, key):
    assert scope.key == key


@pytest.mark.parametrize("kind, fields", [
    (SCORECARD, dict(jurisdiction_id=1)),
    (LEAGUE, dict(year=2023)),
    (LEAGUE, dict(year=2023, jurisdiction_id=1, level="county")),
    (AMPLIFICATION, dict(jurisdiction_id=1, year=2023)),
    (TREND, dict()),
])
def test_incomplete_scopes_are_refused(kind, fields):
    with pytest.raises(ValueError, match=BAD_SCOPE.split("{")[0]):
        Scope(kind, **fields)


def test_the_plan_covers_scorecards_trends_leagues_and_amplification():
    keys = {scope.key for scope in plan_scopes(GOVERNMENTS, KEYS)}
    assert keys == {
        "scorecard-j1-2023", "scorecard-j2-2023", "scorecard-j2-2024", "scorecard-j6-2023", "scorecard-j3-2023",
        "scorecard-j4-2023", "scorecard-j4-2024",
        "trend-j2", "trend-j4",
        "league-j2-2023",  # 区3 and 区4 under 市
        "league-prefecture-2023",  # 市 and 另一市 have different parents
        "amplification-j1-2023-gdp", "amplification-j2-2023-gdp",
    }


def test_only_keeps_the_reports_that_read_a_changed_government():
    keys = {scope.key for scope in plan_scopes(GOVERNMENTS, KEYS, only={3})}
    assert keys == {"scorecard-j3-2023", "league-j2-2023", "amplification-j2-2023-gdp"}


def test_years_keep_the_reports_touching_them():
    keys = {scope.key for scope in plan_scopes(GOVERNMENTS, KEYS, years={2024})}
    assert keys == {"scorecard-j2-2024", "scorecard-j4-2024", "trend-j2", "trend-j4"}


def test_targets_of_unknown_governments_are_ignored():
    assert plan_scopes([PROVINCE], [(99, 2023, "gdp")]) == []
