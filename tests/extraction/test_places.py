"""tracker/extraction/places.py and gazetteer.py: whose report a text is, from where a name
stands (synthetic texts; the places are real divisions, the sentences written for these tests)."""
import pytest

from tracker.extraction.gazetteer import gazetteer
from tracker.extraction.normalize import normalize_text
from tracker.extraction.places import NATIONAL, NO_PLACE, place_report, split_components


@pytest.mark.parametrize("text, jurisdiction", [
    # Before the congress session, with the full name from the gazetteer.
    ("1月10日,晋江市第十八届人民代表大会第五次会议召开。", "福建省泉州市晋江市"),
    ("今天上午,伴随着庄严国歌声,长沙市芙蓉区第五届人民代表大会第四次会议开幕。", "湖南省长沙市芙蓉区"),
    ("浙江省十四届人大二次会议开幕。", "浙江省"),
    # A machine-reworded copy (成都会 for 成都市).
    ("2月26日,成都会第十八届人平易近代表大会第三次会议正式揭幕。", "四川省成都市"),
    # The head of government's title; a name fused with 区长.
    ("某某新闻网讯 巴南区长贾某作政府工作报告。", "重庆市巴南区"),
    ("大会开幕。历城区委副书记、区长曹某某表示,今年将全力以赴。", "山东省济南市历城区"),
    # An ambiguous name settled by its parent (江北区 is in 重庆 and in 宁波).
    ("2021年重庆市江北区政府工作报告\n——2021年3月30日在重庆市江北区第十八届人民代表大会第五次会议上", "重庆市江北区"),
    # An autonomous county by its short name.
    ("镇沅县第十八届人民代表大会第四次会议开幕。", "云南省普洱市镇沅彝族哈尼族拉祜族自治县"),
    # The national government is one jurisdiction.
    ("第十四届全国人民代表大会第二次会议开幕,国务院总理代表国务院作政府工作报告。", NATIONAL),
    # An excerpt that never names itself where a name stands: the place it mentions most.
    ("各位代表:\n现在,我代表市政府向大会报告工作。全市上下深入落实关于大连振兴发展的指示,大连经济稳中向好。", "辽宁省大连市"),
    # A name the gazetteer does not know, read by its form.
    ("(河南省)某某市某某区2022年政府工作报告\n各位代表:", "河南省某某市某某区"),
])
def test_the_government_a_text_belongs_to(text, jurisdiction):
    placing = place_report(normalize_text(text))
    assert placing.jurisdiction == jurisdiction
    assert placing.reason


@pytest.mark.parametrize("text", [
    "各位代表:\n过去一年,全县地区生产总值增长6%。",
    # Page chrome and phrases are no names (a censored copy: 备受瞩目的县第十六届人民代表大会).
    "昨日,备受瞩目的县第十六届人民代表大会第二次会议在剧场开幕。全县上下团结奋进,全县经济稳步增长。",
])
def test_no_name_is_guessed(text):
    placing = place_report(normalize_text(text))
    assert placing.jurisdiction is None and placing.reason.startswith(NO_PLACE)


def test_names_split_by_the_gazetteer_keep_a_name_s_own_level_character():
    assert split_components("江苏省苏州市") == ("江苏省", "苏州市")
    assert split_components("重庆市南岸区") == ("重庆市", "南岸区")


def test_short_names_of_counties_are_not_read_in_running_text():
    # 合作 and 振兴 are county names and ordinary words; only names of cities and provinces (and
    # autonomous counties) are read short in passing.
    mentioned = {name for _, name in gazetteer().mentions("加强合作,推动振兴,成都经济发展", short=True)}
    assert mentioned == {"成都"}
