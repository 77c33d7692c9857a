"""`sanderling ingest` and `sanderling recode`: code sources into the event store."""

from __future__ import annotations

import datetime as dt
import sys
from typing import TYPE_CHECKING, Any

import click

from ..errors import SanderlingError
from .options import parse_date

if TYPE_CHECKING:
    from ..scale.runner import RunConfig, RunSummary

_ENGINE = click.Choice(["local", "dask"])


def _run_options(f: click.decorators.FC) -> click.decorators.FC:
    for option in reversed(
        [
            click.option("--db", default="sanderling.duckdb", show_default=True, help="The DuckDB store file."),
            click.option("--workers", default=1, show_default=True, type=click.IntRange(1), help="Coding processes."),
            click.option(
                "--engine",
                type=_ENGINE,
                default="local",
                show_default=True,
                help="Local processes or Dask distributed.",
            ),
            click.option(
                "--scheduler", metavar="ADDRESS", help="Dask scheduler (tcp://host:8786); without it a LocalCluster."
            ),
            click.option(
                "--staging",
                type=click.Path(file_okay=False),
                help="Dask: directory for the workers' Parquet partitions (shared on a cluster).",
            ),
            click.option(
                "--batch-size",
                default=32,
                show_default=True,
                type=click.IntRange(1),
                help="Articles per committed batch.",
            ),
            click.option(
                "--actors",
                "actor_files",
                multiple=True,
                type=click.Path(exists=True, dir_okay=False),
                help="Extra actor dictionary (YAML); repeatable.",
            ),
        ]
    ):
        f = option(f)
    return f


@click.command()
@click.argument("sources", nargs=-1, required=True)
@click.option(
    "--glob",
    "globs",
    multiple=True,
    metavar="PATTERN",
    help="In directories, only files matching PATTERN ('*.jsonl'); repeatable.",
)
@click.option(
    "--field",
    "fields",
    multiple=True,
    metavar="FIELD=KEY",
    help="JSONL/CSV field name, e.g. text=body, date=published; repeatable.",
)
@click.option("--date", callback=parse_date, help="Publication date YYYY-MM-DD for inputs that carry none.")
@_run_options
def ingest(
    sources: tuple[str, ...], globs: tuple[str, ...], fields: tuple[str, ...], date: dt.date | None, **run: Any
) -> None:
    """Code SOURCES into the event store; run it again to resume or add new articles.

    SOURCE is a file, a directory (recursive), a JSONL or CSV archive, an RSS/Atom feed
    (file or http(s) URL), an HTML page, or - for stdin. Articles already stored are
    skipped, wire copies are stored as duplicates of the first, non-English articles as
    skipped, and every input that cannot be read or coded is recorded in the failures
    table and listed at the end.

    Exit status: 0 when every input was stored, 1 when some failed.
    """
    from ..ingest.fields import FieldMap
    from ..ingest.sources import IngestOptions, count_inputs
    from ..scale import runner
    from .progress import progress_bar

    try:
        options = IngestOptions(fields=FieldMap.parse(fields), globs=globs, date=date)
        config = _config(**run)
        with progress_bar("ingest", count_inputs(sources, options)) as advance:
            summary = runner.ingest(sources, config, options, advance)
    except SanderlingError as exc:
        raise click.ClickException(str(exc)) from exc
    _report(summary, config.db)


@click.command()
@_run_options
def recode(**run: Any) -> None:
    """Re-code stored articles with this coder and dictionary version.

    Events of older versions stay in the store (not current): query them with
    `sanderling events --coder VERSION`.
    """
    from ..scale import runner
    from ..store import Store
    from .progress import progress_bar

    try:
        config = _config(**run)
        with Store(config.db, read_only=True) as store:
            row = next(
                iter(store.con.execute("SELECT count(*) FROM articles WHERE status IN ('coded', 'failed')").fetchall()),
                None,
            )
        with progress_bar("recode", int(row[0]) if row else None) as advance:
            summary = runner.recode(config, advance)
    except SanderlingError as exc:
        raise click.ClickException(str(exc)) from exc
    _report(summary, config.db, verb="re-coded")


def _config(
    db: str,
    workers: int,
    engine: str,
    scheduler: str | None,
    staging: str | None,
    batch_size: int,
    actor_files: tuple[str, ...],
) -> RunConfig:
    from ..pipeline import Settings
    from ..scale.runner import RunConfig

    settings = Settings(actor_files=actor_files)
    return RunConfig(db, settings, engine, workers, scheduler or None, staging or None, batch_size)


def _report(summary: RunSummary, db: str, verb: str = "coded", limit: int = 50) -> None:
    c = summary.counts
    rate = c.articles / summary.seconds if summary.seconds else 0.0
    parts = [f"{c.articles} articles {verb} ({c.events} events)"]
    if c.duplicates:
        parts.append(f"{c.duplicates} duplicates")
    if c.skipped:
        parts.append(f"{c.skipped} skipped (not English)")
    if c.already_stored:
        parts.append(f"{c.already_stored} already stored")
    parts.append(f"{c.failures} failed")
    click.echo(
        f"sanderling: run {summary.run_id} into {db}: {', '.join(parts)} in {summary.seconds:.1f} s ({rate:.1f} articles/s)",
        err=True,
    )
    for failure in c.failure_list[:limit]:
        click.echo(f"  failed [{failure.stage}] {failure.message()}", err=True)
    if len(c.failure_list) > limit:
        click.echo(
            f"  ... and {len(c.failure_list) - limit} more: see 'sanderling stats --db {db} --json' and the failures table",
            err=True,
        )
    if c.failures:
        sys.exit(1)
