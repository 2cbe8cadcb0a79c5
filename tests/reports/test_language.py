"""Report words in each language, through the real catalogs: Chinese puts 左右 after the figure and
writes a difference of rates in 个百分点; English keeps the signs; amounts keep their unit."""
import pytest
from django.utils import translation

from reports.charts import scorecard_chart
from reports.language import current_wording
from reports.scorecards import build_scorecard
from tests.reports.factories import CITY, line


@pytest.mark.parametrize("language, fields, target, gap, verdict", [
    ("zh-hans", dict(qualifier="approx", value="7", gap="-0.2", verdict="missed", narrow=True), "7%左右", "-0.2个百分点",
     "未完成（差距微小）"),
    ("en", dict(qualifier="approx", value="7", gap="-0.2", verdict="missed", narrow=True), "≈7%", "-0.2 pp", "missed (narrow)"),
    ("zh-hans", dict(qualifier="at_least", value="600", unit="亿元", gap="12.5"), "不低于600亿元", "+12.5亿元", "完成"),
    ("en", dict(qualifier="at_least", value="600", unit="亿元", gap="12.5"), "≥600亿元", "+12.5亿元", "met"),
])
def test_a_row_in_each_language(language, fields, target, gap, verdict):
    row = line(**fields)
    with translation.override(language):
        words = current_wording()
        assert (row.target_in(words), row.gap_in(words), row.verdict_in(words)) == (target, gap, verdict)


def test_indicator_names_follow_the_language_and_codes_do_not():
    row = line(indicator="gdp", indicator_name="地区生产总值", indicator_name_en="Gross domestic product")
    with translation.override("en"):
        english = scorecard_chart(build_scorecard(CITY, 2023, [row]), current_wording())
    with translation.override("zh-hans"):
        chinese = scorecard_chart(build_scorecard(CITY, 2023, [row]), current_wording())
    assert ">Gross domestic product</text>" in english and ">地区生产总值</text>" not in english
    assert ">地区生产总值</text>" in chinese and ">主要预期目标</text>" in chinese and "Gross" not in chinese
    assert f"#{row.anchor}" in english and f"#{row.anchor}" in chinese


def test_chart_links_lie_outside_the_picture():
    """The picture is role="img" (assistive technology does not enter it); its links follow it."""
    svg = scorecard_chart(build_scorecard(CITY, 2023, [line()]))
    picture_end = svg.index("</g>", svg.index('role="img"'))
    assert svg.index("<a ") > svg.rindex("</g>", 0, svg.index("<a ")) >= picture_end
