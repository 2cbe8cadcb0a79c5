"""The compiled representation gives exactly what DRF's own to_representation gives."""
import pytest
from rest_framework import serializers

from tracker.api.assessments import AssessmentSerializer
from tracker.api.jurisdictions import JurisdictionSerializer
from tracker.api.reports import ReportDetailSerializer
from tracker.api.targets import TargetSerializer
from tracker.models import Assessment, Jurisdiction, Report, Target

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "serializer_class, model",
    [
        (TargetSerializer, Target),
        (AssessmentSerializer, Assessment),
        (JurisdictionSerializer, Jurisdiction),
        (ReportDetailSerializer, Report),
    ],
)
def test_same_output_as_drf(rf, world, serializer_class, model):
    context = {"request": rf.get("/")}
    for instance in model.objects.all():
        fast = serializer_class(instance, context=context).data
        plain = serializers.ModelSerializer.to_representation(serializer_class(context=context), instance)
        assert fast == plain
