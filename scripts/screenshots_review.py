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
from pathlib import Path

from demo_site import CHROMIUM, CHROMIUM_ARGS, ROOT, import_demo_data, served_site

USERNAME, PASSWORD = "screenshots", "screenshots-only-1"


def build_database() -> int:
    """Fill the database named by the environment; returns the id of the item to photograph."""
    from tracker.models import Assessment
    from tracker.services.accounts import reviewer_ensure

    import_demo_data()
    reviewer_ensure(username=USERNAME, password=PASSWORD)
    item = Assessment.objects.needs_review().filter(verdict="missed", outcome__isnull=False).order_by("confidence", "pk").first()
    item = item or Assessment.objects.filter(outcome__isnull=False).order_by("pk").first()
    return item.pk


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
    with served_site("review-screenshots-", build_database, "/admin/login/") as (base, item_id):
        capture(item_id, base, args.out)


if __name__ == "__main__":
    main()
