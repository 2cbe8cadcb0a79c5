"""The reader's language for the pure report code: a Wording around Django's gettext."""
from django.conf import settings
from django.utils.translation import get_language, gettext

from reports.wording import Wording


def current_wording() -> Wording:
    """Words in the language active now (the request's, or the site default outside one)."""
    return Wording(translate=gettext, language=get_language() or settings.LANGUAGE_CODE)
