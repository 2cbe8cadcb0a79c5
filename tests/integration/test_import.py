"""Report import with real files: the five samples, re-encodings of them, an HTML page, bad input."""
import datetime
import json
from io import StringIO
from pathlib import Path

import opencc
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from tracker.extraction.decoding import BINARY_FILE, EMPTY_FILE
from tracker import fanout
from tracker.celery import app as celery_app
from tracker.models import Assessment, Jurisdiction, Outcome, Report, Target
from tracker.services.ingest import (
    NOT_A_REPORT,
    TOO_LARGE,
    ImportRejected,
    ReportMeta,
    report_import,
)

pytestmark = pytest.mark.django_db
EXPECTED = json.loads((Path(__file__).parents[2] / "samples" / "expected.json").read_text("utf-8"))


def _row_counts() -> tuple[int, ...]:
    return (Report.objects.count(), Target.objects.count(), Outcome.objects.count(), Jurisdiction.objects.count())


@pytest.mark.parametrize("document", EXPECTED["documents"], ids=lambda d: d["file"][:3])
def test_sample_metadata_is_detected_as_expected(document, samples_dir):
    data = (samples_dir / document["file"]).read_bytes()
    result = report_import(data=data, file_name=document["file"])
    report = result.report
    assert result.created
    assert report.jurisdiction.name == document["jurisdiction"]
    assert report.report_year == document["report_year"]
    expected_date = document.get("delivered_on")
    assert report.delivered_on == (datetime.date.fromisoformat(expected_date) if expected_date else None)
    assert report.speaker == (document.get("speaker") or "")
    undetected = {name for name in ("delivered_on", "speaker") if not document.get(name)}
    assert set(result.undetected) == undetected
    assert report.original_text == data.decode("utf-8")
    assert report.sha256 and len(report.sha256) == 64


def test_reimport_of_the_same_bytes_is_a_no_op(sample_bytes):
    data = sample_bytes("002")
    first = report_import(data=data, file_name="a.txt")
    before = _row_counts()
    second = report_import(data=data, file_name="renamed.txt")
    assert not second.created
    assert second.report.pk == first.report.pk
    assert _row_counts() == before


def test_jurisdiction_parents_are_created_from_the_full_name(sample_bytes):
    report = report_import(data=sample_bytes("004"), file_name="x.txt").report
    district = report.jurisdiction
    assert district.level == "county"
    assert district.parent.name == "河南省驻马店市" and district.parent.level == "prefecture"
    assert district.parent.parent.name == "河南省" and district.parent.parent.level == "province"


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "big5"])
def test_the_same_report_saved_in_another_encoding_imports_to_the_same_text(encoding, sample_bytes):
    text = sample_bytes("001").decode("utf-8")
    if encoding == "big5":
        # Taiwan-standard characters, as a Big5 page would have them; the ratio sign ∶ has no
        # Big5 code, so such a page would carry a colon.
        text = opencc.OpenCC("s2tw").convert(text).replace("∶", ":")
    report = report_import(data=text.encode(encoding), file_name="r.txt").report
    reference = report_import(data=text.encode("utf-8"), file_name="u.txt").report
    assert report.pk != reference.pk
    assert report.original_text == reference.original_text == text
    assert report.normalized_text == reference.normalized_text
    assert report.jurisdiction.name == "重庆市南岸区"
    assert report.report_year == 2024 and report.delivered_on == datetime.date(2024, 2, 4)
    assert report.targets.count() == reference.targets.count()
    assert report.outcomes.count() == reference.outcomes.count() > 0


def test_html_page_imports_as_its_text(sample_bytes):
    text = sample_bytes("001").decode("utf-8")
    paragraphs = "".join(f"<p>{line}</p>" for line in text.splitlines() if line.strip())
    page = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><script>track()</script></head>'
        f"<body><nav>首页 新闻中心</nav><div class='content'>{paragraphs}</div></body></html>"
    )
    report = report_import(data=page.encode("utf-8"), file_name="report.html").report
    assert report.jurisdiction.name == "重庆市南岸区"
    assert "track()" not in report.original_text
    assert "全年增长6.7%" in report.normalized_text


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", EMPTY_FILE),
        (bytes(range(256)) * 40, BINARY_FILE),
        ("这是一段与政府无关的中文文字。".encode("utf-8") * 3, NOT_A_REPORT),
        (b"Just some English text, no report here.\n" * 20, NOT_A_REPORT),
    ],
)
def test_bad_input_is_rejected_with_its_reason_and_writes_nothing(data, reason):
    before = _row_counts()
    with pytest.raises(ImportRejected, match=reason):
        report_import(data=data, file_name="bad.txt")
    assert _row_counts() == before


def test_undecodable_bytes_are_rejected(settings):
    # Lone continuation bytes and invalid lead bytes: not UTF-8, not GB18030, not Big5.
    data = b"\xff\xfe\xfd\x80\x81" * 400
    before = _row_counts()
    with pytest.raises(ImportRejected):
        report_import(data=data, file_name="bad.txt")
    assert _row_counts() == before


def test_oversized_file_is_rejected(settings, sample_bytes):
    settings.IMPORT_MAX_BYTES = 1000
    with pytest.raises(ImportRejected, match=TOO_LARGE.format(limit=1000)):
        report_import(data=sample_bytes("000"), file_name="big.txt")
    assert Report.objects.count() == 0


def test_a_failure_inside_extraction_rolls_back_the_whole_file(monkeypatch, sample_bytes):
    def explode(**kwargs):
        raise RuntimeError("extractor crashed")

    monkeypatch.setattr("tracker.services.ingest.extraction_store", explode)
    with pytest.raises(RuntimeError):
        report_import(data=sample_bytes("002"), file_name="x.txt")
    assert _row_counts() == (0, 0, 0, 0)


def test_given_metadata_wins_over_detection(sample_bytes):
    meta = ReportMeta(
        jurisdiction="重庆市渝中区", report_year=2024, delivered_on=datetime.date(2024, 1, 15),
        source_url="https://example.org/r", source_kind="partial",
    )
    report = report_import(data=sample_bytes("003"), file_name="x.txt", meta=meta).report
    assert (report.source_url, report.source_kind) == ("https://example.org/r", "partial")
    assert report.delivered_on == datetime.date(2024, 1, 15)


def test_command_imports_a_batch_and_keeps_going_past_bad_files(tmp_path, samples_dir):
    for path in samples_dir.glob("*.txt"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "garbage.html").write_bytes(bytes(range(256)) * 10)
    (tmp_path / "notes.md").write_text("ignored: not .txt or .html")
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError) as failure:
        call_command("import_reports", str(tmp_path), stdout=out, stderr=err)
    assert failure.value.returncode == 1
    assert "5 imported, 0 unchanged, 2 failed" in out.getvalue()
    assert f"FAILED {tmp_path / 'empty.txt'}: {EMPTY_FILE}" in err.getvalue()
    assert f"FAILED {tmp_path / 'garbage.html'}: {BINARY_FILE}" in err.getvalue()
    assert Report.objects.count() == 5

    out = StringIO()
    call_command("import_reports", *(str(p) for p in sorted(samples_dir.glob("*.txt"))), stdout=out)
    assert "0 imported, 5 unchanged, 0 failed" in out.getvalue()


def test_command_reports_undetected_metadata(samples_dir):
    out = StringIO()
    call_command("import_reports", str(next(samples_dir.glob("004*.txt"))), stdout=out)
    assert ("not detected, left empty: delivered_on: no date line, dated title or news lead with the opening day; "
            "speaker: no speaker line or news lead") in out.getvalue()


def test_command_rejects_a_malformed_date(samples_dir):
    with pytest.raises(CommandError, match="--delivered-on must be a date"):
        call_command("import_reports", str(samples_dir), "--delivered-on", "30.3.2021")


def test_queue_without_a_broker_says_so_and_runs_inline(samples_dir, monkeypatch):
    monkeypatch.setitem(celery_app.conf, "task_always_eager", True)
    out, err = StringIO(), StringIO()
    call_command("import_reports", str(samples_dir), "--queue", stdout=out, stderr=err)
    assert fanout.NO_BROKER in err.getvalue()
    assert "5 imported, 0 unchanged, 0 failed" in out.getvalue()
    assert Report.objects.count() == 5


def test_a_batch_links_its_governments_once_its_files_are_in(samples_dir):
    reviews = sorted((samples_dir.parent / "tests" / "fixtures" / "synthetic").glob("*_review.txt"))
    call_command("import_reports", str(samples_dir), *map(str, reviews), stdout=StringIO())
    assert Assessment.objects.count() == Target.objects.count() > 0
    assert Assessment.objects.filter(verdict__in=["met", "missed"]).exists()


def test_no_link_leaves_linking_to_a_later_run_and_a_rerun_links(samples_dir):
    call_command("import_reports", str(samples_dir), "--no-link", stdout=StringIO())
    assert Target.objects.exists() and not Assessment.objects.exists()
    out = StringIO()
    call_command("import_reports", str(samples_dir), stdout=out)
    assert "0 imported, 5 unchanged, 0 failed" in out.getvalue()
    assert Assessment.objects.count() == Target.objects.count()
