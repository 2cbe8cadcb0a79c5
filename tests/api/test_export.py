"""python manage.py export_dataset: SQLite for Datasette and CSV files, reproducible byte for byte."""
import asyncio
import csv
import hashlib
import json
import sqlite3
from io import StringIO

import pytest
from datasette.app import Datasette
from django.core.management import call_command

from tracker.services.export import DATABASE_NAME, METADATA_NAME, TABLES

pytestmark = pytest.mark.django_db


def export(tmp_path, name: str, *args: str):
    out = tmp_path / name
    call_command("export_dataset", "--out", str(out), *args, stdout=StringIO())
    return out


def digest(directory) -> dict[str, str]:
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in sorted(directory.iterdir())}


def test_export_is_reproducible_byte_for_byte(tmp_path, world):
    first, second = export(tmp_path, "one"), export(tmp_path, "two")
    assert digest(first) == digest(second)
    assert set(digest(first)) == {DATABASE_NAME, METADATA_NAME} | {f"{table.name}.csv" for table in TABLES}


def test_tables_have_the_api_fields_keys_and_indexes(tmp_path, world, anonymous):
    database = sqlite3.connect(export(tmp_path, "out") / DATABASE_NAME)
    columns = [row[1] for row in database.execute("PRAGMA table_info(targets)")]
    api_fields = list(anonymous.get(f"/api/v1/targets/{world.gdp_target.pk}/").json())
    assert columns == api_fields
    references = {(row[3], row[2], row[4]) for row in database.execute("PRAGMA foreign_key_list(assessments)")}
    assert references == {
        ("jurisdiction", "jurisdictions", "id"),
        ("indicator", "indicators", "code"),
        ("target", "targets", "id"),
        ("outcome", "outcomes", "id"),
    }
    indexes = {row[1] for row in database.execute("PRAGMA index_list(targets)")}
    assert {"targets_jurisdiction", "targets_year", "targets_indicator"} <= indexes
    assert database.execute("PRAGMA foreign_key_check").fetchall() == []


def test_export_holds_reviewed_rows_unless_asked(tmp_path, world):
    default = sqlite3.connect(export(tmp_path, "default") / DATABASE_NAME)
    assert {row[0] for row in default.execute("SELECT id FROM targets")} == {
        world.gdp_target.pk, world.retail_target.pk, world.jobs_target.pk,
        world.five_year_target.pk, world.district_target.pk,
    }
    everything = sqlite3.connect(export(tmp_path, "all", "--include-unreviewed") / DATABASE_NAME)
    provisional = everything.execute("SELECT id FROM targets WHERE provisional = 1").fetchall()
    assert provisional == [(world.cpi_target.pk,)]
    row = everything.execute(
        "SELECT verdict, gap, target, outcome, year FROM assessments WHERE id = ?", [world.gdp_assessment.pk]
    ).fetchone()
    assert row == ("met", 1.6, world.gdp_target.pk, world.gdp_outcome.pk, 2021)


def test_csv_files_have_a_bom_and_the_same_rows(tmp_path, world):
    out = export(tmp_path, "out", "--base-url", "https://tracker.example.org/")
    raw = (out / "targets.csv").read_bytes()
    assert raw.startswith("\ufeff".encode("utf-8"))
    rows = list(csv.DictReader(StringIO(raw.decode("utf-8-sig"))))
    database = sqlite3.connect(out / DATABASE_NAME)
    assert [int(row["id"]) for row in rows] == [row[0] for row in database.execute("SELECT id FROM targets ORDER BY id")]
    gdp = next(row for row in rows if int(row["id"]) == world.gdp_target.pk)
    assert gdp["url"] == f"https://tracker.example.org/api/v1/targets/{world.gdp_target.pk}/"
    assert gdp["quote"] == world.gdp_target.quote


def test_datasette_opens_the_database_with_its_metadata(tmp_path, world):
    out = export(tmp_path, "out", "--base-url", "https://tracker.example.org")
    metadata = json.loads((out / METADATA_NAME).read_text(encoding="utf-8"))

    async def fetch(path: str):
        datasette = Datasette([str(out / DATABASE_NAME)], immutables=[], metadata=metadata)
        return await datasette.client.get(path)

    response = asyncio.run(fetch("/tracker/targets.json?indicator=gdp&_shape=array&_sort=id"))
    assert response.status_code == 200
    assert [row["id"] for row in response.json()] == sorted(
        [world.gdp_target.pk, world.five_year_target.pk, world.district_target.pk]
    )
    page = asyncio.run(fetch("/tracker/targets")).text
    assert "CC BY 4.0" in page and "原文引语 — The sentence the figure was read from, exactly." in page


def test_metadata_describes_every_column_with_licence_and_source(tmp_path, world):
    out = export(tmp_path, "out", "--base-url", "https://tracker.example.org/")
    metadata = json.loads((out / METADATA_NAME).read_text(encoding="utf-8"))
    assert (metadata["license"], metadata["source_url"]) == ("CC BY 4.0", "https://tracker.example.org/data/")
    database = sqlite3.connect(out / DATABASE_NAME)
    tables = metadata["databases"]["tracker"]["tables"]
    for table in TABLES:
        columns = [row[1] for row in database.execute(f'PRAGMA table_info("{table.name}")')]
        assert list(tables[table.name]["columns"]) == columns
        assert all(" — " in description for description in tables[table.name]["columns"].values())
    assert "retrieved_on" in tables["reports"]["columns"] and "source_url" in tables["targets"]["columns"]




def test_csv_files_neutralise_formulas_but_the_database_keeps_the_quote(tmp_path, world):
    world.gdp_target.quote = "=1+1 地区生产总值增长7%左右"
    world.gdp_target.save()
    out = export(tmp_path, "out")
    rows = list(csv.DictReader(StringIO((out / "targets.csv").read_text("utf-8-sig"))))
    gdp = next(row for row in rows if int(row["id"]) == world.gdp_target.pk)
    assert gdp["quote"] == "'=1+1 地区生产总值增长7%左右"
    database = sqlite3.connect(out / DATABASE_NAME)
    (quote,) = database.execute("SELECT quote FROM targets WHERE id = ?", [world.gdp_target.pk]).fetchone()
    assert quote == world.gdp_target.quote
