"""Constructed events for the analysis tests: dates and relations whose answer is known."""

from __future__ import annotations

import datetime as dt
import itertools

from sanderling.ontology import PLOVER_QUAD
from sanderling.records import Entity, Event

_CAMEO = {1: ("040", 1.0), 2: ("060", 6.0), 3: ("111", -2.0), 4: ("190", -10.0)}
_ids = itertools.count()


def event(
    date: str,
    kind: str,
    actors: str | tuple[str, ...],
    recipients: str | tuple[str, ...],
    modality: str = "asserted",
    text: str = "",
) -> Event:
    """An event of PLOVER type ``kind`` between actor and recipient codes."""
    actors = (actors,) if isinstance(actors, str) else actors
    recipients = (recipients,) if isinstance(recipients, str) else recipients
    quad = PLOVER_QUAD[kind]
    cameo, goldstein = _CAMEO[quad]
    n = next(_ids)
    return Event(
        id=f"e{n:06d}",
        doc_id=f"doc-{n:06d}",
        sentence_index=0,
        event=kind,
        cameo=cameo,
        mode="",
        context=(),
        quad_code=quad,
        goldstein=goldstein,
        actor=tuple(Entity(code) for code in actors),
        recipient=tuple(Entity(code) for code in recipients),
        modality=modality,  # type: ignore[arg-type]
        event_text=kind.lower(),
        trigger_start=0,
        trigger_end=1,
        text=text or f"{'/'.join(actors)} {kind.lower()} {'/'.join(recipients)} on {date}.",
        sentence_start=0,
        sentence_end=10,
        date=dt.date.fromisoformat(date),
        coder="test",
    )


def monthly(start: str, months: int, kind: str, actor: str, recipient: str, every: int = 1) -> list[Event]:
    """One event a month (every ``every`` months) for ``months`` months from ``start``."""
    first = dt.date.fromisoformat(start)
    out = []
    for i in range(0, months, every):
        month = first.month - 1 + i
        day = dt.date(first.year + month // 12, month % 12 + 1, 15)
        out.append(event(day.isoformat(), kind, actor, recipient))
    return out
