"""`/api/dyads/{a}/{b}`, `/api/actors/{code}`, `/api/network`: relations and how they shift."""

from __future__ import annotations

import re
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query

from ...analysis.blocs import BlocPeriod
from .. import analytics
from ..models import ActorProfile, Dyad, EventRecord, Network, NetworkEdge, NetworkNode
from ..problems import BadParameter, NotFound
from ..queries import EventFilter, actor_sectors, actor_span, dyad_events, list_events
from .params import CODE, AnalysisScope, Freq, State

router = APIRouter(tags=["analysis"])
ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"description": "A parameter is malformed"},
    404: {"description": "The actor code is not known"},
}
_LABEL = {
    "year": re.compile(r"^\d{4}$"),
    "quarter": re.compile(r"^\d{4}-Q[1-4]$"),
    "month": re.compile(r"^\d{4}-\d{2}$"),
    "week": re.compile(r"^\d{4}-W\d{2}$"),
}


def _label_freq(period: str | None) -> Freq:
    for freq in ("year", "quarter", "month", "week"):
        if period and _LABEL[freq].match(period):
            return freq
    return "year"


def _known(state: State, value: str) -> str:
    try:
        return state.check_actor(value)
    except BadParameter as exc:
        raise NotFound(exc.problem, exc.fix) from exc


@router.get("/api/dyads/{a}/{b}", response_model=Dyad, responses=ERRORS)
def dyad(
    state: State,
    scope: AnalysisScope,
    a: Annotated[str, Path(pattern=CODE, description="One actor code.")],
    b: Annotated[str, Path(pattern=CODE, description="The other actor code.")],
    freq: Freq = "month",
    evidence: Annotated[int, Query(ge=0, le=100, description="Latest events of the dyad shown.")] = 10,
    shifts: Annotated[bool, Query(description="Look for change points (the slowest part).")] = True,
) -> Dyad:
    """The series of one dyad (both directions): events, PLOVER quads, cooperation and
    conflict, the alignment index with its interval, change points, and the latest events."""
    x, y = _known(state, a), _known(state, b)
    if x == y:
        raise BadParameter(f"a dyad needs two actors, got {x} twice", "give two different codes, e.g. MLI/RUS")
    rows = state.cached(("dyad", x, y, freq, scope, shifts), lambda con: analytics.dyad(con, x, y, freq, scope, shifts))
    with state.db.reading() as con:
        records = dyad_events(con, x, y, evidence) if evidence else []
    totals = {k: sum(int(p[k]) for p in rows.periods) for k in ("events", "cooperation", "conflict")}
    return Dyad(
        a=x,
        b=y,
        a_name=state.names.name(x),
        b_name=state.names.name(y),
        freq=freq,
        periods=rows.periods,  # type: ignore[arg-type]
        totals=totals,
        shifts=analytics.shift_dicts(rows.shifts),  # type: ignore[arg-type]
        evidence=[EventRecord(**r) for r in records],
    )


@router.get("/api/actors/{code}", response_model=ActorProfile, responses=ERRORS)
def actor(
    state: State,
    scope: AnalysisScope,
    code: Annotated[str, Path(pattern=CODE, description="Actor code: MLI, IGOWAFWAS.")],
    freq: Freq = "quarter",
    partners: Annotated[int, Query(ge=1, le=30, description="Partners charted.")] = 6,
) -> ActorProfile:
    """An actor's profile, its partners over time with the alignment index, its shifts
    with change points and the evidence behind them."""
    c = _known(state, code)
    with state.db.reading() as con:
        as_actor, as_recipient, first, last = actor_span(con, c)
        sectors = dict(actor_sectors(con, c))
        latest, _ = list_events(con, EventFilter(either=c), "-date", 10)
    rows = state.cached(("actor", c, freq, scope, partners), lambda con: analytics.actor(con, c, freq, scope, partners))
    return ActorProfile(
        code=c,
        name=state.names.name(c),
        kind=state.names.kind(c),  # type: ignore[arg-type]
        members=list(state.names.members.get(c, ())),
        events_as_actor=as_actor,
        events_as_recipient=as_recipient,
        first_date=first.isoformat() if first else None,
        last_date=last.isoformat() if last else None,
        sectors=sectors,
        freq=freq,
        periods=rows.periods,
        partners=[{**p, "name": state.names.name(p["code"])} for p in rows.partners[:50]],  # type: ignore[misc]
        series=[
            {"partner": p, "points": [points[k] for k in sorted(points)]}  # type: ignore[misc]
            for p, points in rows.series.items()
        ],
        shifts=analytics.shift_dicts(rows.shifts),  # type: ignore[arg-type]
        evidence=[EventRecord(**r) for r in latest],
    )


@router.get("/api/network", response_model=Network, responses=ERRORS)
def network(
    state: State,
    scope: AnalysisScope,
    period: Annotated[
        str | None,
        Query(max_length=10, description="A period label (2024, 2024-Q3, 2024-07, 2024-W27); default the latest."),
    ] = None,
    freq: Annotated[Freq | None, Query(description="Period length; default from the label, else year.")] = None,
) -> Network:
    """Blocs of cooperation in one period: communities, the edges between actors, and the
    actors that changed bloc since the period before."""
    if freq is None:
        freq = _label_freq(period)
    if period and not _LABEL[freq].match(period):
        raise BadParameter(f"period {period!r} is not a {freq} label", "write 2024, 2024-Q3, 2024-07 or 2024-W27")
    rows = state.cached(("network", freq, scope), lambda con: analytics.network(con, freq, scope))
    labels = [p.label for p in rows.periods]
    chosen: BlocPeriod | None = rows.periods[-1] if rows.periods else None
    if period:
        chosen = next((p for p in rows.periods if p.label == period), None)
    if chosen is None:
        return Network(freq=freq, period=period, periods=labels, events=0, communities=[], unaligned=[],
                       frustration=0.0, nodes=[], edges=[], changes=[])  # fmt: skip
    member = {c: i for i, com in enumerate(chosen.communities) for c in com}
    weight: dict[str, int] = {}
    for e in chosen.edges:
        for c in (e.a, e.b):
            weight[c] = weight.get(c, 0) + e.cooperation + e.conflict
    return Network(
        freq=freq,
        period=chosen.label,
        periods=labels,
        events=chosen.events,
        communities=[list(c) for c in chosen.communities],
        unaligned=list(chosen.unaligned),
        frustration=round(chosen.frustration, 4),
        nodes=[
            NetworkNode(code=c, name=state.names.name(c), community=member.get(c, -1), events=n)
            for c, n in sorted(weight.items(), key=lambda kv: (-kv[1], kv[0]))
        ],
        edges=[
            NetworkEdge(a=e.a, b=e.b, cooperation=e.cooperation, conflict=e.conflict, net=e.net) for e in chosen.edges
        ],
        changes=[
            {**c.to_dict(), "from_label": c.from_label, "to_label": c.to_label}  # type: ignore[misc]
            for c in rows.changes
            if c.to_label == chosen.label
        ],
    )
