"""The command line: a thin layer over the library. Subcommands import their heavy
dependencies lazily so that ``sanderling --help`` answers at once."""

from __future__ import annotations

import importlib
import logging
from typing import Any

import click

from .._version import __version__

#: command name -> "module:function" (imported only when the command runs)
COMMANDS = {
    "code": "sanderling.cli.code:code",
    "eval": "sanderling.cli.evaluate:evaluate",
    "ingest": "sanderling.cli.ingest:ingest",
    "recode": "sanderling.cli.ingest:recode",
    "stats": "sanderling.cli.store:stats",
    "events": "sanderling.cli.store:events",
    "export": "sanderling.cli.export:export",
    "shifts": "sanderling.cli.analysis:shifts",
    "dyad": "sanderling.cli.analysis:dyad",
    "blocs": "sanderling.cli.analysis:blocs",
    "report": "sanderling.cli.analysis:report",
    "actors": "sanderling.cli.actors:actors",
    "serve": "sanderling.cli.serve:serve",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        target = COMMANDS.get(name)
        if target is None:
            return None
        module, attr = target.split(":")
        command: click.Command = getattr(importlib.import_module(module), attr)
        return command

    def format_commands(self, ctx: click.Context, formatter: Any) -> None:
        rows = [(name, HELP[name]) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


HELP = {
    "code": "Code news text into PLOVER/CAMEO events.",
    "eval": "Score the coder against a gold file (precision, recall, F1).",
    "ingest": "Code sources (files, dirs, JSONL, CSV, feeds, HTML) into the event store.",
    "recode": "Re-code stored articles with the current coder; old versions stay queryable.",
    "stats": "Counts of the event store: articles, events by type and month, failures.",
    "events": "Stored events filtered by actor, recipient, type and date.",
    "export": "Export stored events: PLOVER JSONL, GDELT TSV, CSV, Parquet by month.",
    "shifts": "Who an actor moved toward and away from, when, with the evidence.",
    "dyad": "The series of one dyad: events, cooperation, conflict, Goldstein, alignment.",
    "blocs": "Blocs of cooperation per period and the actors that changed bloc.",
    "report": "A self-contained HTML report on an actor: charts, blocs, evidence.",
    "actors": "Actor dictionaries: 'actors unknown' lists frequent names with no code.",
    "serve": "The dashboard and REST API on localhost (read-only; writes need a token).",
}


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="sanderling")
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
def main(verbose: int) -> None:
    """sanderling — offline political event data from news text.

    Codes reports into PLOVER 2.0 events with CAMEO codes, actors, modality and the
    sentence behind each event.
    """
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
