"""The words around a figure that say how to read it.

Before the number stands a predicate: adverbs (同比, 年均, 累计, 分别), a verb (增长, 下降, 达到,
控制在, 增至) and a pre-qualifier (约, 超, 不低于); after it a post-qualifier (左右, 以上, 以内).
Together they give the figure's sign (下降 is negative growth), whether it is a change or a level
reached (增长6% against 增至51.3亿元), and its qualifier. A relational target has no number at all:
与经济增长同步 (in_step), 高于全市平均水平 (above).

A growth rate named as such (增速, 增幅, 降幅) and brought to a value (降幅收窄至2%, 增速回落到5%)
is that rate: negative after 降幅, positive otherwise, whatever the verb. A rate that moves by
some points (增速提高1.5个百分点, 降幅收窄2个百分点) is a change of a growth rate, which no
indicator measures, so the grammar drops it (``Predicate.rate_shift``).
"""
from __future__ import annotations

import re
from typing import NamedTuple

from .patterns import trie_pattern

APPROX, AT_LEAST, AT_MOST, EXACT, RANGE, IN_STEP, ABOVE = (
    "approx", "at_least", "at_most", "exact", "range", "in_step", "above")

_DECLINE = ("下降", "降幅", "降低", "减少", "回落", "下滑", "缩减", "压减", "减排", "收窄", "放缓", "削减", "下跌", "跌")
_CHANGE = ("增长", "成长", "增加", "多增", "提高", "提升", "上涨", "上升", "回升", "扩大", "加快", "增速为", "增幅为", "涨幅为",
           "增幅", "增速", "涨幅", "增长率", *_DECLINE)
_TO_LEVEL = ("增至", "增长到", "增加到", "提高到", "提升到", "上升到", "扩大到", "降至", "降到", "下降到", "降低到",
             "减少到", "回落到", "回落至", "提高至", "提升至", "上升至", "增长至", "下降至", "降低至", "减少至", "收窄至",
             "收窄到", "收窄为", "回升至", "回升到", "扩大至", "加快至", "加快到", "放缓至", "放缓到", "缩短至", "缩短到", "缩短为",
             "压缩至", "压缩到", "压减至", "压减到", "缩减至", "缩减到", "减至")
# Words naming a growth rate itself; 降幅 is the only one whose values are declines.
_RATE = ("增速", "增幅", "涨幅", "降幅", "增长率", "增速为", "增幅为", "涨幅为")
_NEGATIVE_RATE = "降幅"
# Comparisons with last year (or the start of the year) before an amount: 比上年增加1800亿元.
_COMPARISONS = ("同比", "比上年", "较上年", "比去年", "较去年", "比上年同期", "比年初", "较年初", "比上年末", "较上年末")
_ROUGH = ("约", "大约")
_LEVEL_VERBS = ("达到", "达", "实现", "完成", "保持在", "保持", "稳定在", "维持在", "控制在", "为", "是", "有", "至", "到",
                "定为", "设定为", "拟定为", "确定为", "明确为", "锚定", "锚定在",
                "在", "突破", "超过", "超", "逾", "跃上", "迈上", "迈过", "跨上", "跨越", "站上", "登上", "首破")
_PRE_QUALIFIERS = {
    "约": APPROX, "大约": APPROX, "近": APPROX, "接近": APPROX, "将近": APPROX, "左右": APPROX,
    "超过": AT_LEAST, "超": AT_LEAST, "逾": AT_LEAST, "突破": AT_LEAST, "不低于": AT_LEAST, "不少于": AT_LEAST,
    "至少": AT_LEAST, "高于": AT_LEAST, "跃上": AT_LEAST, "迈上": AT_LEAST, "迈过": AT_LEAST, "跨上": AT_LEAST,
    "跨越": AT_LEAST, "站上": AT_LEAST, "登上": AT_LEAST, "首破": AT_LEAST, "多于": AT_LEAST,
    "不超过": AT_MOST, "不高于": AT_MOST, "低于": AT_MOST, "少于": AT_MOST, "控制在": AT_MOST, "以内": AT_MOST,
}
_ADVERBS = (*_COMPARISONS, "分别", "年均", "平均", "累计", "逆势",
            "稳步", "持续", "继续", "再", "进一步", "快速", "大幅", "较快", "显著", "明显", "首次", "均", "共", "合计",
            "总计", "一共", "历史性", "力争", "争取", "努力", "确保", "预计", "初步核算", "全年", "全面", "要", "将", "计划",
            "预期", "目标", "拟按", "拟", "按", "始终", "一直", "基本", "总体", "已", "了", "实际", "名义", "现价", "有望",
            "同口径", "可比口径", "按可比价格计算", "按可比口径计算", "较大", "大幅度", "高位", "人民币")
_TOKENS = sorted({*_CHANGE, *_TO_LEVEL, *_LEVEL_VERBS, *_PRE_QUALIFIERS, *_ADVERBS}, key=len, reverse=True)
_TOKEN = re.compile(trie_pattern(_TOKENS))
# 增加到2020年的18.5亿元: the year a level is reached sits between the verb and the number.
_REACHED_IN = r"(?<=[到至])(?:19|20)\d\d年(?:底|末)?的?"
_PREDICATE = re.compile(f"(?:{_TOKEN.pattern}|{_REACHED_IN})+$")
# A predicate is a few words; searching only the end of a long clause keeps the scan short.
_PREDICATE_WINDOW = 24
_POST = re.compile(r"左右|以上|以内|以下|上下|之内|多|余")
_POST_QUALIFIERS = {"左右": APPROX, "上下": APPROX, "以上": AT_LEAST, "多": AT_LEAST, "余": AT_LEAST,
                    "以内": AT_MOST, "以下": AT_MOST, "之内": AT_MOST}


class Predicate(NamedTuple):
    """What the words between a figure's subject and its number say."""
    start: int  # where the predicate begins in the pre-text (the subject ends there)
    change: bool  # 增长 6%: a change rather than a level reached
    to_level: bool  # 增至 51.3亿元: the level reached at the end
    decline: bool  # 下降, 降低: the change is negative
    qualifier: str | None  # from a pre-qualifier or a verb such as 控制在
    average: bool  # 年均
    cumulative: bool  # 累计
    listwise: bool  # 分别: several subjects, several numbers
    compared: bool  # 比上年, 同比: the change is measured against last year
    rough: bool  # 约: the value is an estimate
    rate_shift: bool  # 增速提高1.5个百分点: a change of a growth rate, not a figure of the indicator
    verb: str  # the change verb (增加, 下降), for the text of an increment


def read_predicate(pre_text: str) -> Predicate:
    """The predicate at the end of the text before a number: ``规上工业增加值同比增长`` gives a
    change; ``一般公共预算收入增至`` a level reached; ``进出口总额超`` at_least."""
    match = _PREDICATE.search(pre_text, max(0, len(pre_text) - _PREDICATE_WINDOW))
    if not match:
        return _NO_PREDICATE._replace(start=len(pre_text))
    tokens = _TOKEN.findall(match.group(0))
    kinds = set(tokens)
    to_level = not kinds.isdisjoint(_TO_LEVEL_SET)
    change = not to_level and not kinds.isdisjoint(_CHANGE_SET)
    rate = [token for token in tokens if token in _RATE_SET]
    shift = False
    if rate:
        # 降幅收窄至2%, 增幅回落到3%: the rate itself, signed by its name only.
        after = tokens[tokens.index(rate[0]) + 1:]
        shift = any(token in _CHANGE_SET and token not in _RATE_SET for token in after)
        decline = _NEGATIVE_RATE in rate
    else:
        decline = change and not kinds.isdisjoint(_DECLINE_SET)
    qualifier = verb = None
    for token in reversed(tokens):
        if qualifier is None and token in _PRE_QUALIFIERS:
            qualifier = _PRE_QUALIFIERS[token]
        if verb is None and token in _CHANGE_SET:
            verb = token
    return Predicate(
        match.start(), change or bool(rate), to_level and not rate, decline, qualifier,
        "年均" in kinds or ("平均" in kinds and change), "累计" in kinds, "分别" in kinds,
        not kinds.isdisjoint(_COMPARISON_SET), not kinds.isdisjoint(_ROUGH), shift and not to_level, verb or "",
    )


_NO_PREDICATE = Predicate(0, False, False, False, None, False, False, False, False, False, False, "")
_TO_LEVEL_SET, _CHANGE_SET, _DECLINE_SET = frozenset(_TO_LEVEL), frozenset(_CHANGE), frozenset(_DECLINE)
_RATE_SET, _COMPARISON_SET = frozenset(_RATE), frozenset(_COMPARISONS)


def read_post_qualifier(text: str, pos: int) -> tuple[str | None, int]:
    """A qualifier right after a number (左右, 以上, 以内 …) and where it ends."""
    match = _POST.match(text, pos)
    if not match:
        return None, pos
    return _POST_QUALIFIERS[match.group(0)], match.end()


def combine_qualifier(*, pre: str | None, post: str | None, is_range: bool, more: bool, decline: bool) -> str:
    """One qualifier for a figure. A range wins (6到6.5%左右 is a range); a word after the number
    is more specific than one before it (控制在3%左右 is approx); 300多家 is at least 300. For a
    decline the bound flips: 下降3%以上 means growth at most -3."""
    if is_range:
        return RANGE
    qualifier = post or pre or (AT_LEAST if more else EXACT)
    if decline and qualifier in (AT_LEAST, AT_MOST):
        return AT_MOST if qualifier == AT_LEAST else AT_LEAST
    return qualifier


_STRETCH = re.compile(r"力争|争取|努力|力求")
_OBTAIN = "争取"
# A verb after 争取 makes it "strive to" (争取新增企业10家, 争取全年增长7%); without one it is
# "obtain" (争取中央资金5亿元), and the figure is a plain commitment.
_STRIVE_VERB = re.compile(
    r"达到|达|实现|完成|增长|增加|增至|突破|超过|超|新增|新建|建成|引进|培育|招引|保持|稳定|控制|提高|提升|下降|降低|减少|"
    r"扩大|迈上|跃上|开工|签约|落地|培养|创建|打造"
)
_ESTIMATE = re.compile(r"预计|初步核算|初步测算|初步统计|预估|有望")
_STRETCH_OPENING = re.compile(r"(?:——)?(?:今年|全年|明年)?(?:力争|争取)")


def is_stretch(text: str) -> bool:
    """力争/争取/努力 in the clause before the figure soften the commitment, when they govern it."""
    if "力" not in text and "争" not in text:
        return False  # most clauses: no marker at all
    marker = None
    for marker in _STRETCH.finditer(text):
        pass
    if marker is None:
        return False
    return marker.group(0) != _OBTAIN or bool(_STRIVE_VERB.search(text, marker.end()))


_FIRM = re.compile(r"确保|务必|必须|坚决")


def is_firm(clause: str) -> bool:
    """确保 (ensure) in a clause makes its commitment firm, whatever 力争 opened the sentence:
    力争新增企业30家,确保优良天数达到320天以上 softens the first figure only."""
    return bool(_FIRM.search(clause))


def opens_with_stretch(text: str, start: int, end: int) -> bool:
    """力争/争取 opening a sentence (up to its first number at ``end``) governs all of it."""
    match = _STRETCH_OPENING.match(text, start, end)
    return bool(match) and is_stretch(text[match.start():end])


def estimate_start(text: str, start: int, end: int) -> int:
    """Where 预计/初步核算 first appears in text[start:end] (figures after it are estimates), or end."""
    match = _ESTIMATE.search(text, start, end)
    return match.start() if match else end


class Relation(NamedTuple):
    """A target with no number of its own: the subject's growth in step with or above a reference."""
    subject_end: int  # the subject is text[:subject_end] of the clause
    qualifier: str  # in_step or above
    reference_text: str
    average: bool


POSITIVE = "positive"
# 一般公共预算收入实现正增长
_POSITIVE = re.compile(r"(?:年均)?(?:要|将|力争|争取|确保|保持|实现|继续|恢复)*正增长$")
# 城镇居民人均可支配收入增速保持与经济发展同步 / 居民收入增长和经济增长基本同步
_IN_STEP = re.compile(
    r"(?P<verb>(?:年均)?(?:增速|增长|增幅|增加)?(?:要|将)?(?:保持|继续|基本|总体|实现|力争)*)(?:与|和|同)"
    r"(?P<ref>[^,;。:、与和同]{1,16}?)(?:基本|总体|保持)*同步(?:增长|提高|提升)?$"
)
# 年均增长高于全市平均水平 / 增速略高于生产总值增速 / 快于经济增长
_ABOVE = re.compile(
    r"(?P<verb>(?:年均)?(?:增速|增长|增幅)(?:要|将)?(?:保持|继续|力争)*(?:略|稍|明显|持续|继续)?)"
    r"(?:高于|快于|跑赢|超过|领先于?)(?P<ref>[^,;。:、]{1,16}?)$"
)


def find_relation(clause: str) -> Relation | None:
    """A relational target closing the clause, or None. 实现正增长 is returned as a relation
    with the qualifier POSITIVE: growth of at least 0, with no reference."""
    if "正增长" in clause:
        match = _POSITIVE.search(clause)
        return Relation(match.start(), POSITIVE, "", "年均" in match.group(0)) if match else None
    if "同步" not in clause and "于" not in clause and "跑赢" not in clause and "超过" not in clause:
        return None
    for pattern, qualifier in ((_IN_STEP, IN_STEP), (_ABOVE, ABOVE)):
        match = pattern.search(clause)
        if match:
            return Relation(match.start(), qualifier, match.group("ref"), "年均" in match.group("verb"))
    return None
