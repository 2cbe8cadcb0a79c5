from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction

REVIEWERS_GROUP = "Reviewers"


@transaction.atomic
def reviewer_ensure(*, username: str, password: str):
    """A staff user in the Reviewers group with that password, created or reset."""
    user, _ = get_user_model().objects.get_or_create(username=username)
    user.is_staff = True
    user.set_password(password)
    user.save()
    user.groups.add(Group.objects.get(name=REVIEWERS_GROUP))
    return user
