"""Re-extraction replaces what no reviewer touched and keeps what a reviewer decided."""
from io import StringIO

import pytest
from django.core.management import call_command

from tracker.models import Outcome, ReviewStatus, Target
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
