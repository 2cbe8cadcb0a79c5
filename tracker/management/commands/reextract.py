"""python manage.py reextract [--report ID ...] [--queue] [--no-link]: run the current extractor
over stored reports, each in its own transaction, inline or fanned out to Celery workers; the
governments are linked once at the end."""
import sys

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from tracker import fanout
from tracker.models import Report
from tracker.services.batches import FAILED, reports_reextract
from tracker.tasks import reports_reextract as reports_reextract_task


class Command(BaseCommand):
    help = "Re-extract stored reports (all by default); rows a reviewer touched are kept."

    def add_arguments(self, parser):
        parser.add_argument("--report", type=int, action="append", dest="reports", help="report id (repeatable)")
        parser.add_argument("--queue", action="store_true",
                            help="send the reports to Celery workers (inline when no broker is configured)")
        parser.add_argument("--no-link", action="store_true", help="do not link the governments afterwards")

    def handle(self, *args, **options):
        reports = Report.objects.order_by("pk")
        if options["reports"]:
            reports = reports.filter(pk__in=options["reports"])
        ids = list(reports.values_list("pk", flat=True))
        queued = options["queue"] and fanout.queue_available()
        if options["queue"] and not queued:
            self.stderr.write(fanout.NO_BROKER)
        failed = 0
        governments: set[int] = set()
        progress = tqdm(total=len(ids), unit="report", disable=len(ids) < 2, file=sys.stderr)
        for outcome in self._queued(ids) if queued else reports_reextract(report_ids=ids):
            progress.update(1)
            with tqdm.external_write_mode(file=sys.stderr):
                if outcome.status == FAILED:
                    failed += 1
                    self.stderr.write(f"FAILED report {outcome.name} {outcome.label}: {outcome.error}")
                    continue
                self.stdout.write(
                    f"report {outcome.report_id} {outcome.label}: {outcome.targets} targets, {outcome.outcomes} outcomes"
                )
            if outcome.jurisdiction_id:
                governments.add(outcome.jurisdiction_id)
        progress.close()
        if governments and not options["no_link"]:
            try:
                for _part, _summary in fanout.governments_link(governments, queued=queued):
                    pass
            except RuntimeError as error:
                raise CommandError(str(error)) from None
        if failed:
            raise CommandError(f"{failed} report(s) failed to re-extract", returncode=1)

    @staticmethod
    def _queued(ids: list[int]):
        return fanout.outcomes_fanned_out(ids, size=fanout.REPORTS_PER_TASK, task_for=reports_reextract_task.s)
