import datetime
from decimal import Decimal

from django.utils import timezone

from reports.models import GeneratedReport
from reports.scopes import LEAGUE, SCORECARD, Scope
from reports.services import generated_report_generate, generated_reports_refresh, generated_reports_refresh_changed

FAST = ["html", "csv"]


def current_checksums():
    return dict(GeneratedReport.objects.latest_per_scope().values_list("scope_key", "inputs_checksum"))


def test_a_sweep_stores_every_report_with_scope_checksum_and_files(world):
    summary = generated_reports_refresh(formats=FAST)
    keys = {report.scope_key for report in summary.reports}
    city, east, province = world.city.pk, world.east.pk, world.province.pk
    assert {f"scorecard-j{east}-2023", f"league-j{city}-2023", f"trend-j{city}",
            f"amplification-j{province}-2023-gdp", f"amplification-j{city}-2023-gdp"} <= keys
    assert summary.generated == len(keys) == GeneratedReport.objects.count()
    card = GeneratedReport.objects.get(scope_key=f"scorecard-j{east}-2023")
    assert (card.kind, card.jurisdiction, card.year, card.target_count, card.provisional) == (
        SCORECARD, world.east, 2023, 3, True)
    assert card.formats == ["html", "csv"] and len(card.inputs_checksum) == 64
    html = card.html.read().decode()
    assert "示例省样本市东区" in html and "provisional" in html and "/targets/" in html
    amplification = GeneratedReport.objects.get(scope_key=f"amplification-j{city}-2023-gdp")
    assert amplification.indicator.code == "gdp"


def test_unchanged_inputs_are_not_regenerated(world):
    generated_reports_refresh(formats=FAST)
    before = list(GeneratedReport.objects.values_list("pk", "html"))
    again = generated_reports_refresh(formats=FAST)
    assert again.generated == 0 and again.unchanged == len(before)
    assert list(GeneratedReport.objects.values_list("pk", "html")) == before


def test_a_review_decision_regenerates_exactly_the_reports_that_show_it(world):
    generated_reports_refresh(formats=FAST)
    before = current_checksums()
    assessment = world.assessments["south_gdp"]
    assessment.review_status = "confirmed"
    assessment.save()
    summary = generated_reports_refresh(formats=FAST)
    after = current_checksums()
    changed = {key for key in after if after[key] != before[key]}
    city, south = world.city.pk, world.south.pk
    assert changed == {f"scorecard-j{south}-2023", f"league-j{city}-2023", f"amplification-j{city}-2023-gdp"}
    assert summary.generated == 3
    old = GeneratedReport.objects.filter(scope_key=f"scorecard-j{south}-2023").order_by("created_at")
    assert [report.provisional for report in old] == [True, False]


def test_inputs_that_change_back_make_a_new_current_report(world):
    scope = Scope(SCORECARD, world.west.pk, 2023)
    first, _ = generated_report_generate(scope=scope, formats=FAST)
    outcome = world.assessments["west_gdp"].outcome
    for value in ("6.2", "6.1"):
        outcome.value = Decimal(value)
        outcome.save()
        latest, created = generated_report_generate(scope=scope, formats=FAST)
        assert created
    assert latest.inputs_checksum == first.inputs_checksum and latest.pk != first.pk
    assert GeneratedReport.objects.for_scope(scope.key).count() == 3


def test_a_format_asked_for_later_is_added_to_the_current_report(world):
    scope = Scope(SCORECARD, world.city.pk, 2023)
    report, _ = generated_report_generate(scope=scope, formats=["csv"])
    assert report.formats == ["csv"]
    same, created = generated_report_generate(scope=scope, formats=["html", "pdf"])
    assert created and same.pk == report.pk
    assert same.formats == ["html", "csv", "pdf"]
    assert f"/reports/r/{scope.key}/{report.inputs_checksum}/pdf/" in same.html.read().decode()
    assert generated_report_generate(scope=scope, formats=["html", "csv", "pdf"])[1] is False


def test_pdf_is_made_for_scorecards_only(world):
    league, _ = generated_report_generate(scope=Scope(LEAGUE, world.city.pk, 2023), formats=["html", "pdf"])
    assert league.formats == ["html"]


def test_the_weekly_job_covers_the_governments_whose_data_changed(world):
    from tests.reports.test_selectors import make_history_old

    make_history_old()
    assert generated_reports_refresh_changed(days=7, formats=FAST).reports == ()
    assessment = world.assessments["west_cpi"]
    assessment.note = "checked against the statistics bulletin"
    assessment.save()
    summary = generated_reports_refresh_changed(days=7, formats=FAST, now=timezone.now() + datetime.timedelta(days=1))
    keys = {report.scope_key for report in summary.reports}
    city = world.city.pk
    # The city's amplification views list every district, with or without a target.
    assert keys == {f"scorecard-j{world.west.pk}-2023", f"league-j{city}-2023", f"amplification-j{city}-2023-gdp",
                    f"amplification-j{city}-2023-retail_sales", f"amplification-j{city}-2024-gdp"}
