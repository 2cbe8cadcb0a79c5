"""The full dataset as files journalists already have tools for: one SQLite database that
Datasette (or any SQLite client) opens as it is, its Datasette metadata.json (title, licence,
source, what every table and column holds, in Chinese and English), and one CSV file per table.

Each table has the fields of the matching API resource, produced by the API's own serializers
so the two cannot drift apart; objects the API nests (an assessment's target and outcome) are
foreign keys here instead. Like the API's lists, the export holds reviewed rows unless asked for
unreviewed ones too, plus any target or outcome an exported verdict rests on, labelled.

An export of the same data is the same bytes: rows in id order, nothing about the export itself
(no timestamp, no path) in any file, and the database written in a fixed sequence of statements
and VACUUMed, so its header and page layout are identical from run to run."""
from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from django.db.models import Q, QuerySet
from rest_framework import serializers

from tracker.api.assessments import AssessmentSerializer
from tracker.api.columns import column_description
from tracker.api.csv import BOM, format_cell
from tracker.api.indicators import IndicatorSerializer
from tracker.api.jurisdictions import JurisdictionSerializer
from tracker.api.outcomes import OutcomeSerializer
from tracker.api.reports import ReportSerializer
from tracker.api.targets import TargetSerializer
from tracker.selectors.catalog import indicator_list, jurisdiction_list, report_list
from tracker.selectors.facts import assessment_list, outcome_items, target_items
from tracker.public.licence import LICENCE_NAME, LICENCE_URL, PROJECT_NAME, PROJECT_NAME_EN
from tracker.selectors.visibility import fact_visible

DATABASE_NAME = "tracker.db"
METADATA_NAME = "metadata.json"
BATCH = 2000


class AssessmentRowSerializer(AssessmentSerializer):
    """An assessment as a table row: its target and outcome by id."""

    target = serializers.PrimaryKeyRelatedField(read_only=True)
    outcome = serializers.PrimaryKeyRelatedField(read_only=True, allow_null=True)


@dataclass(frozen=True)
class Table:
    name: str
    serializer: type[serializers.Serializer]
    references: dict[str, tuple[str, str]]  # column -> (table, column)
    indexes: tuple[str, ...]
    description: str


TABLES = (
    Table(
        "jurisdictions",
        JurisdictionSerializer,
        {"parent": ("jurisdictions", "id")},
        ("name", "level", "parent"),
        "政府：从国务院到区县，及其上下级关系 — Governments, from the State Council to a district, and how they nest.",
    ),
    Table(
        "indicators",
        IndicatorSerializer,
        {},
        ("code",),
        "指标分类：代码、中英文名称、别名 — The indicator taxonomy: codes, names and aliases.",
    ),
    Table(
        "reports",
        ReportSerializer,
        {"jurisdiction": ("jurisdictions", "id")},
        ("jurisdiction", "year"),
        "政府工作报告：来源网址、获取日期与文本类型 — Work reports with their source address, retrieval date and kind.",
    ),
    Table(
        "targets",
        TargetSerializer,
        {"jurisdiction": ("jurisdictions", "id"), "report": ("reports", "id"), "indicator": ("indicators", "code")},
        ("jurisdiction", "report", "year", "indicator", "period", "review_status"),
        "目标：报告计划部分定下的数字及原文 — Targets from the plan part of each report, with their quotes.",
    ),
    Table(
        "outcomes",
        OutcomeSerializer,
        {"jurisdiction": ("jurisdictions", "id"), "report": ("reports", "id"), "indicator": ("indicators", "code")},
        ("jurisdiction", "report", "year", "indicator", "period", "review_status"),
        "结果：次年报告回顾部分给出的实际数字及原文 — Outcomes the next year's review gives, with their quotes.",
    ),
    Table(
        "assessments",
        AssessmentRowSerializer,
        {
            "jurisdiction": ("jurisdictions", "id"),
            "indicator": ("indicators", "code"),
            "target": ("targets", "id"),
            "outcome": ("outcomes", "id"),
        },
        ("jurisdiction", "year", "indicator", "verdict", "review_status", "target", "outcome"),
        "评估：每个目标对照回答它的结果作出的结论 — Each target judged against the outcome that answers it.",
    ),
)


@dataclass(frozen=True)
class ExportResult:
    database: Path
    metadata: Path
    csv_files: tuple[Path, ...]
    rows: dict[str, int]


def datasette_metadata(*, base_url: str, include_unreviewed: bool) -> dict:
    """Datasette's metadata.json: what the data is, its licence, where it comes from, and each
    column's meaning (the descriptions of the API's CSV columns)."""
    scope = "含未经审核的机器提取结果（provisional = 1）" if include_unreviewed else "仅含审核员确认的数据"
    tables = {}
    for table in TABLES:
        fields = table.serializer(context={"request": None}).fields
        tables[table.name] = {
            "description": table.description,
            "columns": {name: column_description(name) for name in fields},
        }
    metadata = {
        "title": f"{PROJECT_NAME} — {PROJECT_NAME_EN}",
        "description": (
            f"政府工作报告中的目标、次年报告给出的结果与评估，每个数字附原文；{scope}。"
            " Targets set in Chinese government work reports, the outcomes reported a year later and the"
            " verdicts, each number with the sentence it came from."
        ),
        "license": LICENCE_NAME,
        "license_url": LICENCE_URL,
        "source": "各级政府公开发布的政府工作报告（每份报告的来源网址与获取日期见 reports 表） — "
        "Government work reports as published; each report's address and retrieval date are in the reports table.",
        "databases": {DATABASE_NAME.removesuffix(".db"): {"tables": tables}},
    }
    if base_url:
        metadata["source_url"] = base_url.rstrip("/") + "/data/"
    return metadata


def column_type(field: serializers.Field) -> str:
    if isinstance(field, (serializers.IntegerField, serializers.PrimaryKeyRelatedField)):
        return "INTEGER"
    if isinstance(field, serializers.BooleanField) or field.field_name == "provisional":
        return "INTEGER"
    if field.field_name in {"value", "value_high", "gap", "derived_value", "confidence"}:
        return "REAL"
    return "TEXT"


def sqlite_value(value):
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def create_table_sql(table: Table, fields: dict[str, serializers.Field]) -> str:
    columns = []
    for name, field in fields.items():
        declaration = f'"{name}" {column_type(field)}'
        if name == "id":
            declaration += " PRIMARY KEY"
        if table.name == "indicators" and name == "code":
            declaration += " UNIQUE"
        columns.append(declaration)
    for column, (other, other_column) in table.references.items():
        columns.append(f'FOREIGN KEY ("{column}") REFERENCES "{other}" ("{other_column}")')
    return f'CREATE TABLE "{table.name}" (\n  ' + ",\n  ".join(columns) + "\n)"


def _querysets(include_unreviewed: bool) -> dict[str, QuerySet]:
    assessments = assessment_list(include_unreviewed=include_unreviewed)
    published = fact_visible(include_unreviewed=include_unreviewed)
    return {
        "jurisdictions": jurisdiction_list(),
        "indicators": indicator_list(),
        "reports": report_list(),
        "targets": target_items().filter(published | Q(pk__in=assessments.values("target_id"))),
        "outcomes": outcome_items().filter(published | Q(pk__in=assessments.values("outcome_id"))),
        "assessments": assessments,
    }


def _rows(serializer: serializers.Serializer, queryset: QuerySet, base_url: str) -> Iterator[dict]:
    for instance in queryset.order_by("pk").iterator(chunk_size=BATCH):
        row = serializer.to_representation(instance)
        for name, value in row.items():
            if name.endswith("url") and isinstance(value, str) and value.startswith("/"):
                row[name] = base_url + value
        yield row


def _batches(rows: Iterable, size: int = BATCH) -> Iterator[list]:
    batch = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def dataset_export(*, out: Path, include_unreviewed: bool = False, base_url: str = "") -> ExportResult:
    """Write DIR/tracker.db, DIR/metadata.json and DIR/<table>.csv, replacing earlier files of
    those names.

    Links (url, report_url) are paths under /api/v1/ unless `base_url` (https://example.org)
    makes them absolute."""
    out.mkdir(parents=True, exist_ok=True)
    database = out / DATABASE_NAME
    database.unlink(missing_ok=True)
    querysets = _querysets(include_unreviewed)
    counts: dict[str, int] = {}
    csv_files = []
    metadata = out / METADATA_NAME
    document = datasette_metadata(base_url=base_url, include_unreviewed=include_unreviewed)
    metadata.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    connection = sqlite3.connect(database, isolation_level=None)
    try:
        connection.execute("PRAGMA page_size = 4096")
        connection.execute("BEGIN")
        for table in TABLES:
            serializer = table.serializer(context={"request": None})
            fields = dict(serializer.fields)
            names = list(fields)
            connection.execute(create_table_sql(table, fields))
            insert = f'INSERT INTO "{table.name}" VALUES ({", ".join("?" for _ in names)})'
            path = out / f"{table.name}.csv"
            counts[table.name] = 0
            with path.open("w", encoding="utf-8", newline="") as csv_file:
                csv_file.write(BOM)
                writer = csv.writer(csv_file, lineterminator="\r\n")
                writer.writerow(names)
                for batch in _batches(_rows(serializer, querysets[table.name], base_url.rstrip("/"))):
                    connection.executemany(insert, [[sqlite_value(row[name]) for name in names] for row in batch])
                    writer.writerows([format_cell(row[name]) for name in names] for row in batch)
                    counts[table.name] += len(batch)
            for column in table.indexes:
                connection.execute(f'CREATE INDEX "{table.name}_{column}" ON "{table.name}" ("{column}")')
            csv_files.append(path)
        connection.execute("COMMIT")
        connection.execute("VACUUM")
    finally:
        connection.close()
    return ExportResult(database=database, metadata=metadata, csv_files=tuple(csv_files), rows=counts)
