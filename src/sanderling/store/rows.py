"""Events as Arrow tables: the flat ``events`` rows and the ``event_actors`` dyad expansion.

Workers build these tables (or Parquet files of them); the store inserts them by
column name, so the column order here need not match the table's.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import pyarrow as pa

from ..records import Entity, Event

EVENT_SCHEMA = pa.schema(
    [
        ("event_id", pa.string()),
        ("coder", pa.string()),
        ("doc_id", pa.string()),
        ("date", pa.date32()),
        ("date_precision", pa.string()),
        ("date_text", pa.string()),
        ("event", pa.string()),
        ("mode", pa.string()),
        ("context", pa.list_(pa.string())),
        ("cameo", pa.string()),
        ("root", pa.string()),
        ("quad_code", pa.int8()),
        ("goldstein", pa.float64()),
        ("modality", pa.string()),
        ("symmetric", pa.bool_()),
        ("confidence", pa.float64()),
        ("event_text", pa.string()),
        ("sentence", pa.string()),
        ("sentence_index", pa.int32()),
        ("sentence_start", pa.int32()),
        ("sentence_end", pa.int32()),
        ("trigger_start", pa.int32()),
        ("trigger_end", pa.int32()),
        ("actor_codes", pa.list_(pa.string())),
        ("recipient_codes", pa.list_(pa.string())),
        ("place", pa.string()),
        ("resolved_place", pa.string()),
        ("geonameid", pa.int64()),
        ("lat", pa.float64()),
        ("lon", pa.float64()),
        ("country_code", pa.string()),
        ("admin1", pa.string()),
        ("feature_code", pa.string()),
        ("loc_resolution", pa.string()),
        ("url", pa.string()),
        ("title", pa.string()),
        ("publication", pa.string()),
        ("coded_date", pa.string()),
        ("record", pa.string()),
    ]
)

ACTOR_SCHEMA = pa.schema(
    [
        ("event_id", pa.string()),
        ("coder", pa.string()),
        ("doc_id", pa.string()),
        ("date", pa.date32()),
        ("event", pa.string()),
        ("cameo", pa.string()),
        ("quad_code", pa.int8()),
        ("goldstein", pa.float64()),
        ("modality", pa.string()),
        ("side", pa.string()),  # actor | recipient
        ("position", pa.int16()),
        ("code", pa.string()),
        ("sector", pa.string()),
        ("cameo_code", pa.string()),
        ("country", pa.string()),
        ("entity_text", pa.string()),
        ("start_char", pa.int32()),
        ("end_char", pa.int32()),
    ]
)


def event_row(event: Event, coder: str) -> dict[str, Any]:
    loc = event.location
    record = event.to_plover()
    record["coder"] = coder  # the full version: coder name + knowledge-data digest
    return {
        "event_id": event.id,
        "coder": coder,
        "doc_id": event.doc_id,
        "date": event.date,
        "date_precision": event.date_precision,
        "date_text": event.date_text,
        "event": event.event,
        "mode": event.mode,
        "context": list(event.context),
        "cameo": event.cameo,
        "root": event.cameo[:2],
        "quad_code": event.quad_code,
        "goldstein": event.goldstein,
        "modality": event.modality,
        "symmetric": event.symmetric,
        "confidence": event.confidence,
        "event_text": event.event_text,
        "sentence": event.text,
        "sentence_index": event.sentence_index,
        "sentence_start": event.sentence_start,
        "sentence_end": event.sentence_end,
        "trigger_start": event.trigger_start,
        "trigger_end": event.trigger_end,
        "actor_codes": [a.code for a in event.actor],
        "recipient_codes": [r.code for r in event.recipient],
        "place": loc.extracted_place,
        "resolved_place": loc.resolved_place,
        "geonameid": loc.geonameid,
        "lat": loc.lat,
        "lon": loc.lon,
        "country_code": loc.country_code,
        "admin1": loc.admin1,
        "feature_code": loc.feature_code,
        "loc_resolution": loc.resolution,
        "url": event.url,
        "title": event.title,
        "publication": event.publication,
        "coded_date": event.coded_date,
        "record": json.dumps(record, ensure_ascii=False),
    }


def _actor_row(event: Event, coder: str, side: str, position: int, entity: Entity) -> dict[str, Any]:
    return {
        "event_id": event.id,
        "coder": coder,
        "doc_id": event.doc_id,
        "date": event.date,
        "event": event.event,
        "cameo": event.cameo,
        "quad_code": event.quad_code,
        "goldstein": event.goldstein,
        "modality": event.modality,
        "side": side,
        "position": position,
        "code": entity.code,
        "sector": entity.sector,
        "cameo_code": entity.cameo_code,
        "country": entity.country,
        "entity_text": entity.entity_text,
        "start_char": entity.start,
        "end_char": entity.end,
    }


def event_table(events: Iterable[Event], coder: str) -> pa.Table:
    return pa.Table.from_pylist([event_row(e, coder) for e in events], schema=EVENT_SCHEMA)


def actor_table(events: Iterable[Event], coder: str) -> pa.Table:
    rows = [
        _actor_row(e, coder, side, i, entity)
        for e in events
        for side, entities in (("actor", e.actor), ("recipient", e.recipient))
        for i, entity in enumerate(entities)
    ]
    return pa.Table.from_pylist(rows, schema=ACTOR_SCHEMA)
