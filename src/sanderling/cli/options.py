"""Option callbacks shared by the commands."""

from __future__ import annotations

import datetime as dt

import click


def parse_date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    """A YYYY-MM-DD option value as a date; a bad one is a usage error that says the fix."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; write YYYY-MM-DD, e.g. 2025-04-03") from None
