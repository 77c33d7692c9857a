"""Terminal rendering of events (rich)."""

from __future__ import annotations

from collections.abc import Sequence

from ..records import Entity, Event


def _actors(entities: Sequence[Entity]) -> str:
    return (
        ", ".join(
            (e.code or f'"{e.entity_text}"') + (f" {e.sector}" if e.sector and e.sector != e.code else "")
            for e in entities
        )
        or "—"
    )


def events_table(events: Sequence[Event], show_all: bool = False) -> None:
    from rich.console import Console
    from rich.table import Table

    shown = [e for e in events if show_all or e.counts]
    table = Table(
        title=f"{len(shown)} events"
        + ("" if show_all else f" ({len(events) - len(shown)} negated/hypothetical hidden; --all shows them)")
    )
    for column in ("doc", "date", "source", "event", "cameo", "target", "modality", "evidence"):
        table.add_column(column, overflow="fold")
    for e in shown:
        table.add_row(
            e.doc_id,
            e.date.isoformat() if e.date else "—",
            _actors(e.actor),
            e.event + (f" ({e.mode})" if e.mode else ""),
            e.cameo,
            _actors(e.recipient),
            e.modality,
            e.event_text,
        )
    Console().print(table)
