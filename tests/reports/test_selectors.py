import datetime
from decimal import Decimal

from django.utils import timezone

from reports import selectors


def rows_by_quote(**filters):
    return {row.target_quote: row for row in selectors.assessed_target_list(**filters)}


def test_rows_carry_target_outcome_verdict_and_review(world):
    rows = rows_by_quote(jurisdiction_ids=[world.east.pk], year=2023)
    fai = rows["固定资产投资增长10%左右"]
    assert (fai.indicator, fai.indicator_name, fai.value, fai.actual, fai.gap) == (
        "fixed_asset_investment", "全社会固定资产投资", Decimal("10"), Decimal("9.8"), Decimal("-0.2"))
    assert (fai.verdict, fai.narrow, fai.reviewed, fai.headline) == ("missed", True, True, True)
    assert fai.actual_quote == "固定资产投资增长9.8%"
    assert fai.assessment_id == world.assessments["east_fai"].pk
    retail = rows["社会消费品零售总额增长8%以上"]
    assert (retail.verdict, retail.reviewed, retail.actual, retail.headline) == ("not_reported", False, None, False)


def test_a_target_not_linked_yet_is_pending_and_provisional(world):
    world.assessments["city_gdp_2024"].delete()
    (row,) = selectors.assessed_target_list(jurisdiction_ids=[world.city.pk], year=2024)
    assert (row.assessment_id, row.verdict, row.provisional) == (None, "pending", True)


def test_rejected_targets_and_five_year_goals_are_left_out(world):
    from tracker.models import Target

    target = world.assessments["west_cpi"].target
    target.review_status = "rejected"
    target.save()
    Target.objects.filter(pk=world.assessments["west_gdp"].target_id).update(period_end=2027)
    assert selectors.assessed_target_list(jurisdiction_ids=[world.west.pk]) == []


def test_a_derived_growth_is_shown_as_the_actual_with_a_note(world):
    from tracker.models import Assessment

    Assessment.objects.filter(pk=world.assessments["south_gdp"].pk).update(derived=True, derived_value=Decimal("6.25"))
    (row,) = selectors.assessed_target_list(jurisdiction_ids=[world.south.pk])
    assert (row.actual, row.actual_unit) == (Decimal("6.25"), "%")
    assert row.derived


def test_rows_load_in_two_queries(world, django_assert_num_queries):
    """The rows, and the indicator names that relational targets refer to by code."""
    with django_assert_num_queries(2):
        selectors.assessed_target_list()


def test_target_keys_and_governments(world):
    keys = set(selectors.target_key_list())
    assert (world.city.pk, 2024, "gdp") in keys and (world.west.pk, 2023, "cpi") in keys
    governments = {gov.name: gov for gov in selectors.government_list()}
    assert governments["示例省样本市东区"].parent_id == world.city.pk


def make_history_old(days=30):
    from tracker.models import Assessment, Outcome, Target

    past = timezone.now() - datetime.timedelta(days=days)
    Assessment.objects.update(updated_at=past)
    Target.history.update(history_date=past)
    Outcome.history.update(history_date=past)


def test_changed_governments_come_from_assessments_and_history(world):
    make_history_old()
    since = timezone.now() - datetime.timedelta(days=7)
    assert selectors.changed_jurisdiction_ids(since=since) == set()
    assessment = world.assessments["south_gdp"]
    assessment.review_status = "confirmed"
    assessment.save()
    outcome = world.assessments["city_gdp"].outcome
    outcome.value = Decimal("6.3")
    outcome.save()
    assert selectors.changed_jurisdiction_ids(since=since) == {world.south.pk, world.city.pk}
