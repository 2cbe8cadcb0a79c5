"""A table of hostile files, each imported by the import command as a user would: for every one,
the exit status and the line it gets, the rows it writes (none when it is refused), no traceback;
and a mixed folder whose good files are imported past the bad ones. Runs on SQLite and on
PostgreSQL (the suite's two configurations).

Files near the size limit are built against a limit of 1 MB, set for those cases, so the table
stays fast; benchmarks/hostile_import_bench.py measures the same files at the real 5 MB limit."""
from __future__ import annotations

import os
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from io import StringIO
from pathlib import Path

import opencc
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from tests.hostile import GDP_TARGET, SYNTHETIC_JURISDICTION, SYNTHETIC_REPORT, utf16_without_bom, utf32_with_bom
from tracker.documents.ocr import CORRUPT_IMAGE
from tracker.extraction.decoding import BINARY_FILE, EMPTY_FILE, NUL_BYTES, UNDECODABLE
from tracker.models import Jurisdiction, Outcome, Report, Target
from tracker.models.facts import FIGURE_LIMIT
from tracker.services.ingest import NOT_A_FILE, NOT_A_REPORT, SENTENCE_TOO_LONG, TOO_LARGE

pytestmark = pytest.mark.django_db

REPORT = SYNTHETIC_REPORT
SMALL_LIMIT = 1024 * 1024
IMPORTED, FAILED = "imported", "FAILED"


def _variant(old: str, new: str) -> str:
    """The report with one phrase replaced, and a line of its own so every variant has new bytes."""
    assert old in REPORT
    return REPORT.replace(old, new) + f"\n(变体{zlib.crc32(new.encode())})\n"


def _near_limit(line: str, *, one_line: bool) -> bytes:
    """The report followed by `line` repeated to 64 KB under the limit, on one line or many."""
    separator = "" if one_line else "\n"
    unit = (line + separator).encode()
    return (REPORT + "\n").encode() + unit * ((SMALL_LIMIT - 65536 - len(REPORT.encode())) // len(unit))


@dataclass
class Case:
    """One file (or folder) and what importing it must do."""

    id: str
    build: Callable[[Path], None]  # writes the file(s) into the folder
    status: int  # the command's exit status
    lines: list[str]  # fragments every one of which is in the command's output
    reports: int  # reports written
    check: Callable[[], None] | None = None
    limit: int | None = None  # IMPORT_MAX_BYTES for this case
    unread: list[str] = field(default_factory=list)  # fragments that must not be in the output


def _file(name: str, data: bytes | str) -> Callable[[Path], None]:
    def build(folder: Path) -> None:
        (folder / name).write_bytes(data.encode() if isinstance(data, str) else data)

    return build


def _files(**named: bytes | str) -> Callable[[Path], None]:
    def build(folder: Path) -> None:
        for name, data in named.items():
            _file(name.replace("__", "."), data)(folder)

    return build


def _gdp_target_reads_as_gdp() -> None:
    target = Target.objects.get(quote=GDP_TARGET)
    assert target.indicator.code == "gdp"
    report = target.report
    assert report.normalized_text[target.start : target.end] == GDP_TARGET


def _many_figures(count: int) -> str:
    """The report with `count` review sentences, each about another (made-up) industrial park."""
    sentences = "\n".join(f"第{n}号园区产值增长{n % 9 + 1}%。" for n in range(count))
    return REPORT.replace("二、2022年工作安排", sentences + "\n二、2022年工作安排")


def _a_repeated_figure_is_stored_once() -> None:
    assert Outcome.objects.filter(quote__contains="增长7.1%").count() <= 2
    assert Target.objects.filter(quote=GDP_TARGET).exists()


def _no_figure_past_the_limit() -> None:
    values = [*Target.objects.values_list("value", flat=True), *Outcome.objects.values_list("value", flat=True)]
    assert all(abs(value) <= FIGURE_LIMIT for value in values if value is not None)
    report = Report.objects.get()
    reasons = [item["reason"] for item in report.skipped_figures]
    assert any(reason.startswith("growth 1e+22% is outside") for reason in reasons), reasons
    assert any(reason.startswith("level 1e+38亿元 is outside") for reason in reasons), reasons
    assert Target.objects.filter(quote=GDP_TARGET).exists()  # the rest of the report is there


def _stored_literally(fragment: str) -> Callable[[], None]:
    def check() -> None:
        report = Report.objects.get()
        assert fragment in report.normalized_text
        assert report.targets.count() == 5

    return check


def _script_dropped() -> None:
    report = Report.objects.get()
    assert "alert(" not in report.original_text and "alert(" not in report.normalized_text
    assert report.targets.filter(indicator__code="gdp").exists()


def _year_not_detected() -> None:
    assert Report.objects.get().report_year is None


def _symlink_folder(folder: Path) -> None:
    (folder / "good.txt").write_text(REPORT)
    (folder / "link-to-good.txt").symlink_to(folder / "good.txt")
    (folder / "dangling.txt").symlink_to(folder / "nowhere.txt")
    (folder / "device.txt").symlink_to("/dev/zero")
    (folder / "loop").symlink_to(folder)  # a link to its own folder: must not be walked forever


def _fifo(folder: Path) -> None:
    os.mkfifo(folder / "pipe.txt")  # reading it would wait for a writer forever


def _mixed_folder(folder: Path) -> None:
    samples = Path(__file__).parents[2] / "samples"
    (folder / "1-good.txt").write_bytes(next(samples.glob("001*.txt")).read_bytes())
    (folder / "2-huge-numbers.txt").write_text(_variant("增长7.1%", "增长9999999999999999999999%"))
    (folder / "3-nul.txt").write_bytes(REPORT.encode() + b"\x00" + REPORT.encode())
    (folder / "4-good.txt").write_bytes(next(samples.glob("003*.txt")).read_bytes())
    (folder / "5-empty.html").write_bytes(b"")


def _mixed_folder_imported_its_good_files() -> None:
    assert set(Report.objects.values_list("file_name", flat=True)) == {"1-good.txt", "2-huge-numbers.txt", "4-good.txt"}


def _ranges_run_upwards() -> None:
    ranges = Target.objects.exclude(value_high=None).values_list("value", "value_high")
    assert all(low <= high for low, high in ranges)
    assert Target.objects.filter(quote=GDP_TARGET).exists()


TRADITIONAL = opencc.OpenCC("s2tw").convert(REPORT)
HTML_PAGE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><script>alert(document.cookie)</script>"
    "<style>p{color:red}</style></head><body onload=\"alert(1)\"><nav>首页</nav>"
    + "".join(f"<p>{line}</p>" for line in REPORT.splitlines())
    + "<iframe src='https://example.invalid'></iframe><img src=x onerror=alert(2)></body></html>"
)

CASES = [
    Case("good-utf8", _file("r.txt", REPORT), 0, [IMPORTED, SYNTHETIC_JURISDICTION], 1, _gdp_target_reads_as_gdp),
    Case("empty", _file("r.txt", b""), 1, [FAILED, EMPTY_FILE], 0),
    Case("whitespace-only", _file("r.txt", " \n\t\r\n" * 100), 1, [FAILED, EMPTY_FILE], 0),
    Case("bom-only", _file("r.txt", b"\xef\xbb\xbf"), 1, [FAILED, EMPTY_FILE], 0),
    Case("damaged-png", _file("r.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20), 1, [FAILED, CORRUPT_IMAGE], 0),
    Case("binary", _file("r.txt", bytes(range(256)) * 20), 1, [FAILED, BINARY_FILE], 0),
    Case("binary-no-nul", _file("r.txt", bytes(range(1, 32)) * 200), 1, [FAILED, BINARY_FILE], 0),
    Case("truncated-utf8", _file("r.txt", REPORT.encode()[:-1]), 0, [IMPORTED], 1, _gdp_target_reads_as_gdp),
    Case("bom-and-a-cut-character", _file("r.txt", b"\xef\xbb\xbf\n\xe2"), 1, [FAILED, EMPTY_FILE], 0),
    Case("bom-truncated-report", _file("r.txt", REPORT.encode("utf-8-sig")[:-2]), 0, [IMPORTED], 1),
    Case("invalid-utf8", _file("r.txt", REPORT.encode()[:600] + b"\xff\xfe\xc0\x80" + REPORT.encode()[600:]),
         1, [FAILED, UNDECODABLE], 0),
    Case("utf16-bom", _file("r.txt", REPORT.encode("utf-16")), 0, [IMPORTED, "重庆市测试区"], 1, _gdp_target_reads_as_gdp),
    Case("utf16-be-no-bom", _file("r.txt", utf16_without_bom(REPORT)), 0, [IMPORTED], 1, _gdp_target_reads_as_gdp),
    Case("utf32-bom", _file("r.txt", utf32_with_bom(REPORT)), 0, [IMPORTED], 1, _gdp_target_reads_as_gdp),
    Case("gb18030", _file("r.txt", REPORT.encode("gb18030")), 0, [IMPORTED], 1, _gdp_target_reads_as_gdp),
    Case("big5", _file("r.txt", TRADITIONAL.encode("big5", errors="ignore")), 0, [IMPORTED, "重庆市测试区"], 1,
         _gdp_target_reads_as_gdp),
    Case("6-mb", _file("r.txt", REPORT.encode() * (6 * 1024 * 1024 // len(REPORT.encode()) + 1)), 1,
         [FAILED, TOO_LARGE.format(limit=5 * 1024 * 1024)], 0),
    Case("one-line-near-limit", _file("r.txt", _near_limit("地区生产总值增长6%,", one_line=True)), 1,
         [FAILED, SENTENCE_TOO_LONG.split("{")[0], "without a full stop"], 0, limit=SMALL_LIMIT),
    Case("one-line-of-sentences", _file("r.txt", _near_limit("全区地区生产总值增长7.1%。", one_line=True)), 0,
         [IMPORTED], 1, _a_repeated_figure_is_stored_once, limit=SMALL_LIMIT),
    Case("repetitive-near-limit", _file("r.txt", _near_limit("全区地区生产总值增长7.1%。", one_line=False)), 0,
         [IMPORTED], 1, _a_repeated_figure_is_stored_once, limit=SMALL_LIMIT),
    Case("thousands-of-figures", _file("r.txt", _many_figures(6000)), 1,
         [FAILED, "the text holds 6,0", "more than the 5,000 any work report states"], 0),
    Case("prose-near-limit", _file("r.txt", _near_limit("我们坚持稳中求进工作总基调,推动经济社会发展。", one_line=False)), 0,
         [IMPORTED], 1, limit=SMALL_LIMIT),
    Case("html-with-scripts", _file("r.html", HTML_PAGE), 0, [IMPORTED], 1, _script_dropped),
    Case("html-without-suffix", _file("r.txt", HTML_PAGE), 0, [IMPORTED], 1, _script_dropped),
    Case("template-syntax", _file("r.txt", _variant("产业结构持续优化", "{{ 7|add:7 }}{% debug %}产业结构持续优化")), 0,
         [IMPORTED], 1, _stored_literally("{{7|add:7}}{%debug%}")),
    Case("nul-early", _file("r.txt", b"\x00" + REPORT.encode()), 1, [FAILED, NUL_BYTES.format(offset=0)], 0),
    Case("nul-late", _file("r.txt", REPORT.encode() + b"\x00"), 1,
         [FAILED, NUL_BYTES.format(offset=len(REPORT.encode()))], 0),
    Case("nul-past-8kb", _file("r.txt", REPORT.encode() * 8 + b"\x00" + REPORT.encode()), 1,
         [FAILED, NUL_BYTES.format(offset=len(REPORT.encode()) * 8)], 0),
    Case("bidi-override", _file("r.txt", _variant(GDP_TARGET, "地区生产\u202e总值增长6.5%左右")), 0, [IMPORTED], 1,
         _gdp_target_reads_as_gdp),
    Case("bidi-isolates", _file("r.txt", _variant(GDP_TARGET, "\u2066地区生产总值\u2069增长6.5%\u2067左右")), 0,
         [IMPORTED], 1, _gdp_target_reads_as_gdp),
    Case("zero-width-and-soft-hyphen", _file("r.txt", _variant(GDP_TARGET, "地区\u200b生产\u00ad总值增长6.5%左右")), 0,
         [IMPORTED], 1, _gdp_target_reads_as_gdp),
    Case("huge-numbers", _file("r.txt", _variant("增长7.1%", "增长9999999999999999999999%").replace(
        "完成65.2亿元", "完成99999999999999999999999999999999999999亿元")), 0,
         [IMPORTED, "figure(s) not stored, the first because: growth 1e+22% is outside"], 1, _no_figure_past_the_limit),
    Case("reversed-range", _file("r.txt", _variant("增长8%,", "增长9%-3%,")), 0, [IMPORTED], 1, _ranges_run_upwards),
    Case("year-9999", _file("r.txt", REPORT.replace("2021", "9998").replace("2022", "9999")), 0,
         [IMPORTED, "not detected, left empty: report_year"], 1, _year_not_detected),
    Case("not-a-report", _file("r.txt", "今天天气很好,我们一起去公园散步,看到了很多花。" * 30), 1, [FAILED, NOT_A_REPORT], 0),
    Case("english", _file("r.txt", "The government reported growth of 6.5% this year.\n" * 80), 1,
         [FAILED, NOT_A_REPORT], 0),
    Case("text-named-pdf", _file("r.pdf", REPORT), 0, [IMPORTED], 1, _gdp_target_reads_as_gdp),  # told by its bytes
    Case("unsupported-suffix", _file("r.xlsx", REPORT), 0, ["0 imported, 0 unchanged, 0 failed"], 0),
    Case("crlf-and-cr", _file("r.txt", REPORT.replace("\n", "\r\n")[:700] + REPORT[700:].replace("\n", "\r")), 0,
         [IMPORTED], 1, _gdp_target_reads_as_gdp),
    Case("astral-and-emoji", _file("r.txt", _variant("产业结构", "😀𠀀𪚥产业结构")), 0, [IMPORTED], 1, _gdp_target_reads_as_gdp),
    Case("control-escapes", _file("r.txt", _variant("产业结构", "\x1b[31m\x07\x08产业结构\x7f")), 0, [IMPORTED], 1),
    Case("same-bytes-twice", _files(a__txt=REPORT, b__txt=REPORT), 0, ["1 imported, 1 unchanged, 0 failed"], 1),
    Case("symlinks", _symlink_folder, 1,
         ["1 imported, 1 unchanged, 2 failed", f"dangling.txt: {NOT_A_FILE}", f"device.txt: {NOT_A_FILE}"], 1),
    Case("fifo", _fifo, 1, [FAILED, NOT_A_FILE], 0),
    Case("mixed-folder", _mixed_folder, 1,
         ["3 imported, 0 unchanged, 2 failed", f"3-nul.txt: {BINARY_FILE}", f"5-empty.html: {EMPTY_FILE}"], 3,
         _mixed_folder_imported_its_good_files),
]


def test_the_table_has_at_least_thirty_files():
    assert len(CASES) >= 30


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_a_hostile_file_gets_its_line_and_writes_only_what_it_should(case, tmp_path, settings):
    if case.limit:
        settings.IMPORT_MAX_BYTES = case.limit
    folder = tmp_path / "batch"
    folder.mkdir()
    case.build(folder)
    before = (Report.objects.count(), Jurisdiction.objects.count())
    out, err = StringIO(), StringIO()
    try:
        call_command("import_reports", str(folder), stdout=out, stderr=err)
        status = 0
    except CommandError as error:
        status = error.returncode
    output = out.getvalue() + err.getvalue()
    assert status == case.status, output
    for line in case.lines:
        assert line in output, output
    assert "Traceback" not in output and "Error:" not in output.replace("CommandError", "")
    assert Report.objects.count() - before[0] == case.reports
    if case.reports == 0:
        assert (Target.objects.count(), Outcome.objects.count()) == (0, 0)
        assert Jurisdiction.objects.count() == before[1]
    if case.check:
        case.check()


def test_a_refused_file_in_a_batch_leaves_no_partial_rows_behind(tmp_path):
    """The huge-number file of finding 1, next to a good report of the same government, in both
    orders: every import of that government still works and linking exits 0."""
    (tmp_path / "a.txt").write_text(_variant("增长7.1%", "增长9999999999999999999999%"))
    (tmp_path / "b.txt").write_text(REPORT.replace("2022", "2023").replace("2021", "2022"))
    call_command("import_reports", str(tmp_path), stdout=StringIO())
    call_command("link", stdout=StringIO())
    assert Report.objects.count() == 2
    assert max(abs(v) for v in Target.objects.values_list("value", flat=True) if v is not None) < Decimal(100)
