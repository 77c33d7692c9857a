"""`sanderling code`: events from text files, directories, JSON Lines or stdin."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from typing import Any

import click

from ..errors import SanderlingError
from ..records import Event, Failure
from .options import parse_date


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--date", callback=parse_date, help="Publication date YYYY-MM-DD for inputs that carry none.")
@click.option("--jsonl", "fmt", flag_value="jsonl", help="One PLOVER 2.0 record per line.")
@click.option("--json", "fmt", flag_value="json", help="One JSON document with all events and failures.")
@click.option("--table", "fmt", flag_value="table", help="A readable table (the default on a terminal).")
@click.option("--all", "show_all", is_flag=True, help="Table: also show negated and hypothetical events.")
@click.option(
    "--actors",
    "actor_files",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="Extra actor dictionary (YAML); repeatable.",
)
@click.option(
    "--fallback",
    is_flag=True,
    help="Also use the embedding fallback for predicates the lexicon lacks (optional extra).",
)
@click.option(
    "-j",
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(0),
    help=(
        "Parser processes; 0 for one per CPU core but one, which codes what they parse (each loads "
        "the model: worth it for thousands of texts on four cores or more)."
    ),
)
def code(
    paths: tuple[str, ...],
    date: dt.date | None,
    fmt: str | None,
    show_all: bool,
    actor_files: tuple[str, ...],
    fallback: bool,
    workers: int,
) -> None:
    """Code PATHS into events.

    PATH is a text file, a directory (read recursively), a JSON Lines file (lines
    with "id", "text" and optional "date", "title", "url"), a CSV file with a header,
    an RSS/Atom feed, an HTML page, or - for stdin: what `sanderling ingest` reads.

    Exit status: 0 when everything was coded, 1 when some inputs failed (each is
    reported on stderr), 2 when nothing could be coded.
    """
    from ..ingest import read_sources
    from ..pipeline import Pipeline, Settings

    if fmt is None:
        fmt = "table" if sys.stdout.isatty() else "jsonl"
    try:
        # the coder runs in this process beside the parsers: a core of its own
        n_process = workers or max(1, (os.cpu_count() or 1) - 1)
        pipeline = Pipeline(Settings(actor_files=actor_files, fallback=fallback, n_process=n_process))
    except SanderlingError as exc:
        raise click.ClickException(str(exc)) from exc
    results: list[tuple[Any, list[Event]]] = []
    failures: list[Failure] = []
    for item in pipeline.code_articles(read_sources(paths, date)):
        if isinstance(item, Failure):
            failures.append(item)
            click.echo(f"sanderling: skipped {item.message()}", err=True)
            continue
        article, events = item
        results.append((article, events))
        if fmt == "jsonl":
            for event in events:
                sys.stdout.write(json.dumps(event.to_plover(), ensure_ascii=False) + "\n")
    if fmt == "json":
        doc = {
            "events": [e.to_plover() for _, events in results for e in events],
            "articles": len(results),
            "failures": [{"source": f.source, "line": f.line, "stage": f.stage, "reason": f.reason} for f in failures],
        }
        click.echo(json.dumps(doc, ensure_ascii=False, indent=2))
    elif fmt == "table":
        from .render import events_table

        events_table([e for _, events in results for e in events], show_all=show_all)
    if not results:
        click.echo("sanderling: nothing could be coded", err=True)
        sys.exit(2)
    if failures:
        click.echo(f"sanderling: {len(results)} document(s) coded, {len(failures)} failed", err=True)
        sys.exit(1)
