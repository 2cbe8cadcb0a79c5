from tests.reports.factories import CITY, line
from reports.checksums import inputs_checksum
from reports.scopes import SCORECARD, Scope

SCOPE = Scope(SCORECARD, CITY.id, 2023)


def test_the_checksum_ignores_row_order_but_not_values_or_review():
    first, second = line(target_id=1), line(target_id=2, indicator="cpi")
    base = inputs_checksum(SCOPE, [CITY], [first, second])
    assert inputs_checksum(SCOPE, [CITY], [second, first]) == base
    assert inputs_checksum(SCOPE, [CITY], [first, line(target_id=2, indicator="cpi", reviewed=False)]) != base
    assert inputs_checksum(SCOPE, [CITY], [first, line(target_id=2, indicator="cpi", actual="9")]) != base
    assert inputs_checksum(Scope(SCORECARD, CITY.id, 2024), [CITY], [first, second]) != base


def test_equal_decimals_give_equal_checksums():
    assert inputs_checksum(SCOPE, [CITY], [line(target_id=1, value="6.0")]) == inputs_checksum(
        SCOPE, [CITY], [line(target_id=1, value="6")])
