"""Reader pages and the review item page on a phone (375 px wide) and checked by axe-core.

Nothing may scroll sideways at 375 px: tables become stacked rows and charts scale. axe-core (the
npm package, installed by scripts/bootstrap into .venv/node) runs inside Chromium on each page at
phone and desktop width and must find no serious or critical violation. Every count is printed
(`pytest -s`), which is where the numbers in the issue notes come from."""
import json
from pathlib import Path

import pytest

from reports.services import generated_reports_refresh
from tests.reports.world import build_world as build_report_world

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

AXE = Path(__file__).resolve().parents[2] / ".venv" / "node" / "node_modules" / "axe-core" / "axe.min.js"
PHONE, DESKTOP = 375, 1280
BLOCKING = ("serious", "critical")
RUN_AXE = """async () => {
  const result = await axe.run(document, {resultTypes: ["violations"]});
  return result.violations.map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.length,
                                      targets: v.nodes.slice(0, 3).map(n => n.target.join(" "))}));
}"""


@pytest.fixture
def reader_paths(world, reviewer):
    """The pages to check, by name: public pages (Chinese, as readers get them) and review pages."""
    reports = build_report_world(reviewer)
    generated_reports_refresh(formats=["html"])
    from reports.models import GeneratedReport

    stored = GeneratedReport.objects.get(scope_key=f"scorecard-j{reports.east.pk}-2023")
    return {
        "reports index": "/zh-hans/reports/",
        "scorecard": f"/zh-hans/reports/scorecard/{reports.east.pk}/2023/",
        "scorecard (English)": f"/en/reports/scorecard/{reports.east.pk}/2023/",
        "stored scorecard": stored.get_absolute_url(),
        "league table": f"/zh-hans/reports/league/{reports.city.pk}/2023/",
        "trend": f"/zh-hans/reports/trend/{reports.city.pk}/",
        "amplification": f"/zh-hans/reports/amplification/{reports.city.pk}/2023/gdp/",
        "evidence page": f"/zh-hans/targets/{world.gdp.target_id}/",
        "government page": f"/zh-hans/governments/{reports.east.pk}/",
        "journalists' guide": "/zh-hans/journalists/",
        "review item": f"/review/assessments/{world.gdp.pk}/",
        "review queue": "/review/",
    }


def _axe(page) -> list[dict]:
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.evaluate(AXE.read_text(encoding="utf-8"))  # evaluated, not a <script>: no CSP can refuse it
    return page.evaluate(RUN_AXE)


def test_no_sideways_scrolling_at_375px_and_no_serious_axe_violations(reader_paths, logged_in, live_server):
    assert AXE.exists(), "axe-core is missing: run scripts/bootstrap"
    page = logged_in("rita", "pw-rita-12345", locale="zh-CN", width=PHONE)
    widths, findings = {}, {}
    for name, path in reader_paths.items():
        for width in (PHONE, DESKTOP):
            page.set_viewport_size({"width": width, "height": 900})
            page.goto(live_server.url + path)
            if width == PHONE:
                widths[name] = page.evaluate("document.documentElement.scrollWidth")
            findings[(name, width)] = _axe(page)
    print("\nscroll width at 375 px:", json.dumps(widths, ensure_ascii=False))
    for (name, width), violations in findings.items():
        counts = {impact: sum(v["nodes"] for v in violations if v["impact"] == impact)
                  for impact in ("critical", "serious", "moderate", "minor")}
        print(f"axe {name} @{width}px: {counts} {[(v['id'], v['targets']) for v in violations]}")
    too_wide = {name: width for name, width in widths.items() if width > PHONE}
    assert too_wide == {}
    blocking = {f"{name} @{width}": [v for v in violations if v["impact"] in BLOCKING]
                for (name, width), violations in findings.items()}
    assert {key: found for key, found in blocking.items() if found} == {}
