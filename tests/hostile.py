"""Hostile input for the importer: a short synthetic report (written for these tests, numbers
invented) and what a careless or malicious source does to such a file. Shared by the table test
(tests/integration/test_hostile_files.py), the Hypothesis test and benchmarks/hostile_import_bench.py.
"""
from __future__ import annotations

import codecs

from hypothesis import strategies as st

SYNTHETIC_REPORT = """【合成测试文本】本文件为本项目的导入测试编写,不是真实文件,所载数字均为虚构。
2022年重庆市测试区政府工作报告
——2022年1月6日在重庆市测试区第十九届人民代表大会第一次会议上
重庆市测试区人民政府区长  测试员
各位代表:
现在,我代表区人民政府向大会报告工作,请予审议,并请区政协委员和其他列席人员提出意见。
一、2021年工作回顾
过去一年,我们坚持稳中求进工作总基调,全区经济社会发展取得新的成效。全区地区生产总值增长7.1%,社会消费品零售总额增长9.3%,一般公共预算收入完成65.2亿元、增长6.5%,城镇调查失业率5.1%,居民人均可支配收入增长8.2%。
产业结构持续优化,创新能力不断增强,城乡面貌明显改善,民生保障更加有力,政府自身建设得到加强。
二、2022年工作安排
今年经济社会发展的主要预期目标是:地区生产总值增长6.5%左右,社会消费品零售总额增长8%,一般公共预算收入增长5%,城镇调查失业率控制在5.5%以内,居民人均可支配收入增长与经济增长基本同步。
实现上述目标,我们将重点抓好以下工作:坚持创新驱动发展,推动产业转型升级,扎实推进乡村振兴,持续改善生态环境,切实保障和改善民生。
"""
SYNTHETIC_JURISDICTION = "重庆市测试区"
GDP_TARGET = "地区生产总值增长6.5%左右"

# Fragments a hostile or damaged copy carries: control and format characters, markup, template
# syntax, numbers no report states, broken ranges and years.
HOSTILE_FRAGMENTS = (
    "\x00", "\u202e", "\u2066", "\u2069", "\u200b", "\u00ad", "\ufeff", "\r", "\x1b[31m", "\x7f", "\ufffd",
    "<script>alert(1)</script>", "{{ 7|add:7 }}", "{% debug %}", "${jndi:ldap://x}", "=HYPERLINK(\"x\")",
    "增长9999999999999999999999%", "达到99999999999999999999999999999999999999亿元", "增长-999%",
    "增长9%-3%", "增长1e308%", "9999年政府工作报告", "增长百分之九千九百九十九万亿", "𠀀𪚥😀",
    "地区生产总值增长", "%%%%", "。。。。", "\n" * 50, "各位代表:" * 20,
)
ENCODINGS = ("utf-8", "utf-8-sig", "gb18030", "big5", "utf-16", "utf-16-le", "utf-16-be", "utf-32")


def encode(text: str, encoding: str) -> bytes:
    """The text in that encoding; characters the encoding lacks are dropped, as a careless
    converter drops them."""
    return text.encode(encoding, errors="ignore")


@st.composite
def mutated_reports(draw) -> tuple[str, bytes]:
    """(file name, bytes): the synthetic report with fragments inserted, slices cut or repeated,
    random bytes spliced in, re-encoded and maybe truncated: real-looking, never quite right."""
    text = SYNTHETIC_REPORT
    for _ in range(draw(st.integers(0, 6))):
        position = draw(st.integers(0, len(text)))
        action = draw(st.sampled_from(("insert", "cut", "repeat", "unicode")))
        if action == "insert":
            text = text[:position] + draw(st.sampled_from(HOSTILE_FRAGMENTS)) + text[position:]
        elif action == "cut":
            text = text[:position] + text[position + draw(st.integers(1, 200)):]
        elif action == "repeat":
            piece = text[position : position + draw(st.integers(1, 80))]
            text = text[:position] + piece * draw(st.integers(2, 30)) + text[position:]
        else:
            text = text[:position] + draw(st.text(max_size=20)) + text[position:]
    data = encode(text, draw(st.sampled_from(ENCODINGS)))
    if draw(st.booleans()):
        position = draw(st.integers(0, len(data)))
        data = data[:position] + draw(st.binary(max_size=12)) + data[position:]
    if draw(st.integers(0, 9)) == 0:
        data = data[: draw(st.integers(0, len(data)))]
    name = draw(st.sampled_from(("report.txt", "report.html", "报告.TXT", "page.htm")))
    return name, data


def utf16_without_bom(text: str) -> bytes:
    return text.encode("utf-16-be")


def utf32_with_bom(text: str) -> bytes:
    return codecs.BOM_UTF32_LE + text.encode("utf-32-le")
