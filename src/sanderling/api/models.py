"""Response and request bodies: frozen pydantic models (they are the OpenAPI schema)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Model(BaseModel):
    model_config = ConfigDict(frozen=True)


# -- the PLOVER record ------------------------------------------------------------


class Actor(Model):
    code: str
    sector: str = ""
    entity_text: str = ""
    country: str = ""


class TextInfo(Model):
    doc_id: str = ""
    sentence_index: int = 0
    sentence_start: int = 0
    sentence_end: int = 0
    trigger_start: int = -1
    trigger_end: int = -1
    actor_offsets: list[list[int]] = Field(default_factory=list)
    recipient_offsets: list[list[int]] = Field(default_factory=list)


class EventLoc(Model):
    extracted_place: str = ""
    resolved_place: str = ""
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country_code: str = ""
    admin1: str = ""
    feature_code: str = ""
    resolution: str = ""


class CiteInfo(Model):
    url: str = ""
    title: str = ""
    publication: str = ""


class EventRecord(Model):
    """One event as PLOVER 2.0 JSON, with CAMEO and its evidence (see DESIGN.md)."""

    id: str
    doc_id: str = ""
    date: str | None = None
    date_precision: str = ""
    date_text: str = ""
    event: str = ""
    mode: str = ""
    context: list[str] = Field(default_factory=list)
    actor: list[Actor] = Field(default_factory=list)
    recipient: list[Actor] = Field(default_factory=list)
    cameo: str = ""
    quad_code: int = 0
    goldstein: float = 0.0
    modality: str = ""
    symmetric: bool = False
    confidence: float = 1.0
    event_text: str = ""
    text: str = ""
    text_info: TextInfo = Field(default_factory=TextInfo)
    event_loc: EventLoc = Field(default_factory=EventLoc)
    cite_info: CiteInfo = Field(default_factory=CiteInfo)
    coder: str = ""
    coded_date: str = ""


# -- events -------------------------------------------------------------------------


class EventList(Model):
    events: list[EventRecord]
    total: int
    limit: int
    offset: int


class Span(Model):
    """A stretch of the sentence: offsets are into ``Evidence.sentence``."""

    role: Literal["trigger", "actor", "recipient"]
    start: int
    end: int
    text: str
    code: str = ""


class Evidence(Model):
    sentence: str
    sentence_start: int
    sentence_end: int
    spans: list[Span]


class EventDetail(Model):
    event: EventRecord
    evidence: Evidence
    same_sentence: list[EventRecord]


class TimelineRow(Model):
    period: str
    label: str
    q1: int = 0
    q2: int = 0
    q3: int = 0
    q4: int = 0


class Timeline(Model):
    freq: str
    rows: list[TimelineRow]
    dense_from: str | None
    dense_to: str | None


class CountryCount(Model):
    code: str
    name: str
    events: int
    cooperation: int
    conflict: int


class PlaceCount(Model):
    lat: float
    lon: float
    place: str
    country: str
    events: int


class MapData(Model):
    countries: list[CountryCount]
    places: list[PlaceCount]


# -- store -------------------------------------------------------------------------


class Health(Model):
    status: Literal["ok"]
    version: str
    schema_version: int
    events: int
    writable: bool
    pipeline: Literal["loaded", "not loaded", "disabled"]


class NamedCount(Model):
    code: str
    name: str
    events: int


class Stats(Model):
    db: str
    articles: int
    articles_by_status: dict[str, int]
    events: int
    events_by_type: dict[str, int]
    events_by_quad: dict[str, int]
    events_by_modality: dict[str, int]
    actors: int
    failures: int
    runs: int
    first_date: str | None
    last_date: str | None
    top_actors: list[NamedCount]


class ActorList(Model):
    actors: list[NamedCount]


# -- analysis ------------------------------------------------------------------------


class ShiftEvidence(Model):
    event_id: str
    doc_id: str
    date: str
    event: str
    cameo: str
    goldstein: float
    source: str
    target: str
    text: str


class ShiftEvidenceSides(Model):
    before: list[ShiftEvidence]
    after: list[ShiftEvidence]


class ShiftOut(Model):
    """A change point in a relation (``sanderling.analysis.Shift``)."""

    actor: str
    partner: str
    direction: Literal["toward", "away"]
    change_date: str
    before: float
    after: float
    size: float
    z: float
    freq: str
    start: str
    end: str
    events_before: int
    events_after: int
    cooperation_before: int
    conflict_before: int
    cooperation_after: int
    conflict_after: int
    evidence: ShiftEvidenceSides


class DyadPeriod(Model):
    period: str
    label: str
    events: int
    cooperation: int
    conflict: int
    net: int
    goldstein_mean: float | None
    q1: int = 0
    q2: int = 0
    q3: int = 0
    q4: int = 0
    index: float | None = None  # alignment of the period alone, in [-1, 1]
    smoothed: float | None = None  # alignment over the trailing window
    low: float | None = None
    high: float | None = None


class Dyad(Model):
    a: str
    b: str
    a_name: str
    b_name: str
    freq: str
    periods: list[DyadPeriod]
    totals: dict[str, int]
    shifts: list[ShiftOut]
    evidence: list[EventRecord]


class Partner(Model):
    code: str
    name: str
    events: int
    cooperation: int
    conflict: int


class SeriesPoint(Model):
    period: str
    cooperation: int = 0
    conflict: int = 0
    smoothed: float | None = None
    low: float | None = None
    high: float | None = None


class PartnerSeries(Model):
    partner: str
    points: list[SeriesPoint]


class ActorProfile(Model):
    code: str
    name: str
    kind: Literal["state", "organisation", "group", "sector", "other"]
    members: list[str]
    events_as_actor: int
    events_as_recipient: int
    first_date: str | None
    last_date: str | None
    sectors: dict[str, int]
    freq: str
    periods: list[str]
    partners: list[Partner]
    series: list[PartnerSeries]
    shifts: list[ShiftOut]
    evidence: list[EventRecord]


class NetworkNode(Model):
    code: str
    name: str
    community: int  # -1: unaligned
    events: int


class NetworkEdge(Model):
    a: str
    b: str
    cooperation: int
    conflict: int
    net: int


class BlocChangeOut(Model):
    actor: str
    from_label: str
    to_label: str
    before: list[str]
    after: list[str]
    left: list[str]
    joined: list[str]
    overlap: float


class Network(Model):
    freq: str
    period: str | None
    periods: list[str]
    events: int
    communities: list[list[str]]
    unaligned: list[str]
    frustration: float
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]
    changes: list[BlocChangeOut]


# -- writing --------------------------------------------------------------------------


class CodeRequest(Model):
    text: str = Field(min_length=1, description="The news text to code (size-limited).")
    date: str | None = Field(default=None, description="Publication date, YYYY-MM-DD.")
    doc_id: str = Field(default="posted", max_length=200, pattern=r"^[\w.:-]+$")


class CodeResponse(Model):
    events: list[EventRecord]
    count: int
    seconds: float


class ArticleIn(Model):
    id: str = Field(min_length=1, max_length=200, pattern=r"^[\w.:-]+$")
    text: str = Field(min_length=1)
    date: str | None = None
    title: str = ""
    url: str = ""
    publication: str = ""


class IngestRequest(Model):
    articles: list[ArticleIn] = Field(min_length=1)


class IngestResponse(Model):
    run_id: int
    articles: int
    events: int
    duplicates: int
    skipped: int
    already_stored: int
    failures: list[str]
    seconds: float


class ErrorBody(Model):
    detail: str
