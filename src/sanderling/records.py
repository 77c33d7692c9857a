"""Typed records passed between the stages: Article -> ParsedArticle -> Event.

All records are frozen dataclasses. ``Event.to_plover()`` gives the PLOVER 2.0 JSON
record described in DESIGN.md.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from typing import Any, Literal

Modality = Literal["asserted", "intent", "negated", "hypothetical", "background"]
MODALITIES: tuple[str, ...] = ("asserted", "intent", "negated", "hypothetical", "background")
#: Modalities that describe events which did not (or not yet) happen; analytics skip them.
UNREAL_MODALITIES: frozenset[str] = frozenset({"negated", "hypothetical"})


@dataclass(frozen=True)
class Article:
    """One news report as read from a source."""

    id: str
    text: str
    date: dt.date | None = None
    title: str = ""
    url: str = ""
    publication: str = ""
    lang: str = "en"
    source: str = ""  # where it was read from: file name, "stdin", "file.jsonl:12"


@dataclass(frozen=True)
class Dateline:
    """A dateline at the start of a report ("MOSCOW, Russia –")."""

    place: str
    country: str  # the country as written after the city, or ""
    start: int
    end: int  # offset where the body starts


@dataclass(frozen=True)
class ParsedArticle:
    """An article with its dateline stripped and its text parsed.

    ``doc`` is the spaCy ``Doc`` of ``body``; offsets into ``body`` plus
    ``body_offset`` are offsets into ``article.text``.
    """

    article: Article
    body: str
    body_offset: int
    dateline: Dateline | None
    doc: Any = field(repr=False, compare=False)


@dataclass(frozen=True)
class Entity:
    """A coded actor: ``code`` is ISO3, an IGO code or a bare sector code."""

    code: str
    sector: str = ""
    entity_text: str = ""
    country: str = ""
    start: int = -1  # character offsets in the article text
    end: int = -1

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "sector": self.sector,
            "entity_text": self.entity_text,
            "country": self.country,
        }

    @property
    def cameo_code(self) -> str:
        """The CAMEO-style combined code ("MLIGOV")."""
        return self.code + self.sector if self.sector and self.sector != self.code else self.code


@dataclass(frozen=True)
class Location:
    extracted_place: str = ""
    resolved_place: str = ""
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country_code: str = ""
    admin1: str = ""
    feature_code: str = ""
    resolution: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "extracted_place": self.extracted_place,
            "resolved_place": self.resolved_place,
            "geonameid": self.geonameid,
            "lat": self.lat,
            "lon": self.lon,
            "country_code": self.country_code,
            "admin1": self.admin1,
            "feature_code": self.feature_code,
            "resolution": self.resolution,
        }


@dataclass(frozen=True)
class Event:
    """One coded event with its evidence."""

    id: str
    doc_id: str
    sentence_index: int
    event: str  # PLOVER 2.0 type
    cameo: str
    mode: str
    context: tuple[str, ...]
    quad_code: int
    goldstein: float
    actor: tuple[Entity, ...]
    recipient: tuple[Entity, ...]
    modality: Modality
    event_text: str
    trigger_start: int
    trigger_end: int
    text: str  # the sentence
    sentence_start: int
    sentence_end: int
    date: dt.date | None = None
    date_precision: str = ""
    date_text: str = ""
    location: Location = field(default_factory=Location)
    confidence: float = 1.0
    symmetric: bool = False
    url: str = ""
    title: str = ""
    publication: str = ""
    coder: str = ""
    coded_date: str = ""

    def evolve(self, **changes: Any) -> Event:
        """``dataclasses.replace`` for the per-event stages (dates, places): the same
        copy with some fields changed, without re-running ``__init__`` field by field,
        which cost more than the stages' own work. Event has no checks to re-run."""
        if not _EVENT_FIELDS.issuperset(changes):
            raise TypeError(f"Event has no field {', '.join(sorted(changes.keys() - _EVENT_FIELDS))}")
        values = self.__dict__.copy()  # copy, then update: half the time of update(values, **changes)
        values.update(changes)
        new = object.__new__(Event)
        object.__setattr__(new, "__dict__", values)
        return new

    @property
    def counts(self) -> bool:
        """Whether the event happened (or is intended): not negated or hypothetical."""
        return self.modality not in UNREAL_MODALITIES

    def to_plover(self) -> dict[str, Any]:
        """The PLOVER 2.0 JSON record (with CAMEO and evidence fields)."""
        return {
            "id": self.id,
            "doc_id": self.doc_id,
            "date": self.date.isoformat() if self.date else None,
            "date_precision": self.date_precision,
            "date_text": self.date_text,
            "event": self.event,
            "mode": self.mode,
            "context": list(self.context),
            "actor": [a.to_dict() for a in self.actor],
            "recipient": [r.to_dict() for r in self.recipient],
            "cameo": self.cameo,
            "quad_code": self.quad_code,
            "goldstein": self.goldstein,
            "modality": self.modality,
            "symmetric": self.symmetric,
            "confidence": round(self.confidence, 3),
            "event_text": self.event_text,
            "text": self.text,
            "text_info": {
                "doc_id": self.doc_id,
                "sentence_index": self.sentence_index,
                "sentence_start": self.sentence_start,
                "sentence_end": self.sentence_end,
                "trigger_start": self.trigger_start,
                "trigger_end": self.trigger_end,
                "actor_offsets": [[a.start, a.end] for a in self.actor],
                "recipient_offsets": [[r.start, r.end] for r in self.recipient],
            },
            "event_loc": self.location.to_dict(),
            "cite_info": {"url": self.url, "title": self.title, "publication": self.publication},
            "coder": self.coder,
            "coded_date": self.coded_date,
        }


@dataclass(frozen=True)
class Failure:
    """A document (or a line of one) that could not be read or coded."""

    source: str
    line: int | None
    stage: str  # "read", "parse", "code"
    reason: str
    doc_id: str = ""

    def message(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.reason}"


_EVENT_FIELDS = frozenset(f.name for f in fields(Event))
