"""Re-extraction replaces what no reviewer touched and keeps what a reviewer decided."""
from io import StringIO

import pytest
from django.core.management import call_command

from tracker.models import Assessment, Outcome, Report, ReviewStatus, Target
from tracker.services.extraction import report_extract
from tracker.services.ingest import report_import

pytestmark = pytest.mark.django_db


def test_reextraction_is_stable_and_keeps_reviewed_rows(sample_bytes, reviewer):
    report = report_import(data=sample_bytes("000"), file_name="000.txt").report
    before = sorted(Target.objects.filter(report=report).values_list("quote", "start", "end"))
    confirmed = Target.objects.filter(report=report).order_by("start").first()
    confirmed.review_status = ReviewStatus.CONFIRMED
    confirmed.reviewed_by = reviewer
    confirmed.save()
    edited = Outcome.objects.filter(report=report).order_by("start").first()
    edited.review_status, edited.value = ReviewStatus.EDITED, 948
    edited.save()

    report_extract(report=report)

    assert sorted(Target.objects.filter(report=report).values_list("quote", "start", "end")) == before
    confirmed.refresh_from_db()
    edited.refresh_from_db()
    assert confirmed.review_status == ReviewStatus.CONFIRMED and confirmed.reviewed_by == reviewer
    assert edited.value == 948
    assert Outcome.objects.filter(report=report, start=edited.start, end=edited.end).count() == 1


def test_reextract_command(sample_bytes):
    report = report_import(data=sample_bytes("003"), file_name="003.txt").report
    out = StringIO()
    call_command("reextract", "--report", str(report.pk), stdout=out)
    targets = Target.objects.filter(report=report).count()
    assert targets >= 5
    assert f"report {report.pk} {report}: {targets} targets" in out.getvalue()


def _linked_world(samples_dir):
    reviews = sorted((samples_dir.parent / "tests" / "fixtures" / "synthetic").glob("*_review.txt"))
    call_command("import_reports", str(samples_dir), *map(str, reviews), stdout=StringIO())
    return Report.objects.get(file_name="2022_jiangbei_review.txt")


def test_reextracting_a_linked_review_keeps_its_rows_ids_and_verdicts(samples_dir):
    review = _linked_world(samples_dir)
    outcomes = sorted(Outcome.objects.filter(report=review).values_list("pk", "quote", "value"))
    verdicts = sorted(Assessment.objects.values_list("target_id", "outcome_id", "verdict"))
    history = Outcome.history.count()
    assert any(verdict in ("met", "missed") for *_, verdict in verdicts)

    call_command("reextract", "--report", str(review.pk), stdout=StringIO())

    assert sorted(Outcome.objects.filter(report=review).values_list("pk", "quote", "value")) == outcomes
    assert sorted(Assessment.objects.values_list("target_id", "outcome_id", "verdict")) == verdicts
    assert Outcome.history.count() == history  # nothing changed, nothing written


def test_an_outcome_no_longer_found_goes_and_its_target_is_judged_again(samples_dir):
    review = _linked_world(samples_dir)
    gdp = Outcome.objects.get(report=review, indicator__code="gdp", quote__startswith="全区地区生产总值")
    assessment = Assessment.objects.get(outcome=gdp)
    assert assessment.verdict in ("met", "missed")
    # As if a better grammar no longer read that clause: the same text with the figure blanked.
    text = review.normalized_text
    review.normalized_text = text[: gdp.start] + "。" * (gdp.end - gdp.start) + text[gdp.end :]
    review.save(update_fields=["normalized_text"])

    call_command("reextract", "--report", str(review.pk), stdout=StringIO())

    assert not Outcome.objects.filter(pk=gdp.pk).exists()
    assessment.refresh_from_db()
    # Silence in a full text is not reporting; in an excerpt or a summary the target waits.
    expected = "not_reported" if review.source_kind == "full" else "pending"
    assert assessment.outcome_id is None and assessment.verdict == expected
