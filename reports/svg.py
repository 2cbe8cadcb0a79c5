"""Small SVG building blocks for the report charts: escaped elements, linear scales, tick values.

Charts are strings built here rather than by a plotting library: the output is small, has no
script, prints identically in a browser and in the PDF renderer, and every mark can be a link."""
from __future__ import annotations

import math
from decimal import Decimal
from html import escape

from reports.rows import MET, MISSED, NOT_COMPARABLE, NOT_REPORTED, PENDING

FONT = "'Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif"

# Dark enough to be read as text on white and on the miss band (WCAG AA, 4.5:1 and more), since
# verdict names are written in these colours; the page stylesheet uses the same values.
COLORS = {
    MET: "#176b40",
    MISSED: "#c62828",
    NOT_REPORTED: "#a84300",
    PENDING: "#6b6b6b",
    NOT_COMPARABLE: "#767676",
}
INK = "#222222"
MUTED = "#6b6b6b"
GRID = "#e3e3e3"
MISS_BAND = "#fdecea"
ACTUAL_LINE = "#1f5fae"


def _attrs(attributes: dict) -> str:
    parts = []
    for name, value in attributes.items():
        if value is None:
            continue
        name = name.rstrip("_").replace("_", "-")
        if isinstance(value, float):
            value = f"{value:.1f}"
        parts.append(f'{name}="{escape(str(value), quote=True)}"')
    return " ".join(parts)


def element(tag: str, content: str = "", **attributes) -> str:
    """<tag a="1">content</tag>; `content` is markup already, attributes are escaped.
    Trailing underscores and underscores in names become CSS-style names (class_, stroke_width)."""
    attrs = _attrs(attributes)
    opening = f"<{tag} {attrs}" if attrs else f"<{tag}"
    return f"{opening}>{content}</{tag}>" if content else f"{opening}/>"


def text(x: float, y: float, content: str, **attributes) -> str:
    return element("text", escape(content), x=x, y=y, **attributes)


def tooltip(content: str) -> str:
    return element("title", escape(content))


def hotspot(href: str, label: str, x: float, y: float, width: float, height: float) -> str:
    """A clickable area over a mark, leading to its evidence and named by `label` (also its
    tooltip). Hotspots lie over the picture rather than inside it: the picture is role="img",
    whose content assistive technology does not enter, so a link inside it could not be reached.
    Both href forms serve old and new SVG renderers."""
    if not href:
        return ""
    area = element("rect", x=x, y=y, width=width, height=height, fill="transparent", class_="hotspot")
    ref = escape(href, quote=True)
    return f'<a href="{ref}" xlink:href="{ref}" aria-label="{escape(label, quote=True)}">{tooltip(label)}{area}</a>'


def svg(width: int, height: int, picture: str, *, label: str, hotspots: str = "") -> str:
    """The chart scales with its container (viewBox; the page's CSS sets max-width: 100%). The
    picture is one role="img" group named by `label`; the hotspots follow it."""
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'font-family="{escape(FONT, quote=True)}" font-size="12" class="chart">'
        f'<g role="img" aria-label="{escape(label, quote=True)}">{tooltip(label)}{picture}</g>{hotspots}</svg>'
    )


class Scale:
    """A linear map from a value domain onto pixels, padded so marks at the ends stay visible."""

    def __init__(self, values: list[Decimal], start: float, end: float, *, include_zero: bool = True):
        numbers = [float(value) for value in values]
        if include_zero:
            numbers.append(0.0)
        low, high = (min(numbers), max(numbers)) if numbers else (0.0, 1.0)
        if low == high:
            spread = abs(low) * 0.1 or 1.0
            low, high = low - spread, high + spread
        pad = (high - low) * 0.08
        self.low = low - pad if low < 0 or not include_zero else low
        self.high = high + pad
        self.start = start
        self.end = end

    def __call__(self, value: Decimal | float) -> float:
        share = (float(value) - self.low) / (self.high - self.low)
        return self.start + share * (self.end - self.start)

    def ticks(self, count: int = 4) -> list[float]:
        """Round values across the domain: 0, 2, 4, 6 rather than 0, 1.83, 3.66."""
        raw = (self.high - self.low) / count
        magnitude = 10 ** math.floor(math.log10(raw))
        step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
        first = math.ceil(self.low / step) * step
        ticks = []
        value = first
        while value <= self.high + 1e-9:
            ticks.append(round(value, 10))
            value += step
        return ticks


def tick_label(value: float) -> str:
    return f"{value:.10g}"
