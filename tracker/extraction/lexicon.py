"""The word classes of the grammar, each declared once, and the patterns compiled from them.

The target and outcome grammars (qualifiers.py, figures.py) and the text clean-up (normalize.py)
read words through these classes only, so that a phrasing met in a new report is one word added
here: 锚定 joins LEVEL_VERBS and every rule that reads a level verb knows it. Each class names
what its words do in a sentence, with an example.
"""
from __future__ import annotations

import re

from .patterns import trie_pattern

APPROX, AT_LEAST, AT_MOST, EXACT, RANGE, IN_STEP, ABOVE = (
    "approx", "at_least", "at_most", "exact", "range", "in_step", "above")

# Soften a commitment: 力争地区生产总值增长7%.
STRETCH = ("力争", "争取", "努力", "力求")
# Make a commitment firm again after a softened one: 力争…,确保优良天数达到320天.
FIRM = ("确保", "务必", "必须", "坚决")
# Mark a figure as an estimate: 预计全年增长5%左右, 初步核算.
ESTIMATE = ("预计", "初步核算", "初步测算", "初步统计", "预估", "有望")
# Commit to a figure (it is a target): 将, 目标, 计划 as well as the stretch and firm words.
COMMITTING = (*STRETCH, *FIRM[:1], "计划", "拟")  # and 预期, 目标, 将 (below)
# 目标 commits, unless it names a past target: 全面实现年初确定的主要目标, 完成了目标.
PAST_TARGET = ("确定的", "确定的主要", "确定的预期", "确定的各项", "既定", "完成", "实现", "完成了", "实现了", "超额完成",
               "低于预期", "高于预期", "好于预期")
# 预期 commits, unless it is an expectation met or missed: 低于预期, 好于预期.
MEASURED_AGAINST = ("低于", "高于", "好于", "超出", "超", "符合", "不及")
# Report a figure as done (it is an outcome): 已, 了, 同比, 以来.
REPORTING = (*ESTIMATE[:4], "以来", "已", "同比", "年初")  # and 了 (not 为了, 除了, 了解, 提出了)
# 了 after these words announces (报告提出了…目标), it does not report.
ANNOUNCING = ("提出了", "明确了", "部署了", "公布了", "宣布了", "设定了")
# Complete a figure: 实现增长6%, 完成投资.
COMPLETED = ("实现", "完成", "达到", "达", "了", "已")

# A change, negative: 下降3%, 降低, 削减.
DECLINE = ("下降", "降幅", "降低", "减少", "回落", "下滑", "缩减", "压减", "减排", "收窄", "放缓", "削减", "下跌", "跌")
# A change: 增长6% (成长 in Taiwan's wording, 增加 in reworded copies).
CHANGE = ("增长", "成长", "增加", "多增", "提高", "提升", "上涨", "上升", "回升", "扩大", "加快", "增速为", "增幅为",
          "涨幅为", "增幅", "增速", "涨幅", "增长率", *DECLINE)
# A level reached by a change: 增至51.3亿元, 降至42微克/立方米.
TO_LEVEL = ("增至", "增长到", "增加到", "提高到", "提升到", "上升到", "扩大到", "降至", "降到", "下降到", "降低到",
            "减少到", "回落到", "回落至", "提高至", "提升至", "上升至", "增长至", "下降至", "降低至", "减少至", "收窄至",
            "收窄到", "收窄为", "回升至", "回升到", "扩大至", "加快至", "加快到", "放缓至", "放缓到", "缩短至", "缩短到",
            "缩短为", "压缩至", "压缩到", "压减至", "压减到", "缩减至", "缩减到", "减至")
# Words naming a growth rate itself; 降幅 is the one whose values are declines.
RATE = ("增速", "增幅", "涨幅", "降幅", "增长率", "增速为", "增幅为", "涨幅为")
NEGATIVE_RATE = "降幅"
# A comparison with last year (or the start of the year) before an amount: 比上年增加1800亿元.
COMPARISONS = ("同比", "比上年", "较上年", "比去年", "较去年", "比上年同期", "比年初", "较年初", "比上年末", "较上年末")
# A rough value: 约1200亿元.
ROUGH = ("约", "大约")
# A level stated, maybe as a goal: 达到, 突破, 控制在, 定为 (增长目标定为7%), 锚定.
LEVEL_VERBS = ("达到", "达", "实现", "完成", "保持在", "保持", "稳定在", "维持在", "控制在", "为", "是", "有", "至", "到",
               "稳定", "定为", "设定为", "拟定为", "确定为", "明确为", "锚定", "锚定在", "在", "便是", "就是", "则是", "也是",
               "更是", "即", "突破", "超过", "超", "逾",
               "跃上", "迈上", "迈过", "跨上", "跨越", "站上", "登上", "首破")
# A qualifier before the number: 约, 超过, 不低于, 控制在.
PRE_QUALIFIERS = {
    "约": APPROX, "大约": APPROX, "近": APPROX, "接近": APPROX, "将近": APPROX, "左右": APPROX,
    "超过": AT_LEAST, "超": AT_LEAST, "逾": AT_LEAST, "突破": AT_LEAST, "不低于": AT_LEAST, "不少于": AT_LEAST,
    "至少": AT_LEAST, "高于": AT_LEAST, "跃上": AT_LEAST, "迈上": AT_LEAST, "迈过": AT_LEAST, "跨上": AT_LEAST,
    "跨越": AT_LEAST, "站上": AT_LEAST, "登上": AT_LEAST, "首破": AT_LEAST, "多于": AT_LEAST,
    "不超过": AT_MOST, "不高于": AT_MOST, "低于": AT_MOST, "少于": AT_MOST, "控制在": AT_MOST, "以内": AT_MOST,
}
# A qualifier after the number: 左右, 以上, 以内; 300多家 and 2000余人 are at least.
POST_QUALIFIERS = {"左右": APPROX, "上下": APPROX, "以上": AT_LEAST, "多": AT_LEAST, "余": AT_LEAST,
                   "以内": AT_MOST, "以下": AT_MOST, "之内": AT_MOST}
# Words between a subject and its number that change nothing about the figure.
ADVERBS = (*COMPARISONS, "分别", "年均", "平均", "累计", "逆势", "稳步", "持续", "继续", "再", "进一步", "快速", "大幅",
           "较快", "显著", "明显", "首次", "均", "共", "合计", "总计", "一共", "历史性", "全年", "全面", "要", "将",
           "计划", "预期", "目标", "拟按", "拟", "按", "始终", "一直", "基本", "总体", "已", "了", "实际", "名义",
           "现价", "有望", "同口径", "可比口径", "按可比价格计算", "按可比口径计算", "按可比价计算", "按可比价", "可比", "较大", "大幅度", "高位", "人民币",
           *STRETCH, *FIRM[:1], *ESTIMATE[:2])


def words_pattern(words) -> re.Pattern[str]:
    """One regex matching any of the words, longest first."""
    return re.compile(trie_pattern(sorted(set(words), key=len, reverse=True)))


STRETCH_WORDS = words_pattern(STRETCH)
FIRM_WORDS = words_pattern(FIRM)
ESTIMATE_WORDS = words_pattern(ESTIMATE)
COMMITTING_WORDS = re.compile(
    f"{words_pattern(COMMITTING).pattern}|将(?!近)|{''.join(f'(?<!{w})' for w in PAST_TARGET)}目标"
    f"|{''.join(f'(?<!{w})' for w in MEASURED_AGAINST)}预期"
)
REPORTING_WORDS = re.compile(
    f"{words_pattern(REPORTING).pattern}|了(?<![为除]了)(?<!{')(?<!'.join(ANNOUNCING)})(?!解)"
)
COMPLETED_WORDS = words_pattern(COMPLETED)

# The words that can join a line's end to the next line's start inside one word, for normalize.py
# to undo a hard line break (其\n中, 常住\n居民, 生产\n总值).
GRAMMAR_WORDS = frozenset((*STRETCH, *FIRM, *ESTIMATE, *CHANGE, *TO_LEVEL, *RATE, *COMPARISONS, *LEVEL_VERBS,
                           *PRE_QUALIFIERS, *POST_QUALIFIERS, *ADVERBS, "其中", "同时", "分别", "以上", "以内",
                           "左右", "亿元", "万元", "万人", "百分点"))
