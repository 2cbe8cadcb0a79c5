"""python manage.py reextract [--report ID ...]: run the current extractor over stored reports."""
from django.core.management.base import BaseCommand

from tracker.models import Report
from tracker.services.extraction import report_extract
from tracker.services.taxonomy import taxonomy_from_db


class Command(BaseCommand):
    help = "Re-extract stored reports (all by default); rows a reviewer touched are kept."

    def add_arguments(self, parser):
        parser.add_argument("--report", type=int, action="append", dest="reports", help="report id (repeatable)")

    def handle(self, *args, **options):
        reports = Report.objects.order_by("pk")
        if options["reports"]:
            reports = reports.filter(pk__in=options["reports"])
        taxonomy = taxonomy_from_db()
        for report in reports:
            targets, outcomes = report_extract(report=report, taxonomy=taxonomy)
            self.stdout.write(f"report {report.pk} {report}: {targets} targets, {outcomes} outcomes")
