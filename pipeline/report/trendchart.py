"""The report's trend as inline SVG: one small panel per link state, each on its own scale.

The states differ by orders of magnitude (thousands healthy, a dozen broken), so one
shared axis would flatten the ones a maintainer watches; a panel per state shows at a
glance whether each is growing. Every report in the trend is one point (a ``<circle>``
with a ``<title>`` giving its date and count), joined by a line. No script, no external
asset; the numbers are also in the table the page puts beside the chart.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

__all__ = ["TREND_STATES", "trend_svg"]

# (state, colour): the states the summary cards count, in the order a maintainer reads them
TREND_STATES: tuple[tuple[str, str], ...] = (
    ("broken", "#b42318"), ("failing", "#b54708"), ("unverifiable", "#475467"), ("healthy", "#067647"))

_PANEL_W, _PANEL_H, _GAP = 230, 132, 18
_PAD_TOP, _PAD_BOTTOM, _PAD_X = 34, 22, 10


def trend_svg(trend: Sequence[dict[str, Any]]) -> str:
    """The chart of ``trend`` (oldest first: ``generated_at`` and ``links_by_state`` per report)."""
    width = len(TREND_STATES) * _PANEL_W + (len(TREND_STATES) - 1) * _GAP
    first, last = (trend[0]["generated_at"][:10], trend[-1]["generated_at"][:10]) if trend else ("", "")
    label = (f"Links by state over the last {len(trend)} reports, {first} to {last}; "
             "the numbers are in the table beside the chart")
    parts = [f'<svg class="trend-chart" viewBox="0 0 {width} {_PANEL_H}" role="img" '
             f'aria-labelledby="trend-chart-title" preserveAspectRatio="xMinYMin meet">'
             f'<title id="trend-chart-title">{escape(label)}</title>']
    for n, (state, colour) in enumerate(TREND_STATES):
        values = [int((t.get("links_by_state") or {}).get(state, 0)) for t in trend]
        parts.append(_panel(state, colour, values, [t["generated_at"] for t in trend],
                            n * (_PANEL_W + _GAP)))
    parts.append("</svg>")
    return "".join(parts)


def _panel(state: str, colour: str, values: list[int], dates: list[str], x0: int) -> str:
    top, bottom = _PAD_TOP, _PANEL_H - _PAD_BOTTOM
    left, right = x0 + _PAD_X, x0 + _PANEL_W - _PAD_X
    peak = max(values, default=0) or 1

    def x(i: int) -> float:
        return (left + right) / 2 if len(values) == 1 else left + i * (right - left) / (len(values) - 1)

    def y(v: int) -> float:
        return bottom - v * (bottom - top) / peak

    points = [(round(x(i), 1), round(y(v), 1)) for i, v in enumerate(values)]
    latest = values[-1] if values else 0
    change = ""
    if len(values) > 1:
        delta = values[-1] - values[-2]
        change = f" ({'+' if delta > 0 else '−' if delta < 0 else '±'}{abs(delta)})"
    out = [f'<g class="panel {escape(state)}">',
           f'<rect x="{x0}" y="0" width="{_PANEL_W}" height="{_PANEL_H}" rx="6" fill="#f7f8fa" stroke="#d5d9e2"/>',
           f'<text x="{left}" y="18" font-size="13" font-weight="600" fill="{colour}">{escape(state)} '
           f'{latest}{escape(change)}</text>',
           f'<text x="{right}" y="{top - 3}" font-size="10" text-anchor="end" fill="#667085">'
           f"max {max(values, default=0)}</text>",
           f'<line x1="{left}" y1="{bottom}" x2="{right}" y2="{bottom}" stroke="#d5d9e2"/>']
    if len(points) > 1:
        out.append(f'<polyline fill="none" stroke="{colour}" stroke-width="2" points="'
                   + " ".join(f"{px},{py}" for px, py in points) + '"/>')
    out += [f'<circle class="point {escape(state)}" cx="{px}" cy="{py}" r="3" fill="{colour}">'
            f"<title>{escape(at[:16].replace('T', ' '))}: {escape(state)} {v}</title></circle>"
            for (px, py), v, at in zip(points, values, dates, strict=True)]
    if dates:
        out.append(f'<text x="{left}" y="{_PANEL_H - 6}" font-size="10" fill="#667085">{escape(dates[0][:10])}</text>')
        if len(dates) > 1:
            out.append(f'<text x="{right}" y="{_PANEL_H - 6}" font-size="10" text-anchor="end" fill="#667085">'
                       f"{escape(dates[-1][:10])}</text>")
    out.append("</g>")
    return "".join(out)
