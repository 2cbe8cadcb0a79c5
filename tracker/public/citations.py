"""Citations of one number on its evidence page, in the formats reference managers import:
BibTeX and CSL-JSON (Zotero, Pandoc, most journals' tooling). Pure: the view gathers the facts
into a `Cited` and these functions only format them.

The cited work is the evidence page (a dataset entry of this project); the government report
the quote comes from is named in the note, since a reader must be able to find the original."""
from __future__ import annotations

import datetime
import json
import re
from dataclasses import dataclass

from .licence import LICENCE_NAME, PROJECT_NAME


@dataclass(frozen=True)
class Cited:
    key: str  # target-12
    title: str  # 重庆市江北区2021年政府工作报告：地区生产总值增长7%左右
    url: str
    accessed: datetime.date
    issued: datetime.date | None  # when the row last changed: a citation of a corrected figure differs
    report_title: str
    report_date: datetime.date | None
    source_url: str
    quote: str


def _bibtex_text(value: str) -> str:
    """Braces and backslashes would end or escape a field; the rest of BibTeX's specials are
    kept literally inside braces by biber and modern bibtex."""
    return re.sub(r"([{}\\])", r"\\\1", value)


def bibtex(cited: Cited) -> str:
    fields = {
        "author": f"{{{PROJECT_NAME}}}",
        "title": f"{{{_bibtex_text(cited.title)}}}",
        "howpublished": f"\\url{{{cited.url}}}",
        "url": cited.url,
        "urldate": cited.accessed.isoformat(),
        "note": _bibtex_text(_note(cited)),
    }
    if cited.issued:
        fields["year"] = str(cited.issued.year)
        fields["date"] = cited.issued.isoformat()
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields.items())
    return f"@misc{{{cited.key},\n{body}\n}}"


def _date_parts(day: datetime.date) -> dict:
    return {"date-parts": [[day.year, day.month, day.day]]}


def csl_json(cited: Cited) -> str:
    item = {
        "id": cited.key,
        "type": "dataset",
        "title": cited.title,
        "author": [{"literal": PROJECT_NAME}],
        "publisher": PROJECT_NAME,
        "URL": cited.url,
        "accessed": _date_parts(cited.accessed),
        "note": _note(cited),
        "language": "zh-CN",
    }
    if cited.issued:
        item["issued"] = _date_parts(cited.issued)
    return json.dumps([item], ensure_ascii=False, indent=2)


def _note(cited: Cited) -> str:
    parts = [f"原文：{cited.quote}", f"出处：{cited.report_title or '政府工作报告'}"]
    if cited.report_date:
        parts.append(cited.report_date.isoformat())
    if cited.source_url:
        parts.append(cited.source_url)
    return "；".join(parts)


DATASET_TITLE = "政府工作报告目标与结果数据库"


def dataset_bibtex(url: str, *, accessed: datetime.date) -> str:
    """The whole dataset as one BibTeX entry, for a methods section."""
    return (
        "@misc{work-report-tracker,\n"
        f"  author = {{{{{PROJECT_NAME}}}}},\n"
        f"  title = {{{DATASET_TITLE}}},\n"
        f"  url = {{{url}}},\n"
        f"  urldate = {{{accessed.isoformat()}}},\n"
        f"  note = {{{LICENCE_NAME}}}\n"
        "}"
    )
