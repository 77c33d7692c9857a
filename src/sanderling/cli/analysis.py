"""`sanderling shifts | dyad | blocs | report`: alignment analytics over a store or a
PLOVER JSON Lines file."""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from ..errors import SanderlingError
from .options import parse_date

F = TypeVar("F", bound=Callable[..., Any])
FREQS = ("week", "month", "quarter", "year")


def _common(func: F) -> F:
    """The options every analysis command shares. The scope options reach the command
    as one ``scope`` argument (an ``analysis.Scope``)."""

    @functools.wraps(func)
    def command(**kwargs: Any) -> Any:
        scope = _scope(**{name: kwargs.pop(name) for name in _SCOPE_OPTIONS})
        return func(scope=scope, **kwargs)

    options = [
        click.option(
            "--db",
            "db",
            required=True,
            type=click.Path(dir_okay=False),
            help="A sanderling store (.duckdb) or PLOVER JSON Lines (.jsonl, from `sanderling code --jsonl`).",
        ),
        click.option("--since", callback=parse_date, help="First date counted, YYYY-MM-DD."),
        click.option("--until", callback=parse_date, help="Last date counted, YYYY-MM-DD."),
        click.option("--all-modalities", is_flag=True, help="Also count negated and hypothetical events."),
        click.option(
            "--expand-orgs", is_flag=True, help="Replace organisations by their member states on the event date."
        ),
        click.option(
            "--retreat-cooperates",
            is_flag=True,
            help="Count withdrawals (RETREAT) as cooperation, as PLOVER's quads do; by default they count as neither.",
        ),
        click.option("--json", "as_json", is_flag=True, help="JSON output."),
    ]
    wrapped: Any = command
    for option in reversed(options):
        wrapped = option(wrapped)
    return wrapped


_SCOPE_OPTIONS = ("since", "until", "all_modalities", "expand_orgs", "retreat_cooperates")


def _scope(
    since: dt.date | None, until: dt.date | None, all_modalities: bool, expand_orgs: bool, retreat_cooperates: bool
) -> Any:
    from ..analysis import Scope

    return Scope(
        since=since,
        until=until,
        include_unreal=all_modalities,
        expand_organisations=expand_orgs,
        neutral_types=() if retreat_cooperates else ("RETREAT",),
    )


def _open(db: str) -> tuple[Any, str]:
    from ..analysis import open_frame

    con, _ = open_frame(db)
    return con, "dyads"


def _fail(exc: Exception) -> click.ClickException:
    """A domain error (or a store the analysis cannot read yet) as a CLI error."""
    return click.ClickException(str(exc))


def _dump(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


@click.command()
@click.argument("actor")
@_common
@click.option("--freq", type=click.Choice(FREQS), default="month", show_default=True, help="Period of the series.")
@click.option("--partner", "partners", multiple=True, help="Only this partner (repeatable).")
@click.option("--z-min", type=float, default=1.96, show_default=True, help="Smallest change kept, in standard errors.")
@click.option("--penalty", type=float, default=1.0, show_default=True, help="Times the BIC penalty per change point.")
@click.option("--evidence", type=int, default=3, show_default=True, help="Events shown on each side of a change.")
def shifts(
    actor: str,
    db: str,
    scope: Any,
    as_json: bool,
    freq: str,
    partners: tuple[str, ...],
    z_min: float,
    penalty: float,
    evidence: int,
) -> None:
    """Who ACTOR moved toward and away from, when, and on what evidence."""
    from ..analysis import ShiftOptions
    from ..analysis import shifts as find_shifts

    try:
        con, frame = _open(db)
        found = find_shifts(
            con,
            frame,
            actor,
            options=ShiftOptions(freq=freq, z_min=z_min, penalty=penalty, evidence=evidence),
            scope=scope,
            partners=partners or None,
        )
    except (SanderlingError, NotImplementedError) as exc:
        raise _fail(exc) from exc
    if as_json:
        _dump([s.to_dict() for s in found])
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"Shifts of {actor.upper()} (net cooperative events per {freq})")
    for column in ("partner", "direction", "change", "before", "after", "z", "events", "evidence after"):
        table.add_column(column)
    for s in found:
        colour = "green" if s.direction == "toward" else "red"
        first = s.evidence_after[0].text if s.evidence_after else ""
        table.add_row(
            s.partner,
            f"[{colour}]{s.direction}[/{colour}]",
            s.change_date.isoformat(),
            f"{s.before:+.2f}",
            f"{s.after:+.2f}",
            f"{s.z:+.1f}",
            f"{s.events_before}/{s.events_after}",
            first,
        )
    Console().print(table if found else f"No significant shift for {actor.upper()} in {db}.")


@click.command()
@click.argument("a")
@click.argument("b")
@_common
@click.option("--freq", type=click.Choice(FREQS), default="month", show_default=True)
@click.option("--directed", is_flag=True, help="Keep A→B and B→A apart.")
@click.option("--by", "by", multiple=True, help="Break down by event, quad, quad_class or root (repeatable).")
@click.option("--window", type=int, default=3, show_default=True, help="Periods smoothed in the alignment index.")
def dyad(
    a: str,
    b: str,
    db: str,
    scope: Any,
    as_json: bool,
    freq: str,
    directed: bool,
    by: tuple[str, ...],
    window: int,
) -> None:
    """The series of the dyad A–B: events, cooperation, conflict, Goldstein, PLOVER score
    and the alignment index per period."""
    from ..analysis import alignment, dyad_series

    try:
        con, frame = _open(db)
        series = dyad_series(con, frame, freq=freq, directed=directed, by=by, pair=(a, b), scope=scope)
        rows = _records(series)
        index = {
            (r["period"], r["a"], r["b"]): r
            for r in _records(alignment(con, frame, freq=freq, window=window, pair=(a, b), scope=scope))
        }
    except (SanderlingError, NotImplementedError) as exc:
        raise _fail(exc) from exc
    for row in rows:
        key = (row["period"], *sorted((row.get("source") or row["a"], row.get("target") or row["b"])))
        found = index.get(key, {})
        for name in ("smoothed", "low", "high", "confidence"):
            row["alignment_" + name] = found.get(name)
    if as_json:
        _dump(rows)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{a.upper()} – {b.upper()} by {freq}")
    keys = (
        [k for k in rows[0] if k not in ("goldstein_sum", "plover_sum", "alignment_low", "alignment_high")]
        if rows
        else []
    )
    for k in keys:
        table.add_column(k.replace("alignment_", "align. "))
    for row in rows:
        table.add_row(*(_cell(row[k]) for k in keys))
    Console().print(table if rows else f"No events between {a.upper()} and {b.upper()} in {db}.")


def _records(relation: Any) -> list[dict[str, Any]]:
    names = relation.columns
    return [dict(zip(names, r, strict=True)) for r in relation.fetchall()]


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.2f}"
    return "" if value is None else str(value)


@click.command()
@_common
@click.option("--period", type=click.Choice(FREQS), default="year", show_default=True)
@click.option("--min-events", type=int, default=1, show_default=True, help="Events a dyad needs in a period.")
@click.option("--seed", type=int, default=0, show_default=True, help="Louvain seed.")
def blocs(
    db: str,
    scope: Any,
    as_json: bool,
    period: str,
    min_events: int,
    seed: int,
) -> None:
    """Blocs of cooperation per period (Louvain on the signed network) and who moved."""
    from ..analysis import bloc_changes
    from ..analysis import blocs as find_blocs

    try:
        con, frame = _open(db)
        periods = find_blocs(
            con, frame, period=period, min_events=min_events, seed=seed,
            scope=scope,
        )  # fmt: skip
    except (SanderlingError, NotImplementedError) as exc:
        raise _fail(exc) from exc
    changes = bloc_changes(periods)
    if as_json:
        _dump({"periods": [p.to_dict() for p in periods], "changes": [c.to_dict() for c in changes]})
        return
    for p in periods:
        click.echo(f"{p.label}  ({p.events} events, frustration {p.frustration:.2f})")
        for i, community in enumerate(p.communities, 1):
            click.echo(f"  bloc {i}: {', '.join(community)}")
        if p.unaligned:
            click.echo(f"  no cooperative tie: {', '.join(p.unaligned)}")
    if changes:
        click.echo("\nchanged company:")
        for c in changes:
            click.echo(
                f"  {c.actor} {c.from_label}→{c.to_label}: left {', '.join(c.left) or '-'}; joined {', '.join(c.joined) or '-'}"
            )


@click.command()
@click.argument("actor")
@_common
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False), help="The HTML file to write.")
@click.option("--freq", type=click.Choice(FREQS), default="month", show_default=True)
@click.option("--period", type=click.Choice(FREQS), default="year", show_default=True, help="Bloc period.")
@click.option("--partners", type=int, default=6, show_default=True, help="Dyads charted.")
@click.option("--svg-dir", type=click.Path(file_okay=False), help="Also write each chart as SVG here.")
@click.option(
    "--png-dir", type=click.Path(file_okay=False), help="Also write each chart as PNG here (needs matplotlib)."
)
def report(
    actor: str,
    db: str,
    scope: Any,
    as_json: bool,
    out: str,
    freq: str,
    period: str,
    partners: int,
    svg_dir: str | None,
    png_dir: str | None,
) -> None:
    """A self-contained HTML report on ACTOR: main dyads with change points, blocs,
    evidence sentences. Opens offline in any browser."""
    from ..analysis import ReportOptions, ShiftOptions, build_report, write_report

    options = ReportOptions(
        shift=ShiftOptions(freq=freq),
        bloc_period=period,
        partners=partners,
        scope=scope,
    )
    try:
        con, frame = _open(db)
        built = build_report(con, frame, actor, options)
        written = write_report(built, out, svg_dir=svg_dir, png_dir=png_dir)
    except (SanderlingError, NotImplementedError) as exc:
        raise _fail(exc) from exc
    if as_json:
        _dump({"written": [str(p) for p in written], "shifts": [s.to_dict() for s in built.shifts]})
        return
    for path in written:
        click.echo(f"wrote {Path(path)}")
