"""python manage.py import_reports PATH... [--jurisdiction NAME] [--year N] ..."""
import datetime
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from tracker.models import SourceKind
from tracker.services.ingest import ImportRejected, ReportMeta, import_paths, report_import_file


def _date_option(option: str):
    def parse(value: str) -> datetime.date:
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            raise CommandError(f"{option} must be a date like 2024-02-04, got {value!r}") from None

    return parse


class Command(BaseCommand):
    help = (
        "Import work report files (.txt, .html, .pdf, .docx, .doc, page images) or folders of them, "
        "extracting targets and outcomes; scans are queued for OCR."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", type=Path)
        parser.add_argument("--jurisdiction", help="full name, e.g. 重庆市江北区")
        parser.add_argument("--year", type=int, help="report year")
        parser.add_argument("--delivered-on", type=_date_option("--delivered-on"), help="YYYY-MM-DD")
        parser.add_argument(
            "--source-url", default="", help="where the file was found (default: an HTML page's canonical link)"
        )
        parser.add_argument("--retrieved-on", type=_date_option("--retrieved-on"), help="YYYY-MM-DD, the day it was fetched")
        parser.add_argument("--kind", choices=list(SourceKind.values),
                            help="the document's form; detected from the text when not given")

    def handle(self, *args, **options):
        missing = [str(p) for p in options["paths"] if not p.exists()]
        if missing:
            raise CommandError(f"no such file or folder: {', '.join(missing)}")
        meta = ReportMeta(
            jurisdiction=options["jurisdiction"],
            report_year=options["year"],
            delivered_on=options["delivered_on"],
            source_url=options["source_url"],
            retrieved_on=options["retrieved_on"],
            source_kind=options["kind"],
        )
        files = import_paths(options["paths"])
        counts = {"imported": 0, "unchanged": 0, "failed": 0, "queued": 0}
        progress = tqdm(files, unit="file", disable=len(files) < 2, file=sys.stderr)
        for path in progress:
            try:
                result = report_import_file(path=path, meta=meta)
            except ImportRejected as error:
                counts["failed"] += 1
                self._emit(self.stderr, f"FAILED {path}: {error}")
                continue
            if result.report is None:
                counts["queued"] += 1
                self._emit(self.stdout, f"queued {path}: {result.describe()}")
                continue
            if not result.created:
                counts["unchanged"] += 1
                self._emit(self.stdout, f"unchanged {path}: {result.describe()}")
                continue
            counts["imported"] += 1
            self._emit(self.stdout, f"imported {path} as {result.describe().removeprefix('imported as ')}")
        summary = f"{counts['imported']} imported, {counts['unchanged']} unchanged, {counts['failed']} failed"
        if counts["queued"]:
            summary += f", {counts['queued']} queued for OCR"
        self.stdout.write(summary)
        if counts["failed"]:
            raise CommandError(f"{counts['failed']} file(s) failed to import", returncode=1)

    @staticmethod
    def _emit(stream, line: str) -> None:
        """A line above the progress bar, not through it."""
        with tqdm.external_write_mode(file=sys.stderr):
            stream.write(line)
