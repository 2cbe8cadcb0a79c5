"""Which reported figure answers which target, and the verdict on it.

Pure Python on frozen dataclasses: no Django, no database, no network, so the rules are fast to
test and can be re-run over stored rows whenever they change. The Django side turns Target and
Outcome rows into facts, calls derive_growth, choose_outcome (choose_reference as well for
relational targets) and judge, and stores the result."""
from tracker.matching.choose import Match, choose_outcome, choose_reference
from tracker.matching.derived import derive_growth
from tracker.matching.facts import OutcomeFact, TargetFact
from tracker.matching.rules import DEFAULT_RULES, RULESET_VERSION, IndicatorRule
from tracker.matching.verdicts import Verdict, judge

__all__ = [
    "DEFAULT_RULES",
    "RULESET_VERSION",
    "IndicatorRule",
    "Match",
    "OutcomeFact",
    "TargetFact",
    "Verdict",
    "choose_outcome",
    "choose_reference",
    "derive_growth",
    "judge",
]
