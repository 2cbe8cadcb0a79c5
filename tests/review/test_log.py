"""The review log of a government and year, as CSV."""
import csv
import io
from decimal import Decimal

import pytest
from django.urls import reverse

from review.world import seen
from tracker.review.log import HEADER, _inert
from tracker.review.views.log import LOG_PARAMETERS, UNKNOWN_GOVERNMENT
from tracker.services import review as services

pytestmark = pytest.mark.django_db


def _rows(response) -> list[dict]:
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:])))


def test_the_log_lists_who_did_what_when_with_before_and_after(reviewer_client, world, reviewer, other_reviewer):
    services.assessment_set_verdict(
        assessment_id=world.gdp.pk, seen=seen(world.gdp), verdict="met", gap=Decimal("0.1"), note="=final 6.1%", user=reviewer
    )
    target = world.revenue.target
    values = services.TargetValues(
        indicator_id=target.indicator_id, period_start=2023, period_end=2023, kind="growth", value=Decimal("4"),
        value_high=None, unit="%", qualifier="exact", stretch=False, headline=False,
    )
    services.target_edit(target_id=target.pk, version=1, values=values, user=other_reviewer)

    response = reviewer_client.get(reverse("review:log"), {"government": "重庆市江北区", "year": 2023})

    assert response.status_code == 200 and response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    rows = _rows(response)
    assert tuple(rows[0]) == HEADER
    verdict = next(row for row in rows if row["field"] == "verdict")
    assert (verdict["who"], verdict["item"], verdict["action"], verdict["before"], verdict["after"]) == (
        "rita", f"assessment #{world.gdp.pk}", "changed: set verdict", "missed", "met"
    )
    assert verdict["when"].endswith("+08:00"), "times in the configured time zone, with the offset"
    assert verdict["decision"].isdigit()
    note = next(row for row in rows if row["field"] == "note")
    assert note["after"].endswith("rita: =final 6.1%")
    edit = next(row for row in rows if row["item"] == f"target #{target.pk}" and row["field"] == "value")
    assert (edit["who"], edit["before"], edit["after"]) == ("otto", "5", "4")
    reopened = [row for row in rows if row["action"].startswith("changed: re-review")]
    assert not reopened, "a proposed assessment is re-judged, not re-opened"
    assert {row["item"].split(" #")[0] for row in rows} == {"target", "outcome", "assessment"}


@pytest.mark.parametrize(
    "cell, written",
    [("=HYPERLINK(1)", "'=HYPERLINK(1)"), ("+1", "'+1"), ("@x", "'@x"), ("-0.2", "-0.2"), ("-x", "'-x"), ("6.1", "6.1")],
)
def test_cells_are_never_formulas(cell, written):
    assert _inert(cell) == written


def test_the_log_covers_only_that_government_and_year(reviewer_client, world, reviewer):
    services.assessment_flag_miss(assessment_id=world.gdp.pk, version=1, flagged=True, user=reviewer)
    rows = _rows(reviewer_client.get(reverse("review:log"), {"government": "重庆市江北区", "year": 2021}))
    assert rows == []


@pytest.mark.parametrize(
    "query, message",
    [({}, LOG_PARAMETERS), ({"government": "重庆市江北区", "year": "next"}, LOG_PARAMETERS),
     ({"government": "江北", "year": 2023}, UNKNOWN_GOVERNMENT.format(name="江北"))],
)
def test_a_bad_request_says_what_to_give(reviewer_client, world, query, message):
    response = reviewer_client.get(reverse("review:log"), query)
    assert response.status_code == 400 and response.content.decode() == message


def test_the_log_needs_a_staff_login(client, world):
    assert client.get(reverse("review:log"), {"government": "重庆市江北区", "year": 2023}).status_code == 302
