"""`sanderling export`: the store's current events as PLOVER JSONL, GDELT TSV, CSV or Parquet."""

from __future__ import annotations

import click

from ..errors import SanderlingError


@click.command()
@click.option("--db", default="sanderling.duckdb", show_default=True, help="The DuckDB store file.")
@click.option(
    "--format", "fmt", type=click.Choice(["plover", "gdelt", "csv", "parquet"]), required=True, help="Output format."
)
@click.option(
    "--out", required=True, type=click.Path(), help="Output file (a directory for parquet, partitioned by month)."
)
def export(db: str, fmt: str, out: str) -> None:
    """Export the current events of the store."""
    from ..export import export as run_export
    from ..store import Store

    try:
        with Store(db, read_only=True) as store:
            n = run_export(store, fmt, out)
    except SanderlingError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"sanderling: wrote {n} events to {out} ({fmt})", err=True)
