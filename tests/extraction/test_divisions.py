import pytest

from tracker.extraction.divisions import division_chain


@pytest.mark.parametrize(
    "name, expected",
    [
        ("重庆市江北区", [("重庆市", "province"), ("重庆市江北区", "county")]),
        ("河南省驻马店市驿城区", [("河南省", "province"), ("河南省驻马店市", "prefecture"), ("河南省驻马店市驿城区", "county")]),
        ("河南省郑州市", [("河南省", "province"), ("河南省郑州市", "prefecture")]),
        ("广西壮族自治区南宁市青秀区", [("广西壮族自治区", "province"), ("广西壮族自治区南宁市", "prefecture"), ("广西壮族自治区南宁市青秀区", "county")]),
        ("四川省阿坝藏族羌族自治州汶川县", [("四川省", "province"), ("四川省阿坝藏族羌族自治州", "prefecture"), ("四川省阿坝藏族羌族自治州汶川县", "county")]),
        ("上海市", [("上海市", "province")]),
        ("驻马店市", [("驻马店市", "prefecture")]),
        ("江北区", [("江北区", "county")]),
        ("国务院", [("国务院", "national")]),
        ("Springfield", [("Springfield", "")]),
    ],
)
def test_division_chain(name, expected):
    assert [(d.name, d.level) for d in division_chain(name)] == expected
