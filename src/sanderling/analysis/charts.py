"""Charts of a dyad as standalone SVG (no script, no external asset), and as PNG when
matplotlib is installed.

A dyad chart plots cumulative net cooperation (cooperative minus conflictual events,
summed from the first period): a relation warming climbs, a relation souring falls,
and the slope on each side of a change point is the ``before``/``after`` rate of
:class:`~sanderling.analysis.shifts.Shift`. Each period with events is a dot (area by
number of events, green when net cooperative, red when net conflictual); change
points are dashed vertical lines.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from ..errors import AnalysisError

COOPERATIVE, CONFLICTUAL, NEUTRAL, INK, GRID = "#1a7f4b", "#b3261e", "#777777", "#222222", "#dddddd"


@dataclass(frozen=True)
class Point:
    date: dt.date
    cooperation: int
    conflict: int

    @property
    def net(self) -> int:
        return self.cooperation - self.conflict


@dataclass(frozen=True)
class Mark:
    date: dt.date
    label: str
    direction: str = ""  # toward | away


@dataclass(frozen=True)
class DyadChart:
    """What a dyad chart shows; ``start``/``end`` bound the time axis."""

    title: str
    points: tuple[Point, ...]
    start: dt.date
    end: dt.date
    marks: tuple[Mark, ...] = field(default=())

    def cumulative(self) -> list[tuple[dt.date, int]]:
        total, out = 0, []
        for p in sorted(self.points, key=lambda p: p.date):
            total += p.net
            out.append((p.date, total))
        return out


def _x(date: dt.date, start: dt.date, end: dt.date, left: float, width: float) -> float:
    span = max((end - start).days, 1)
    return left + width * (date - start).days / span


def _ticks(lo: int, hi: int) -> list[int]:
    span = max(hi - lo, 1)
    step = next(s for s in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 10**4, 10**5, 10**6, 10**9) if span / s <= 6)
    first = (lo // step) * step
    return [v for v in range(first, hi + step, step) if lo <= v <= hi]


def svg(chart: DyadChart, width: int = 720, height: int = 260) -> str:
    """The chart as an SVG document (every text escaped)."""
    left, right, top, bottom = 48.0, 12.0, 30.0, 28.0
    plot_w, plot_h = width - left - right, height - top - bottom
    cumulative = chart.cumulative()
    values = [0] + [v for _, v in cumulative]
    lo, hi = min(values), max(values)
    if lo == hi:
        lo, hi = lo - 1, hi + 1

    def y(v: float) -> float:
        return top + plot_h * (hi - v) / (hi - lo)

    def x(d: dt.date) -> float:
        return _x(d, chart.start, chart.end, left, plot_w)

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'role="img" aria-label="{escape(chart.title)}" font-family="sans-serif" font-size="11">',
        f"<title>{escape(chart.title)}</title>",
        f'<text x="{left}" y="16" font-size="13" font-weight="bold" fill="{INK}">{escape(chart.title)}</text>',
    ]
    for v in _ticks(lo, hi):
        parts.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{y(v):.1f}" y2="{y(v):.1f}" stroke="{GRID}"/>')
        parts.append(f'<text x="{left - 6}" y="{y(v) + 4:.1f}" text-anchor="end" fill="{INK}">{v}</text>')
    parts.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{y(0):.1f}" y2="{y(0):.1f}" stroke="{NEUTRAL}"/>')
    for year in range(chart.start.year + (chart.start.month > 1 or chart.start.day > 1), chart.end.year + 1):
        tick = dt.date(year, 1, 1)
        if chart.start <= tick <= chart.end:
            parts.append(
                f'<line x1="{x(tick):.1f}" x2="{x(tick):.1f}" y1="{top}" y2="{top + plot_h}" stroke="{GRID}"/>'
            )
            parts.append(f'<text x="{x(tick):.1f}" y="{height - 10}" text-anchor="middle" fill="{INK}">{year}</text>')
    if cumulative:
        path = [f"M{x(chart.start):.1f},{y(0):.1f}"]
        previous = 0
        for d, v in cumulative:
            path.append(f"H{x(d):.1f}V{y(previous):.1f}V{y(v):.1f}")
            previous = v
        path.append(f"H{x(chart.end):.1f}")
        parts.append(f'<path class="series" d="{"".join(path)}" fill="none" stroke="{INK}" stroke-width="1.5"/>')
    for mark in chart.marks:
        colour = COOPERATIVE if mark.direction == "toward" else CONFLICTUAL if mark.direction == "away" else NEUTRAL
        parts.append(
            f'<line class="change" x1="{x(mark.date):.1f}" x2="{x(mark.date):.1f}" y1="{top}" y2="{top + plot_h}" '
            f'stroke="{colour}" stroke-width="1.5" stroke-dasharray="5,3"/>'
        )
        parts.append(f'<text x="{x(mark.date) + 3:.1f}" y="{top + 10}" fill="{colour}">{escape(mark.label)}</text>')
    totals = dict(cumulative)
    for p in chart.points:
        n = p.cooperation + p.conflict
        colour = COOPERATIVE if p.net > 0 else CONFLICTUAL if p.net < 0 else NEUTRAL
        radius = 2.5 + 1.5 * n**0.5
        tip = f"{p.date.isoformat()}: {p.cooperation} cooperative, {p.conflict} conflictual"
        parts.append(
            f'<circle class="point" cx="{x(p.date):.1f}" cy="{y(totals[p.date]):.1f}" r="{radius:.1f}" '
            f'fill="{colour}" fill-opacity="0.7"><title>{escape(tip)}</title></circle>'
        )
    parts.append(f'<text x="{left}" y="{top - 4}" fill="{NEUTRAL}">cumulative net cooperation (events)</text>')
    parts.append("</svg>")
    return "\n".join(parts)


def write_svg(chart: DyadChart, path: str | Path) -> Path:
    out = Path(path)
    out.write_text(svg(chart), encoding="utf-8")
    return out


def write_png(chart: DyadChart, path: str | Path, dpi: int = 120) -> Path:
    """The chart as PNG, drawn by matplotlib (an optional dependency)."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError as exc:
        raise AnalysisError(
            "PNG charts need matplotlib, which is not installed",
            "pip install matplotlib, or export SVG (--svg-dir) instead",
        ) from exc
    cumulative = chart.cumulative()
    fig, ax = plt.subplots(figsize=(7.2, 2.6), dpi=dpi)
    if cumulative:
        dates = [chart.start] + [d for d, _ in cumulative] + [chart.end]
        values = [0] + [v for _, v in cumulative] + [cumulative[-1][1]]
        ax.step(dates, values, where="post", color=INK, linewidth=1.2)
        colours = [COOPERATIVE if p.net > 0 else CONFLICTUAL if p.net < 0 else NEUTRAL for p in chart.points]
        totals = dict(cumulative)
        ax.scatter(
            [p.date for p in chart.points],
            [totals[p.date] for p in chart.points],
            s=[8 + 6 * (p.cooperation + p.conflict) for p in chart.points],
            c=colours,
            alpha=0.7,
        )
    for mark in chart.marks:
        colour = COOPERATIVE if mark.direction == "toward" else CONFLICTUAL if mark.direction == "away" else NEUTRAL
        ax.axvline(mark.date, color=colour, linestyle="--", linewidth=1.2)
    ax.axhline(0, color=NEUTRAL, linewidth=0.8)
    ax.set_title(chart.title, fontsize=10, loc="left")
    ax.set_ylabel("cumulative net cooperation", fontsize=8)
    fig.tight_layout()
    out = Path(path)
    fig.savefig(out)
    plt.close(fig)
    return out
