"""The five questions of the journalists' guide, answered through the tracker's API with requests
and pandas. Run it against any tracker site:

    python examples/journalist_questions.py --base-url http://127.0.0.1:8000 --government 江北区 --year 2021

Add --include-unreviewed to count machine output no reviewer has confirmed yet (labelled
provisional), and --token for a higher rate limit. The CSV of question 3 is written to --out.
Needs `pip install requests pandas`; nothing else from this repository.
"""
from __future__ import annotations

import argparse
import datetime
import io
import sys
from pathlib import Path
from urllib.parse import unquote

import pandas as pd
import requests


class Api:
    """GET requests to /api/v1/ that stop with the API's own message on a 400 (a misspelt
    parameter, an ambiguous name) instead of carrying on with nothing."""

    def __init__(self, base_url: str, token: str | None, include_unreviewed: bool):
        self.base = base_url.rstrip("/") + "/api/v1/"
        self.session = requests.Session()
        if token:
            self.session.headers["Authorization"] = f"Token {token}"
        self.extra = {"include_unreviewed": "true"} if include_unreviewed else {}

    def get(self, path: str, reviewed_only: bool = False, **params) -> requests.Response:
        """`path` under /api/v1/ with `params`, or a full URL the API gave (a next page) as it is.
        Lists of verdicts and figures also take include_unreviewed; corrections are reviewed by
        definition (`reviewed_only`)."""
        url = path if path.startswith("http") else self.base + path
        query = {**({} if reviewed_only else self.extra), **params} if params else None
        response = self.session.get(url, params=query, timeout=60)
        if response.status_code == 400:
            sys.exit(f"The API refused {response.url}: {response.json()}")
        response.raise_for_status()
        return response

    def rows(self, path: str, reviewed_only: bool = False, **params) -> tuple[list[dict], int]:
        """Every row of a list (following `next`), and how many unreviewed rows it left out."""
        page = self.get(path, reviewed_only, page_size=500, **params).json()
        rows, hidden = page["results"], page.get("hidden_provisional", 0)
        while page["next"]:
            page = self.get(page["next"]).json()
            rows += page["results"]
        return rows, hidden


def file_name(disposition: str) -> str:
    """The name the API gives a download: assessments-重庆市江北区-2021.csv (sent percent-encoded)."""
    for part in disposition.split(";"):
        key, _, value = part.strip().partition("=")
        if key == "filename*":
            return unquote(value.split("''", 1)[1])
        if key == "filename":
            return value.strip('"')
    return "assessments.csv"


def flat(rows: list[dict]) -> pd.DataFrame:
    """An assessment with its target and outcome inline, as one row of columns."""
    return pd.json_normalize(rows, sep="_") if rows else pd.DataFrame()


def note_hidden(hidden: int) -> None:
    if hidden:
        print(f"  ({hidden} unreviewed rows match too; run with --include-unreviewed to see them, labelled provisional)")


def show(frame: pd.DataFrame, columns: list[str]) -> None:
    if frame.empty:
        print("  (none)")
    else:
        print(frame[columns].to_string(index=False))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base-url", default="http://127.0.0.1:8000")
    parser.add_argument("--government", default="江北区", help="a full name, a unique short name or an id")
    parser.add_argument("--year", type=int, default=2021)
    parser.add_argument("--token")
    parser.add_argument("--include-unreviewed", action="store_true")
    parser.add_argument("--out", type=Path, default=Path("."), help="where question 3's CSV goes")
    args = parser.parse_args()
    api = Api(args.base_url, args.token, args.include_unreviewed)

    print(f"1. Every target {args.government} set for {args.year}, with its verdict and quote")
    rows, hidden = api.rows("assessments/", jurisdiction=args.government, year=args.year, period=args.year)
    first = flat(rows)
    show(first, ["jurisdiction_name", "indicator", "verdict", "target_quote", "outcome_quote"])
    note_hidden(hidden)

    print("\n2. Every missed GDP target, across governments")
    rows, hidden = api.rows("assessments/", indicator="GDP", verdict="missed")
    show(flat(rows), ["jurisdiction_name", "year", "target_value", "outcome_value", "gap", "target_quote"])
    note_hidden(hidden)

    print("\n3. A CSV of every assessment (Chinese column names), opened by pandas as a spreadsheet would")
    response = api.get("assessments/", format="csv", lang="zh")
    name = file_name(response.headers["Content-Disposition"])
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / name
    path.write_bytes(response.content)
    table = pd.read_csv(io.BytesIO(response.content), encoding="utf-8-sig")
    print(f"  {path}: {len(table)} rows, columns {', '.join(table.columns[:6])} …")

    print("\n4. What reviewers corrected in the last week")
    since = (datetime.date.today() - datetime.timedelta(days=7)).isoformat()
    changes, _ = api.rows("changes/", reviewed_only=True, since=since)
    for change in changes:
        print(f"  {change['changed_at'][:10]} {change['title']}")
    if not changes:
        print("  (none)")

    print("\n5. A permalink to cite one number")
    if first.empty:
        print("  (question 1 found no row to cite)")
        return
    url = first.iloc[0]["target_html_url"]
    page = api.session.get(url, timeout=60)
    print(f"  {url} -> {page.status_code}, the evidence page of: {first.iloc[0]['target_quote']}")


if __name__ == "__main__":
    main()
