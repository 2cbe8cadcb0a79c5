"""A small fictional world for the reports: the province 示例省, the city 示例省样本市 under it and
the city's three districts, with work reports of 2023 and 2024, and targets, outcomes and
assessments created directly, some confirmed by a reviewer and some only proposed by the linker.
Every name and number here is invented. The tests build it through conftest.py, and
scripts/report_screenshots adds it to the demo data for the league-table screenshot.

| government | 2023 target            | 2024 report says | verdict           | review    |
|------------|------------------------|------------------|-------------------|-----------|
| 示例省       | GDP ≈6%                | 6%               | met               | confirmed |
| 样本市       | GDP ≥6% (headline)     | 6.2%             | met               | confirmed |
| 样本市       | retail ≈8% (headline)  | 7.1%             | missed            | proposed  |
| 样本市       | jobs 5万人 (plan)       | —                | not_reported      | confirmed |
| 样本市东区    | GDP ≥6.5% (headline)   | 6.8%             | met               | confirmed |
| 样本市东区    | FAI ≈10% (headline)    | 9.8%             | missed, narrow    | overridden|
| 样本市东区    | retail ≥8% (plan)      | —                | not_reported      | proposed  |
| 样本市西区    | GDP ≥7% (headline)     | 6.1%             | missed            | confirmed |
| 样本市西区    | CPI ≈3% (headline)     | 2.1%             | met               | confirmed |
| 样本市南区    | GDP ≥6% (headline)     | 6.3%             | met               | proposed  |
2024 targets: 样本市 GDP ≥6.5% and 样本市东区 GDP ≥7%, pending (no 2025 report yet)."""
from __future__ import annotations

import hashlib
import itertools
from decimal import Decimal
from types import SimpleNamespace

PROVINCE = "示例省"
CITY = "示例省样本市"
DISTRICTS = ("示例省样本市东区", "示例省样本市西区", "示例省样本市南区")


class WorldBuilder:
    def __init__(self, reviewer):
        from tracker.models import Indicator

        self.reviewer = reviewer
        self.indicators = {indicator.code: indicator for indicator in Indicator.objects.all()}
        self.offsets = itertools.count(0, 40)
        self.reports = {}

    def jurisdiction(self, name, level, parent=None):
        from tracker.models import Jurisdiction

        return Jurisdiction.objects.create(name=name, level=level, parent=parent)

    def report(self, jurisdiction, year):
        from tracker.models import Report

        key = (jurisdiction.pk, year)
        if key not in self.reports:
            text = f"【合成测试数据】{jurisdiction.name}{year}年政府工作报告"
            self.reports[key] = Report.objects.create(
                jurisdiction=jurisdiction, report_year=year, title=text, original_text=text, normalized_text=text,
                sha256=hashlib.sha256(text.encode()).hexdigest(), status="extracted",
            )
        return self.reports[key]

    def target(self, jurisdiction, year, code, quote, *, value, qualifier, unit="%", kind="growth", headline=True):
        from tracker.models import Target

        start = next(self.offsets)
        return Target.objects.create(
            report=self.report(jurisdiction, year), indicator=self.indicators[code],
            indicator_text=self.indicators[code].name_zh, period_start=year, period_end=year, kind=kind,
            unit=unit, quote=quote, start=start, end=start + len(quote), value=Decimal(value),
            qualifier=qualifier, headline=headline,
        )

    def outcome(self, jurisdiction, year, code, quote, *, value, unit="%", kind="growth"):
        from tracker.models import Outcome

        start = next(self.offsets)
        return Outcome.objects.create(
            report=self.report(jurisdiction, year + 1), indicator=self.indicators[code],
            indicator_text=self.indicators[code].name_zh, period_start=year, period_end=year, kind=kind, unit=unit,
            quote=quote, start=start, end=start + len(quote), value=Decimal(value),
        )

    def assess(self, target, outcome, verdict, status, *, gap=None, narrow=False):
        from django.utils import timezone

        from tracker.models import Assessment

        reviewed = status in ("confirmed", "overridden")
        return Assessment.objects.create(
            target=target, outcome=outcome, verdict=verdict, gap=None if gap is None else Decimal(gap),
            narrow=narrow, review_status=status, confidence=0.9, rule=target.qualifier,
            method="manual" if status == "overridden" else "auto",
            reviewer=self.reviewer if reviewed else None, reviewed_at=timezone.now() if reviewed else None,
        )

    def judged(self, jurisdiction, code, target_quote, outcome_quote, *, value, actual, verdict, status,
               qualifier="at_least", headline=True, narrow=False):
        target = self.target(jurisdiction, 2023, code, target_quote, value=value, qualifier=qualifier,
                             headline=headline)
        outcome = self.outcome(jurisdiction, 2023, code, outcome_quote, value=actual)
        gap = str(Decimal(actual) - Decimal(value))
        return self.assess(target, outcome, verdict, status, gap=gap, narrow=narrow)


def build_world(reviewer) -> SimpleNamespace:
    """Creates the world in the current database; `reviewer` is the user who confirmed verdicts."""
    build = WorldBuilder(reviewer)
    province = build.jurisdiction(PROVINCE, "province")
    city = build.jurisdiction(CITY, "prefecture", province)
    east, west, south = (build.jurisdiction(name, "county", city) for name in DISTRICTS)
    a = {}
    a["province_gdp"] = build.judged(province, "gdp", "全省地区生产总值增长6%左右", "全省地区生产总值增长6%",
                                     value="6", actual="6", verdict="met", status="confirmed", qualifier="approx")
    a["city_gdp"] = build.judged(city, "gdp", "地区生产总值增长6%以上", "全市地区生产总值增长6.2%",
                                 value="6", actual="6.2", verdict="met", status="confirmed")
    a["city_retail"] = build.judged(city, "retail_sales", "社会消费品零售总额增长8%左右", "社会消费品零售总额增长7.1%",
                                    value="8", actual="7.1", verdict="missed", status="proposed", qualifier="approx")
    jobs = build.target(city, 2023, "new_urban_jobs", "城镇新增就业5万人", value="5", qualifier="at_least",
                        unit="万人", kind="count", headline=False)
    build.report(city, 2024)
    a["city_jobs"] = build.assess(jobs, None, "not_reported", "confirmed")
    a["east_gdp"] = build.judged(east, "gdp", "地区生产总值增长6.5%以上", "东区地区生产总值增长6.8%",
                                 value="6.5", actual="6.8", verdict="met", status="confirmed")
    a["east_fai"] = build.judged(east, "fixed_asset_investment", "固定资产投资增长10%左右", "固定资产投资增长9.8%",
                                 value="10", actual="9.8", verdict="missed", status="overridden",
                                 qualifier="approx", narrow=True)
    retail = build.target(east, 2023, "retail_sales", "社会消费品零售总额增长8%以上", value="8",
                          qualifier="at_least", headline=False)
    a["east_retail"] = build.assess(retail, None, "not_reported", "proposed")
    a["west_gdp"] = build.judged(west, "gdp", "地区生产总值增长7%以上", "西区地区生产总值增长6.1%",
                                 value="7", actual="6.1", verdict="missed", status="confirmed")
    a["west_cpi"] = build.judged(west, "cpi", "居民消费价格涨幅3%左右", "居民消费价格上涨2.1%",
                                 value="3", actual="2.1", verdict="met", status="confirmed", qualifier="approx")
    a["south_gdp"] = build.judged(south, "gdp", "地区生产总值增长6%以上", "南区地区生产总值增长6.3%",
                                  value="6", actual="6.3", verdict="met", status="proposed")
    for place, value in ((city, "6.5"), (east, "7")):
        target = build.target(place, 2024, "gdp", f"地区生产总值增长{value}%以上", value=value, qualifier="at_least")
        a[f"{'city' if place == city else 'east'}_gdp_2024"] = build.assess(target, None, "pending", "proposed")
    return SimpleNamespace(
        province=province, city=city, east=east, west=west, south=south, assessments=a,
        reviewer=reviewer,
    )
