"""Hypothesis drives the import service with mutated real-looking reports: whatever the bytes,
report_import returns a result or refuses with ImportRejected, a refused file writes nothing, and
a stored report holds only rows that can be read back (figures within the limit, quotes where
their spans say). IMPORT_EXAMPLES sets the number of examples (1,000 by default, as in CI;
benchmarks/hostile_import_bench.py runs 10,000)."""
import os
import pytest
from django.db import transaction
from hypothesis import HealthCheck, example, given, settings

from tests.hostile import mutated_reports
from tracker.models import Assessment, Jurisdiction, Outcome, Report, Target
from tracker.documents.doc import CORRUPT_DOC
from tracker.documents.docx import CORRUPT_DOCX
from tracker.documents.ocr import CORRUPT_IMAGE
from tracker.documents.pdf import CORRUPT_PDF, EMPTY_PDF, ENCRYPTED_PDF
from tracker.documents.sniff import ENCRYPTED_OFFICE
from tracker.extraction.decoding import BINARY_FILE, EMPTY_FILE, UNDECODABLE
from tracker.models.facts import FIGURE_LIMIT
from tracker.services.figures import TOO_MANY_FIGURES
from tracker.services.ingest import NOT_A_REPORT, ImportRejected, report_import

pytestmark = pytest.mark.django_db
EXAMPLES = int(os.environ.get("IMPORT_EXAMPLES", "1000"))
# The reasons a mutated file may be refused for (random bytes spliced in front can look like the
# start of an image, a PDF or a Word file); anything else (a database error turned into a line,
# say) means a check is missing before the rows are written.
REASONS = (
    EMPTY_FILE, BINARY_FILE, UNDECODABLE, NOT_A_REPORT, TOO_MANY_FIGURES.split("{")[0],
    CORRUPT_IMAGE, CORRUPT_PDF, EMPTY_PDF, ENCRYPTED_PDF, CORRUPT_DOCX, CORRUPT_DOC, ENCRYPTED_OFFICE,
)
HYPOTHESIS_SETTINGS = dict(
    deadline=None, database=None, derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)


def row_counts() -> tuple[int, ...]:
    return tuple(model.objects.count() for model in (Report, Target, Outcome, Jurisdiction, Assessment))


def check_import(name: str, data: bytes) -> str:
    """Import inside a savepoint that is rolled back, so examples do not see each other; the
    outcome: 'imported' or the refusal's reason."""
    with transaction.atomic():
        before = row_counts()
        try:
            result = report_import(data=data, file_name=name)
        except ImportRejected as error:
            assert row_counts() == before, "a refused file wrote rows"
            outcome = str(error)
            assert outcome.startswith(REASONS), outcome
        else:
            assert result.created
            if result.report is None:  # a page image, queued for OCR
                outcome = "queued"
            else:
                check_stored(result.report)
                outcome = "imported"
        transaction.set_rollback(True)
    return outcome


def check_stored(report: Report) -> None:
    report = Report.objects.get(pk=report.pk)  # read back: every column must load
    assert "\x00" not in report.normalized_text
    for fact in [*Target.objects.filter(report=report), *Outcome.objects.filter(report=report)]:
        for value in (fact.value, getattr(fact, "value_high", None)):
            assert value is None or abs(value) <= FIGURE_LIMIT
        assert report.normalized_text[fact.start : fact.end] == fact.quote
        assert 1949 <= fact.period_start <= fact.period_end <= 2100
    assert report.report_year is None or 1949 <= report.report_year <= 2100
    for skipped in report.skipped_figures:
        assert skipped["reason"]


@settings(max_examples=EXAMPLES, **HYPOTHESIS_SETTINGS)
@given(mutated_reports())
@example(("report.txt", b"\xef\xbb\xbf\n\xe2"))  # found by the 10,000-example benchmark: a BOM, then a cut character
def test_no_exception_escapes_and_no_partial_rows(file):
    check_import(*file)


def test_the_mutations_reach_storage_often():
    """The property is not vacuous: of 200 mutated files, about a third are imported (the rest
    refused for being damaged beyond reading), so the checks on stored rows really run."""
    outcomes = []

    @settings(max_examples=200, **HYPOTHESIS_SETTINGS)
    @given(mutated_reports())
    def collect(file):
        outcomes.append(check_import(*file))

    collect()
    assert outcomes.count("imported") >= len(outcomes) / 4, outcomes
