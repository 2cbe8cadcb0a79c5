"""The named rules that keep a number out of the extraction, and the trace that records them.

Every rule that drops a figure is declared here once, with a sentence it drops and a similar
sentence it keeps, so that a reviewer (``manage.py extract FILE --explain``) and a test
(tests/extraction/test_rules.py runs every example and counter-example) see the same rule book.
The sentences are written for this table in the style of real reports.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Rule:
    name: str
    says: str  # what the rule decides, in one line
    example: str  # a text in which the rule drops the figure ``value``
    counter: str  # a similar text in which it does not
    value: float  # the figure's value in both texts


_PLAN = "各位代表:\n二、2024年工作安排\n2024年全县经济社会发展的主要预期目标是:地区生产总值增长6%左右。\n"
_REVIEW = "各位代表:\n一、2023年工作回顾\n"

RULES: dict[str, Rule] = {rule.name: rule for rule in (
    Rule("title_line", "a title line before the body restates, loosely, what the report's sentence says",
         "某某县今年GDP预期增长9%\n" + _PLAN, _PLAN + "今年地区生产总值预期增长9%。", 9),
    Rule("attributed", "someone else's words: a statistics bureau's or a spokesman's arithmetic",
         _PLAN + "县统计局局长表示,按此测算,年均增长8%就可以实现目标。", _PLAN + "今后五年,地区生产总值年均增长8%。", 8),
    Rule("starting_value", "the starting point of a change (由8万元增长到14万元)",
         _REVIEW + "人均可支配收入由8万元增长到14万元。", _REVIEW + "人均可支配收入增长到8万元。", 8),
    Rule("listed_count", "a count of the items just listed (等4个片区)",
         _PLAN + "建成东区、西区等4个片区。", _PLAN + "建成片区4个。", 4),
    Rule("share_of_parent", "a share of a parent's total (约占全市5%)",
         _REVIEW + "地区生产总值约占全市5%。", _REVIEW + "地区生产总值增长5%。", 5),
    Rule("gap_to_others", "a gap to another government's figure (高于全市平均2个百分点)",
         _REVIEW + "地区生产总值增长7%,高于全市平均2个百分点。", _REVIEW + "地区生产总值增长2个百分点。", 2),
    Rule("plan_progress", "progress against a plan (完成年度目标的113%)",
         _REVIEW + "固定资产投资完成年度目标的113%。", _REVIEW + "固定资产投资增长113%。", 113),
    Rule("increment", "an amount added over last year restates the difference of two levels (比上年增加1000亿元)",
         _REVIEW + "一般公共预算收入比上年增加10亿元。", _REVIEW + "一般公共预算收入达到10亿元。", 10),
    Rule("streak", "a floor held for years (连续10年稳定在…以上), not the year's figure",
         _REVIEW + "粮食产量连续10年稳定在50万吨以上。", _REVIEW + "粮食产量稳定在50万吨以上。", 50),
    Rule("modifies_noun", "a number that counts the noun after it (40家定点医疗机构纳入…)",
         _REVIEW + "40家医疗机构纳入医保。", _REVIEW + "地区生产总值增长6%,纳入医保的医疗机构达到40家。", 40),
    Rule("rate_shift", "a change of a growth rate (增速提高1.5个百分点), which no indicator measures",
         _REVIEW + "地区生产总值增速提高1.5个百分点。", _REVIEW + "城镇化率提高1.5个百分点。", 1.5),
    Rule("subperiod", "a figure for part of a year (前三季度, 上半年, 1-9月)",
         _REVIEW + "前三季度地区生产总值增长6.1%。", _REVIEW + "全年地区生产总值增长6.1%。", 6.1),
    Rule("no_subject", "a number with nothing in its sentence to attach it to",
         _REVIEW + "其中,增长3.5%。", _REVIEW + "其中,社会消费品零售总额增长3.5%。", 3.5),
    Rule("unpaired_series", "several numbers for one subject: parts of a year or a series",
         _REVIEW + "地区生产总值分季度增长4.8%、3.7%、5.8%。", _REVIEW + "地区生产总值、固定资产投资分别增长4.8%、3.7%。", 4.8),
    Rule("restated_target", "a past target restated in a review (完成了增长6%左右的目标)",
         _REVIEW + "圆满完成了地区生产总值增长7%左右的目标。", _REVIEW + "地区生产总值增长7%左右。", 7),
    Rule("no_tense", "a figure neither committed to nor reported as happened",
         "2024年某某县政府工作报告\n地区生产总值增长9%。\n", _REVIEW + "某某县地区生产总值增长9%。", 9),
    Rule("past_in_plan", "a clause about what already happened, inside the plan (已经, 去年)",
         _PLAN + "社会消费品零售总额已经增长4%。", _PLAN + "社会消费品零售总额增长4%。", 4),
    Rule("parent_target", "a parent government's target (全市… in a district's report) is no commitment",
         "重庆市江北区政府工作报告\n——2024年1月9日在江北区第十八届人民代表大会第四次会议上\n"
         "今年,全市地区生产总值增长6.5%左右,我区地区生产总值增长7%左右。",
         "重庆市江北区政府工作报告\n——2024年1月9日在江北区第十八届人民代表大会第四次会议上\n"
         "今年,我区地区生产总值增长6.5%左右。", 6.5),
    Rule("other_government", "another government's figure in a news article about several (驻马店…, 多地…)",
         "郑州市政府工作报告\n——2023年1月4日在郑州市第十六届人民代表大会第一次会议上\n今年,洛阳地区生产总值增长7.5%左右。",
         "郑州市政府工作报告\n——2023年1月4日在郑州市第十六届人民代表大会第一次会议上\n今年,地区生产总值增长7.5%左右。", 7.5),
    Rule("work_item", "a count of the government's own work: projects, events, policies, funds, things built",
         _REVIEW + "新增高新技术企业35家。", _REVIEW + "地区生产总值增长6%,高新技术企业达到35家。", 35),
    Rule("stray_other", "a result of an indicator the taxonomy does not know, in a sentence with none it knows",
         _REVIEW + "新能源汽车产量增长94.5%。", _REVIEW + "地区生产总值增长6%,新能源汽车产量增长94.5%。", 94.5),
    Rule("currency_conversion", "an amount restated in another currency (约新台币23.4兆元)",
         _REVIEW + "地区生产总值5.2万亿元(约新台币23.4兆元)。", _REVIEW + "地区生产总值23.4万亿元。", 23.4),
    Rule("attendance", "the deputies present at the congress (应到代表300名, 出席290名)",
         _REVIEW + "大会应到代表300名,实到代表290名。", _REVIEW + "新增城镇就业300名。", 300),
    Rule("no_year", "the report's year is unknown and the sentence names none: the figure's year would be a guess",
         "各位代表:\n今年全县地区生产总值增长6%左右。",
         "各位代表:\n2024年全县经济社会发展的主要预期目标是:地区生产总值增长6%左右。", 6),
    Rule("relation_reported", "a relation (与经济增长同步) in a review states no figure",
         _REVIEW + "居民收入增长与经济增长同步。", _PLAN + "居民收入增长与经济增长同步。", 0),
)}


@dataclass(frozen=True)
class Decision:
    start: int
    end: int
    outcome: str  # "target", "actual" or "dropped"
    rule: str | None  # the rule that dropped it
    detail: str = ""


@dataclass
class Trace:
    """What happened to each number a text states, filled in as the grammar reads it. The first
    decision about a number stands: a later reading of the same span cannot undo a drop."""
    decisions: dict[tuple[int, int], Decision] = field(default_factory=dict)

    def drop(self, rule: str, start: int, end: int, detail: str = "") -> None:
        if rule not in RULES:
            raise KeyError(f"unknown rule {rule!r}")
        self.decisions.setdefault((start, end), Decision(start, end, "dropped", rule, detail))

    def keep(self, outcome: str, start: int, end: int, detail: str = "") -> None:
        self.decisions[(start, end)] = Decision(start, end, outcome, None, detail)

    def overrule(self, rule: str, start: int, end: int, detail: str = "") -> None:
        """A figure kept at first and dropped once the whole text is read (stray_other)."""
        self.decisions.pop((start, end), None)
        self.drop(rule, start, end, detail)


class _NoTrace(Trace):
    """Extraction without --explain records nothing."""

    def drop(self, rule: str, start: int, end: int, detail: str = "") -> None:
        pass

    def keep(self, outcome: str, start: int, end: int, detail: str = "") -> None:
        pass

    def overrule(self, rule: str, start: int, end: int, detail: str = "") -> None:
        pass


NO_TRACE = _NoTrace()
