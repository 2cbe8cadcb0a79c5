"""Median server time of the review item page with about 10,000 assessments, on PostgreSQL.

Synthetic rows (not real reports): G governments, each with a 2023 report setting 50 targets and
a 2024 report giving an outcome for each, in report texts of realistic length (about 40 KB of
paragraphs), one assessment per target, every row written with its history record. Runs in its
own database, created and dropped here, so it never touches real data.

Each request goes through the whole Django stack (middleware, session, view, template) with the
test client, timed from request to rendered response; the page of a different assessment each
time, after a warm-up. The test environment is not installed, so templates render as in a server
(without the per-render signals tests use). Settings are the environment's, DEBUG included.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres .venv/bin/python benchmarks/review_item_bench.py [--assessments 10000] [--requests 50]
"""
import argparse
import random
import statistics
import sys
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scratch import scratch_database  # noqa: E402  (beside this script)

TARGETS_PER_GOVERNMENT = 50
FILLER = "坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展，统筹发展和安全。"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--assessments", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=50)
    args = parser.parse_args()

    with scratch_database("tracker_bench_review"):
        run(args.assessments // TARGETS_PER_GOVERNMENT, args.requests)


def _report_text(name: str, year: int, sentences: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """A report of paragraphs, one figure in each; returns the text and each sentence's span."""
    parts, spans, offset = [], [], 0
    header = f"{name}{year}年政府工作报告\n"
    parts.append(header)
    offset += len(header)
    for sentence in sentences:
        lead = FILLER * 3
        paragraph = f"{lead}{sentence}，{FILLER * 2}\n"
        spans.append((offset + len(lead), offset + len(lead) + len(sentence)))
        parts.append(paragraph)
        offset += len(paragraph)
    return "".join(parts), spans


def fill(governments: int) -> list[int]:
    from simple_history.utils import bulk_create_with_history

    from tracker.models import Assessment, Indicator, Jurisdiction, Outcome, Report, Target

    rng = random.Random(7)
    indicators = list(Indicator.objects.order_by("code"))
    places = Jurisdiction.objects.bulk_create(
        Jurisdiction(name=f"示例省样本市第{index}区", level="county") for index in range(governments)
    )
    targets, outcomes = [], []
    for place in places:
        chosen = [indicators[index % len(indicators)] for index in range(TARGETS_PER_GOVERNMENT)]
        planned = [Decimal(rng.randint(30, 90)) / 10 for _ in chosen]
        actual = [value + Decimal(rng.randint(-20, 20)) / 10 for value in planned]
        plan_text, plan_spans = _report_text(
            place.name, 2023, [f"{i.name_zh}增长{v}%左右" for i, v in zip(chosen, planned)]
        )
        review_text, review_spans = _report_text(
            place.name, 2024, [f"{i.name_zh}增长{v}%" for i, v in zip(chosen, actual)]
        )
        plan, review = Report.objects.bulk_create(
            Report(jurisdiction=place, report_year=year, original_text=text, normalized_text=text,
                   sha256=f"{place.pk:032d}{year:032d}", title=f"{place.name}{year}年政府工作报告")
            for year, text in ((2023, plan_text), (2024, review_text))
        )
        for indicator, value, got, (start, end), (out_start, out_end) in zip(chosen, planned, actual, plan_spans, review_spans):
            common = {"indicator": indicator, "indicator_text": indicator.name_zh, "kind": "growth", "unit": "%"}
            targets.append(Target(report=plan, period_start=2023, period_end=2023, value=value, qualifier="approx",
                                  quote=plan_text[start:end], start=start, end=end, **common))
            outcomes.append(Outcome(report=review, period_start=2023, period_end=2023, value=got,
                                    quote=review_text[out_start:out_end], start=out_start, end=out_end, **common))
    targets = bulk_create_with_history(targets, Target, batch_size=2000)
    outcomes = bulk_create_with_history(outcomes, Outcome, batch_size=2000)
    assessments = [
        Assessment(
            target=target, outcome=outcome, verdict="met" if outcome.value >= target.value else "missed",
            gap=outcome.value - target.value, rule="approx", ruleset_version="2025.1",
            confidence=rng.random(), reason="synthetic", disagreement=rng.random() < 0.05,
        )
        for target, outcome in zip(targets, outcomes)
    ]
    return [a.pk for a in bulk_create_with_history(assessments, Assessment, batch_size=2000)]


def run(governments: int, requests: int) -> None:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from tracker.services.accounts import reviewer_ensure

    started = time.perf_counter()
    ids = fill(governments)
    print(f"filled {len(ids)} synthetic assessments in {time.perf_counter() - started:.1f} s")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")

    client = Client()
    client.force_login(reviewer_ensure(username="bench", password="bench-only-123"))
    sample = random.Random(11).sample(ids, requests + 5)

    def timed(url: str) -> float:
        began = time.perf_counter()
        response = client.get(url)
        elapsed = time.perf_counter() - began
        assert response.status_code == 200, (url, response.status_code)
        return elapsed * 1000

    for pk in sample[:5]:
        timed(f"/review/assessments/{pk}/")
    item_times = [timed(f"/review/assessments/{pk}/") for pk in sample[5:]]
    queue_times = [timed(f"/review/?page={page}") for page in range(1, 21)]
    with CaptureQueriesContext(connection) as queries:
        timed(f"/review/assessments/{sample[0]}/")

    sql_ms = sum(float(query["time"]) for query in queries.captured_queries) * 1000
    print(f"item page, {len(item_times)} requests: median {statistics.median(item_times):.1f} ms, "
          f"p90 {statistics.quantiles(item_times, n=10)[-1]:.1f} ms, "
          f"{len(queries.captured_queries)} queries taking {sql_ms:.1f} ms")
    for query in sorted(queries.captured_queries, key=lambda q: -float(q["time"]))[:3]:
        print(f"  {float(query['time']) * 1000:.1f} ms  {query['sql'][:110]}")
    print(f"queue page, {len(queue_times)} requests: median {statistics.median(queue_times):.1f} ms")


if __name__ == "__main__":
    main()
