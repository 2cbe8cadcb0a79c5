"""tracker/extraction/clauses.py: clause boundaries and number runs."""
import pytest

from tracker.extraction.clauses import quote_start, split_clauses, value_run
from tracker.extraction.numbers import find_quantities


@pytest.mark.parametrize("text, expected", [
    ("地区生产总值增长6%,规上工业增加值增长8%", [("地区生产总值增长6%", []), ("规上工业增加值增长8%", [])]),
    ("目标是:增长6%", [("目标是", []), ("增长6%", [])]),
    ("全口径税收221.3亿元(剔除减税因素后,同比增长0.8%)、一般公共预算收入67.2亿元",
     [("全口径税收221.3亿元(剔除减税因素后,同比增长0.8%)、一般公共预算收入67.2亿元", ["剔除减税因素后,同比增长0.8%"])]),
    ("增长6.7%(达到985.2亿元", [("增长6.7%(达到985.2亿元", ["达到985.2亿元"])]),
    (",,", []),
])
def test_split_clauses(text, expected):
    found = [(text[start:end], [text[a:b] for a, b in groups])
             for start, end, groups in split_clauses(text, 0, len(text))]
    assert found == expected


@pytest.mark.parametrize("text, sizes", [
    ("分别增长6.8%、6.6%", [2]),
    ("分别增长5%和7.2%", [2]),
    ("新建公厕10座、公共停车场5个", [1, 1]),
    ("增长6%以上、7%左右", [2]),
])
def test_value_run(text, sizes):
    quantities = find_quantities(text)
    runs, index = [], 0
    while index < len(quantities):
        run = value_run(text, quantities, index)
        runs.append(len(run))
        index += len(run)
    assert runs == sizes


def test_quote_start_skips_list_marks():
    assert quote_start("——地区生产总值", 0, 8) == 2
