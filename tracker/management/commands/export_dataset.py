"""python manage.py export_dataset --out DIR: the dataset as SQLite with Datasette metadata, and CSV."""
from pathlib import Path

from django.core.management.base import BaseCommand

from tracker.services.export import dataset_export


class Command(BaseCommand):
    help = "Write DIR/tracker.db and DIR/metadata.json (datasette DIR/tracker.db -m DIR/metadata.json) and one CSV file per table, reproducibly."

    def add_arguments(self, parser):
        parser.add_argument("--out", type=Path, required=True, help="directory to write into")
        parser.add_argument(
            "--include-unreviewed", action="store_true", help="also export machine output no reviewer confirmed yet"
        )
        parser.add_argument("--base-url", default="", help="make links absolute, e.g. https://tracker.example.org")

    def handle(self, *args, **options):
        result = dataset_export(
            out=options["out"], include_unreviewed=options["include_unreviewed"], base_url=options["base_url"]
        )
        for table, count in result.rows.items():
            self.stdout.write(f"{table}: {count} rows")
        self.stdout.write(f"wrote {result.database}, {result.metadata} and {len(result.csv_files)} CSV files")
