"""tracker/extraction/rules.py: every rule that drops a figure drops it in its example and lets it
through in its counter-example, and --explain names it (sentences written for the rule book)."""
import pytest

from tracker.extraction import RULES, explain_lines, extract_report


def _outcome(text: str, value: float) -> tuple[str, str | None]:
    """What became of the figure of that value: (outcome, rule)."""
    result = extract_report(text, explain=True)
    for decision in result.decisions:
        number = result.text[decision.start:decision.end]
        if _value_of(number) == value:
            return decision.outcome, decision.rule
    return "unread", None


def _value_of(number: str) -> float | None:
    digits = "".join(char for char in number if char.isdigit() or char == ".")
    try:
        return float(digits)
    except ValueError:
        return None


# A relation has no number to follow; test_relation_reported covers its rule.
NUMBER_RULES = sorted(name for name in RULES if name != "relation_reported")


@pytest.mark.parametrize("rule", NUMBER_RULES, ids=str)
def test_the_example_is_dropped_by_its_rule(rule):
    assert _outcome(RULES[rule].example, RULES[rule].value) == ("dropped", rule)


@pytest.mark.parametrize("rule", NUMBER_RULES, ids=str)
def test_the_counter_example_is_not_dropped_by_it(rule):
    outcome, found = _outcome(RULES[rule].counter, RULES[rule].value)
    assert found != rule and outcome in ("target", "actual"), (outcome, found)


def test_relation_reported():
    rule = RULES["relation_reported"]
    assert [t.kind for t in extract_report(rule.example, report_year=2024).targets] == []
    assert "relational" in [t.kind for t in extract_report(rule.counter, report_year=2024).targets]


def test_every_rule_says_what_it_decides_with_an_example():
    for rule in RULES.values():
        assert rule.says and rule.example != rule.counter


def test_explain_names_the_rule_for_each_number():
    lines = explain_lines(extract_report(RULES["subperiod"].example, explain=True))
    assert any("dropped" in line and "[subperiod:" in line for line in lines)
    assert lines[0].startswith("jurisdiction: ") and lines[1].startswith("report_year: ")
