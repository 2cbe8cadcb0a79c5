"""What a file costs in queries: a fixed number per file whatever the number of figures in it,
and the taxonomy read once per batch, not per file.

Counted inside the test's transaction, so each file's own transaction shows as a SAVEPOINT and
its RELEASE. The governments exist before counting: the first report of a new government also
creates it and its parents, once."""
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tracker.services.batches import IMPORTED, FileSource, files_import
from tracker.services.ingest import ReportMeta

pytestmark = pytest.mark.django_db

# Per file: the SHA-256 look-ups (reports, scans queued for OCR), SAVEPOINT, the government, the
# report, then for each of targets and outcomes present one INSERT of the rows and one of their
# history rows, RELEASE.
PER_FILE_BASE = 6
PER_TABLE = 2


def _variant(sample_bytes, prefix: str, copy: int) -> FileSource:
    """The sample with a line added: new bytes, so a new report with the same figures."""
    return FileSource(f"{prefix}-{copy}.txt", sample_bytes(prefix) + f"\n副本 {copy}\n".encode())


def _import(sources) -> list:
    outcomes = list(files_import(sources=sources, meta=ReportMeta()))
    assert {outcome.status for outcome in outcomes} == {IMPORTED}, outcomes
    return outcomes


@pytest.fixture
def governments_known(sample_bytes):
    _import([_variant(sample_bytes, prefix, 0) for prefix in ("000", "001", "002", "003", "004")])


def test_a_batch_costs_one_taxonomy_read_and_a_fixed_number_of_queries_per_file(sample_bytes, governments_known):
    # 000 has targets and outcomes, 001 only outcomes, 003 and 004 only targets.
    sources = [_variant(sample_bytes, prefix, 1) for prefix in ("000", "001", "003", "004")]
    expected = 1 + sum(PER_FILE_BASE + PER_TABLE * tables for tables in (2, 1, 1, 1))
    with CaptureQueriesContext(connection) as queries:
        _import(sources)
    assert len(queries) == expected, "\n".join(q["sql"][:90] for q in queries.captured_queries)


def test_a_file_with_many_figures_costs_the_queries_of_one_with_few(sample_bytes, governments_known):
    counted = {}
    for prefix in ("000", "002"):  # 15 figures against 116
        with CaptureQueriesContext(connection) as queries:
            _import([_variant(sample_bytes, prefix, 2)])
        statements = [q["sql"] for q in queries.captured_queries]
        counted[prefix] = (
            [sql.split()[0] for sql in statements if not sql.startswith("INSERT")],
            sum(sql.startswith("INSERT") for sql in statements),
        )
    assert counted["000"][0] == counted["002"][0]
    if connection.vendor == "postgresql":
        # One INSERT per table whatever the rows; SQLite's 999-parameter limit splits big ones.
        assert counted["000"][1] == counted["002"][1] == 1 + 2 * PER_TABLE
