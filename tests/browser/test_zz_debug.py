import pytest
from django.contrib.auth.models import Group
from django.db import connections

@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a():
    print("A", Group.objects.count(), len(connections["default"]._test_serialized_contents))

@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_b():
    print("B", Group.objects.count(), len(connections["default"]._test_serialized_contents))
