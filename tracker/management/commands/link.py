"""python manage.py link [--jurisdiction NAME] [--year N] [--json] [--queue]

With --queue (and a broker configured) the governments are linked by Celery workers, a part of
them per task, each government held by a row lock while it is linked; the output is the same."""
import json
import sys

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from tracker import fanout
from tracker.services.jurisdictions import jurisdiction_find
from tracker.services.linking import LinkSummary, assessment_rows, link_jurisdictions, reporting_government_ids


def _number(value):
    return None if value is None else float(value)


def assessment_record(assessment) -> dict:
    """One assessment as the --json line a script reads."""
    target, outcome = assessment.target, assessment.outcome
    return {
        "id": assessment.pk,
        "jurisdiction": target.report.jurisdiction.name,
        "indicator": target.indicator.code if target.indicator_id else None,
        "indicator_text": target.indicator_text,
        "period": target.period,
        "kind": target.kind,
        "target_value": _number(target.value),
        "value_high": _number(target.value_high),
        "unit": target.unit,
        "qualifier": target.qualifier,
        "stretch": target.stretch,
        "reference": target.reference or None,
        "actual_value": _number(assessment.derived_value if assessment.derived else outcome.value) if outcome else None,
        "actual_unit": ("%" if assessment.derived else outcome.unit) if outcome else None,
        "verdict": assessment.verdict,
        "gap": _number(assessment.gap),
        "rule": assessment.rule,
        "confidence": assessment.confidence,
        "review_status": assessment.review_status,
        "target_quote": target.quote,
        "outcome_quote": outcome.quote if outcome else None,
    }


class Command(BaseCommand):
    help = "Link targets to the outcomes that answer them and judge them; print the result."

    def add_arguments(self, parser):
        parser.add_argument("--jurisdiction", help="full name, e.g. 重庆市江北区")
        parser.add_argument("--year", type=int, help="only targets whose period includes this year")
        parser.add_argument("--json", action="store_true", help="one JSON object per assessment and line")
        parser.add_argument("--queue", action="store_true",
                            help="link on Celery workers, a part of the governments per task (inline without a broker)")

    def handle(self, *args, **options):
        ids = None
        if options["jurisdiction"]:
            found = jurisdiction_find(name=options["jurisdiction"])
            if found is None:
                raise CommandError(f"no government named {options['jurisdiction']!r}")
            ids = [found.pk]
        if options["queue"] and fanout.queue_available():
            summary = self._queued(ids, options["year"])
        else:
            if options["queue"]:
                self.stderr.write(fanout.NO_BROKER)
            summary = link_jurisdictions(jurisdiction_ids=ids, year=options["year"])
        if options["verbosity"] == 0:
            return
        records = [assessment_record(a) for a in assessment_rows(jurisdiction_ids=ids, year=options["year"])]
        if options["json"]:
            for record in records:
                self.stdout.write(json.dumps(record, ensure_ascii=False))
            return
        self.stdout.write(
            f"{summary.targets} targets: {summary.created} new, {summary.updated} updated, "
            f"{summary.unchanged} unchanged, {summary.rereview} marked for re-review"
        )
        header = ("government", "year", "indicator", "target", "actual", "verdict", "gap")
        lines = [header] + [
            (
                r["jurisdiction"], r["period"], r["indicator"] or f"other: {r['indicator_text'][:12]}",
                _target_text(r),
                "—" if r["actual_value"] is None else f"{_fmt(r['actual_value'])}{r['actual_unit']}",
                r["verdict"], "" if r["gap"] is None else f"{r['gap']:+g}",
            )
            for r in records
        ]
        widths = [max(_width(line[i]) for line in lines) for i in range(len(header))]
        for line in lines:
            self.stdout.write("  ".join(cell + " " * (w - _width(cell)) for cell, w in zip(line, widths)).rstrip())


    @staticmethod
    def _queued(ids: list[int] | None, year: int | None) -> LinkSummary:
        ids = set(reporting_government_ids() if ids is None else ids)
        summary = LinkSummary()
        with tqdm(total=len(ids), unit="government", disable=len(ids) < 2, file=sys.stderr) as progress:
            try:
                for part, part_summary in fanout.governments_link(ids, year=year, queued=True):
                    summary += part_summary
                    progress.update(len(part))
            except RuntimeError as error:
                raise CommandError(str(error)) from None
        return summary


def _target_text(record: dict) -> str:
    value = _fmt(record["target_value"])
    if record["value_high"] is not None:
        value += f"-{_fmt(record['value_high'])}"
    if record["reference"]:
        value = f"({record['reference']})"
    return f"{record['qualifier']} {value}{record['unit']}".strip()


def _fmt(value) -> str:
    return "" if value is None else f"{value:g}"


def _width(text: str) -> int:
    """Display width: CJK characters take two columns in a terminal."""
    return sum(2 if "\u2e80" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef" else 1 for ch in text)
