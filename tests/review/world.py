"""A small named world for the review tests: one district, its 2023 report with targets, its 2024
report with the outcomes, and the assessments linking them, created directly (no linking service).

Quotes sit inside realistic paragraphs and their spans index the normalised text, as extraction
would store them. The browser tests build the same world.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from django.contrib.auth.models import Group

from tracker.models import Assessment, Indicator, Jurisdiction, Outcome, Report, Target
from tracker.services.accounts import REVIEWERS_GROUP
from tracker.services.decisions import Seen

PLAN_2023 = """重庆市江北区2023年政府工作报告
——2023年1月12日在重庆市江北区第十八届人民代表大会第三次会议上
区长 代小红
二、2023年工作安排
今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，规模以上工业增加值增长7%以上，一般公共预算收入增长5%，城镇调查失业率控制在5.5%以内，居民人均可支配收入增长与经济增长基本同步。
实现上述目标，我们将重点抓好以下工作。
"""

REVIEW_2024 = """重庆市江北区2024年政府工作报告
一、2023年工作回顾
过去一年，全区经济运行稳中向好。初步核算，全区实现地区生产总值1580亿元、增长5.8%，规模以上工业增加值增长8.1%，一般公共预算收入完成70亿元、增长6.2%，城镇调查失业率5.2%。
据统计部门最终核实，地区生产总值增长6.1%。
二、2024年工作安排
今年主要预期目标是：地区生产总值增长5.5%左右。
"""


def make_report(jurisdiction: Jurisdiction | None, year: int, text: str, **fields) -> Report:
    return Report.objects.create(
        jurisdiction=jurisdiction,
        report_year=year,
        title=text.splitlines()[0],
        original_text=text,
        normalized_text=text,
        sha256=f"{year}-{jurisdiction.pk if jurisdiction else 0}-{len(text)}".ljust(64, "0"),
        **fields,
    )


def span(report: Report, quote: str, occurrence: int = 0) -> dict:
    start = -1
    for _ in range(occurrence + 1):
        start = report.normalized_text.index(quote, start + 1)
    return {"quote": quote, "start": start, "end": start + len(quote)}


def _indicator(code: str) -> Indicator:
    """The taxonomy row the migration loaded, or a stand-in where a transactional test's flush
    removed it."""
    return Indicator.objects.get_or_create(code=code, defaults={"name_zh": code, "name_en": code})[0]


def make_target(report: Report, quote: str, *, indicator: str, value, unit="%", qualifier="exact", kind="growth", **fields) -> Target:
    return Target.objects.create(
        report=report,
        indicator=_indicator(indicator),
        indicator_text=quote[:8],
        period_start=report.report_year,
        period_end=report.report_year,
        kind=kind,
        value=Decimal(str(value)) if value is not None else None,
        unit=unit,
        qualifier=qualifier,
        **span(report, quote),
        **fields,
    )


def make_outcome(report: Report, quote: str, *, indicator: str, value, unit="%", kind="growth", occurrence=0, **fields) -> Outcome:
    return Outcome.objects.create(
        report=report,
        indicator=_indicator(indicator),
        indicator_text=quote[:8],
        period_start=report.report_year - 1,
        period_end=report.report_year - 1,
        kind=kind,
        value=Decimal(str(value)),
        unit=unit,
        **span(report, quote, occurrence),
        **fields,
    )


def make_assessment(target: Target, outcome: Outcome | None, *, verdict: str, gap, confidence: float, rule: str, reason: str, **fields) -> Assessment:
    return Assessment.objects.create(
        target=target,
        outcome=outcome,
        verdict=verdict,
        gap=Decimal(str(gap)) if gap is not None else None,
        confidence=confidence,
        rule=rule,
        reason=reason,
        ruleset_version="2025.1",
        **fields,
    )


def queue_ids(html: str) -> list[int]:
    """The assessment ids of a queue page, in its order (from the rows' bulk checkboxes)."""
    return [int(pk) for pk in re.findall(r'name="selected" value="(\d+):[\d:]+"', html)]


def seen(assessment: Assessment) -> Seen:
    """The versions an assessment page loaded now would show."""
    row = Assessment.objects.select_related("target", "outcome").get(pk=assessment.pk)
    return Seen(assessment=row.version, target=row.target.version, outcome=row.outcome.version if row.outcome else None)


@dataclass
class World:
    jiangbei: Jurisdiction
    plan: Report
    review: Report
    gdp: Assessment
    industry: Assessment
    revenue: Assessment
    unemployment: Assessment
    gdp_final: Outcome
    gdp_level: Outcome

    @property
    def assessments(self) -> list[Assessment]:
        return [self.gdp, self.industry, self.revenue, self.unemployment]


def build_world() -> World:
    Group.objects.get_or_create(name=REVIEWERS_GROUP)
    jiangbei = Jurisdiction.objects.create(name="重庆市江北区", level="county")
    plan = make_report(jiangbei, 2023, PLAN_2023)
    review = make_report(jiangbei, 2024, REVIEW_2024)

    gdp_target = make_target(plan, "地区生产总值增长6%左右", indicator="gdp", value=6, qualifier="approx")
    industry_target = make_target(plan, "规模以上工业增加值增长7%以上", indicator="industrial_va_above_scale", value=7, qualifier="at_least")
    revenue_target = make_target(plan, "一般公共预算收入增长5%", indicator="general_budget_revenue", value=5)
    unemployment_target = make_target(
        plan, "城镇调查失业率控制在5.5%以内", indicator="surveyed_unemployment", value=5.5, qualifier="at_most", kind="share"
    )

    gdp_outcome = make_outcome(review, "增长5.8%", indicator="gdp", value=5.8)
    gdp_final = make_outcome(review, "地区生产总值增长6.1%", indicator="gdp", value=6.1)
    gdp_level = make_outcome(review, "地区生产总值1580亿元", indicator="gdp", value=1580, unit="亿元", kind="level")
    industry_outcome = make_outcome(review, "规模以上工业增加值增长8.1%", indicator="industrial_va_above_scale", value=8.1)
    revenue_outcome = make_outcome(review, "增长6.2%", indicator="general_budget_revenue", value=6.2)
    unemployment_outcome = make_outcome(review, "城镇调查失业率5.2%", indicator="surveyed_unemployment", value=5.2, kind="share")

    return World(
        jiangbei=jiangbei,
        plan=plan,
        review=review,
        gdp=make_assessment(
            gdp_target, gdp_outcome, verdict="missed", gap=-0.2, confidence=0.9, rule="approx_narrow_miss",
            reason="5.8% against about 6%: missed, gap -0.2, a narrow miss (tolerance 0.5)", narrow=True,
        ),
        industry=make_assessment(
            industry_target, industry_outcome, verdict="met", gap=1.1, confidence=0.95, rule="at_least",
            reason="8.1% against at least 7%: met, gap +1.1",
        ),
        revenue=make_assessment(
            revenue_target, revenue_outcome, verdict="met", gap=1.2, confidence=0.55, rule="exact",
            reason="6.2% against 5%: met, gap +1.2",
        ),
        unemployment=make_assessment(
            unemployment_target, unemployment_outcome, verdict="met", gap=-0.3, confidence=0.98, rule="at_most",
            reason="5.2% against at most 5.5%: met, gap -0.3",
        ),
        gdp_final=gdp_final,
        gdp_level=gdp_level,
    )
