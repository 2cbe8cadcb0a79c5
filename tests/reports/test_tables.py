import csv
import io

from tests.reports.factories import CITY, line
from reports.amplification import build_amplification
from reports.leagues import build_league
from reports.rows import Government
from reports.scorecards import build_scorecard
from reports.tables import amplification_table, league_table, scorecard_table, to_csv, trend_table
from reports.trends import build_trend


def parsed(table):
    return list(csv.DictReader(io.StringIO(to_csv(*table))))


def test_scorecard_csv_has_one_row_per_target_with_status_permalink_and_quotes():
    card = build_scorecard(CITY, 2023, [
        line(target_id=11, assessment_id=21, verdict="met", value="6", actual="6.5", gap="0.5"),
        line(target_id=12, assessment_id=22, indicator="cpi", indicator_name="居民消费价格", qualifier="approx",
             value="3", actual="3.4", gap="0.4", verdict="missed", narrow=True, reviewed=False,
             target_quote="居民消费价格涨幅3%左右", actual_quote="居民消费价格上涨3.4%"),
    ])
    gdp, cpi = sorted(parsed(scorecard_table(card)), key=lambda row: row["indicator"], reverse=True)
    assert gdp["government"] == CITY.name
    assert (gdp["target"], gdp["actual"], gdp["verdict"], gdp["gap"], gdp["status"]) == ("6", "6.5", "met", "0.5", "final")
    assert gdp["permalink"] == "/targets/11/#assessment"
    assert (cpi["qualifier"], cpi["verdict"], cpi["narrow"], cpi["status"]) == ("approx", "missed", "yes", "provisional")
    assert (cpi["target_quote"], cpi["actual_quote"]) == ("居民消费价格涨幅3%左右", "居民消费价格上涨3.4%")


def test_league_csv_separates_reviewed_and_provisional_counts():
    other = Government(2, "乙区")
    league = build_league([CITY, other], 2023, [
        line(verdict="met"), line(verdict="missed", indicator="cpi"),
        line(jurisdiction_id=2, verdict="met", reviewed=False),
    ])
    first, second = parsed(league_table(league))
    assert (first["rank"], first["government"], first["met"], first["missed"], first["met_rate_percent"]) == (
        "1", CITY.name, "1", "1", "50")
    assert (second["rank"], second["met"], second["provisional_met"], second["met_rate_percent"]) == ("", "0", "1", "")
    assert second["met_rate_incl_provisional_percent"] == "100"


def test_trend_and_amplification_csv():
    trend_rows = parsed(trend_table(build_trend(CITY, [line(year=2022), line(year=2023)])))
    assert [row["year"] for row in trend_rows] == ["2022", "2023"]
    child = Government(2, "乙区", "county", CITY.id)
    view = build_amplification(indicator="gdp", year=2023, focus=CITY, parent=None, children=[child],
                               lines=[line(value="6"), line(jurisdiction_id=2, value="7")])
    focus, kid = parsed(amplification_table(view))
    assert (focus["role"], focus["escalation"], kid["role"], kid["escalation"]) == ("focus", "", "child", "1")


def test_an_amplification_tier_without_a_target_still_has_a_row():
    view = build_amplification(indicator="gdp", year=2023, focus=CITY, parent=None,
                               children=[Government(2, "乙区")], lines=[line()])
    rows = parsed(amplification_table(view))
    assert rows[1]["government"] == "乙区" and rows[1]["target"] == "" and rows[1]["indicator"] == "gdp"


def test_a_formula_in_a_quote_is_written_as_text_and_negative_numbers_as_numbers():
    card = build_scorecard(CITY, 2023, [
        line(verdict="missed", value="6", actual="-1.5", gap="-7.5",
             target_quote="=cmd|' /C calc'!A0", actual_quote="+SUM(1)"),
    ])
    (row,) = parsed(scorecard_table(card))
    assert (row["target_quote"], row["actual_quote"]) == ("'=cmd|' /C calc'!A0", "'+SUM(1)")
    assert (row["actual"], row["gap"]) == ("-1.5", "-7.5")
