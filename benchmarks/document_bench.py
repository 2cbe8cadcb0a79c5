"""Import time per page: PDFs with a text layer, Word files, and scans read by OCR.

The PDFs are the five samples typeset by WeasyPrint (A4, 12 pt, the test builders), the scans
their pages rendered to greyscale images (tests/documents/builders.py). "read" is the document
reader alone (tracker.documents); "import" is the whole report_import (read, normalise, extract,
store) in a scratch PostgreSQL database, with OCR run inline as the task would run it.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres .venv/bin/python benchmarks/document_bench.py [--ocr-pages 3]
"""
import argparse
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scratch import scratch_database  # noqa: E402  (beside this script)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ocr-pages", type=int, default=3, help="scan pages to OCR at each resolution")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with scratch_database("tracker_bench_documents"), tempfile.TemporaryDirectory() as media:
        from django.conf import settings

        settings.MEDIA_ROOT = media
        run(args.ocr_pages, args.repeat)


def _median_seconds(action, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _tesseract_cpu() -> float:
    """CPU seconds of finished child processes (Tesseract runs as one per page): unlike wall
    time, not inflated when other work shares the machine."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(ocr_pages: int, repeat: int) -> None:
    import pypdfium2 as pdfium
    from django.conf import settings

    from tests.documents.builders import images_pdf, scanned_pages, text_pdf, word_docx
    from tracker.documents.reading import ocr_document, read_document
    from tracker.models import Report
    from tracker.services.ingest import ReportMeta, import_limits, report_import

    samples = sorted((ROOT / "samples").glob("*.txt"))
    limits = import_limits()
    pdfs = {path.name: text_pdf(path.read_text("utf-8")) for path in samples}
    pages = {name: len(pdfium.PdfDocument(data)) for name, data in pdfs.items()}
    total_pages = sum(pages.values())

    read = sum(_median_seconds(lambda d=data: read_document(d, file_name="r.pdf", limits=limits), repeat) for data in pdfs.values())
    started = time.perf_counter()
    for data in pdfs.values():
        report_import(data=data, file_name="r.pdf")
    imported = time.perf_counter() - started
    print(f"text PDFs: {len(pdfs)} files, {total_pages} pages; read {1000 * read / total_pages:.1f} ms/page, "
          f"import {1000 * imported / total_pages:.1f} ms/page (read, normalise, extract, store)")

    docx_files = [word_docx(path.read_text("utf-8"))[0] for path in samples]
    chars = sum(len(path.read_text("utf-8")) for path in samples)
    read = sum(_median_seconds(lambda d=data: read_document(d, file_name="r.docx", limits=limits), repeat) for data in docx_files)
    print(f"Word .docx: {len(docx_files)} files, {chars / 1000:.0f}k characters; read {1000 * read / len(docx_files):.1f} ms/file")

    source = samples[3]
    pdf = pdfs[source.name]
    for dpi in (200, 300):
        images = scanned_pages(pdf, dpi=dpi)[:ocr_pages]
        scan = images_pdf(images, dpi=dpi)
        settings.OCR_DPI = dpi
        limits = import_limits()
        started, cpu = time.perf_counter(), _tesseract_cpu()
        text = ocr_document(scan, limits=limits)
        elapsed, cpu = time.perf_counter() - started, _tesseract_cpu() - cpu
        title = next((line for line in text.text.splitlines() if "工作报告" in line), "?")
        print(f"OCR {dpi} dpi ({settings.OCR_LANGUAGES}): {len(images)} pages of {source.name[:3]}, "
              f"{elapsed / len(images):.1f} s/page wall, {cpu / len(images):.1f} s/page Tesseract CPU, "
              f"confidence per page {list(text.confidence)}; title line read as {title[:40]}")
    started = time.perf_counter()
    # Queued; eager mode runs the task on commit. The metadata is given, as for a scan it usually is.
    meta = ReportMeta(jurisdiction="重庆市渝中区", report_year=2024)
    result = report_import(data=scan, file_name="scan.pdf", meta=meta)
    elapsed = time.perf_counter() - started
    report = Report.objects.filter(ocr=True).first()
    print(f"OCR import at {settings.OCR_DPI} dpi (queue + task inline): {elapsed / len(images):.1f} s/page, "
          f"job {result.queued.pk} -> report {report.pk if report else None} "
          f"({report.targets.count() if report else 0} targets)")


if __name__ == "__main__":
    main()
