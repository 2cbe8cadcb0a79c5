"""Load benchmark of the journalist API against Datasette serving the same data.

Creates its own PostgreSQL database (dropped at the end), fills it with synthetic governments,
reports, 100,000 targets, their outcomes and 100,000 reviewed assessments via bulk_create,
exports it with `export_dataset`, then serves the API with gunicorn and the export with
Datasette, both on loopback, and drives each with wrk from a separate process. It prints
requests per second and p50/p95 latency for a filtered list, an item, a search and a CSV export,
the same filtered list from Datasette with the ratio, and the time of one full CSV download.

Only successful responses (2xx, 304) count towards requests per second; any other status is
reported as failed, and a scenario with failures says so. The API is driven with a token whose
rate limit is raised for the benchmark (the throttle runs, with a one-second window, and never
refuses), so that it measures the API, not the rate limiter.

    apt-get install -y wrk
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres .venv/bin/python benchmarks/api_load.py \
        [--targets 100000] [--duration 15] [--connections 8] [--workers 3]
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from urllib.parse import quote
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
BIN = Path(sys.executable).parent
BENCH_DB = "tracker_bench_api"
API_PORT, DATASETTE_PORT = 18061, 18062
PER_GOVERNMENT = 20
DISTRICTS_PER_CITY = 100
CITIES_PER_PROVINCE = 10
INDICATORS = [
    "gdp", "retail_sales", "fixed_asset_investment", "general_budget_revenue", "industrial_va_above_scale",
    "disposable_income", "cpi", "surveyed_unemployment", "foreign_trade", "tax_revenue", "new_urban_jobs",
    "fdi", "rd_intensity", "energy_intensity", "grain_output", "good_air_days", "industrial_investment",
    "disposable_income_urban", "disposable_income_rural", "tertiary_industry_va",
]
BENCH_TOKEN = "0123456789abcdef0123456789abcdef01234567"  # a scratch database's only user
# Each wrk thread counts its successful responses; `done` adds them up over the threads.
WRK_SCRIPT = """
math.randomseed(7)
local paths = {%s}
local threads = {}
function setup(thread)
  table.insert(threads, thread)
end
function init(args)
  ok = 0
  %s
end
function request()
  return wrk.format("GET", paths[math.random(#paths)])
end
function response(status, headers, body)
  if status < 300 or status == 304 then
    ok = ok + 1
  end
end
function done(summary, latency, requests)
  local succeeded = 0
  for _, thread in ipairs(threads) do
    succeeded = succeeded + thread:get("ok")
  end
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %%d %%d %%d %%f %%f %%d\\n", summary.requests, succeeded, summary.duration,
    latency:percentile(50), latency:percentile(95), errors))
end
"""
AUTHORIZATION = 'wrk.headers["Authorization"] = "Token %s"' % BENCH_TOKEN


@dataclass(frozen=True)
class World:
    districts: list[int]
    cities: list[int]
    targets: list[int]


@dataclass(frozen=True)
class Result:
    label: str
    requests_per_second: float  # successful responses only
    p50_ms: float
    p95_ms: float
    succeeded: int
    failed: int  # another status, or a socket error


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--targets", type=int, default=100_000)
    parser.add_argument("--duration", type=int, default=15, help="seconds per scenario")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=3, help="gunicorn worker processes")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is needed: apt-get install -y wrk")

    import psycopg

    server = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres")
    if not server.startswith("postgres"):
        sys.exit("set DATABASE_URL to a PostgreSQL server")
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {BENCH_DB}")
        conn.execute(f"CREATE DATABASE {BENCH_DB}")
    bench_url = server.rsplit("/", 1)[0] + "/" + BENCH_DB
    os.environ["DATABASE_URL"] = bench_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
    workdir = Path(tempfile.mkdtemp(prefix="api_load_"))
    try:
        run(args, bench_url, workdir)
    finally:
        from django.db import connections

        connections.close_all()
        shutil.rmtree(workdir, ignore_errors=True)
        with psycopg.connect(server, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {BENCH_DB}")


def run(args, bench_url: str, workdir: Path) -> None:
    import django

    django.setup()
    from django.core.management import call_command

    from tracker.services.export import dataset_export

    call_command("migrate", verbosity=0)
    create_token()
    started = time.perf_counter()
    world = fill(args.targets)
    print(f"filled: {len(world.targets):,} targets and assessments, {len(world.districts):,} districts "
          f"({time.perf_counter() - started:.0f} s)")
    started = time.perf_counter()
    export = dataset_export(out=workdir / "export")
    print(f"export_dataset: {export.rows} ({time.perf_counter() - started:.0f} s)")

    processes = [
        start_gunicorn(bench_url, args.workers, workdir),
        start_datasette(export.database, workdir),
    ]
    try:
        wait_until_up(f"http://127.0.0.1:{API_PORT}/api/v1/indicators/")
        wait_until_up(f"http://127.0.0.1:{DATASETTE_PORT}/-/versions.json")
        full_csv = time_full_csv()
        results = scenarios(world, args)
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=30)
    report(results, full_csv, args)


def fill(total_targets: int) -> World:
    """Provinces > cities > districts; each district a 2021 report with 20 targets and a 2022
    report with outcomes for most of them; every target reviewed and judged."""
    from tracker.models import Assessment, Indicator, Jurisdiction, Outcome, Report, Target

    rng = random.Random(7)
    indicators = {indicator.code: indicator for indicator in Indicator.objects.filter(code__in=INDICATORS)}
    governments = total_targets // PER_GOVERNMENT
    cities_needed = max(1, governments // DISTRICTS_PER_CITY)
    provinces = Jurisdiction.objects.bulk_create(
        Jurisdiction(name=f"基准省{p}", level="province") for p in range(max(1, cities_needed // CITIES_PER_PROVINCE))
    )
    cities = Jurisdiction.objects.bulk_create(
        Jurisdiction(name=f"{provinces[c % len(provinces)].name}基准市{c}", level="prefecture",
                     parent=provinces[c % len(provinces)])
        for c in range(cities_needed)
    )
    districts = Jurisdiction.objects.bulk_create(
        (Jurisdiction(name=f"{cities[d % len(cities)].name}基准区{d}", level="county", parent=cities[d % len(cities)])
         for d in range(governments)),
        batch_size=5000,
    )
    reports = Report.objects.bulk_create(
        (Report(jurisdiction=place, report_year=year, title=f"{place.name}{year}年政府工作报告",
                source_url=f"https://example.gov.cn/{place.pk}/{year}.html", original_text="基准",
                normalized_text="基准", sha256=f"{place.pk:032d}{year:032d}", status="extracted")
         for place in districts for year in (2021, 2022)),
        batch_size=5000,
    )
    targets, outcomes, pairs = [], [], []
    for plan, review in zip(reports[::2], reports[1::2]):
        for k, code in enumerate(INDICATORS[:PER_GOVERNMENT]):
            indicator = indicators[code]
            value = Decimal(rng.randint(30, 90)) / 10
            target = Target(report=plan, indicator=indicator, indicator_text=indicator.name_zh, period_start=2021,
                            period_end=2021, kind="growth", value=value, unit="%", qualifier="at_least",
                            headline=k < 8, stretch=k % 7 == 3, quote=f"{indicator.name_zh}增长{value}%以上",
                            start=k * 20, end=k * 20 + 12, review_status="confirmed")
            outcome = None
            if rng.random() < 0.8:
                actual = value + Decimal(rng.randint(-15, 15)) / 10
                outcome = Outcome(report=review, indicator=indicator, indicator_text=indicator.name_zh,
                                  period_start=2021, period_end=2021, kind="growth", value=actual, unit="%",
                                  quote=f"{indicator.name_zh}增长{actual}%", start=k * 20, end=k * 20 + 9,
                                  review_status="confirmed")
                outcomes.append(outcome)
            targets.append(target)
            pairs.append((target, outcome))
    Target.objects.bulk_create(targets, batch_size=5000)
    Outcome.objects.bulk_create(outcomes, batch_size=5000)
    Assessment.objects.bulk_create(
        (Assessment(target=target, outcome=outcome,
                    verdict="not_reported" if outcome is None else ("met" if outcome.value >= target.value else "missed"),
                    gap=None if outcome is None else outcome.value - target.value, confidence=1,
                    review_status="confirmed", rule="at_least")
         for target, outcome in pairs),
        batch_size=5000,
    )
    return World(districts=[d.pk for d in districts], cities=[c.pk for c in cities], targets=[t.pk for t in targets])


def create_token() -> None:
    from django.contrib.auth import get_user_model
    from rest_framework.authtoken.models import Token

    user = get_user_model().objects.create_user(username="benchmark")
    Token.objects.create(user=user, key=BENCH_TOKEN)


def start_gunicorn(bench_url: str, workers: int, workdir: Path) -> subprocess.Popen:
    env = {
        **os.environ,
        "DATABASE_URL": bench_url,
        "DEBUG": "false",
        "SECRET_KEY": "benchmark-only-secret-key-not-for-production-use-0123456789",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "API_USER_RATE": "1000000/second",  # the token's throttle runs, over a one-second window, and never refuses
        "CONN_MAX_AGE": "600",
    }
    command = [str(BIN / "gunicorn"), "tracker.wsgi", "-b", f"127.0.0.1:{API_PORT}", "-w", str(workers),
               "--log-level", "warning"]
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=(workdir / "gunicorn.log").open("w"),
                            stderr=subprocess.STDOUT)


def start_datasette(database: Path, workdir: Path) -> subprocess.Popen:
    command = [str(BIN / "datasette"), "serve", "-i", str(database), "-h", "127.0.0.1", "-p", str(DATASETTE_PORT)]
    return subprocess.Popen(command, stdout=(workdir / "datasette.log").open("w"), stderr=subprocess.STDOUT)


def wait_until_up(url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            if time.monotonic() > deadline:
                raise
        time.sleep(0.3)


def scenarios(world: World, args) -> list[Result]:
    rng = random.Random(11)
    districts = rng.choices(world.districts, k=500)
    api = f"http://127.0.0.1:{API_PORT}"
    datasette = f"http://127.0.0.1:{DATASETTE_PORT}"
    # Datasette's default page suggests facets, which at this size takes seconds per request and
    # leaves a backlog of queries running after wrk stops: it goes last, so that backlog slows
    # nothing else that is measured.
    values = sorted({f"{value / 10:.1f}" for value in range(30, 91)})
    plan = [
        ("API filtered list (targets of one district, 2021)", api,
         [f"/api/v1/targets/?jurisdiction={d}&year=2021" for d in districts], args.connections),
        ("API item (one target)", api,
         [f"/api/v1/targets/{t}/" for t in rng.choices(world.targets, k=500)], args.connections),
        ("API search (q=增长N%以上, about 1/60 of all targets)", api,
         [f"/api/v1/targets/?q={quote(f'增长{v}%以上')}" for v in values], args.connections),
        (f"API CSV export (a city and its districts, {DISTRICTS_PER_CITY * PER_GOVERNMENT:,} rows)", api,
         [f"/api/v1/targets/?jurisdiction={c}&include_descendants=true&format=csv" for c in world.cities],
         max(2, args.connections // 4)),
        ("Datasette, same filtered list without facet suggestions", datasette,
         [f"/tracker/targets.json?jurisdiction={d}&year=2021&_size=50&_nosuggest=1" for d in districts],
         args.connections),
        ("Datasette, same filtered list as it serves it by default", datasette,
         [f"/tracker/targets.json?jurisdiction={d}&year=2021&_size=50" for d in districts], args.connections),
    ]
    results = []
    for label, base, paths, connections in plan:
        wrk(base, paths, connections, duration=2)  # warm caches and connections
        results.append(wrk(base, paths, connections, duration=args.duration, label=label))
        print(f"  done: {label}", flush=True)
    return results


def wrk(base: str, paths: list[str], connections: int, *, duration: int, label: str = "") -> Result:
    authorization = AUTHORIZATION if base.endswith(str(API_PORT)) else ""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(WRK_SCRIPT % (", ".join(f'"{path}"' for path in paths), authorization))
    try:
        output = subprocess.run(
            ["wrk", "-t", "2", "-c", str(connections), "-d", f"{duration}s", "--timeout", "30s", "-s", script.name, base],
            capture_output=True, text=True, check=True, timeout=duration + 60,
        ).stdout
    finally:
        os.unlink(script.name)
    line = next(line for line in output.splitlines() if line.startswith("RESULT "))
    requests, succeeded, micros, p50, p95, socket_errors = (float(part) for part in line.split()[1:])
    failed = int(requests - succeeded + socket_errors)
    return Result(label, succeeded / (micros / 1e6), p50 / 1000, p95 / 1000, int(succeeded), failed)


def time_full_csv() -> tuple[int, float, int]:
    """One download of every target as CSV: (bytes, seconds, rows)."""
    started = time.perf_counter()
    size = rows = 0
    request = urllib.request.Request(
        f"http://127.0.0.1:{API_PORT}/api/v1/targets/?format=csv", headers={"Authorization": f"Token {BENCH_TOKEN}"}
    )
    with urllib.request.urlopen(request, timeout=600) as response:
        while chunk := response.read(1 << 16):
            size += len(chunk)
            rows += chunk.count(b"\n")  # no field of this data holds a line break
    return size, time.perf_counter() - started, rows - 1


def report(results: list[Result], full_csv: tuple[int, float, int], args) -> None:
    print(f"\nwrk, 2 threads, {args.duration} s per scenario, gunicorn with {args.workers} sync workers on "
          f"PostgreSQL, Datasette {datasette_version()} on the SQLite export; all on loopback")
    print("req/s counts successful responses only; p50/p95 are over every response")
    print(f"{'scenario':62} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'ok':>8} {'failed':>7}")
    for result in results:
        print(f"{result.label:62} {result.requests_per_second:8.1f} {result.p50_ms:8.1f} {result.p95_ms:8.1f} "
              f"{result.succeeded:8d} {result.failed:7d}")
    failing = [result.label for result in results if result.failed]
    if failing:
        print(f"\nWARNING: failed responses in: {'; '.join(failing)} (see the gunicorn and datasette logs)")
    api, lean, default = results[0], results[4], results[5]
    print(f"\nfiltered list, API / Datasette requests per second: {ratio(api, lean)} against Datasette without "
          f"facet suggestions, {ratio(api, default)} against its default page")
    size, seconds, rows = full_csv
    print(f"full CSV download (streamed): {rows:,} rows, {size / 1e6:.1f} MB in {seconds:.1f} s "
          f"({rows / seconds:,.0f} rows/s)")


def ratio(ours: Result, theirs: Result) -> str:
    if theirs.requests_per_second == 0:
        return "unbounded (Datasette completed no request)"
    return f"{ours.requests_per_second / theirs.requests_per_second:.2f}"


def datasette_version() -> str:
    from importlib.metadata import version

    return version("datasette")


if __name__ == "__main__":
    main()
