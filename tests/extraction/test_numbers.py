"""tracker/extraction/numbers.py: numbers and units as reports write them."""
import pytest

from tracker.extraction.numbers import find_quantities, parse_chinese_integer, parse_number, unit_kind


@pytest.mark.parametrize("text, expected", [
    ("二〇二二", 2022), ("二〇二四", 2024), ("一九九八", 1998), ("十", 10), ("十五", 15), ("二十", 20),
    ("一百", 100), ("一百零五", 105), ("八千五百", 8500), ("一千二百三十四", 1234), ("千", 1000),
    ("三万", 30000), ("两万五千", 25000), ("一亿二千万", 120_000_000), ("五", 5), ("〇", 0),
])
def test_parse_chinese_integer(text, expected):
    assert parse_chinese_integer(text) == expected


@pytest.mark.parametrize("text", ["", "增长", "五点"])
def test_parse_chinese_integer_refuses_non_numerals(text):
    with pytest.raises(ValueError):
        parse_chinese_integer(text)


@pytest.mark.parametrize("text, expected", [
    ("5.4", 5.4), ("67.7", 67.7), ("五点四", 5.4), ("〇点一", 0.1), ("十二点五", 12.5), ("七", 7.0),
])
def test_parse_number(text, expected):
    assert parse_number(text) == pytest.approx(expected)


@pytest.mark.parametrize("text, expected", [
    ("增长6.5%", [(6.5, None, "%")]),
    ("增长6-6.5%", [(6, 6.5, "%")]),
    ("增长6%-6.5%", [(6, 6.5, "%")]),
    ("增长4.5%至5%", [(4.5, 5, "%")]),
    ("增长6到6.5%左右", [(6, 6.5, "%")]),
    ("新增3至5家", [(3, 5, "家")]),
    ("提高0.5个百分点", [(0.5, None, "个百分点")]),
    ("达到4233.2亿元", [(4233.2, None, "亿元")]),
    ("达到1.2万亿元", [(1.2, None, "万亿元")]),
    ("财政收入2.5兆元", [(2.5, None, "万亿元")]),
    ("粮食产量1.3万亿斤", [(1.3, None, "万亿斤")]),
    ("实际利用外资5218万美元", [(5218, None, "万美元")]),
    ("出口1.2亿美元", [(1.2, None, "亿美元")]),
    ("新增就业1312万人", [(1312, None, "万人")]),
    ("接待游客5000万人次", [(5000, None, "万人次")]),
    ("蓝天天数达300天", [(300, None, "天")]),
    ("吞吐量300万标箱", [(300, None, "万标箱")]),
    ("建成区面积100平方公里", [(100, None, "平方公里")]),
    ("粮食产量50万吨", [(50, None, "万吨")]),
    ("百分之五点四", [(5.4, None, "%")]),
    ("百分之〇点一", [(0.1, None, "%")]),
    ("八千五百亿元", [(8500, None, "亿元")]),
    ("市值超千亿元", [(1000, None, "亿元")]),
    ("5千万元", [(5000, None, "万元")]),
    ("300多家", [(300, None, "家")]),
    ("分别增长6.8%、6.6%", [(6.8, None, "%"), (6.6, None, "%")]),
])
def test_find_quantities(text, expected):
    found = [(quantity.value, quantity.value_high, quantity.unit) for quantity in find_quantities(text)]
    assert found == expected


@pytest.mark.parametrize("text", [
    "2021年", "1月10日", "3.2:44.2:52.6", "第3个", "两个维护", "三大攻坚战", "一带一路", "“十四五”", "5G基站",
    "连续23年", "6到5%",  # a range that runs backwards is no range
])
def test_find_quantities_ignores_what_is_not_a_figure(text):
    assert find_quantities(text) == []


def test_quantity_spans_cover_the_figure():
    text = "地区生产总值增长6-6.5%左右"
    (quantity,) = find_quantities(text)
    assert text[quantity.start:quantity.end] == "6-6.5%"


def test_more_marks_at_least():
    (quantity,) = find_quantities("2000余人")
    assert quantity.more and quantity.value == 2000 and quantity.unit == "人"


@pytest.mark.parametrize("unit, kind", [
    ("%", "percent"), ("个百分点", "percent"), ("亿元", "level"), ("万美元", "level"), ("万亿斤", "level"),
    ("平方公里", "level"), ("万标箱", "level"), ("万人", "count"), ("万人次", "count"), ("天", "count"),
    ("家", "count"), ("个", "count"), ("座", "count"),
])
def test_unit_kind(unit, kind):
    assert unit_kind(unit) == kind
