"""Query parameters shared by several routes, validated into library values."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import Depends, Query

from ...analysis import Scope
from ..problems import BadParameter
from ..queries import EventFilter, parse_date
from ..state import ApiState, get_state

EventType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]  # fmt: skip
ModalityName = Literal["asserted", "intent", "negated", "hypothetical", "background"]
Freq = Literal["week", "month", "quarter", "year"]
Sort = Literal["date", "-date", "goldstein", "-goldstein"]

CODE = r"^[A-Za-z0-9]{2,15}$"
DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
DATE_HELP = "YYYY, YYYY-MM or YYYY-MM-DD"

State = Annotated[ApiState, Depends(get_state)]


def event_filter(
    state: State,
    actor: Annotated[str | None, Query(pattern=CODE, description="Source actor code (MLI, IGOWAFWAS, MLIGOV).")] = None,
    recipient: Annotated[str | None, Query(pattern=CODE, description="Target actor code.")] = None,
    either: Annotated[str | None, Query(pattern=CODE, description="An actor on either side.")] = None,
    type: Annotated[EventType | None, Query(description="PLOVER event type.")] = None,
    quad: Annotated[int | None, Query(ge=1, le=4, description="CAMEO QuadClass 1-4.")] = None,
    cameo: Annotated[str | None, Query(pattern=r"^\d{1,4}$", description="CAMEO code prefix (03, 0332).")] = None,
    modality: Annotated[ModalityName | None, Query()] = None,
    country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$", description="ISO3 of the event's place.")] = None,
    since: Annotated[str | None, Query(max_length=10, description=f"From this date: {DATE_HELP}.")] = None,
    until: Annotated[str | None, Query(max_length=10, description=f"Through this date: {DATE_HELP}.")] = None,
    q: Annotated[str | None, Query(max_length=200, description="Words in the sentence.")] = None,
    doc_id: Annotated[str | None, Query(max_length=200, description="Events of one article.")] = None,
) -> EventFilter:
    start = parse_date(since, what="since") if since else None
    end = parse_date(until, end=True, what="until") if until else None
    if start and end and end <= start:
        raise BadParameter(f"until {until} is before since {since}", "swap them, or widen the range")
    codes = (
        state.check_actor(actor) if actor else None,
        state.check_actor(recipient, "recipient") if recipient else None,
        state.check_actor(either) if either else None,
    )
    return EventFilter(
        actor=codes[0],
        recipient=codes[1],
        either=codes[2],
        combined=state.combined(*codes),
        type=type,
        quad=quad,
        cameo=cameo,
        modality=modality,
        country=country.upper() if country else None,
        since=start,
        until=end,
        q=q or None,
        doc_id=doc_id or None,
    )


Filter = Annotated[EventFilter, Depends(event_filter)]


def analysis_scope(
    since: Annotated[str | None, Query(max_length=10, description=f"First date counted: {DATE_HELP}.")] = None,
    until: Annotated[str | None, Query(max_length=10, description=f"Last date counted: {DATE_HELP}.")] = None,
    all_modalities: Annotated[bool, Query(description="Also count negated and hypothetical events.")] = False,
    expand_orgs: Annotated[bool, Query(description="Replace organisations by their member states.")] = False,
) -> Scope:
    import datetime as dt

    start = parse_date(since, what="since") if since else None
    last = parse_date(until, end=True, what="until") - dt.timedelta(days=1) if until else None
    if start and last and last < start:
        raise BadParameter(f"until {until} is before since {since}", "swap them, or widen the range")
    return Scope(since=start, until=last, include_unreal=all_modalities, expand_organisations=expand_orgs)


AnalysisScope = Annotated[Scope, Depends(analysis_scope)]
