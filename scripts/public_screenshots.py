"""Screenshots of the public pages journalists cite, for the docs, in headless Chromium.

    .venv/bin/python scripts/public_screenshots.py [--out docs]

Builds a throwaway SQLite database with the demo data (samples/ imported and linked, plus the
labelled synthetic reviews), serves it with runserver and captures a target's evidence page at
desktop width and at 375 px, a government's page and the embeddable scorecard:
docs/public-target.png, docs/public-target-375.png, docs/public-government.png and
docs/public-embed.png. Nothing is reviewed in the demo, so the pages show the provisional notice."""
from __future__ import annotations

import argparse
from pathlib import Path

from demo_site import ROOT, capture_pages, import_demo_data, served_site

GOVERNMENT, YEAR, INDICATOR = "重庆市渝中区", 2024, "general_budget_revenue"


def build_database() -> list[tuple[str, str, int]]:
    """(file name, path, viewport width) of each page to capture."""
    from tracker.models import Jurisdiction, Target

    import_demo_data()
    place = Jurisdiction.objects.get(name=GOVERNMENT)
    target = Target.objects.get(report__jurisdiction=place, report__report_year=YEAR, indicator__code=INDICATOR)
    return [
        ("public-target.png", f"/zh-hans/targets/{target.pk}/", 960),
        ("public-target-375.png", f"/zh-hans/targets/{target.pk}/", 375),
        ("public-government.png", f"/zh-hans/governments/{place.pk}/", 960),
        ("public-embed.png", f"/zh-hans/reports/scorecard/{place.pk}/{YEAR}/embed/", 640),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with served_site("public-screenshots-", build_database, "/zh-hans/journalists/") as (base, pages):
        capture_pages(pages, base, args.out)


if __name__ == "__main__":
    main()
