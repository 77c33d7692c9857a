"""`/api/health`, `/api/stats`, `/api/actors`: what the server and the store hold."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Query

from ..._version import __version__
from ..models import ActorList, Health, NamedCount, Stats
from ..queries import EventFilter, counts, top_actors
from .params import State

router = APIRouter(tags=["store"])


@router.get("/api/health", response_model=Health)
def health(state: State) -> Health:
    """The server is up; the store's schema version and size; whether writes are enabled."""
    return Health(
        status="ok",
        version=__version__,
        schema_version=state.db.schema_version,
        events=_event_count(state),
        writable=state.settings.writable,
        pipeline=state.pipeline_status,  # type: ignore[arg-type]
    )


def _event_count(state: State) -> int:
    with state.db.reading() as con:
        row = con.execute("SELECT count(*) FROM events WHERE current").fetchall()
    return int(row[0][0]) if row else 0


@router.get("/api/stats", response_model=Stats)
def stats(state: State) -> Stats:
    """Counts: articles by status, events by type, quad class and modality, the busiest actors."""
    with state.db.reading() as con:
        data = counts(con)
        top = top_actors(con, EventFilter(), 20)
    first, last = data.pop("first_date"), data.pop("last_date")
    return Stats(
        db=Path(state.db.path).name,
        first_date=first.isoformat() if first else None,
        last_date=last.isoformat() if last else None,
        top_actors=[NamedCount(code=c, name=state.names.name(c), events=n) for c, n in top],
        **data,
    )


@router.get("/api/actors", response_model=ActorList)
def actors(
    state: State,
    q: Annotated[str | None, Query(max_length=100, description="Part of a code or a name.")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 50,
) -> ActorList:
    """Actor codes in the store with their names and event counts, busiest first."""
    needle = (q or "").strip().lower()
    found = [
        NamedCount(code=code, name=state.names.name(code), events=n)
        for code, n in state.codes().items()
        if not needle or needle in code.lower() or needle in state.names.name(code).lower()
    ]
    found.sort(key=lambda a: (-a.events, a.code))
    return ActorList(actors=found[:limit])
