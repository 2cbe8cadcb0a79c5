"""python manage.py import_reports PATH... [--queue] [--no-link] [--jurisdiction NAME] [--year N] ...

Inline by default; with --queue (and a broker configured) the files go to Celery workers in parts
and the same lines come back in the same order. Either way the governments whose files are in are
linked once at the end, not after every file."""
import datetime
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from tracker import fanout
from tracker.models import SourceKind
from tracker.services.batches import FAILED, IMPORTED, QUEUED, UNCHANGED, FileSource, ItemOutcome, files_import
from tracker.services.ingest import ReportMeta, import_paths
from tracker.tasks import files_import as files_import_task


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
        parser.add_argument("--queue", action="store_true",
                            help="send the files to Celery workers (inline when no broker is configured)")
        parser.add_argument("--no-link", action="store_true",
                            help="do not link the governments afterwards (run `link` later)")

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
        queued = options["queue"] and fanout.queue_available()
        if options["queue"] and not queued:
            self.stderr.write(fanout.NO_BROKER)
        counts = {IMPORTED: 0, UNCHANGED: 0, FAILED: 0, QUEUED: 0}
        governments: set[int] = set()
        progress = tqdm(total=len(files), unit="file", disable=len(files) < 2, file=sys.stderr)
        outcomes = self._queued(files, meta) if queued else files_import(
            sources=(FileSource(str(path)) for path in files), meta=meta
        )
        for outcome in outcomes:
            counts[outcome.status] += 1
            if outcome.jurisdiction_id:
                governments.add(outcome.jurisdiction_id)
            self._report(outcome)
            progress.update(1)
        progress.close()
        if governments and not options["no_link"]:
            self._link(governments, queued=queued)
        summary = f"{counts[IMPORTED]} imported, {counts[UNCHANGED]} unchanged, {counts[FAILED]} failed"
        if counts[QUEUED]:
            summary += f", {counts[QUEUED]} queued for OCR"
        self.stdout.write(summary)
        if counts[FAILED]:
            raise CommandError(f"{counts[FAILED]} file(s) failed to import", returncode=1)

    @staticmethod
    def _queued(files: list[Path], meta: ReportMeta):
        def task_for(part: list[Path]):
            return files_import_task.s([FileSource.read(path).as_message() for path in part], meta.as_message())

        return fanout.outcomes_fanned_out(files, size=fanout.FILES_PER_TASK, task_for=task_for)

    def _report(self, outcome: ItemOutcome) -> None:
        path = outcome.name
        if outcome.status == FAILED:
            self._emit(self.stderr, f"FAILED {path}: {outcome.error}")
        elif outcome.status == IMPORTED:
            self._emit(self.stdout, f"imported {path} as {outcome.message.removeprefix('imported as ')}")
        else:
            self._emit(self.stdout, f"{outcome.status} {path}: {outcome.message}")

    def _link(self, governments: set[int], *, queued: bool) -> None:
        """Every government a file of the batch belongs to, the unchanged ones too: a re-run
        then repairs a batch that stopped between its imports and its linking."""
        progress = tqdm(total=len(governments), unit="government", desc="linking",
                        disable=len(governments) < 2, file=sys.stderr)
        try:
            for part, _summary in fanout.governments_link(governments, queued=queued):
                progress.update(len(part))
        except RuntimeError as error:
            raise CommandError(str(error)) from None
        finally:
            progress.close()

    @staticmethod
    def _emit(stream, line: str) -> None:
        """A line above the progress bar, not through it."""
        with tqdm.external_write_mode(file=sys.stderr):
            stream.write(line)
