"""The national archive on one machine: generate N reports, import them serially and with
`--queue` on Celery workers in the same run, link, generate the accountability reports, and serve
the API under load.

The reports are generated (benchmarks/archive.py: invented governments, people and numbers in
sentences written for this project), ~3,200 governments x 25 years at the default 80,000; a
smaller --reports keeps the 25 years and scales the governments down. Runs in a PostgreSQL
database of its own (created and dropped here) and on the Redis of CELERY_BROKER_URL, on a queue
of its own, with worker processes started here.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres CELERY_BROKER_URL=redis://127.0.0.1:6379/0 \\
        .venv/bin/python benchmarks/archive_bench.py [--reports 80000] [--serial-reports 4000] [--workers 2]

Prints: reports/s serial and queued and the speedup, peak memory per worker (and at 10%, 50% and
100% of the import), queries per report, link time per 100,000 targets, report generation time,
and API p50/p95 for the filtered list at the archive's size."""
from __future__ import annotations

import argparse
import http.client
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from io import StringIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from archive import write_archive  # noqa: E402  (beside this script)
from scratch import scratch_database  # noqa: E402

BENCH_DB = "tracker_bench_archive"
API_PORT = 18115
# Every text of the archive is a whole report (shorter than most real ones, which the form
# detection would call excerpts); linking comes after, as a step of its own.
IMPORT_OPTIONS = ("--kind", "full", "--no-link")
PRODUCTION_ENV = {
    "DEBUG": "false",
    "SECRET_KEY": "benchmark-only-secret-key-not-for-production-use-0123456789",
    "ALLOWED_HOSTS": "127.0.0.1,localhost",
    "SECURE_SSL_REDIRECT": "false",
    "API_ANON_RATE": "100000000/minute",  # the throttle runs, it never refuses
    "CONN_MAX_AGE": "600",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, default=80_000)
    parser.add_argument("--serial-reports", type=int, default=4_000,
                        help="how many of them the serial run imports (all when fewer)")
    parser.add_argument("--workers", type=int, default=2, help="worker processes for --queue")
    parser.add_argument("--api-seconds", type=int, default=20)
    parser.add_argument("--api-connections", type=int, default=2,
                        help="concurrent clients, each waiting for its answer (as many as gunicorn workers)")
    parser.add_argument("--formats", default="html,csv", help="formats of the generated reports")
    parser.add_argument("--no-reports", action="store_true",
                        help="leave out generating the accountability reports (the longest step)")
    args = parser.parse_args()
    if not os.environ.get("CELERY_BROKER_URL", "").startswith("redis"):
        sys.exit("set CELERY_BROKER_URL to a Redis database, e.g. redis://127.0.0.1:6379/0")
    os.environ.update(PRODUCTION_ENV)
    os.environ["CELERY_TASK_DEFAULT_QUEUE"] = f"archive-bench-{os.getpid()}"
    with tempfile.TemporaryDirectory(prefix="archive-bench-") as scratch:
        os.environ["MEDIA_ROOT"] = f"{scratch}/media"
        with scratch_database(BENCH_DB, eager=False):
            run(args, Path(scratch))


def run(args, scratch: Path) -> None:
    from django.db import connection

    load = os.getloadavg()
    print(f"machine: {os.cpu_count()} cores, load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} at start; "
          f"PostgreSQL {connection.cursor().connection.info.server_version}")
    started = time.perf_counter()
    files = write_archive(scratch / "archive", args.reports)
    size = sum(path.stat().st_size for path in files)
    print(f"archive: {len(files):,} reports, {size / 2**20:.0f} MB ({size / len(files) / 1024:.1f} KB each), "
          f"written in {time.perf_counter() - started:.0f} s")

    serial_files = files[: args.serial_reports]
    serial_rate, queries = import_serially(serial_files, scratch)
    empty_the_archive()

    workers = Workers(args.workers, scratch)
    try:
        queued_rate, memory = import_queued(scratch / "archive", len(files), workers)
        print(f"speedup: {queued_rate / serial_rate:.2f}x with {args.workers} worker processes")
        link_seconds, targets = link_queued()
        generation = 0.0 if args.no_reports else generate(args.formats, workers)
        final_memory = workers.peaks()
    finally:
        workers.stop()
    print(f"worker peak memory over the whole run: {', '.join(f'{mb:.0f} MB' for mb in final_memory)}")
    print(f"worker memory during the import (10% / 50% / 100%): {memory}")
    api(args, scratch)
    total = link_seconds + generation + len(files) / queued_rate
    print(f"\nsummary for {len(files):,} reports: import {len(files) / queued_rate / 60:.1f} min + link "
          f"{link_seconds / 60:.1f} min + reports {generation / 60:.1f} min = {total / 60:.1f} min; "
          f"{queries:.1f} queries per report; link {link_seconds / targets * 100_000:.1f} s per 100,000 targets")


def import_serially(files: list[Path], scratch: Path) -> tuple[float, float]:
    """The command as it runs without a broker: one process, one file after another."""
    from django.core.management import call_command
    from django.db import connection

    part = scratch / "serial"
    for path in files:
        target = part / path.relative_to(scratch / "archive")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.symlink_to(path)
    counted = [0]

    def count(execute, sql, params, many, context):
        counted[0] += 1
        return execute(sql, params, many, context)

    started, cpu = time.perf_counter(), time.process_time()
    with connection.execute_wrapper(count):
        call_command("import_reports", str(part), *IMPORT_OPTIONS, stdout=StringIO(), stderr=StringIO())
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    rate = len(files) / elapsed
    print(f"serial import: {len(files):,} reports in {elapsed:.1f} s, {rate:.1f} reports/s, "
          f"{counted[0] / len(files):.1f} queries per report, {cpu / len(files) * 1000:.1f} ms CPU per report "
          f"in the importing process (load average {os.getloadavg()[0]:.1f})")
    return rate, counted[0] / len(files)


def empty_the_archive() -> None:
    """The serial run's rows go, so that the queued run starts from the same empty database."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "TRUNCATE tracker_assessment, tracker_historicalassessment, tracker_target, tracker_historicaltarget, "
            "tracker_outcome, tracker_historicaloutcome, tracker_report, tracker_jurisdiction RESTART IDENTITY CASCADE"
        )
        cursor.execute("VACUUM ANALYZE")


class Workers:
    """Solo-pool worker processes, one task at a time each, with their memory sampled."""

    def __init__(self, count: int, scratch: Path):
        command = [sys.executable, "-m", "celery", "-A", "tracker", "worker", "--pool=solo", "--loglevel=WARNING",
                   "-Q", os.environ["CELERY_TASK_DEFAULT_QUEUE"], "--without-gossip", "--without-mingle"]
        self.logs = [(scratch / f"worker{i}.log").open("w") for i in range(count)]
        self.processes = [
            subprocess.Popen([*command, "-n", f"bench{i}-{os.getpid()}@%h"], cwd=ROOT, stdout=log,
                             stderr=subprocess.STDOUT)
            for i, log in enumerate(self.logs)
        ]
        self.samples: list[tuple[float, list[float]]] = []
        self._sampling = threading.Event()
        threading.Thread(target=self._sample, daemon=True).start()

    def _sample(self) -> None:
        while not self._sampling.wait(0.5):
            self.samples.append((time.perf_counter(), [_status_mb(p.pid, "VmRSS") for p in self.processes]))

    def cpu_seconds(self) -> float:
        """User and system time of all the workers so far."""
        ticks = 0
        for process in self.processes:
            fields = Path(f"/proc/{process.pid}/stat").read_text().rsplit(")", 1)[1].split()
            ticks += int(fields[11]) + int(fields[12])
        return ticks / os.sysconf("SC_CLK_TCK")

    def peaks(self) -> list[float]:
        return [_status_mb(p.pid, "VmHWM") for p in self.processes]

    def rss_between(self, start: float, end: float) -> str:
        """Resident memory of each worker at 10%, 50% and 100% of the span."""
        points = []
        for share in (0.1, 0.5, 1.0):
            moment = start + share * (end - start)
            nearest = min(self.samples, key=lambda sample: abs(sample[0] - moment))[1]
            points.append("/".join(f"{mb:.0f}" for mb in nearest))
        return " ; ".join(f"{label} {value} MB" for label, value in zip(("10%", "50%", "100%"), points))

    def stop(self) -> None:
        self._sampling.set()
        for process in self.processes:
            process.terminate()
        for process in self.processes:
            process.wait(timeout=60)
        for log in self.logs:
            log.close()


def _status_mb(pid: int, field: str) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def import_queued(folder: Path, count: int, workers: Workers) -> tuple[float, str]:
    from django.core.management import call_command

    from tracker.models import Outcome, Report, Target

    out, err = StringIO(), StringIO()
    started, cpu = time.perf_counter(), workers.cpu_seconds()
    call_command("import_reports", str(folder), "--queue", *IMPORT_OPTIONS, stdout=out, stderr=err)
    ended, cpu = time.perf_counter(), workers.cpu_seconds() - cpu
    elapsed = ended - started
    rate = count / elapsed
    summary = out.getvalue().strip().splitlines()[-1]
    print(f"queued import: {count:,} reports in {elapsed:.1f} s, {rate:.1f} reports/s ({summary}); "
          f"{Report.objects.count():,} reports, {Target.objects.count():,} targets, "
          f"{Outcome.objects.count():,} outcomes stored")
    print(f"workers: {cpu / count * 1000:.1f} ms CPU per report in the workers (load average "
          f"{os.getloadavg()[0]:.1f}); peak memory after the import "
          f"{', '.join(f'{mb:.0f} MB' for mb in workers.peaks())}")
    return rate, workers.rss_between(started, ended)


def link_queued() -> tuple[float, int]:
    from django.core.management import call_command

    from tracker.models import Assessment, Target

    started = time.perf_counter()
    call_command("link", "--queue", verbosity=0)
    elapsed = time.perf_counter() - started
    targets = Target.objects.count()
    verdicts = dict(
        Assessment.objects.values_list("verdict").order_by().annotate(n=__import__("django").db.models.Count("pk"))
    )
    print(f"link --queue: {targets:,} targets in {elapsed:.1f} s ({elapsed / targets * 100_000:.1f} s per "
          f"100,000 targets); verdicts {verdicts}")
    return elapsed, targets


def generate(formats: str, workers: Workers) -> float:
    from django.core.management import call_command

    from reports.models import GeneratedReport

    out = StringIO()
    started = time.perf_counter()
    call_command("generate_reports", "--format", formats, "--queue", stdout=out)
    elapsed = time.perf_counter() - started
    kinds = dict(GeneratedReport.objects.values_list("kind").order_by().annotate(
        n=__import__("django").db.models.Count("pk")))
    print(f"generate_reports --queue ({formats}): {elapsed:.1f} s; {out.getvalue().strip()}; {kinds}")
    return elapsed


def api(args, scratch: Path) -> None:
    """gunicorn on PostgreSQL, driven from threads of this process with keep-alive connections."""
    from django.db import connection

    from tracker.models import Report

    # As reviewers would have it after a while: three in five targets confirmed.
    with connection.cursor() as cursor:
        cursor.execute("UPDATE tracker_target SET review_status = 'confirmed' WHERE id % 5 < 3")
        cursor.execute("ANALYZE")
    pairs = list(Report.objects.exclude(jurisdiction=None).values_list("jurisdiction_id", "report_year"))
    rng = random.Random(5)
    chosen = rng.sample(pairs, min(500, len(pairs)))
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "gunicorn"), "tracker.wsgi", "-b", f"127.0.0.1:{API_PORT}", "-w", "2",
         "--log-level", "warning"],
        cwd=ROOT, env=os.environ.copy(), stdout=(scratch / "gunicorn.log").open("w"), stderr=subprocess.STDOUT,
    )
    try:
        _wait_until_up("/api/v1/indicators/")
        for label, suffix in (("filtered list (a government's targets of one year)", ""),
                              ("same, with unreviewed rows", "&include_unreviewed=true")):
            paths = [f"/api/v1/targets/?jurisdiction={j}&year={y}{suffix}" for j, y in chosen]
            _load(paths, args.api_connections, 3)  # warm up
            latencies, failed = _load(paths, args.api_connections, args.api_seconds)
            quantiles = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [float("nan")] * 99
            print(f"API {label}: {len(latencies) / args.api_seconds:.0f} req/s, p50 {quantiles[49]:.1f} ms, "
                  f"p95 {quantiles[94]:.1f} ms (successful answers only), failed {dict(failed) or 0} "
                  f"({args.api_connections} connections, "
                  f"gunicorn 2 workers)")
    finally:
        server.terminate()
        server.wait(timeout=30)


def _wait_until_up(path: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", API_PORT, timeout=5)
            conn.request("GET", path)
            if conn.getresponse().status == 200:
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
        time.sleep(0.3)


def _load(paths: list[str], connections: int, seconds: float) -> tuple[list[float], Counter]:
    """Latencies of the successful answers, and every other answer counted by status."""
    latencies: list[float] = []
    failed: Counter = Counter()
    deadline = time.perf_counter() + seconds

    def client(seed: int) -> None:
        rng = random.Random(seed)
        conn = http.client.HTTPConnection("127.0.0.1", API_PORT, timeout=30)
        while time.perf_counter() < deadline:
            started = time.perf_counter()
            conn.request("GET", rng.choice(paths))
            response = conn.getresponse()
            body = response.read()
            if response.status == 200:
                latencies.append((time.perf_counter() - started) * 1000)
            else:
                failed[response.status] += 1
                if failed[response.status] == 1:
                    print(f"  first {response.status}: {body[:300]!r}")

    threads = [threading.Thread(target=client, args=(i,)) for i in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, failed

if __name__ == "__main__":
    main()
