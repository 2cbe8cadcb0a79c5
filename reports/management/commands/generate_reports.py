"""python manage.py generate_reports [--jurisdiction NAME] [--year N] [--format html,csv,pdf] [--out DIR]

Brings the stored reports up to date (the same service the schedule runs) and, with --out, copies
the current files of every report covered into DIR."""
import shutil
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from reports.rendering import FORMATS
from reports.services import generated_reports_refresh
from tracker.services.jurisdictions import jurisdiction_find

UNKNOWN_JURISDICTION = "no government named {!r} (give the full name, e.g. 重庆市江北区)"
BAD_FORMATS = "--format takes a comma-separated list of html, csv, pdf; got {!r}"


def _formats(value: str) -> list[str]:
    formats = [part.strip() for part in value.split(",") if part.strip()]
    if not formats or set(formats) - set(FORMATS):
        raise CommandError(BAD_FORMATS.format(value))
    return formats


class Command(BaseCommand):
    help = "Generate the accountability reports whose inputs changed, and optionally copy them to a folder."

    def add_arguments(self, parser):
        parser.add_argument("--jurisdiction", help="only reports that read this government (full name)")
        parser.add_argument("--year", type=int, help="only reports touching this year")
        parser.add_argument("--format", dest="formats", type=_formats, default=list(FORMATS),
                            help="comma-separated: html,csv,pdf (PDF is made for scorecards)")
        parser.add_argument("--out", type=Path, help="copy the files of every report covered into this folder")

    def handle(self, *args, jurisdiction=None, year=None, formats, out=None, **options):
        jurisdiction_ids = None
        if jurisdiction:
            found = jurisdiction_find(name=jurisdiction)
            if found is None:
                raise CommandError(UNKNOWN_JURISDICTION.format(jurisdiction))
            jurisdiction_ids = [found.pk]
        summary = generated_reports_refresh(
            jurisdiction_ids=jurisdiction_ids, years=[year] if year else None, formats=formats
        )
        if out:
            self._copy(summary.reports, out, formats)
        self.stdout.write(
            f"{len(summary.reports)} reports: {summary.generated} generated, {summary.unchanged} unchanged"
            + (f"; files in {out}" if out else "")
        )

    def _copy(self, reports, out: Path, formats: list[str]) -> None:
        out.mkdir(parents=True, exist_ok=True)
        for report in reports:
            for fmt in report.formats:
                if fmt in formats:
                    with report.file_for(fmt).open("rb") as source, (out / f"{report.scope_key}.{fmt}").open("wb") as target:
                        shutil.copyfileobj(source, target)
