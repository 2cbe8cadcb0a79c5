from tests.reports.factories import CITY, line
from reports.trends import build_trend


def test_one_series_per_quantity_with_points_oldest_first():
    trend = build_trend(CITY, [
        line(year=2023, value="6"), line(year=2021, value="7"), line(year=2022, value="6.5"),
        line(year=2022, indicator="gdp", kind="level", unit="亿元", value="900", actual="910"),
        line(year=2022, indicator="cpi", value="3"),
    ])
    gdp_growth, *others = trend.series
    assert (gdp_growth.indicator, gdp_growth.unit) == ("gdp", "%")
    assert gdp_growth.years == (2021, 2022, 2023)
    assert {(s.indicator, s.unit) for s in others} == {("gdp", "亿元"), ("cpi", "%")}
    assert trend.years == (2021, 2022, 2023)


def test_a_floor_beats_a_stretch_target_for_the_same_year():
    floor = line(year=2023, value="6", headline=True)
    stretch = line(year=2023, value="6.5", stretch=True, headline=True)
    (series,) = build_trend(CITY, [stretch, floor]).series
    assert series.points == (floor,)


def test_relational_targets_and_other_governments_have_no_points():
    trend = build_trend(CITY, [line(value=None, kind="relational", qualifier="in_step"), line(jurisdiction_id=5)])
    assert trend.series == ()


def test_provisional_points_make_the_trend_provisional():
    assert build_trend(CITY, [line(reviewed=False)]).has_provisional
    assert not build_trend(CITY, [line()]).has_provisional
