"""Builders of the API tests' world, and small helpers to read responses."""
import itertools
from dataclasses import dataclass
from decimal import Decimal

from tracker.models import Assessment, Indicator, Jurisdiction, Outcome, Report, Target

_sha = itertools.count(1)


def make_report(place: Jurisdiction, year: int, **extra) -> Report:
    return Report.objects.create(
        jurisdiction=place,
        report_year=year,
        title=f"{place.name}{year}年政府工作报告",
        source_url=f"https://example.gov.cn/{place.pk}/{year}.html",
        original_text="原文",
        normalized_text="地区生产总值增长7%左右。全年增长8.6%。",
        sha256=f"{next(_sha):064d}",
        **extra,
    )


def make_target(report: Report, code: str, value, *, review_status="confirmed", kind="growth", **extra) -> Target:
    indicator = Indicator.objects.get(code=code)
    return Target.objects.create(
        report=report,
        indicator=indicator,
        indicator_text=indicator.name_zh,
        period_start=extra.pop("period_start", report.report_year),
        period_end=extra.pop("period_end", report.report_year),
        kind=kind,
        value=None if value is None else Decimal(str(value)),
        unit=extra.pop("unit", "%"),
        qualifier=extra.pop("qualifier", "at_least"),
        quote=f"{indicator.name_zh}增长{value}%以上",
        start=0,
        end=12,
        review_status=review_status,
        **extra,
    )


def make_outcome(report: Report, code: str, value, *, review_status="confirmed", **extra) -> Outcome:
    indicator = Indicator.objects.get(code=code)
    return Outcome.objects.create(
        report=report,
        indicator=indicator,
        indicator_text=indicator.name_zh,
        period_start=report.report_year - 1,
        period_end=report.report_year - 1,
        kind=extra.pop("kind", "growth"),
        value=Decimal(str(value)),
        unit="%",
        quote=f"{indicator.name_zh}增长{value}%",
        start=13,
        end=22,
        review_status=review_status,
        **extra,
    )


def make_assessment(target: Target, outcome: Outcome | None, verdict: str, *, review_status="confirmed", **extra):
    gap = None if outcome is None or target.value is None else outcome.value - target.value
    return Assessment.objects.create(
        target=target, outcome=outcome, verdict=verdict, gap=gap, review_status=review_status, **extra
    )


@dataclass
class World:
    province: Jurisdiction
    city: Jurisdiction
    district: Jurisdiction
    other_district: Jurisdiction
    elsewhere: Jurisdiction
    city_2021: Report
    city_2022: Report
    district_2021: Report
    gdp_target: Target  # confirmed, headline, met
    retail_target: Target  # confirmed, stretch, missed (overridden by a reviewer)
    cpi_target: Target  # pending: machine output, verdict proposed
    jobs_target: Target  # confirmed, no verdict yet
    rejected_target: Target
    five_year_target: Target
    district_target: Target
    gdp_outcome: Outcome
    retail_outcome: Outcome
    pending_outcome: Outcome
    gdp_assessment: Assessment
    retail_assessment: Assessment
    cpi_assessment: Assessment
    district_assessment: Assessment




def results(response) -> list[dict]:
    assert response.status_code == 200, response.content[:500]
    return response.json()["results"]


def ids(response) -> set[int]:
    return {row["id"] for row in results(response)}
