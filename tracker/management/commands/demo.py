"""python manage.py demo: the first-run world (samples imported, linked, a reviewer login)."""
import os
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from tracker.services.accounts import reviewer_ensure

DEMO_USER = "reviewer"


class Command(BaseCommand):
    help = "Import samples/, link every target, and create the demo reviewer login."

    def add_arguments(self, parser):
        parser.add_argument("--samples", type=Path, default=settings.BASE_DIR / "samples")

    def handle(self, *args, **options):
        try:
            call_command("import_reports", str(options["samples"]), stdout=self.stdout, stderr=self.stderr)
        except CommandError as error:
            self.stderr.write(f"{error}; the demo goes on with the files that imported")
        call_command("link", stdout=self.stdout)
        password = os.environ.get("DEMO_PASSWORD", "review-the-numbers")
        reviewer_ensure(username=DEMO_USER, password=password)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo reviewer login: user {DEMO_USER!r}, password {password!r} "
                "at http://127.0.0.1:8000/admin/"
            )
        )

