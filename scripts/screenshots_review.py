"""Screenshots of the review queue and of an item page, for the docs, in headless Chromium.

    .venv/bin/python scripts/screenshots_review.py [--out docs]

Builds a throwaway SQLite database with demo-like data: samples/ imported and linked (as
`manage.py demo` does) plus the synthetic review texts of tests/fixtures/synthetic/ that answer
the samples' targets, so the queue holds real extractions with met and missed verdicts. The site
is served by `runserver`, a reviewer logs in through the admin login, and the pages are captured:
docs/review-queue.png and docs/review-item.png (the first miss of the queue that has an outcome).
"""
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
USERNAME, PASSWORD = "screenshots", "screenshots-only-1"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def build_database() -> int:
    """Fill the database named by the environment; returns the id of the item to photograph."""
    import django

    sys.path.insert(0, str(ROOT))
    django.setup()
    from django.core.management import call_command

    from tracker.models import Assessment
    from tracker.services.accounts import reviewer_ensure

    call_command("migrate", verbosity=0)
    call_command("demo", verbosity=0)
    reviews = sorted(path for path in SYNTHETIC.glob("*.txt") if "summary" not in path.name)
    call_command("import_reports", *map(str, reviews), verbosity=0)
    call_command("import_reports", *map(str, SYNTHETIC.glob("*summary*.txt")), kind="summary", verbosity=0)
    call_command("link", verbosity=0)
    reviewer_ensure(username=USERNAME, password=PASSWORD)
    item = Assessment.objects.needs_review().filter(verdict="missed", outcome__isnull=False).order_by("confidence", "pk").first()
    item = item or Assessment.objects.filter(outcome__isnull=False).order_by("pk").first()
    return item.pk


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


def capture(item_id: int, base: str, out: Path) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900}, device_scale_factor=1, locale="zh-CN")
        page.goto(f"{base}/review/")
        page.fill("#id_username", USERNAME)
        page.fill("#id_password", PASSWORD)
        page.click("input[type=submit]")
        page.wait_for_url(f"{base}/review/")
        page.keyboard.press("j")
        page.screenshot(path=str(out / "review-queue.png"), full_page=True)
        print(f"wrote {out / 'review-queue.png'}")
        page.goto(f"{base}/review/assessments/{item_id}/")
        page.screenshot(path=str(out / "review-item.png"), full_page=True)
        print(f"wrote {out / 'review-item.png'} (assessment {item_id})")
        browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="review-screenshots-") as scratch:
        env = {**os.environ, "DATABASE_URL": f"sqlite:///{scratch}/db.sqlite3", "MEDIA_ROOT": f"{scratch}/media",
               "DJANGO_SETTINGS_MODULE": "tracker.settings", "DEBUG": "true"}
        env.pop("CELERY_BROKER_URL", None)  # eager tasks: the demo links inline
        os.environ.clear()
        os.environ.update(env)
        item_id = build_database()
        port = free_port()
        server = subprocess.Popen(
            [sys.executable, str(ROOT / "manage.py"), "runserver", "--noreload", f"127.0.0.1:{port}"],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            wait_for(base + "/admin/login/")
            capture(item_id, base, args.out)
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
