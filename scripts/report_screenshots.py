"""Screenshots of a generated scorecard (desktop, phone and its PDF) and league table, for the docs.

    .venv/bin/python scripts/report_screenshots.py [--out docs]

Builds a throwaway SQLite database: the demo data (samples/ imported and linked, as `manage.py
demo` does) plus the labelled synthetic review texts of tests/fixtures/synthetic/ that answer the
samples' targets. The samples hold no two governments of one parent reporting the same year, so
the league table comes from the fictional city of tests/reports/world.py (示例省样本市, every
number invented). Reports are generated with `generate_reports` (in Chinese, the site's language),
served by `runserver`, and the stored report pages are captured in headless Chromium:
docs/report-scorecard.png and docs/report-league.png at 960 px, docs/report-scorecard-phone.png at
375 px, and the first page of the scorecard's PDF through pdftoppm: docs/report-scorecard-pdf.png.
The review item page is captured by scripts/screenshots_review.py."""
from __future__ import annotations

import argparse
import subprocess
from pathlib import Path

from demo_site import ROOT, capture_pages, import_demo_data, served_site

SCORECARD = ("重庆市巴南区", 2022)
LEAGUE_PARENT, LEAGUE_YEAR = "示例省样本市", 2023


PHONE = "report-scorecard-phone.png"
PDF_PAGE = "report-scorecard-pdf"


def build_database() -> tuple[dict[str, str], Path]:
    """Fill the database named by the environment; returns the paths to capture by name and the
    stored PDF of the scorecard."""
    from django.core.management import call_command

    from reports.models import GeneratedReport
    from tests.reports.world import build_world
    from tracker.models import Jurisdiction
    from tracker.services.accounts import reviewer_ensure

    import_demo_data()
    build_world(reviewer_ensure(username="screenshots", password="screenshots-only-1"))
    call_command("generate_reports")

    scorecard = Jurisdiction.objects.get(name=SCORECARD[0])
    parent = Jurisdiction.objects.get(name=LEAGUE_PARENT)
    card = GeneratedReport.objects.for_scope(f"scorecard-j{scorecard.pk}-{SCORECARD[1]}").get()
    pages = {
        "report-scorecard.png": card.get_absolute_url(),
        "report-league.png": GeneratedReport.objects.for_scope(f"league-j{parent.pk}-{LEAGUE_YEAR}")
        .get().get_absolute_url(),
        PHONE: card.get_absolute_url(),
    }
    return pages, Path(card.pdf.path)


def capture_pdf_page(pdf: Path, out: Path) -> None:
    """The PDF's first page as a PNG (poppler's pdftoppm, installed by scripts/bootstrap)."""
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                    str(out / PDF_PAGE)], check=True)
    print(f"wrote {out / PDF_PAGE}.png from {pdf.name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with served_site("report-screenshots-", build_database, "/zh-hans/reports/") as (base, (pages, pdf)):
        capture_pages([(name, path, 375 if name == PHONE else 960) for name, path in pages.items()], base, args.out)
        capture_pdf_page(pdf, args.out)


if __name__ == "__main__":
    main()
