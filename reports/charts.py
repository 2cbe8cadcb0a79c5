"""The report charts, as inline SVG: what a reader looks at before reading any table.

- scorecard: one row per target, the target as a bar-shaped tick and the actual as a dot joined
  to it, coloured by verdict; misses sit on a red band. Percent rows share one axis so 5.5% and
  7% can be compared; amounts get an axis of their own.
- league: one stacked bar per government, verdict by verdict, provisional parts hatched.
- trend: a small panel per indicator, the target as a dashed line and the actual as a solid one.
- amplification: parent, government and children on one axis, the step up at each tier labelled.

Every mark links to its evidence (the quote on the page, which carries the assessment's
permalink) through a hotspot over it, named by the quote (also its tooltip); the picture itself
is one role="img" group with a text alternative. Provisional verdicts are drawn hollow. Words
come from a `Wording`, so a chart speaks the reader's language."""
from __future__ import annotations

from collections.abc import Mapping

from reports.amplification import Amplification, Tier
from reports.leagues import League
from reports.rows import (
    MET,
    MISSED,
    NOT_COMPARABLE,
    NOT_REPORTED,
    PENDING,
    KIND_LABELS,
    VERDICT_LABELS,
    AssessedTarget,
    format_number,
)
from reports.scorecards import Scorecard
from reports.svg import (
    ACTUAL_LINE,
    COLORS,
    GRID,
    INK,
    MISS_BAND,
    MUTED,
    Scale,
    element,
    hotspot,
    svg,
    text,
    tick_label,
)
from reports.trends import Trend, TrendSeries
from reports.wording import ENGLISH, Wording, gettext_noop

PERCENT = "%"
HATCH_ID = "provisional-hatch"
STRETCH = gettext_noop("stretch (力争)")
PROVISIONAL = gettext_noop("provisional")
REVIEWED = gettext_noop("reviewed")
NO_UNIT = gettext_noop("no unit")
_BAD = (MISSED, NOT_REPORTED)


NO_FIGURE = gettext_noop("no figure reported")
PROVISIONAL_NOTE = gettext_noop("provisional (not reviewed)")


def _evidence(line: AssessedTarget, words: Wording) -> str:
    """A mark's accessible name and tooltip: the indicator, both quotes and the verdict."""
    actual = line.actual_quote or words(NO_FIGURE)
    verdict = line.verdict_in(words)
    if line.provisional:
        verdict = words(gettext_noop("%(verdict)s, provisional"), verdict=verdict)
    return words(gettext_noop("%(indicator)s: target 「%(target)s」 — actual 「%(actual)s」 (%(verdict)s)"),
                 indicator=line.name_in(words), target=line.target_quote, actual=actual, verdict=verdict)


def _placed(line: AssessedTarget) -> bool:
    """Whether the actual can sit on the target's axis: same unit, and a number on both sides."""
    return line.value is not None and line.actual is not None and line.actual_unit == line.unit


def _dot(x: float, y: float, line: AssessedTarget, radius: float = 7) -> str:
    color = COLORS.get(line.verdict, MUTED)
    if line.provisional:
        return element("circle", cx=x, cy=y, r=radius, fill="#ffffff", stroke=color, stroke_width=2.5,
                       stroke_dasharray="3 2")
    return element("circle", cx=x, cy=y, r=radius, fill=color, stroke="#ffffff", stroke_width=1.5)


def _width(label: str) -> float:
    """Rough width of a legend label at 12px: a CJK character is a square, a Latin one half."""
    return sum(12 if ord(char) > 0x2E80 else 6 for char in label)


def _legend(x: float, y: float, words: Wording, *, with_target: bool, hatched: bool = False) -> str:
    """Verdict colours; provisional shown as the chart draws it (a hollow dot, or hatching)."""
    parts = []
    if with_target:
        label = words(gettext_noop("target"))
        parts += [element("line", x1=x, y1=y - 9, x2=x, y2=y + 5, stroke=INK, stroke_width=3),
                  text(x + 8, y, label, fill=MUTED)]
        x += 24 + _width(label)
    for verdict in (MET, MISSED, NOT_REPORTED, PENDING, NOT_COMPARABLE):
        label = words(VERDICT_LABELS[verdict])
        parts.append(element("circle", cx=x, cy=y - 4, r=6, fill=COLORS[verdict]))
        parts.append(text(x + 10, y, label, fill=MUTED))
        x += 24 + _width(label)
    if hatched:
        parts.append(element("rect", x=x - 6, y=y - 10, width=12, height=12, fill=MUTED, fill_opacity=0.55))
        parts.append(element("rect", x=x - 6, y=y - 10, width=12, height=12, fill=f"url(#{HATCH_ID})"))
    else:
        parts.append(element("circle", cx=x, cy=y - 4, r=6, fill="#ffffff", stroke=MUTED, stroke_width=2,
                             stroke_dasharray="3 2"))
    parts.append(text(x + 10, y, words(PROVISIONAL_NOTE), fill=MUTED))
    return "".join(parts)


def _scorecard_row(line: AssessedTarget, y: float, shared: Scale, plot: tuple[float, float], words: Wording) -> str:
    height, middle = 40, y + 20
    parts = []
    if line.verdict in _BAD:
        parts.append(element("rect", x=0, y=y + 1, width=820, height=height - 2, fill=MISS_BAND))
    stretch = " " + words(STRETCH) if line.stretch else ""
    parts.append(text(8, y + 17, line.name_in(words), font_size=13, font_weight="bold", fill=INK))
    parts.append(text(8, y + 33, words(gettext_noop("target %(target)s · actual %(actual)s"),
                                       target=line.target_in(words) + stretch, actual=line.actual_in(words) or "—"),
                      font_size=11, fill=MUTED))
    if line.value is None:
        parts.append(text(plot[0], middle + 4, words(gettext_noop("relational target: compared by growth rates")),
                          fill=MUTED, font_style="italic"))
    else:
        own = [line.value, line.value_high] + ([line.actual] if _placed(line) else [])
        scale = shared if line.unit == PERCENT else Scale([v for v in own if v is not None], *plot)
        parts.append(element("line", x1=plot[0], y1=middle, x2=plot[1], y2=middle, stroke=GRID, stroke_width=2))
        if scale.low < 0 < scale.high:
            parts.append(element("line", x1=scale(0), y1=middle - 6, x2=scale(0), y2=middle + 6, stroke=MUTED))
        if line.value_high is not None:
            parts.append(element("rect", x=scale(line.value), y=middle - 5, width=scale(line.value_high) - scale(line.value),
                                 height=10, fill="#cfcfcf"))
        target_x = scale(line.value)
        if _placed(line):
            actual_x = scale(line.actual)
            color = COLORS.get(line.verdict, MUTED)
            parts.append(element("line", x1=target_x, y1=middle, x2=actual_x, y2=middle, stroke=color, stroke_width=3,
                                 stroke_opacity=0.6))
        parts.append(element("line", x1=target_x, y1=middle - 11, x2=target_x, y2=middle + 11, stroke=INK,
                             stroke_width=3))
        if _placed(line):
            parts.append(_dot(actual_x, middle, line))
        elif line.verdict == NOT_REPORTED:
            right_half = target_x > sum(plot) / 2
            parts.append(text(target_x + (-10 if right_half else 10), middle + 4, words(NO_FIGURE), font_size=11,
                              font_style="italic", fill=COLORS[NOT_REPORTED],
                              text_anchor="end" if right_half else None))
    verdict_color = COLORS.get(line.verdict, MUTED)
    parts.append(text(660, y + 17, line.verdict_in(words), font_weight="bold", fill=verdict_color))
    note = words(PROVISIONAL) if line.provisional else words(REVIEWED)
    if line.gap is not None:
        note = words(gettext_noop("%(status)s · gap %(gap)s"), status=note, gap=line.gap_in(words))
    parts.append(text(660, y + 33, note, font_size=11, fill=MUTED, font_style="italic" if line.provisional else None))
    return element("g", "".join(parts), class_="mark")


def scorecard_chart(card: Scorecard, words: Wording = ENGLISH) -> str:
    """Dots for actuals against ticks for targets, one row per target, headline targets first."""
    if not card.lines:
        return ""
    plot = (270.0, 630.0)
    percent_values = [
        value
        for line in card.lines
        if line.unit == PERCENT and line.value is not None
        for value in (line.value, line.value_high, line.actual if _placed(line) else None)
        if value is not None
    ]
    shared = Scale(percent_values, *plot)
    parts, spots = [_legend(8, 20, words, with_target=True)], []
    y = 34.0
    for title, lines in card.sections:
        if not lines:
            continue
        parts.append(text(8, y + 16, words(title), font_size=12, font_weight="bold", fill=MUTED))
        parts.append(element("line", x1=8, y1=y + 22, x2=812, y2=y + 22, stroke=GRID))
        y += 26
        for line in lines:
            parts.append(_scorecard_row(line, y, shared, plot, words))
            spots.append(hotspot(f"#{line.anchor}", _evidence(line, words), 0, y, 820, 40))
            y += 40
    label = words(gettext_noop("%(government)s %(year)s: targets against outcomes"),
                  government=card.government.name, year=card.year)
    return svg(820, int(y + 8), "".join(parts), label=label, hotspots="".join(spots))


def _hatch() -> str:
    lines = element("path", d="M0,6 L6,0", stroke="#ffffff", stroke_width=2)
    pattern = element("pattern", lines, id=HATCH_ID, width=6, height=6, patternUnits="userSpaceOnUse")
    return element("defs", pattern)


def league_chart(league: League, hrefs: Mapping[int, str] | None = None, words: Wording = ENGLISH) -> str:
    """Stacked bars of verdicts per government, ranked; each bar links to that scorecard."""
    if not league.rows:
        return ""
    hrefs = hrefs or {}
    most = max(row.overall.combined.total for row in league.rows) or 1
    left, right = 230.0, 640.0
    unit = (right - left) / most
    parts, spots = [_hatch(), _legend(8, 20, words, with_target=False, hatched=True)], []
    y = 40.0
    for row in league.rows:
        name = f"{row.rank}. {row.government.name}" if row.rank is not None else f"– {row.government.name}"
        bar = [text(8, y + 17, name, font_size=13, fill=INK)]
        x = left
        for verdict in (MET, MISSED, NOT_REPORTED, PENDING, NOT_COMPARABLE):
            for counts, provisional in ((row.overall.final, False), (row.overall.provisional, True)):
                count = getattr(counts, verdict)
                if not count:
                    continue
                width = count * unit
                bar.append(element("rect", x=x, y=y + 4, width=width, height=18, fill=COLORS[verdict],
                                   fill_opacity=0.55 if provisional else 1))
                if provisional:
                    bar.append(element("rect", x=x, y=y + 4, width=width, height=18, fill=f"url(#{HATCH_ID})"))
                if width > 16:
                    bar.append(text(x + width / 2, y + 17, str(count), fill=INK if provisional else "#ffffff",
                                    font_size=11,
                                    text_anchor="middle", font_weight="bold"))
                x += width
        rate = row.met_rate
        if rate is not None:
            summary = words(gettext_noop("%(rate)s%% met"), rate=format_number(rate * 100))
        elif row.provisional_met_rate is not None:
            summary = words(gettext_noop("%(rate)s%% met (provisional)"),
                            rate=format_number(row.provisional_met_rate * 100))
        else:
            summary = words(gettext_noop("nothing settled yet"))
        bar.append(text(652, y + 17, summary, fill=INK if rate is not None else MUTED,
                        font_style=None if rate is not None else "italic"))
        final = row.overall.final
        hint = words(gettext_noop("%(government)s: %(met)s met, %(missed)s missed, %(not_reported)s not reported "
                                  "(reviewed); %(provisional)s provisional"),
                     government=row.government.name, met=final.met, missed=final.missed,
                     not_reported=final.not_reported, provisional=row.overall.provisional.total)
        parts.append(element("g", "".join(bar)))
        spots.append(hotspot(hrefs.get(row.government.id, ""), hint, 0, y, 820, 28))
        y += 28
    label = words(gettext_noop("League table %(year)s: verdicts per government"), year=league.year)
    return svg(820, int(y + 8), "".join(parts), label=label, hotspots="".join(spots))


def _trend_panel(series: TrendSeries, years: tuple[int, ...], x0: float, y0: float, words: Wording) -> tuple[str, str]:
    """The panel's picture and its hotspots."""
    width, height = 390.0, 200.0
    left, right, top, bottom = x0 + 46, x0 + width - 18, y0 + 38, y0 + height - 28
    values = [v for p in series.points for v in (p.value, p.value_high, p.actual if _placed(p) else None)
              if v is not None]
    scale = Scale(values, bottom, top, include_zero=series.unit == PERCENT)
    inner_left, inner_right = left + 22, right - 22  # keep end points clear of the axis labels
    step = (inner_right - inner_left) / max(len(years) - 1, 1)
    x_of = {year: inner_left + index * step if len(years) > 1 else (left + right) / 2
            for index, year in enumerate(years)}
    parts = [element("rect", x=x0 + 2, y=y0 + 2, width=width - 8, height=height - 6, fill="#ffffff", stroke=GRID)]
    heading = words(gettext_noop("%(indicator)s (%(kind)s, %(unit)s)"), indicator=series.name_in(words),
                    kind=words(KIND_LABELS.get(series.kind, series.kind)), unit=series.unit or words(NO_UNIT))
    parts.append(text(x0 + 12, y0 + 22, heading, font_size=13, font_weight="bold", fill=INK))
    for tick in scale.ticks(4):
        ty = scale(tick)
        parts.append(element("line", x1=left, y1=ty, x2=right, y2=ty, stroke=GRID))
        parts.append(text(left - 6, ty + 4, tick_label(tick), fill=MUTED, font_size=10, text_anchor="end"))
    for year in years:
        parts.append(text(x_of[year], bottom + 18, str(year), fill=MUTED, font_size=11, text_anchor="middle"))
    target_points = " ".join(f"{x_of[p.year]:.1f},{scale(p.value):.1f}" for p in series.points)
    parts.append(element("polyline", points=target_points, fill="none", stroke=INK, stroke_width=2,
                         stroke_dasharray="6 4"))
    placed = [p for p in series.points if _placed(p)]
    if len(placed) > 1:
        actual_points = " ".join(f"{x_of[p.year]:.1f},{scale(p.actual):.1f}" for p in placed)
        parts.append(element("polyline", points=actual_points, fill="none", stroke=ACTUAL_LINE, stroke_width=2.5))
    spots = []
    for point in series.points:
        x = x_of[point.year]
        marks = []
        if point.value_high is not None:
            marks.append(element("line", x1=x, y1=scale(point.value), x2=x, y2=scale(point.value_high), stroke=INK,
                                 stroke_width=2))
        marks.append(element("line", x1=x - 8, y1=scale(point.value), x2=x + 8, y2=scale(point.value), stroke=INK,
                             stroke_width=3))
        if _placed(point):
            marks.append(_dot(x, scale(point.actual), point, radius=6))
        else:
            right_half = x > (left + right) / 2
            marks.append(text(x + (-12 if right_half else 12), scale(point.value) + 4,
                              point.verdict_in(words), fill=COLORS.get(point.verdict, MUTED),
                              font_size=10, font_style="italic", text_anchor="end" if right_half else None))
        parts.append(element("g", "".join(marks)))
        spots.append(hotspot(f"#{point.anchor}", _evidence(point, words), x - 14, top - 6, 28, bottom - top + 12))
    return "".join(parts), "".join(spots)


def trend_chart(trend: Trend, words: Wording = ENGLISH) -> str:
    """Small multiples, two per row: target (dashed) and actual (solid) per indicator over years."""
    if not trend.series:
        return ""
    years = trend.years
    parts = [element("line", x1=8, y1=16, x2=40, y2=16, stroke=INK, stroke_width=2, stroke_dasharray="6 4"),
             text(46, 20, words(gettext_noop("target")), fill=MUTED),
             element("line", x1=110, y1=16, x2=142, y2=16, stroke=ACTUAL_LINE, stroke_width=2.5),
             text(148, 20, words(gettext_noop("actual (dot coloured by verdict, hollow if provisional)")), fill=MUTED)]
    spots = []
    for index, series in enumerate(trend.series):
        picture, hotspots = _trend_panel(series, years, (index % 2) * 400.0, 30 + (index // 2) * 205.0, words)
        parts.append(picture)
        spots.append(hotspots)
    rows = (len(trend.series) + 1) // 2
    label = words(gettext_noop("%(government)s: targets and outcomes over the years"), government=trend.government.name)
    return svg(800, 30 + rows * 205, "".join(parts), label=label, hotspots="".join(spots))


TIER_LABELS = {
    "parent": gettext_noop("level above"),
    "focus": gettext_noop("this government"),
    "child": gettext_noop("level below"),
}


def amplification_chart(view: Amplification, words: Wording = ENGLISH) -> str:
    """Each tier's target on one axis, with the step from the tier above written beside it."""
    reference = view.focus.target or (view.parent.target if view.parent else None)
    if reference is None:
        return ""

    def comparable(tier: Tier) -> bool:
        target = tier.target
        return target is not None and target.value is not None and (target.kind, target.unit) == (
            reference.kind, reference.unit)

    values = [v for tier in view.tiers if comparable(tier) for v in (tier.target.value, tier.target.value_high)
              if v is not None]
    scale = Scale(values, 300.0, 620.0, include_zero=False)
    parts, spots = [], []
    y = 8.0
    guide = {}
    for tier in view.tiers:
        indent = 24 if tier.role == "child" else 0
        row = [text(8 + indent, y + 17, tier.government.name, font_size=13,
                    font_weight="bold" if tier.role == "focus" else None, fill=INK),
               text(8 + indent, y + 32, words(TIER_LABELS[tier.role]), font_size=11, fill=MUTED)]
        if tier.role == "focus" and view.parent and comparable(view.parent):
            guide[tier.role] = scale(view.parent.target.value)
        if tier.role == "child" and comparable(view.focus):
            guide[tier.role] = scale(view.focus.target.value)
        if tier.role in guide:
            row.append(element("line", x1=guide[tier.role], y1=y + 2, x2=guide[tier.role], y2=y + 38, stroke=MUTED,
                               stroke_dasharray="4 3"))
        row.append(element("line", x1=300, y1=y + 20, x2=620, y2=y + 20, stroke=GRID, stroke_width=2))
        target = tier.target
        if comparable(tier):
            x = scale(target.value)
            if target.value_high is not None:
                row.append(element("rect", x=x, y=y + 15, width=scale(target.value_high) - x, height=10,
                                   fill="#cfcfcf"))
            color = COLORS[MISSED] if tier.escalated else INK
            row.append(element("path", d=f"M{x:.1f},{y + 12:.1f} l8,8 l-8,8 l-8,-8 z", fill=color))
            row.append(text(x, y + 8, target.target_in(words) + (" " + words(STRETCH) if target.stretch else ""),
                            font_size=11, fill=INK, text_anchor="middle"))
        else:
            row.append(text(300, y + 24, target.target_in(words) if target else words(gettext_noop("no target set")),
                            font_size=11, fill=MUTED, font_style="italic"))
        if tier.escalation is not None:
            step = words.difference(tier.escalation, target.unit)
            if tier.escalated:
                said = gettext_noop("%(step)s more ambitious (加码)")
            elif tier.escalation == 0:
                said = gettext_noop("%(step)s same")
            else:
                said = gettext_noop("%(step)s less ambitious")
            row.append(text(636, y + 24, words(said, step=step), fill=COLORS[MISSED] if tier.escalated else MUTED,
                            font_weight="bold" if tier.escalated else None))
        parts.append(element("g", "".join(row)))
        if target:
            spots.append(hotspot(f"#{target.anchor}", _evidence(target, words), 0, y, 820, 42))
        y += 42
    label = words(gettext_noop("%(indicator)s %(year)s: targets tier by tier"), indicator=view.name_in(words),
                  year=view.year)
    return svg(820, int(y + 6), "".join(parts), label=label, hotspots="".join(spots))
