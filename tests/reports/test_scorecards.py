from decimal import Decimal

from tests.reports.factories import CITY, line
from reports.rows import Government
from reports.scorecards import Totals, VerdictCounts, build_scorecard, distinct_targets


def test_totals_keep_reviewed_and_provisional_verdicts_apart():
    card = build_scorecard(CITY, 2023, [
        line(verdict="met"),
        line(verdict="missed", reviewed=False, indicator="tax_revenue"),
        line(verdict="not_reported", indicator="retail_sales"),
        line(verdict="pending", indicator="cpi", reviewed=False),
        line(verdict="not_comparable", indicator="fdi"),
    ])
    assert card.overall.final == VerdictCounts(met=1, not_reported=1, not_comparable=1)
    assert card.overall.provisional == VerdictCounts(missed=1, pending=1)
    assert card.overall.combined.total == 5
    assert card.has_provisional


def test_headline_and_embedded_totals_are_separate():
    card = build_scorecard(CITY, 2023, [
        line(verdict="met", headline=True),
        line(verdict="missed", headline=True, indicator="cpi"),
        line(verdict="met", headline=False, indicator="new_urban_jobs"),
        line(verdict="not_reported", headline=False, indicator="fdi", reviewed=False),
    ])
    assert card.headline.final == VerdictCounts(met=1, missed=1)
    assert card.embedded.final == VerdictCounts(met=1)
    assert card.embedded.provisional == VerdictCounts(not_reported=1)
    assert [l.headline for l in card.lines] == [True, True, False, False]


def test_only_the_government_and_year_asked_for_are_counted():
    other = Government(2, "另一区")
    card = build_scorecard(CITY, 2023, [line(), line(year=2022), line(jurisdiction_id=other.id)])
    assert len(card.lines) == 1


def test_a_fully_reviewed_scorecard_has_nothing_provisional():
    card = build_scorecard(CITY, 2023, [line(), line(indicator="cpi")])
    assert not card.has_provisional
    assert card.overall.provisional.total == 0


def test_met_rate_counts_a_silent_drop_against_the_government():
    counts = VerdictCounts(met=2, missed=1, not_reported=1, pending=3, not_comparable=1)
    assert counts.judged == 4
    assert counts.met_rate == Decimal("0.500")
    assert VerdictCounts(pending=2).met_rate is None


def test_by_verdict_lists_each_verdict_with_both_counts():
    totals = Totals.of([line(verdict="met"), line(verdict="met", reviewed=False, indicator="cpi"),
                        line(verdict="missed", indicator="fdi")])
    assert totals.by_verdict[:2] == (("met", "met", 1, 1), ("missed", "missed", 1, 0))


def test_a_target_stated_twice_is_counted_once_preferring_the_reviewed_full_text():
    summary = line(target_id=901, source_kind="summary", reviewed=True)
    full = line(target_id=902, source_kind="full", reviewed=True)
    unreviewed = line(target_id=900, source_kind="full", reviewed=False)
    assert distinct_targets([summary, unreviewed, full]) == [full]


def test_different_promises_about_one_indicator_stay_apart():
    floor, stretch = line(value="6"), line(value="6.5", stretch=True)
    assert len(distinct_targets([floor, stretch])) == 2
