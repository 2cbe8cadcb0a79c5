"""Time to link 100,000 targets on PostgreSQL, with the number of queries.

Synthetic rows (not real reports): N governments, each with a report setting targets for one
year and the next year's report giving outcomes for most of them. Runs in its own database,
created and dropped here, so it never touches real data.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres .venv/bin/python benchmarks/link_bench.py [--targets 100000]
"""
import argparse
import random
import sys
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scratch import scratch_database  # noqa: E402  (beside this script)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--targets", type=int, default=100_000)
    parser.add_argument("--per-government", type=int, default=20)
    args = parser.parse_args()

    with scratch_database("tracker_bench_link"):
        run(args.targets, args.per_government)


def run(total_targets: int, per_government: int) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tracker.models import Assessment, Indicator, Jurisdiction, Outcome, Report, Target
    from tracker.services.linking import link_jurisdictions

    rng = random.Random(7)
    indicators = list(Indicator.objects.filter(code__in=[
        "gdp", "retail_sales", "fixed_asset_investment", "general_budget_revenue", "industrial_va_above_scale",
        "disposable_income", "cpi", "surveyed_unemployment", "foreign_trade", "tax_revenue",
    ]))
    governments = total_targets // per_government
    started = time.perf_counter()
    places = Jurisdiction.objects.bulk_create(
        Jurisdiction(name=f"合成市第{i}区", level="county") for i in range(governments)
    )
    reports = []
    for place in places:
        for year in (2023, 2024):
            reports.append(Report(jurisdiction=place, report_year=year, original_text="synthetic",
                                  normalized_text="synthetic", sha256=f"{place.pk:032d}{year:032d}"))
    reports = Report.objects.bulk_create(reports, batch_size=5000)
    targets, outcomes = [], []
    for plan, review in zip(reports[::2], reports[1::2]):
        for k in range(per_government):
            indicator = indicators[k % len(indicators)]
            value = Decimal(rng.randint(30, 90)) / 10
            targets.append(Target(report=plan, indicator=indicator, period_start=2023, period_end=2023,
                                  kind="growth", value=value, unit="%", qualifier=rng.choice(["approx", "at_least", "exact"]),
                                  quote=f"{indicator.name_zh}增长{value}%", start=k * 20, end=k * 20 + 12))
            if rng.random() < 0.85 and k < len(indicators):
                actual = value + Decimal(rng.randint(-15, 15)) / 10
                outcomes.append(Outcome(report=review, indicator=indicator, period_start=2023, period_end=2023,
                                        kind="growth", value=actual, unit="%", quote=f"增长{actual}%",
                                        start=k * 20, end=k * 20 + 8))
    Target.objects.bulk_create(targets, batch_size=5000)
    Outcome.objects.bulk_create(outcomes, batch_size=5000)
    print(f"synthetic data: {governments} governments, {len(targets)} targets, {len(outcomes)} outcomes "
          f"({time.perf_counter() - started:.1f} s to create)")

    for label in ("first link (creates assessments)", "re-link (nothing changes)"):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            summary = link_jurisdictions()
            elapsed = time.perf_counter() - started
        print(f"{label}: {elapsed:.1f} s, {len(targets) / elapsed:,.0f} targets/s, {len(queries)} queries; {summary}")
    counts = {v: Assessment.objects.filter(verdict=v).count() for v in ("met", "missed", "not_reported", "pending")}
    print(f"verdicts: {counts}")


if __name__ == "__main__":
    main()
