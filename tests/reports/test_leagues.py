from decimal import Decimal

from tests.reports.factories import line
from reports.leagues import build_league
from reports.rows import Government

A, B, C, D = (Government(i, name, "county", 9) for i, name in enumerate("甲乙丙丁", start=1))
PARENT = Government(9, "市", "prefecture")


def lines_for(government, *verdicts, reviewed=True):
    return [line(jurisdiction_id=government.id, verdict=v, reviewed=reviewed, indicator=f"i{n}")
            for n, v in enumerate(verdicts)]


def test_ranked_by_reviewed_met_rate_with_shared_ranks_for_ties():
    rows = (lines_for(A, "met", "missed") + lines_for(B, "met", "met") + lines_for(C, "missed", "met")
            + lines_for(D, "not_reported", "not_reported"))
    league = build_league([A, B, C, D], 2023, rows, parent=PARENT)
    assert [(row.government.name, row.rank) for row in league.rows] == [("乙", 1), ("丙", 2), ("甲", 2), ("丁", 4)]
    assert league.rows[0].met_rate == Decimal("1.000")


def test_provisional_verdicts_never_move_a_government_and_one_without_reviews_is_unranked():
    rows = lines_for(A, "met", "missed") + lines_for(B, "met", "met", reviewed=False)
    rows += [line(jurisdiction_id=A.id, verdict="met", reviewed=False, indicator="extra")]
    league = build_league([A, B], 2023, rows)
    first, second = league.rows
    assert (first.government, first.rank, first.met_rate) == (A, 1, Decimal("0.500"))
    assert first.provisional_met_rate == Decimal("0.667")
    assert (second.government, second.rank, second.met_rate) == (B, None, None)
    assert second.provisional_met_rate == Decimal("1.000")
    assert league.has_provisional


def test_governments_without_targets_that_year_are_left_out():
    league = build_league([A, B], 2023, lines_for(A, "met") + [line(jurisdiction_id=B.id, year=2022)])
    assert [row.government for row in league.rows] == [A]


def test_pending_and_not_comparable_do_not_enter_the_rate():
    league = build_league([A], 2023, lines_for(A, "met", "pending", "not_comparable"))
    assert league.rows[0].met_rate == Decimal("1.000")
    assert league.rows[0].overall.final.total == 3
