"""Charts are well-formed SVG whose marks link to their evidence, with misses and provisional
verdicts drawn so a reader sees them."""
import xml.etree.ElementTree as ET

from tests.reports.factories import CITY, line
from reports.amplification import build_amplification
from reports.charts import amplification_chart, league_chart, scorecard_chart, trend_chart
from reports.leagues import build_league
from reports.rows import Government
from reports.scorecards import build_scorecard
from reports.svg import COLORS, MISS_BAND, Scale
from reports.trends import build_trend

SVG = "{http://www.w3.org/2000/svg}"


def parse(markup):
    return ET.fromstring(markup)


def links(root):
    return [a.get("href") for a in root.iter(f"{SVG}a")]


def test_scorecard_chart_links_every_row_and_highlights_misses():
    card = build_scorecard(CITY, 2023, [
        line(target_id=1, verdict="met"),
        line(target_id=2, indicator="cpi", verdict="missed", actual="5", target_quote="居民消费价格涨幅3%左右"),
        line(target_id=3, indicator="fai", kind="level", unit="亿元", value="600", actual=None,
             actual_unit="", verdict="not_reported", headline=False),
    ])
    root = parse(scorecard_chart(card))
    assert sorted(links(root)) == ["#evidence-1", "#evidence-2", "#evidence-3"]
    assert sum(rect.get("fill") == MISS_BAND for rect in root.iter(f"{SVG}rect")) == 2
    assert any(c.get("fill") == COLORS["missed"] for c in root.iter(f"{SVG}circle"))
    assert "居民消费价格涨幅3%左右" in "".join(t.text or "" for t in root.iter(f"{SVG}title"))
    assert "no figure reported" in "".join(t.text or "" for t in root.iter(f"{SVG}text"))


def test_provisional_dots_are_hollow_and_dashed():
    root = parse(scorecard_chart(build_scorecard(CITY, 2023, [line(reviewed=False)])))
    dots = [c for c in root.iter(f"{SVG}circle") if c.get("r") == "7"]
    assert [(dot.get("fill"), bool(dot.get("stroke-dasharray"))) for dot in dots] == [("#ffffff", True)]


def test_names_and_quotes_are_escaped():
    root = parse(scorecard_chart(build_scorecard(CITY, 2023, [line(indicator_name="A&B <x>", target_quote='"q"')])))
    assert "A&B <x>" in [t.text for t in root.iter(f"{SVG}text")]


def test_league_chart_links_each_government():
    other = Government(2, "乙区")
    league = build_league([CITY, other], 2023, [line(), line(jurisdiction_id=2, reviewed=False)])
    root = parse(league_chart(league, {CITY.id: "/reports/scorecard/1/2023/", 2: "/reports/scorecard/2/2023/"}))
    assert links(root) == ["/reports/scorecard/1/2023/", "/reports/scorecard/2/2023/"]
    assert any(rect.get("fill") == "url(#provisional-hatch)" for rect in root.iter(f"{SVG}rect"))


def test_trend_chart_draws_a_target_and_an_actual_line_per_panel():
    trend = build_trend(CITY, [line(year=2021, target_id=31), line(year=2022, target_id=32),
                               line(year=2023, target_id=33)])
    root = parse(trend_chart(trend))
    assert len(list(root.iter(f"{SVG}polyline"))) == 2
    assert links(root) == ["#evidence-31", "#evidence-32", "#evidence-33"]


def test_amplification_chart_labels_the_step_up():
    child = Government(2, "乙区", "county", CITY.id)
    view = build_amplification(indicator="gdp", year=2023, focus=CITY, parent=None, children=[child],
                               lines=[line(value="6"), line(jurisdiction_id=2, value="7")])
    texts = [t.text for t in parse(amplification_chart(view)).iter(f"{SVG}text")]
    assert "+1 pp more ambitious (加码)" in texts


def test_empty_reports_have_no_chart():
    assert scorecard_chart(build_scorecard(CITY, 2023, [])) == ""
    assert trend_chart(build_trend(CITY, [])) == ""


def test_scale_ticks_are_round_numbers():
    from decimal import Decimal

    scale = Scale([Decimal("6.5"), Decimal("7")], 0, 100)
    assert scale.ticks() == [0, 2, 4, 6]
    assert scale(0) == 0
