"""Time to generate the accountability reports for 1,000 governments.

Synthetic rows (not real reports): one province, 39 cities under it and 960 districts under the
cities, 1,000 governments in all, each with a 2023 report setting 12 targets and a 2024 report
giving outcomes for most of them, and an assessment per target (60% confirmed by a reviewer, the
rest only proposed). Runs in its own database (PostgreSQL when DATABASE_URL names one, else a
temporary SQLite file) and its own MEDIA_ROOT, both removed afterwards.

    .venv/bin/python benchmarks/reports_bench.py [--governments 1000] [--formats html,csv,pdf]

Prints the time of the full sweep (the yearly scheduled job: every scorecard, league table and
amplification view), of a second sweep over unchanged inputs, and of the pure computation alone."""
import argparse
import os
import random
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CODES = ["gdp", "retail_sales", "fixed_asset_investment", "general_budget_revenue", "industrial_va_above_scale",
         "disposable_income", "cpi", "surveyed_unemployment", "foreign_trade", "tax_revenue", "fdi", "grain_output"]
BENCH_DB = "tracker_bench_reports"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--governments", type=int, default=1000)
    parser.add_argument("--formats", default="html,csv,pdf")
    args = parser.parse_args()
    server = os.environ.get("DATABASE_URL", "")
    with tempfile.TemporaryDirectory(prefix="reports-bench-") as scratch:
        os.environ["MEDIA_ROOT"] = f"{scratch}/media"
        os.environ.pop("CELERY_BROKER_URL", None)
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
        if server.startswith("postgres"):
            import psycopg

            with psycopg.connect(server, autocommit=True) as conn:
                conn.execute(f"DROP DATABASE IF EXISTS {BENCH_DB}")
                conn.execute(f"CREATE DATABASE {BENCH_DB}")
            os.environ["DATABASE_URL"] = server.rsplit("/", 1)[0] + "/" + BENCH_DB
        else:
            os.environ["DATABASE_URL"] = f"sqlite:///{scratch}/bench.sqlite3"
        try:
            run(args.governments, args.formats.split(","))
        finally:
            from django.db import connections

            connections.close_all()
            if server.startswith("postgres"):
                with psycopg.connect(server, autocommit=True) as conn:
                    conn.execute(f"DROP DATABASE IF EXISTS {BENCH_DB}")


def create_world(governments: int) -> tuple[int, int]:
    """The synthetic province, cities and districts with targets, outcomes and assessments."""
    from django.db import connection

    from tracker.models import Assessment, Indicator, Jurisdiction, Outcome, Report, Target

    rng = random.Random(11)
    indicators = {indicator.code: indicator for indicator in Indicator.objects.filter(code__in=CODES)}
    province = Jurisdiction.objects.create(name="合成省", level="province")
    cities = Jurisdiction.objects.bulk_create(
        Jurisdiction(name=f"合成省第{i}市", level="prefecture", parent=province) for i in range(39)
    )
    districts = Jurisdiction.objects.bulk_create(
        Jurisdiction(name=f"{cities[i % 39].name}第{i}区", level="county", parent=cities[i % 39])
        for i in range(governments - 40)
    )
    places = [province, *cities, *districts]
    reports = Report.objects.bulk_create(
        [Report(jurisdiction=place, report_year=year, original_text="synthetic", normalized_text="synthetic",
                sha256=f"{place.pk:032d}{year:032d}") for place in places for year in (2023, 2024)],
        batch_size=5000,
    )
    targets, outcomes, planned = [], [], []
    for plan, review in zip(reports[::2], reports[1::2]):
        for k, code in enumerate(CODES):
            value = Decimal(rng.randint(30, 90)) / 10
            targets.append(Target(report=plan, indicator=indicators[code], period_start=2023, period_end=2023,
                                  kind="growth", value=value, unit="%", qualifier="at_least", headline=k < 8,
                                  quote=f"{indicators[code].name_zh}增长{value}%以上", start=k * 20, end=k * 20 + 12))
            actual = None
            if rng.random() < 0.85:
                actual = value + Decimal(rng.randint(-15, 15)) / 10
                outcomes.append(Outcome(report=review, indicator=indicators[code], period_start=2023,
                                        period_end=2023, kind="growth", value=actual, unit="%",
                                        quote=f"{indicators[code].name_zh}增长{actual}%", start=k * 20, end=k * 20 + 10))
            planned.append(actual)
    targets = Target.objects.bulk_create(targets, batch_size=5000)
    outcomes = iter(Outcome.objects.bulk_create(outcomes, batch_size=5000))
    assessments = []
    for target, actual in zip(targets, planned):
        outcome = next(outcomes) if actual is not None else None
        verdict = "not_reported" if actual is None else ("met" if actual >= target.value else "missed")
        assessments.append(Assessment(
            target=target, outcome=outcome, verdict=verdict, gap=None if actual is None else actual - target.value,
            confidence=0.9, review_status="confirmed" if rng.random() < 0.6 else "proposed",
        ))
    Assessment.objects.bulk_create(assessments, batch_size=5000)
    connection.close()
    return len(places), len(targets)


def run(governments: int, formats: list[str]) -> None:
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from reports import selectors
    from reports.builders import build_report
    from reports.models import GeneratedReport
    from reports.scopes import plan_scopes
    from reports.services import generated_reports_refresh

    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    places, targets = create_world(governments)
    print(f"synthetic data ({connection.vendor}): {places} governments, {targets} targets "
          f"({time.perf_counter() - started:.1f} s to create)")

    started = time.perf_counter()
    governments_list = selectors.government_list()
    scopes = plan_scopes(governments_list, selectors.target_key_list())
    world = selectors.world_get(scopes=scopes, governments=governments_list)
    loaded = time.perf_counter() - started
    started = time.perf_counter()
    for scope in scopes:
        build_report(scope, world)
    computed = time.perf_counter() - started
    print(f"pure computation: {len(scopes)} reports planned, rows loaded in {loaded:.2f} s, "
          f"computed with checksums in {computed:.2f} s")

    for label in (f"first sweep ({','.join(formats)})", "second sweep (inputs unchanged)"):
        started = time.perf_counter()
        summary = generated_reports_refresh(formats=formats)
        elapsed = time.perf_counter() - started
        print(f"{label}: {elapsed:.1f} s for {len(summary.reports)} reports "
              f"({summary.generated} generated, {summary.unchanged} unchanged; "
              f"{1000 * elapsed / max(len(summary.reports), 1):.1f} ms per report)")
    kinds = dict(GeneratedReport.objects.values_list("kind").annotate(n=django.db.models.Count("pk")))
    print(f"stored: {kinds}")


if __name__ == "__main__":
    main()
