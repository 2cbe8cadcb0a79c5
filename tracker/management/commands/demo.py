"""python manage.py demo: the first-run world (samples imported, linked, a reviewer login).

The five samples are real reports, but none has its next year's review, so every verdict would
be pending. Unless --real-only is given, the demo also imports the synthetic reviews written for
the tests (tests/fixtures/synthetic/, each text opening with 【合成测试文本】 and its source URL
marked synthetic), so that a first run shows met, missed and silent targets.

The demo reviewer login exists only in DEBUG mode: a production database must not get a staff
account whose name is in the README. Its password is DEMO_PASSWORD when that is set, otherwise a
new random one, printed once."""
import os
import secrets
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from tracker.services.accounts import reviewer_ensure

DEMO_USER = "reviewer"
NO_DEMO_USER = (
    "No demo reviewer: DEBUG is off. Create staff accounts with `manage.py createsuperuser` and add "
    "reviewers to the Reviewers group in the admin."
)
SYNTHETIC = settings.BASE_DIR / "tests" / "fixtures" / "synthetic"
SYNTHETIC_URL = "https://example.invalid/synthetic-test-text"


class Command(BaseCommand):
    help = "Import samples/, link every target, and create the demo reviewer login."

    def add_arguments(self, parser):
        parser.add_argument("--samples", type=Path, default=settings.BASE_DIR / "samples")
        parser.add_argument("--real-only", action="store_true", help="skip the synthetic reviews")

    def handle(self, *args, **options):
        call_command("sync_taxonomy", stdout=self.stdout)
        try:
            call_command("import_reports", str(options["samples"]), stdout=self.stdout, stderr=self.stderr)
        except CommandError as error:
            self.stderr.write(f"{error}; the demo goes on with the files that imported")
        if not options["real_only"]:
            reviews = sorted(str(p) for p in SYNTHETIC.glob("*_review.txt"))
            # Each stands in for a full report; a few pages long, it would be detected as an excerpt.
            call_command("import_reports", *reviews, "--source-url", SYNTHETIC_URL, "--kind", "full",
                         stdout=self.stdout)
        call_command("link", stdout=self.stdout)
        if not settings.DEBUG:
            self.stdout.write(NO_DEMO_USER)
            return
        password = os.environ.get("DEMO_PASSWORD") or secrets.token_urlsafe(12)
        reviewer_ensure(username=DEMO_USER, password=password)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo reviewer login: user {DEMO_USER!r}, password {password!r} "
                "at http://127.0.0.1:8000/admin/"
            )
        )

