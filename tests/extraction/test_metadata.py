"""tracker/extraction/metadata.py: who, where, which year, which day; None when not said."""
import datetime

import pytest

from tracker.extraction.metadata import ReportMetadata, detect_metadata
from tracker.extraction.normalize import normalize_text

# Synthetic headers in the forms real reports and news copies use.
CASES = [
    (
        "2021年重庆市江北区政府工作报告\n——2021年3月30日在重庆市江北区第十八届人民代表大会第五次会议上\n"
        "重庆市江北区人民政府区长  代小红\n各位代表:",
        ReportMetadata("重庆市江北区", 2021, datetime.date(2021, 3, 30), "代小红"),
    ),
    (
        "重庆市南岸区人民政府工作报告\n  ——2024年2月4日在南岸区第十九届人民代表大会第五次会议上\n"
        "  重庆市南岸区人民政府区长王茂春\n各位代表:",
        ReportMetadata("重庆市南岸区", 2024, datetime.date(2024, 2, 4), "王茂春"),
    ),
    (
        "政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n国务院总理 李强\n各位代表:",
        ReportMetadata("中华人民共和国", 2024, datetime.date(2024, 3, 5), "李强"),
    ),
    (
        "河南省人民政府工作报告\n——2023年1月14日在河南省第十四届人民代表大会第一次会议上\n代省长 王凯\n各位代表:",
        ReportMetadata("河南省", 2023, datetime.date(2023, 1, 14), "王凯"),
    ),
    (
        "(河南省)驻马店市驿城区2022年政府工作报告\n加强国防动员。",
        ReportMetadata("河南省驻马店市驿城区", 2022, None, None),
    ),
    (
        "(重庆市)重庆市渝中区人民政府工作报告(2024年1月15日)\n过去一年,我们坚持…",
        ReportMetadata("重庆市渝中区", 2024, datetime.date(2024, 1, 15), None),
    ),
    (
        "二〇二三年某某县政府工作报告\n——二〇二三年一月十二日在某某县第十八届人民代表大会第二次会议上\n",
        ReportMetadata("某某县", 2023, datetime.date(2023, 1, 12), None),
    ),
    (
        "两会聚焦\n来源:某某网 时间:2022-01-10 17:33:33\n"
        "1月10日,重庆市巴南区第十九届人民代表大会第一次会议开幕。巴南区委书记出席大会,巴南区长贾晖作政府工作报告。",
        ReportMetadata("重庆市巴南区", 2022, datetime.date(2022, 1, 10), "贾晖"),
    ),
    # A fragment without title or dateline: nothing is guessed.
    ("过去一年,我们坚持稳中求进,地区生产总值增长6%。", ReportMetadata(None, None, None, None)),
    # A news date alone dates the year (weakly: any dated heading or plan outweighs it), never
    # the day of delivery.
    ("来源:某某网 时间:2022-01-12\n某某区政府工作报告提出,今年地区生产总值增长6%。",
     ReportMetadata("某某区", 2022, None, None)),
]


@pytest.mark.parametrize("raw, expected", CASES)
def test_detect_metadata(raw, expected):
    metadata = detect_metadata(normalize_text(raw))
    assert metadata == expected
    for name in ("jurisdiction", "report_year"):
        # Every value says where it came from, every None why it is None.
        assert metadata.reasons[name]


def test_a_forum_board_tag_is_not_the_province():
    text = normalize_text("[海南] 2021年重庆市江北区政府工作报告\n2021年重庆市江北区政府工作报告")
    assert detect_metadata(text).jurisdiction == "重庆市江北区"


def test_a_deputy_is_not_the_speaker():
    text = normalize_text("某某市政府工作报告\n副市长张三主持会议,市长李四作政府工作报告。")
    assert detect_metadata(text).speaker == "李四"


# SYNTHETIC news item in traditional script: a date line before 来源, the opening day in the lead,
# and a spokesman's arithmetic that is not the report's target.
NEWS = """某某省GDP目標直指6萬億元
2023-01-16 來源:某某網
1月15日,某某省第十四屆人民代表大會第一次會議開幕。省長某某作政府工作報告。
報告提出,2023年全省經濟社會發展主要預期目標是:生產總值增長5.5%左右,城鎮新增就業110萬人以上。
某某統計局發言人表示,按此測算,到2025年年均增長6.3%以上就可以實現翻番目標。
"""


def test_news_item_dated_by_its_date_line():
    from tracker.extraction import extract_report

    result = extract_report(NEWS)
    assert (result.jurisdiction, result.report_year, str(result.delivered_on)) == ("某某省", 2023, "2023-01-15")
    assert [(t.indicator, t.value) for t in result.targets] == [("gdp", 5.5), ("new_urban_jobs", 110)]


def test_plan_year_dates_a_text_without_title_or_dateline():
    from tracker.extraction import detect_metadata

    assert detect_metadata("各位代表:\n今年全县经济社会发展的主要预期目标是:地区生产总值增长6%。").report_year is None
    assert detect_metadata("各位代表:\n2024年全县经济社会发展的主要预期目标是:地区生产总值增长6%。").report_year == 2024
