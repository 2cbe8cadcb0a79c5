"""Screenshots of a generated scorecard and league table, for the docs, in headless Chromium.

    .venv/bin/python scripts/report_screenshots.py [--out docs]

Builds a throwaway SQLite database: the demo data (samples/ imported and linked, as `manage.py
demo` does) plus the labelled synthetic review texts of tests/fixtures/synthetic/ that answer the
samples' targets. The samples hold no two governments of one parent reporting the same year, so
the league table comes from the fictional city of tests/reports/world.py (示例省样本市, every
number invented). Reports are generated with `generate_reports`, served by `runserver`, and the
stored report pages are captured: docs/report-scorecard.png and docs/report-league.png."""
from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SYNTHETIC = ROOT / "tests" / "fixtures" / "synthetic"
SCORECARD = ("重庆市巴南区", 2022)
LEAGUE_PARENT, LEAGUE_YEAR = "示例省样本市", 2023
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def build_database() -> dict[str, str]:
    """Fill the database named by the environment; returns the paths to capture by name."""
    import django

    sys.path.insert(0, str(ROOT))
    django.setup()
    from django.core.management import call_command

    from reports.models import GeneratedReport
    from tests.reports.world import build_world
    from tracker.models import Jurisdiction
    from tracker.services.accounts import reviewer_ensure

    call_command("migrate", verbosity=0)
    call_command("demo", verbosity=0)
    reviews = sorted(path for path in SYNTHETIC.glob("*.txt") if "summary" not in path.name)
    call_command("import_reports", *map(str, reviews), verbosity=0)
    call_command("import_reports", *map(str, SYNTHETIC.glob("*summary*.txt")), kind="summary", verbosity=0)
    call_command("link", verbosity=0)
    build_world(reviewer_ensure(username="screenshots", password="screenshots-only-1"))
    call_command("generate_reports")

    scorecard = Jurisdiction.objects.get(name=SCORECARD[0])
    parent = Jurisdiction.objects.get(name=LEAGUE_PARENT)
    return {
        "report-scorecard.png": GeneratedReport.objects.for_scope(f"scorecard-j{scorecard.pk}-{SCORECARD[1]}")
        .get().get_absolute_url(),
        "report-league.png": GeneratedReport.objects.for_scope(f"league-j{parent.pk}-{LEAGUE_YEAR}")
        .get().get_absolute_url(),
    }


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(url: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def capture(pages: dict[str, str], base: str, out: Path) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 960, "height": 900}, device_scale_factor=1)
        for name, path in pages.items():
            page.goto(base + path, wait_until="load")
            page.screenshot(path=str(out / name), full_page=True)
            print(f"wrote {out / name} from {path}")
        browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="report-screenshots-") as scratch:
        env = {**os.environ, "DATABASE_URL": f"sqlite:///{scratch}/db.sqlite3", "MEDIA_ROOT": f"{scratch}/media",
               "DJANGO_SETTINGS_MODULE": "tracker.settings", "DEBUG": "true"}
        env.pop("CELERY_BROKER_URL", None)  # eager tasks: the demo links inline
        os.environ.clear()
        os.environ.update(env)
        pages = build_database()
        port = free_port()
        server = subprocess.Popen(
            [sys.executable, str(ROOT / "manage.py"), "runserver", "--noreload", f"127.0.0.1:{port}"],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            wait_for(base + "/reports/")
            capture(pages, base, args.out)
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
