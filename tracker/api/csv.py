"""CSV output: UTF-8 with a byte-order mark, so that Excel opens Chinese text correctly.

A list in CSV is the whole filtered result, not one page, written row by row as the database
returns it: a full export never sits in memory. Columns follow the serializer's fields; a nested
object's fields become `<name>_<field>` columns, so the header is the same whatever the rows hold.
Every cell goes through `spreadsheet_safe`: a quote that begins with = is text, not a formula."""
from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence

from django.http import StreamingHttpResponse
from django.utils.http import content_disposition_header
from rest_framework import serializers
from rest_framework.renderers import BaseRenderer

from tracker.csv_safety import spreadsheet_safe

from .columns import column_label_zh

BOM = "\ufeff"
CONTENT_TYPE = "text/csv; charset=utf-8"

Path = tuple[str, ...]


def column_paths(serializer: serializers.Serializer) -> list[Path]:
    """Every leaf field of the serializer, nested serializers expanded."""
    paths: list[Path] = []
    for name, field in serializer.fields.items():
        if isinstance(field, serializers.Serializer):
            paths.extend((name, *sub) for sub in column_paths(field))
        else:
            paths.append((name,))
    return paths


def data_paths(data: Mapping, prefix: Path = ()) -> list[Path]:
    """The leaf keys of one rendered object, for output that has no serializer (an error)."""
    paths: list[Path] = []
    for key, value in data.items():
        if isinstance(value, Mapping):
            paths.extend(data_paths(value, (*prefix, key)))
        else:
            paths.append((*prefix, key))
    return paths


def cell(data: Mapping | None, path: Path) -> str:
    value = data
    for key in path:
        if not isinstance(value, Mapping):
            return ""
        value = value.get(key)
    return format_cell(value)


def format_cell(value) -> str:
    """One value as CSV cell text, never one a spreadsheet would run as a formula."""
    return spreadsheet_safe(_cell_text(value))


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, (list, tuple)):
        if all(isinstance(item, (str, int, float)) for item in value):
            return "; ".join(_cell_text(item) for item in value)
        return json.dumps(value, ensure_ascii=False, default=str)
    if isinstance(value, Mapping):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


class _Line:
    """A file-like target for csv.writer that hands back each line instead of storing it."""

    def write(self, text: str) -> str:
        return text


def csv_lines(paths: Sequence[Path], rows: Iterable[Mapping], lang: str | None = None) -> Iterator[str]:
    """The BOM and header (field names, or Chinese labels with lang="zh"), then one line per row."""
    writer = csv.writer(_Line(), lineterminator="\r\n")
    header = [column_label_zh(path) if lang == "zh" else "_".join(path) for path in paths]
    yield BOM + writer.writerow(header)
    for row in rows:
        yield writer.writerow([cell(row, path) for path in paths])


def csv_bytes(paths: Sequence[Path], rows: Iterable[Mapping], lang: str | None = None) -> bytes:
    return "".join(csv_lines(paths, rows, lang)).encode("utf-8")


def _chunks(lines: Iterator[str], size: int = 200) -> Iterator[bytes]:
    """Batches of lines: one network write per line would make a large export crawl."""
    batch: list[str] = []
    for line in lines:
        batch.append(line)
        if len(batch) >= size:
            yield "".join(batch).encode("utf-8")
            batch = []
    if batch:
        yield "".join(batch).encode("utf-8")


def csv_response(
    *, paths: Sequence[Path], rows: Iterable[Mapping], filename: str, lang: str | None = None
) -> StreamingHttpResponse:
    """`filename` may hold Chinese; it is sent percent-encoded (RFC 6266), as browsers expect."""
    response = StreamingHttpResponse(_chunks(csv_lines(paths, rows, lang)), content_type=CONTENT_TYPE)
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


class CSVRenderer(BaseRenderer):
    """One object (an item, a scorecard, an error) as a one-row CSV; lists stream instead."""

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None) -> bytes:
        if data is None:
            return b""
        if not isinstance(data, Mapping):
            data = {"detail": data}
        request = (renderer_context or {}).get("request")
        lang = request.query_params.get("lang") if request is not None and hasattr(request, "query_params") else None
        return csv_bytes(data_paths(data), [data], lang)
