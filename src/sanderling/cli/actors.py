"""`sanderling actors`: the actor dictionaries as the user sees them."""

from __future__ import annotations

import json

import click

from ..errors import SanderlingError


@click.group()
def actors() -> None:
    """Actor dictionaries: find the names they lack."""


@actors.command()
@click.option("--db", "source", required=True, help="The DuckDB store, or a .jsonl file of PLOVER records.")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(min=1), help="How many names to list.")
@click.option("--json", "as_json", is_flag=True, help="One JSON document.")
def unknown(source: str, limit: int, as_json: bool) -> None:
    """The most frequent named actors that resolved to no code, with an example
    sentence each. Add them to a dictionary file and pass it with --actors (or
    SANDERLING_ACTORS); see src/sanderling/actors/data/README.md for the format."""
    from ..actors.unknown import read_records, unknown_actors

    try:
        found = unknown_actors(read_records(source), limit)
    except SanderlingError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(
            json.dumps({"source": source, "unknown": [u.to_dict() for u in found]}, ensure_ascii=False, indent=2)
        )
        return
    if not found:
        click.echo(f"{source}: every named actor has a code")
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"unknown actors in {source}", title_justify="left")
    for column, justify in (("name", "left"), ("mentions", "right"), ("docs", "right"), ("example", "left")):
        table.add_column(column, justify=justify)  # type: ignore[arg-type]
    for u in found:
        table.add_row(u.text, str(u.count), str(u.documents), f"{u.example} [dim]({u.doc_id})[/]")
    Console().print(table)
