"""`sanderling serve`: the REST API and the dashboard on localhost."""

from __future__ import annotations

import logging

import click

from ..errors import SanderlingError

log = logging.getLogger(__name__)


@click.command()
@click.option("--db", default="sanderling.duckdb", show_default=True, help="The DuckDB store file (opened read-only).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind; loopback unless told otherwise.")
@click.option("--port", default=8765, show_default=True, type=click.IntRange(0, 65535), help="Port to bind.")
@click.option(
    "--token",
    envvar="SANDERLING_TOKEN",
    help="Token for POST /api/ingest (default: $SANDERLING_TOKEN); without one, writes are disabled.",
)
@click.option("--no-code", is_flag=True, help="Disable POST /api/code (no model loaded).")
def serve(db: str, host: str, port: int, token: str | None, no_code: bool) -> None:
    """Serve the dashboard and the REST API over the store DB (docs at /docs)."""
    import uvicorn

    from ..api import ApiSettings, create_app

    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"sanderling: serving on {host}: reachable from other machines", err=True)
    try:
        app = create_app(ApiSettings(db=db, host=host, port=port, token=token or None, load_pipeline=not no_code))
    except SanderlingError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"sanderling: dashboard on http://{host}:{port}/ (API docs at /docs); Ctrl-C stops", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
