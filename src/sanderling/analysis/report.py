"""The actor report: one self-contained HTML file (inline SVG and CSS, no script, no
external asset) with the actor's main dyads and their change points, its blocs per
period, and the sentences behind every shift. Every text from the data is escaped."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

import duckdb

from .._version import __version__
from .blocs import BlocChange, BlocPeriod, bloc_changes, blocs
from .charts import DyadChart, Mark, Point, svg, write_png, write_svg
from .scope import Scope, _quote, period_sql, scoped
from .shifts import Evidence, Shift, ShiftOptions, shifts

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReportOptions:
    shift: ShiftOptions = field(default_factory=ShiftOptions)
    bloc_period: str = "year"
    partners: int = 6  # charts: the partners with shifts first, then the busiest
    scope: Scope = field(default_factory=Scope)


@dataclass(frozen=True)
class Report:
    actor: str
    name: str
    events: int
    first: dt.date | None
    last: dt.date | None
    shifts: tuple[Shift, ...]
    charts: tuple[tuple[str, DyadChart], ...]  # (partner, chart)
    blocs: tuple[BlocPeriod, ...]
    changes: tuple[BlocChange, ...]
    names: dict[str, str] = field(default_factory=dict)


def _names(codes: set[str]) -> dict[str, str]:
    try:
        from ..actors import actor_dictionary

        dictionary = actor_dictionary()
    except Exception as exc:  # names are a nicety; the codes stand alone
        log.warning("actor names unavailable (%s); the report shows codes only", exc)
        return {}
    return {c: dictionary.country_name(c) for c in codes}


def dyad_chart(
    con: duckdb.DuckDBPyConnection,
    view: str,
    actor: str,
    partner: str,
    freq: str,
    axis: tuple[dt.date, dt.date],
    found: list[Shift],
    title: str,
) -> DyadChart:
    a, p = _quote(actor), _quote(partner)
    rows = con.execute(
        f"""
        SELECT {period_sql(freq)} AS period, count(*) FILTER (WHERE sign > 0), count(*) FILTER (WHERE sign < 0)
        FROM {view}
        WHERE ((source = {a} AND target = {p}) OR (source = {p} AND target = {a})) AND sign <> 0
        GROUP BY ALL ORDER BY period
        """
    ).fetchall()
    marks = tuple(
        Mark(s.change_date, f"{s.direction} {s.change_date.isoformat()[:7]}", s.direction)
        for s in found
        if s.partner == partner
    )
    return DyadChart(title, tuple(Point(r[0], int(r[1]), int(r[2])) for r in rows), axis[0], axis[1], marks)


def build_report(
    con: duckdb.DuckDBPyConnection,
    frame: str | duckdb.DuckDBPyRelation,
    actor: str,
    options: ReportOptions | None = None,
) -> Report:
    options = options or ReportOptions()
    actor = actor.upper()
    view = scoped(con, frame, options.scope)
    a = _quote(actor)
    row = con.execute(
        f"SELECT count(DISTINCT event_id), min(date), max(date) FROM {view} WHERE source = {a} OR target = {a}"
    ).fetchall()  # fetch to the end: DuckDB blocks the connection on an unfinished result
    events, first, last = (int(row[0][0]), row[0][1], row[0][2]) if row else (0, None, None)
    found = shifts(con, frame, actor, options=options.shift, scope=options.scope)
    busiest = [
        str(r[0])
        for r in con.execute(
            f"""
            SELECT CASE WHEN source = {a} THEN target ELSE source END AS partner, count(*) AS n
            FROM {view} WHERE (source = {a} OR target = {a}) AND sign <> 0
            GROUP BY ALL ORDER BY n DESC, partner
            """
        ).fetchall()
    ]
    partners: list[str] = []
    for p in [s.partner for s in found] + busiest:
        if p not in partners and len(partners) < options.partners:
            partners.append(p)
    periods = blocs(con, frame, period=options.bloc_period, scope=options.scope)
    codes = {actor, *partners, *(c for b in periods for com in b.communities for c in com)}
    names = _names(codes)
    charts: list[tuple[str, DyadChart]] = []
    if first is not None and last is not None:
        axis = (dt.date(first.year, 1, 1), dt.date(last.year + 1, 1, 1))  # whole years
        for p in partners:
            title = f"{names.get(actor, actor)} ({actor}) – {names.get(p, p)} ({p})"
            charts.append((p, dyad_chart(con, view, actor, p, options.shift.freq, axis, found, title)))
    return Report(
        actor=actor,
        name=names.get(actor, actor),
        events=events,
        first=first,
        last=last,
        shifts=tuple(found),
        charts=tuple(charts),
        blocs=tuple(periods),
        changes=tuple(bloc_changes(periods)),
        names=names,
    )


_CSS = """
body{font-family:system-ui,sans-serif;max-width:980px;margin:2em auto;padding:0 1em;color:#222;line-height:1.4}
h1{font-size:1.6em}h2{font-size:1.25em;margin-top:2em;border-bottom:1px solid #ccc}
table{border-collapse:collapse;width:100%;font-size:.9em}td,th{border-bottom:1px solid #e4e4e4;padding:4px 6px;text-align:left;vertical-align:top}
.toward{color:#1a7f4b;font-weight:bold}.away{color:#b3261e;font-weight:bold}
.self{background:#fff3c4;font-weight:bold}.muted{color:#777}
blockquote{margin:.3em 0 .3em 1em;padding-left:.6em;border-left:3px solid #ccc;font-size:.9em}
figure{margin:1em 0}figcaption{font-size:.85em;color:#555}
"""


def _code(report: Report, code: str) -> str:
    name = report.names.get(code, code)
    css = ' class="self"' if code == report.actor else ""
    label = escape(code) if name == code else f"{escape(code)} <span class='muted'>{escape(name)}</span>"
    return f"<span{css}>{label}</span>"


def _evidence(items: tuple[Evidence, ...]) -> str:
    if not items:
        return "<p class='muted'>no event on this side</p>"
    return "".join(
        f"<blockquote><b>{escape(e.date.isoformat())}</b> {escape(e.source)} → {escape(e.target)} "
        f"<i>{escape(e.event)}</i> ({escape(e.cameo)}, Goldstein {e.goldstein:+.1f}): {escape(e.text)} "
        f"<span class='muted'>[{escape(e.doc_id)} / {escape(e.event_id)}]</span></blockquote>"
        for e in items
    )


def render_html(report: Report) -> str:
    """The report as one HTML document."""
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{escape(report.name)} ({escape(report.actor)}): shifts and blocs — sanderling</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>{escape(report.name)} ({escape(report.actor)}): who it moved toward and away from</h1>",
        f"<p>{report.events} events involving {escape(report.actor)}"
        + (f", {escape(str(report.first))} to {escape(str(report.last))}" if report.first else "")
        + f". Generated by sanderling {escape(__version__)}. Negated and hypothetical events are not counted.</p>",
        "<h2>Shifts</h2>",
    ]
    if report.shifts:
        out.append(
            "<table><tr><th>partner</th><th>direction</th><th>change</th><th>before</th><th>after</th>"
            "<th>z</th><th>events before / after</th></tr>"
        )
        for s in report.shifts:
            out.append(
                f"<tr><td>{_code(report, s.partner)}</td><td class='{escape(s.direction)}'>{escape(s.direction)}</td>"
                f"<td>{escape(s.change_date.isoformat())}</td><td>{s.before:+.2f}</td><td>{s.after:+.2f}</td>"
                f"<td>{s.z:+.1f}</td><td>{s.events_before} / {s.events_after}</td></tr>"
            )
        out.append(
            "</table><p class='muted'>before/after: net cooperative events per "
            f"{escape(report.shifts[0].freq)} (cooperative minus conflictual) on each side of the change.</p>"
        )
    else:
        out.append("<p>No significant shift in the data.</p>")
    out.append("<h2>Main relations</h2>")
    for partner, chart in report.charts:
        out.append(
            f"<figure id='chart-{escape(partner)}'>{svg(chart)}<figcaption>{escape(chart.title)}: cumulative net "
            "cooperation; dashed lines mark detected changes.</figcaption></figure>"
        )
    out.append(
        "<h2>Blocs per period</h2><table><tr><th>period</th><th>events</th><th>bloc of "
        f"{escape(report.actor)}</th><th>other blocs</th></tr>"
    )
    for period in report.blocs:
        own = period.community_of(report.actor)
        others = [c for c in period.communities if c != own and len(c) > 1]
        out.append(
            f"<tr><td>{escape(period.label)}</td><td>{period.events}</td>"
            f"<td>{', '.join(_code(report, c) for c in own) or '<span class=muted>none</span>'}</td>"
            f"<td>{'<br>'.join(escape(', '.join(c)) for c in others[:6])}</td></tr>"
        )
    out.append("</table>")
    moved = [c for c in report.changes if c.actor == report.actor or report.actor in c.left or report.actor in c.joined]
    if moved:
        out.append("<h3>Bloc changes involving " + escape(report.actor) + "</h3><ul>")
        for c in moved:
            out.append(
                f"<li>{_code(report, c.actor)} {escape(c.from_label)} → {escape(c.to_label)}: left "
                f"{escape(', '.join(c.left)) or '—'}; joined {escape(', '.join(c.joined)) or '—'}</li>"
            )
        out.append("</ul>")
    out.append("<h2>Evidence</h2>")
    for s in report.shifts:
        out.append(
            f"<h3>{_code(report, s.partner)}: <span class='{escape(s.direction)}'>{escape(s.direction)}</span> "
            f"from {escape(s.change_date.isoformat())}</h3><p>Before ({escape(s.start.isoformat())} to "
            f"{escape(s.change_date.isoformat())}):</p>{_evidence(s.evidence_before)}"
            f"<p>After (to {escape(s.end.isoformat())}):</p>{_evidence(s.evidence_after)}"
        )
    out.append("</body></html>")
    return "\n".join(out)


def write_report(
    report: Report, out: str | Path, svg_dir: str | Path | None = None, png_dir: str | Path | None = None
) -> list[Path]:
    """Write the HTML report (and each chart as SVG/PNG when asked); the paths written."""
    written = [Path(out)]
    Path(out).write_text(render_html(report), encoding="utf-8")
    for directory, writer, suffix in ((svg_dir, write_svg, "svg"), (png_dir, write_png, "png")):
        if directory is None:
            continue
        folder = Path(directory)
        folder.mkdir(parents=True, exist_ok=True)
        for partner, chart in report.charts:
            safe = "".join(ch for ch in f"{report.actor}-{partner}" if ch.isalnum() or ch == "-")
            written.append(writer(chart, folder / f"{safe}.{suffix}"))
    return written
