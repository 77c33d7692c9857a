"""`/api/events`, `/api/events/{id}`, `/api/timeline`, `/api/map`: events and their evidence."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query

from ..models import (
    CountryCount,
    EventDetail,
    EventList,
    EventRecord,
    Evidence,
    MapData,
    PlaceCount,
    Span,
    Timeline,
    TimelineRow,
)
from ..problems import NotFound
from ..queries import dense_range, get_event, list_events, map_counts, other_events_of_sentence, timeline
from .params import Filter, Freq, Sort, State

router = APIRouter(tags=["events"])
ERRORS: dict[int | str, dict[str, Any]] = {400: {"description": "A parameter is malformed or unknown"}}


@router.get("/api/events", response_model=EventList, responses=ERRORS)
def events(
    state: State,
    f: Filter,
    sort: Sort = "-date",
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> EventList:
    """Current events matching every filter given, a page at a time, with the total."""
    with state.db.reading() as con:
        records, total = list_events(con, f, sort, min(limit, state.settings.page_max), offset)
    return EventList(events=[EventRecord(**r) for r in records], total=total, limit=limit, offset=offset)


@router.get("/api/timeline", response_model=Timeline, responses=ERRORS)
def events_timeline(state: State, f: Filter, freq: Freq = "month") -> Timeline:
    """Events per period and CAMEO quad class (1 verbal cooperation … 4 material conflict)."""
    from ...analysis.scope import period_label

    with state.db.reading() as con:
        rows = timeline(con, f, freq)
        low, high = dense_range(con, f)
    table: dict[Any, dict[str, int]] = {}
    for period, quad, n in rows:
        table.setdefault(period, {})[f"q{quad}"] = n
    return Timeline(
        freq=freq,
        rows=[TimelineRow(period=p.isoformat(), label=period_label(p, freq), **q) for p, q in table.items()],
        dense_from=low.isoformat() if low else None,
        dense_to=high.isoformat() if high else None,
    )


@router.get("/api/map", response_model=MapData, responses=ERRORS)
def events_map(state: State, f: Filter) -> MapData:
    """Events per country of location (ISO3) and per located place."""
    with state.db.reading() as con:
        countries, places = map_counts(con, f)
    return MapData(
        countries=[
            CountryCount(code=c, name=state.names.name(c), events=n, cooperation=coop, conflict=conf)
            for c, n, coop, conf in countries
        ],
        places=[PlaceCount(lat=la, lon=lo, place=p, country=c, events=n) for la, lo, p, c, n in places],
    )


@router.get("/api/events/{event_id}", response_model=EventDetail, responses={404: {"description": "No such event"}})
def event(state: State, event_id: Annotated[str, Path(max_length=128)]) -> EventDetail:
    """One event with its evidence: the sentence and the offsets of trigger and actors in it."""
    with state.db.reading() as con:
        record = get_event(con, event_id)
        if record is None:
            raise NotFound(f"no event with id {event_id!r}", "list events with GET /api/events")
        others = other_events_of_sentence(con, record)
    return EventDetail(
        event=EventRecord(**record), evidence=evidence(record), same_sentence=[EventRecord(**r) for r in others]
    )


def evidence(record: dict[str, Any]) -> Evidence:
    """The sentence and its spans, offsets moved from the article to the sentence."""
    info = record.get("text_info") or {}
    sentence = str(record.get("text") or "")
    base = int(info.get("sentence_start") or 0)
    spans: list[Span] = []

    def add(role: str, start: int, end: int, code: str = "") -> None:
        s, e = start - base, end - base
        if 0 <= s < e <= len(sentence):
            spans.append(Span(role=role, start=s, end=e, text=sentence[s:e], code=code))  # type: ignore[arg-type]

    add("trigger", int(info.get("trigger_start", -1)), int(info.get("trigger_end", -1)))
    for role, key, entities in (
        ("actor", "actor_offsets", record.get("actor") or []),
        ("recipient", "recipient_offsets", record.get("recipient") or []),
    ):
        for offsets, entity in zip(info.get(key) or [], entities, strict=False):
            if len(offsets) == 2:
                add(role, int(offsets[0]), int(offsets[1]), str(entity.get("code", "")))
    spans.sort(key=lambda s: (s.start, s.end))
    return Evidence(
        sentence=sentence, sentence_start=base, sentence_end=int(info.get("sentence_end") or 0), spans=spans
    )
