"""Import throughput on PostgreSQL: the five samples, then a batch of 1,000 files.

The batch is made of copies of the samples with varied bytes (a numbered comment line appended,
so every file has its own SHA-256 and is really imported and extracted). Runs in its own
database, created and dropped here.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres .venv/bin/python benchmarks/import_bench.py [--batch 1000]
"""
import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scratch import scratch_database  # noqa: E402  (beside this script)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--batch", type=int, default=1000)
    args = parser.parse_args()
    with scratch_database("tracker_bench_import"):
        run(args.batch)


def _import_all(files: list[Path]) -> float:
    from tracker.services.ingest import report_import_file

    started = time.perf_counter()
    for path in files:
        report_import_file(path=path)
    return time.perf_counter() - started


def run(batch: int) -> None:
    from tracker.models import Outcome, Report, Target

    samples = sorted((ROOT / "samples").glob("*.txt"))
    elapsed = _import_all(samples)
    size = sum(p.stat().st_size for p in samples)
    print(f"5 samples ({size / 1024:.0f} KB): {elapsed:.2f} s, {len(samples) / elapsed:.1f} reports/s "
          f"({Target.objects.count()} targets, {Outcome.objects.count()} outcomes)")
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for i in range(batch):
            source = samples[i % len(samples)]
            path = Path(tmp) / f"{i:05d}_{source.name}"
            path.write_bytes(source.read_bytes() + f"\n<!-- copy {i} -->\n".encode())
            files.append(path)
        size = sum(p.stat().st_size for p in files)
        elapsed = _import_all(files)
    print(f"{batch} files ({size / 1024 / 1024:.1f} MB): {elapsed:.1f} s, {batch / elapsed:.1f} reports/s, "
          f"{size / 1024 / 1024 / elapsed:.2f} MB/s ({Report.objects.count()} reports stored)")


if __name__ == "__main__":
    main()
