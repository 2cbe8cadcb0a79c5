"""python manage.py extract FILE [--json]: what extraction finds in one file, without storing it."""
import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from tracker.extraction import explain_lines, extract_report
from tracker.extraction.decoding import DecodeError, decode_document
from tracker.services.taxonomy import taxonomy_from_db


class Command(BaseCommand):
    help = "Extract targets and outcomes from one report file and print them."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--json", action="store_true", help="print the extraction output format")
        parser.add_argument("--year", type=int, help="report year, when the text does not say")
        parser.add_argument("--explain", action="store_true",
                            help="print, for every number in the text, which rule kept or dropped it")

    def handle(self, *args, **options):
        path: Path = options["file"]
        try:
            decoded = decode_document(path.read_bytes(), filename=path.name)
        except (OSError, DecodeError) as error:
            raise CommandError(f"{path}: {error}") from None
        result = extract_report(decoded.text, taxonomy=self._taxonomy(), report_year=options["year"],
                                explain=options["explain"])
        if options["explain"]:
            self.stdout.write("\n".join(explain_lines(result)))
            return
        if options["json"]:
            self.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=1))
            return
        self.stdout.write(
            f"{result.jurisdiction or '?'} {result.report_year or '?'} "
            f"delivered {result.delivered_on or '?'} by {result.speaker or '?'}"
        )
        for label, items in (("target", result.targets), ("actual", result.actuals)):
            for item in items:
                self.stdout.write(f"{label:6} {item.period:9} {item.indicator:28} {item.kind:10} {item.quote}")

    def _taxonomy(self):
        """The admin-edited taxonomy; the built-in copy when the database is not set up yet, so
        that extracting a file needs no migrated database."""
        try:
            taxonomy = taxonomy_from_db()
        except DatabaseError:
            self.stderr.write("database not migrated: using the built-in indicator taxonomy")
            return None
        return taxonomy if taxonomy.indicators else None
