"""`sanderling stats` and `sanderling events`: what the event store holds."""

from __future__ import annotations

import json
from typing import Any

import click

from ..errors import SanderlingError

_DB = click.option("--db", default="sanderling.duckdb", show_default=True, help="The DuckDB store file.")


@click.command()
@_DB
@click.option("--json", "as_json", is_flag=True, help="One JSON document.")
def stats(db: str, as_json: bool) -> None:
    """Counts: articles by status, events by type and month, failures, runs."""
    from ..store import Store
    from ..store.queries import stats as store_stats

    try:
        with Store(db, read_only=True) as store:
            result = store_stats(store)
    except SanderlingError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json.dumps(result, indent=2))
        return
    _print_stats(result)


def _print_stats(result: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    console.print(
        f"[bold]{result['db']}[/] (schema v{result['schema_version']}): {result['articles']} articles, "
        f"{result['events']} events, {result['failures']} failures, {result['runs']} runs"
    )
    for title, key in (("articles", "articles_by_status"), ("event type", "events_by_type"), ("month", "events_by_month"),
                       ("coder version", "events_by_coder"), ("failure stage", "failures_by_stage")):  # fmt: skip
        if not result[key]:
            continue
        table = Table(title=f"by {title}", title_justify="left")
        table.add_column(title)
        table.add_column("count", justify="right")
        for name, count in result[key].items():
            table.add_row(name, str(count))
        console.print(table)


@click.command()
@_DB
@click.option("--actor", help="Source actor code (MLI, IGOWAFECW, MLIGOV).")
@click.option("--recipient", help="Target actor code.")
@click.option("--type", "event_type", help="PLOVER type (AGREE) or CAMEO code prefix (03).")
@click.option("--since", help="From this date: YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--until", help="Through this date: YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--coder", help="Events of this coder version instead of the current ones.")
@click.option("--limit", default=100, show_default=True, type=click.IntRange(0), help="At most this many (0: all).")
@click.option("--json", "as_json", is_flag=True, help="One PLOVER record per line.")
def events(db: str, actor: str | None, recipient: str | None, event_type: str | None, since: str | None,
           until: str | None, coder: str | None, limit: int, as_json: bool) -> None:  # fmt: skip
    """Stored events, filtered by actor, recipient, type and date."""
    from ..store import Store
    from ..store.queries import EventQuery
    from ..store.queries import events as query_events

    query = EventQuery(actor, recipient, event_type, since, until, coder, limit or None)
    try:
        with Store(db, read_only=True) as store:
            records = query_events(store, query)
    except SanderlingError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        for record in records:
            click.echo(json.dumps(record, ensure_ascii=False))
        return
    _print_events(records)


def _print_events(records: list[dict[str, Any]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False)
    for column in ("date", "actor", "event", "cameo", "recipient", "modality", "trigger", "doc"):
        table.add_column(column)
    for r in records:
        table.add_row(
            r.get("date") or "",
            ",".join(a["code"] + a.get("sector", "") for a in r["actor"]),
            r["event"],
            r["cameo"],
            ",".join(a["code"] + a.get("sector", "") for a in r["recipient"]),
            r["modality"],
            r["event_text"],
            r["doc_id"],
        )
    Console().print(table)
    Console(stderr=True).print(f"{len(records)} events")
