"""Extraction speed on the sample reports, next to one plain regex scan of the same text.

Run: python benchmarks/extraction_bench.py [REPEATS]

The floor is one precompiled ``re`` pass that finds every number with a unit in the raw text of
the 50 KB sample (002); the goal is a full extraction (normalisation, metadata, sectioning, both
grammars) within 50 times that floor, and at least 8 MB/s on a quiet machine. Timings are the
best of REPEATS runs, the least disturbed by the rest of the machine; on a busy machine they
still drift by 10-20%.
"""
from __future__ import annotations

import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tracker.extraction import extract_report  # noqa: E402

SAMPLES = ROOT / "samples"
FLOOR_PATTERN = re.compile(r"\d+(?:\.\d+)?(?:%|亿元|万元|万人|家|个|天)")
GOAL_FACTOR = 50
GOAL_MB_S = 8


def best_time(function, repeats: int) -> float:
    """The fastest of `repeats` runs: the least disturbed by the rest of the machine."""
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - started)
    return best


def main(repeats: int = 30) -> None:
    paths = sorted(SAMPLES.glob("*.txt"))
    print(f"{'report':<28}{'KB':>8}{'ms':>10}{'MB/s':>9}{'targets':>9}{'actuals':>9}")
    for path in paths:
        raw = path.read_bytes()
        text = raw.decode("utf-8")
        seconds = best_time(lambda: extract_report(text), repeats)
        result = extract_report(text)
        print(f"{path.name:<28}{len(raw) / 1024:>8.1f}{seconds * 1000:>10.2f}{len(raw) / seconds / 1e6:>9.2f}"
              f"{len(result.targets):>9}{len(result.actuals):>9}")

    (large,) = SAMPLES.glob("002_*.txt")
    raw = large.read_bytes()
    text = raw.decode("utf-8")
    floor = best_time(lambda: FLOOR_PATTERN.findall(text), repeats * 10)
    full = best_time(lambda: extract_report(text), repeats)
    print()
    print(f"002 ({len(raw) / 1024:.1f} KB): plain re scan {floor * 1000:.3f} ms ({len(raw) / floor / 1e6:.1f} MB/s), "
          f"full extraction {full * 1000:.2f} ms ({len(raw) / full / 1e6:.2f} MB/s), "
          f"{full / floor:.1f}x the floor (goal: within {GOAL_FACTOR}x and at least {GOAL_MB_S} MB/s)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 30)
