import pytest
from django.core.management import CommandError, call_command

from reports.management.commands.generate_reports import BAD_FORMATS, UNKNOWN_JURISDICTION
from reports.models import GeneratedReport


def test_one_government_and_year_in_the_formats_asked_for(world, tmp_path, capsys):
    call_command("generate_reports", jurisdiction="示例省样本市西区", year=2023, formats=["csv"], out=tmp_path / "out")
    keys = set(GeneratedReport.objects.values_list("scope_key", flat=True))
    city, west = world.city.pk, world.west.pk
    assert f"scorecard-j{west}-2023" in keys and f"league-j{city}-2023" in keys
    assert f"scorecard-j{city}-2023" not in keys
    assert {path.suffix for path in (tmp_path / "out").iterdir()} == {".csv"}
    assert "generated, 0 unchanged" in capsys.readouterr().out


def test_bad_arguments_are_refused_with_their_message(world):
    with pytest.raises(CommandError, match=UNKNOWN_JURISDICTION.format("火星市").replace("(", r"\(").replace(")", r"\)")):
        call_command("generate_reports", jurisdiction="火星市")
    with pytest.raises(CommandError, match="--format"):
        call_command("generate_reports", "--format", "html,docx")
    assert BAD_FORMATS.startswith("--format")
