"""What changed under a reviewed decision: a table of evidence before and after."""
import json

import pytest

from tests.matching.factories import outcome, target
from tracker.matching.evidence import Evidence, evidence_changes, evidence_of

LINKED = outcome(id=10, value="6.1")
BASIS = evidence_of(target(value="6", qualifier="approx"), LINKED, candidates=[10, 11])


@pytest.mark.parametrize(
    "now_target, linked_id, linked, proposal, expected",
    [
        (target(value="6", qualifier="approx"), 10, LINKED, LINKED, ()),
        (target(value="6.0000", qualifier="approx"), 10, outcome(id=10, value="6.1000"), None, ()),
        (target(value="6", qualifier="approx"), 10, LINKED, outcome(id=11, value="5.8"), ()),
        (target(value="5.5", qualifier="approx"), 10, LINKED, LINKED, ("target value 6 → 5.5",)),
        (target(value="6", qualifier="at_least"), 10, LINKED, LINKED, ("target qualifier approx → at_least",)),
        (target(value="6", qualifier="approx"), 10, outcome(id=10, value="6.4"), LINKED, ("outcome #10 value 6.1 → 6.4",)),
        (target(value="6", qualifier="approx"), 10, outcome(id=10, value="6.1", estimate=True), LINKED,
         ("outcome #10 estimate False → True",)),
        (target(value="6", qualifier="approx"), 10, None, None, ("outcome #10 was rejected or removed",)),
        (target(value="6", qualifier="approx"), None, None, None, ("outcome #10 is no longer linked",)),
        (target(value="6", qualifier="approx"), 10, LINKED, outcome(id=12, value="6.3", report_year=2024),
         ("a figure the decision did not see answers it: outcome #12, 6.3% (2024 report)",)),
    ],
)
def test_evidence_changes(now_target, linked_id, linked, proposal, expected):
    assert evidence_changes(BASIS, target=now_target, linked_id=linked_id, linked=linked, proposal=proposal) == expected


def test_a_decision_without_an_outcome_reopens_only_for_a_figure_it_did_not_see():
    basis = evidence_of(target(), None, candidates=[10])
    assert evidence_changes(basis, target=target(), linked_id=None, linked=None, proposal=outcome(id=10)) == ()
    assert evidence_changes(basis, target=target(), linked_id=None, linked=None, proposal=outcome(id=13)) != ()


def test_a_derived_figure_counts_as_seen_only_when_both_levels_were():
    derived = outcome(id=10, derived=True, derived_from=(9, 10))
    assert evidence_changes(BASIS, target=target(value="6", qualifier="approx"), linked_id=None, linked=None,
                            proposal=derived)[-1].startswith("a figure the decision did not see")


def test_the_snapshot_survives_json():
    stored = json.loads(json.dumps(BASIS.as_json()))
    assert Evidence.from_json(stored) == BASIS
