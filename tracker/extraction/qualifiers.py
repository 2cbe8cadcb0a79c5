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

from .lexicon import (  # noqa: F401 (the qualifier names are read as q.APPROX …)
    ABOVE, ADVERBS, APPROX, AT_LEAST, AT_MOST, EXACT, IN_STEP, RANGE, CHANGE, COMPARISONS, DECLINE, ESTIMATE_WORDS, FIRM_WORDS, LEVEL_VERBS, NEGATIVE_RATE, POST_QUALIFIERS,
    PRE_QUALIFIERS, RATE, ROUGH, STRETCH_WORDS, TO_LEVEL, words_pattern,
)
from .patterns import trie_pattern

_TOKENS = sorted({*CHANGE, *TO_LEVEL, *LEVEL_VERBS, *PRE_QUALIFIERS, *ADVERBS}, key=len, reverse=True)
_TOKEN = re.compile(trie_pattern(_TOKENS))
# 增加到2020年的18.5亿元: the year a level is reached sits between the verb and the number.
_REACHED_IN = r"(?<=[到至])(?:19|20)\d\d年(?:底|末)?的?"
_PREDICATE = re.compile(f"(?:{_TOKEN.pattern}|{_REACHED_IN})+$")
# A predicate is a few words; searching only the end of a long clause keeps the scan short.
_PREDICATE_WINDOW = 24
_POST = words_pattern(POST_QUALIFIERS)


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
        decline = NEGATIVE_RATE in rate
    else:
        decline = change and not kinds.isdisjoint(_DECLINE_SET)
    qualifier = verb = None
    for token in reversed(tokens):
        if qualifier is None and token in PRE_QUALIFIERS:
            qualifier = PRE_QUALIFIERS[token]
        if verb is None and token in _CHANGE_SET:
            verb = token
    return Predicate(
        match.start(), change or bool(rate), to_level and not rate, decline, qualifier,
        "年均" in kinds or ("平均" in kinds and change), "累计" in kinds, "分别" in kinds,
        not kinds.isdisjoint(_COMPARISON_SET), not kinds.isdisjoint(ROUGH), shift and not to_level, verb or "",
    )


_NO_PREDICATE = Predicate(0, False, False, False, None, False, False, False, False, False, False, "")
_TO_LEVEL_SET, _CHANGE_SET, _DECLINE_SET = frozenset(TO_LEVEL), frozenset(CHANGE), frozenset(DECLINE)
_RATE_SET, _COMPARISON_SET = frozenset(RATE), frozenset(COMPARISONS)


def read_post_qualifier(text: str, pos: int) -> tuple[str | None, int]:
    """A qualifier right after a number (左右, 以上, 以内 …) and where it ends."""
    match = _POST.match(text, pos)
    if not match:
        return None, pos
    return POST_QUALIFIERS[match.group(0)], match.end()


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


_OBTAIN = "争取"
# A verb after 争取 makes it "strive to" (争取新增企业10家, 争取全年增长7%); without one it is
# "obtain" (争取中央资金5亿元), and the figure is a plain commitment.
_STRIVE_VERB = re.compile(
    r"达到|达|实现|完成|增长|增加|增至|突破|超过|超|新增|新建|建成|引进|培育|招引|保持|稳定|控制|提高|提升|下降|降低|减少|"
    r"扩大|迈上|跃上|开工|签约|落地|培养|创建|打造"
)
_STRETCH_OPENING = re.compile(f"(?:——)?(?:今年|全年|明年)?(?:{STRETCH_WORDS.pattern})")


def is_stretch(text: str) -> bool:
    """力争/争取/努力 in the clause before the figure soften the commitment, when they govern it."""
    if "力" not in text and "争" not in text:
        return False  # most clauses: no marker at all
    marker = None
    for marker in STRETCH_WORDS.finditer(text):
        pass
    if marker is None:
        return False
    return marker.group(0) != _OBTAIN or bool(_STRIVE_VERB.search(text, marker.end()))


def is_firm(clause: str) -> bool:
    """确保 (ensure) in a clause makes its commitment firm, whatever 力争 opened the sentence:
    力争新增企业30家,确保优良天数达到320天以上 softens the first figure only."""
    return bool(FIRM_WORDS.search(clause))


def opens_with_stretch(text: str, start: int, end: int) -> bool:
    """力争/争取 opening a sentence (up to its first number at ``end``) governs all of it."""
    match = _STRETCH_OPENING.match(text, start, end)
    return bool(match) and is_stretch(text[match.start():end])


def estimate_start(text: str, start: int, end: int) -> int:
    """Where 预计/初步核算 first appears in text[start:end] (figures after it are estimates), or end."""
    match = ESTIMATE_WORDS.search(text, start, end)
    return match.start() if match else end


class Relation(NamedTuple):
    """A target with no number of its own: the subject's growth in step with or above a reference."""
    subject_end: int  # the subject is text[:subject_end] of the clause
    comparison: int  # where the comparison (与…同步, 高于…) begins
    qualifier: str  # in_step or above
    reference_text: str
    average: bool


POSITIVE = "positive"
# 一般公共预算收入实现正增长
_POSITIVE = re.compile(r"(?:年均)?(?:要|将|力争|争取|确保|保持|实现|继续|恢复)*正增长$")
# 城镇居民人均可支配收入增速保持与经济发展同步 / 居民收入增长和经济增长基本同步
_IN_STEP = re.compile(
    r"(?P<verb>(?:年均)?(?:实际)?(?:增速|增长|增幅|增加|成长)?(?:要|将)?(?:保持|继续|基本|总体|实现|力争)*)(?:与|和|同)"
    r"(?P<ref>[^,;。:、与和同]{1,16}?)(?:基本|总体|保持)*同步(?:增长|提高|提升)?$"
)
# 年均增长高于全市平均水平 / 增速略高于生产总值增速 / 快于经济增长
_ABOVE = re.compile(
    r"(?P<verb>(?:年均)?(?:实际)?(?:增速|增长|增幅|成长)?(?:要|将)?(?:保持|继续|力争)*(?:略|稍|明显|持续|继续)?)"
    r"(?P<comparison>高于|快于|跑赢|超过|领先于?|不低于|不慢于)(?P<ref>[^,;。:、]{1,16}?)$"
)


def find_relation(clause: str) -> Relation | None:
    """A relational target closing the clause, or None. 实现正增长 is returned as a relation
    with the qualifier POSITIVE: growth of at least 0, with no reference."""
    if "正增长" in clause:
        match = _POSITIVE.search(clause)
        return Relation(match.start(), match.start(), POSITIVE, "", "年均" in match.group(0)) if match else None
    if "同步" not in clause and "于" not in clause and "跑赢" not in clause and "超过" not in clause:
        return None
    for pattern, qualifier in ((_IN_STEP, IN_STEP), (_ABOVE, ABOVE)):
        match = pattern.search(clause)
        if match:
            if qualifier == ABOVE and match.group("comparison") in _NOT_BELOW:
                qualifier = AT_LEAST  # 不低于经济增速: at least the reference's growth
            return Relation(match.start(), match.end("verb"), qualifier, match.group("ref"), "年均" in match.group("verb"))
    return None


_NOT_BELOW = ("不低于", "不慢于")
