"""Hostile input at scale: the Hypothesis import property with 10,000 examples (CI runs 1,000),
and the files near the real 5 MB limit that the table test scales down to 1 MB.

Prints examples per second, how the examples ended (imported or the reason they were refused)
and the seconds each near-limit file takes. Runs in its own PostgreSQL database.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres .venv/bin/python benchmarks/hostile_import_bench.py [--examples 10000]
"""
import argparse
import collections
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scratch import scratch_database  # noqa: E402  (beside this script)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--examples", type=int, default=10_000)
    args = parser.parse_args()
    with scratch_database("tracker_bench_hostile"):
        near_limit_files()
        property_run(args.examples)


def property_run(examples: int) -> None:
    from hypothesis import HealthCheck, given, settings

    from tests.hostile import mutated_reports
    from tests.integration.test_import_properties import check_import

    outcomes: collections.Counter = collections.Counter()

    @settings(max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(mutated_reports())
    def run(file):
        outcomes[check_import(*file)[:70]] += 1

    started = time.perf_counter()
    run()
    elapsed = time.perf_counter() - started
    total = sum(outcomes.values())
    print(f"{total} mutated files in {elapsed:.1f} s ({total / elapsed:.1f} files/s), no exception escaped:")
    for outcome, count in outcomes.most_common():
        print(f"  {count:6d}  {outcome}")


def near_limit_files() -> None:
    from tests.hostile import SYNTHETIC_REPORT
    from tracker.services.ingest import ImportRejected, report_import

    limit = 5 * 1024 * 1024
    report = (SYNTHETIC_REPORT + "\n").encode()

    def fill(line: str, separator: str) -> bytes:
        unit = (line + separator).encode()
        return report + unit * ((limit - 65536 - len(report)) // len(unit))

    files = {
        "6 MB": report * (6 * 1024 * 1024 // len(report) + 1),
        "4.9 MB of one comma-separated sentence": fill("地区生产总值增长6%,", ""),
        "4.9 MB of one repeated figure, one line each": fill("全区地区生产总值增长7.1%。", "\n"),
        "4.9 MB of prose": fill("我们坚持稳中求进工作总基调,推动经济社会发展。", "\n"),
    }
    for name, data in files.items():
        started = time.perf_counter()
        try:
            report_import(data=data, file_name="r.txt")
            outcome = "imported"
        except ImportRejected as error:
            outcome = str(error)[:90]
        print(f"{name}: {time.perf_counter() - started:.2f} s, {outcome}")


if __name__ == "__main__":
    main()
