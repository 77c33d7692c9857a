"""The read-only query layer: every value reaches DuckDB as a bound parameter.

SQL text here is fixed; the only fragments chosen at run time come from the
whitelists below (sort orders, period truncations), never from a request.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import duckdb

from ..errors import StoreError
from ..store.queries import period_start
from .problems import BadParameter

SORTS: dict[str, str] = {
    "date": "{t}.date ASC NULLS LAST, {t}.event_id",
    "-date": "{t}.date DESC NULLS LAST, {t}.event_id",
    "goldstein": "{t}.goldstein ASC, {t}.date DESC NULLS LAST, {t}.event_id",
    "-goldstein": "{t}.goldstein DESC, {t}.date DESC NULLS LAST, {t}.event_id",
}
TRUNCATE: dict[str, str] = {
    "week": "CAST(date_trunc('week', e.date) AS DATE)",
    "month": "CAST(date_trunc('month', e.date) AS DATE)",
    "quarter": "CAST(date_trunc('quarter', e.date) AS DATE)",
    "year": "CAST(date_trunc('year', e.date) AS DATE)",
}
_CODE = re.compile(r"^[A-Z0-9]{2,15}$")
#: A base code (MLI, IGOWAFWAS) is matched on the events' own code lists, a scan of one
#: table; a combined code (MLIGOV) needs the actor rows.
_LIST_SQL = {"actor": "list_contains(e.actor_codes, ?)", "recipient": "list_contains(e.recipient_codes, ?)"}
_SIDE_SQL = (
    "EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = e.event_id AND x.coder = e.coder AND x.current "
    "AND {side} AND (x.code = ? OR x.cameo_code = ? OR x.country = ?))"
)


def actor_code(value: str, what: str = "actor") -> str:
    """A well-formed actor code, upper-cased, or :class:`BadParameter`."""
    code = value.strip().upper()
    if not _CODE.match(code):
        raise BadParameter(
            f"{what} code {value!r} is malformed",
            "use an ISO 3166 alpha-3 code (MLI), an organisation code (IGOWAFWAS) or a sector code (INS)",
        )
    return code


def parse_date(value: str, end: bool = False, what: str = "date") -> dt.date:
    try:
        return period_start(value, end=end)
    except StoreError as exc:
        raise BadParameter(f"{what}: {exc.problem}", exc.fix) from exc


@dataclass(frozen=True)
class EventFilter:
    """Which current events a request asks for; every field optional."""

    actor: str | None = None  # source side
    recipient: str | None = None  # target side
    either: str | None = None  # either side
    type: str | None = None  # PLOVER type
    quad: int | None = None  # CAMEO QuadClass 1-4
    cameo: str | None = None  # CAMEO code prefix
    modality: str | None = None
    country: str | None = None  # ISO3 of the event's location
    since: dt.date | None = None  # inclusive
    until: dt.date | None = None  # exclusive
    q: str | None = None  # words in the sentence
    doc_id: str | None = None
    combined: frozenset[str] = frozenset()  # codes that are code + sector (MLIGOV), not base codes

    def where(self) -> tuple[str, list[Any]]:
        where = ["e.current"]
        params: list[Any] = []
        for code, sides in (
            (self.actor, ("actor",)),
            (self.recipient, ("recipient",)),
            (self.either, ("actor", "recipient")),
        ):
            if not code:
                continue
            if code in self.combined:
                side = f"x.side = '{sides[0]}'" if len(sides) == 1 else "TRUE"
                where.append(_SIDE_SQL.format(side=side))
                params.extend([code, code, code])
            else:  # a base code: its country is itself or empty (docs/conventions.md)
                where.append("(" + " OR ".join(_LIST_SQL[s] for s in sides) + ")")
                params.extend([code] * len(sides))
        for column, value in (
            ("e.event", self.type),
            ("e.quad_code", self.quad),
            ("e.modality", self.modality),
            ("e.country_code", self.country),
            ("e.doc_id", self.doc_id),
        ):
            if value is not None and value != "":
                where.append(f"{column} = ?")
                params.append(value)
        if self.cameo:
            where.append("starts_with(e.cameo, ?)")
            params.append(self.cameo)
        if self.since:
            where.append("e.date >= ?")
            params.append(self.since)
        if self.until:
            where.append("e.date < ?")
            params.append(self.until)
        if self.q:
            where.append("e.sentence ILIKE ? ESCAPE '\\'")
            params.append("%" + re.sub(r"([\\%_])", r"\\\1", self.q) + "%")
        return " AND ".join(where), params


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    """All rows of a query, fetched to the end (DuckDB 2.0 refuses a new query while a
    result is unfinished)."""
    return con.execute(sql, list(params)).fetchall()


def _one(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...]:
    rows = _rows(con, sql, params)
    return rows[0] if rows else ()


def list_events(
    con: duckdb.DuckDBPyConnection, f: EventFilter, sort: str = "-date", limit: int = 50, offset: int = 0
) -> tuple[list[dict[str, Any]], int]:
    """A page of PLOVER records matching ``f`` and the number matching in all."""
    where, params = f.where()
    total = int(_one(con, f"SELECT count(*) FROM events e WHERE {where}", params)[0])
    # the page's keys first, then only their records (a sort never carries the JSON)
    rows = _rows(
        con,
        f"WITH page AS (SELECT e.event_id, e.coder, e.date, e.goldstein FROM events e WHERE {where} "
        f"ORDER BY {SORTS[sort].format(t='e')} LIMIT ? OFFSET ?) "
        f"SELECT e.record FROM page JOIN events e ON e.event_id = page.event_id AND e.coder = page.coder "
        f"ORDER BY {SORTS[sort].format(t='page')}",
        [*params, int(limit), int(offset)],
    )
    return [json.loads(r[0]) for r in rows], total


def dyad_events(con: duckdb.DuckDBPyConnection, a: str, b: str, limit: int) -> list[dict[str, Any]]:
    """The latest current events with ``a`` on one side and ``b`` on the other."""
    one_way = f"({_LIST_SQL['actor']} AND {_LIST_SQL['recipient']})"
    rows = _rows(
        con,
        f"SELECT e.record FROM events e WHERE e.current AND ({one_way} OR {one_way}) "
        f"ORDER BY {SORTS['-date'].format(t='e')} LIMIT ?",
        [a, b, b, a, int(limit)],
    )
    return [json.loads(r[0]) for r in rows]


def get_event(con: duckdb.DuckDBPyConnection, event_id: str) -> dict[str, Any] | None:
    """The current record of one event, or None."""
    rows = _rows(
        con,
        "SELECT e.record FROM events e WHERE e.event_id = ? ORDER BY e.current DESC, e.coded_date DESC LIMIT 1",
        [event_id],
    )
    return json.loads(rows[0][0]) if rows else None


def other_events_of_sentence(con: duckdb.DuckDBPyConnection, record: dict[str, Any]) -> list[dict[str, Any]]:
    info = record.get("text_info") or {}
    rows = _rows(
        con,
        "SELECT e.record FROM events e WHERE e.current AND e.doc_id = ? AND e.sentence_index = ? AND e.event_id <> ? "
        "ORDER BY e.trigger_start",
        [info.get("doc_id", ""), info.get("sentence_index", -1), record.get("id", "")],
    )
    return [json.loads(r[0]) for r in rows]


def timeline(con: duckdb.DuckDBPyConnection, f: EventFilter, freq: str) -> list[tuple[dt.date, int, int]]:
    """(period start, quad class, events) of the dated events matching ``f``."""
    where, params = f.where()
    return [
        (r[0], int(r[1]), int(r[2]))
        for r in _rows(
            con,
            f"SELECT {TRUNCATE[freq]} AS period, e.quad_code, count(*) FROM events e "
            f"WHERE {where} AND e.date IS NOT NULL GROUP BY ALL ORDER BY 1, 2",
            params,
        )
    ]


def dense_range(con: duckdb.DuckDBPyConnection, f: EventFilter) -> tuple[dt.date | None, dt.date | None]:
    """The 1st and 99th percentile dates of the events matching ``f``: a timeline's
    natural span (a report's background mention of 1947 should not squash it)."""
    where, params = f.where()
    row = _one(
        con,
        f"SELECT quantile_disc(e.date, 0.01), quantile_disc(e.date, 0.99) FROM events e WHERE {where} AND e.date IS NOT NULL",
        params,
    )
    return (row[0], row[1]) if row else (None, None)


def map_counts(
    con: duckdb.DuckDBPyConnection, f: EventFilter, places: int = 500
) -> tuple[list[tuple[str, int, int, int]], list[tuple[float, float, str, str, int]]]:
    """Events per location country (code, events, cooperative, conflictual) and per
    located place (lat, lon, place, country, events), busiest first."""
    where, params = f.where()
    countries = _rows(
        con,
        f"SELECT e.country_code, count(*), count(*) FILTER (WHERE e.quad_code <= 2), count(*) FILTER (WHERE e.quad_code >= 3) "
        f"FROM events e WHERE {where} AND coalesce(e.country_code, '') <> '' GROUP BY 1 ORDER BY 2 DESC, 1",
        params,
    )
    points = _rows(
        con,
        f"SELECT round(e.lat, 2), round(e.lon, 2), any_value(e.resolved_place), any_value(e.country_code), count(*) "
        f"FROM events e WHERE {where} AND e.lat IS NOT NULL AND e.lon IS NOT NULL GROUP BY 1, 2 ORDER BY 5 DESC LIMIT ?",
        [*params, int(places)],
    )
    return (
        [(str(r[0]), int(r[1]), int(r[2]), int(r[3])) for r in countries],
        [(float(r[0]), float(r[1]), str(r[2] or ""), str(r[3] or ""), int(r[4])) for r in points],
    )


def base_codes(con: duckdb.DuckDBPyConnection) -> frozenset[str]:
    """The base codes of the current events' actors (MLI, IGOWAFWAS, INS)."""
    return frozenset(
        str(r[0]) for r in _rows(con, "SELECT DISTINCT code FROM event_actors WHERE current AND code IS NOT NULL")
    )


def known_codes(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Every actor code in the current events (base code, CAMEO code, country) and the
    number of events naming it."""
    rows = _rows(
        con,
        "SELECT c, count(DISTINCT event_id) FROM ("
        " SELECT event_id, unnest([code, cameo_code, country]) AS c FROM event_actors WHERE current"
        ") WHERE coalesce(c, '') <> '' GROUP BY 1",
    )
    return {str(r[0]): int(r[1]) for r in rows}


def counts(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """What the store holds: articles, events by type, quad, modality and month, failures."""

    def pairs(sql: str) -> dict[str, int]:
        return {str(k): int(v) for k, v in _rows(con, sql)}

    first, last = _one(con, "SELECT min(date), max(date) FROM events WHERE current") or (None, None)
    return {
        "articles": int(_one(con, "SELECT count(*) FROM articles")[0]),
        "articles_by_status": pairs("SELECT status, count(*) FROM articles GROUP BY 1 ORDER BY 1"),
        "events": int(_one(con, "SELECT count(*) FROM events WHERE current")[0]),
        "events_by_type": pairs("SELECT event, count(*) FROM events WHERE current GROUP BY 1 ORDER BY 2 DESC, 1"),
        "events_by_quad": pairs("SELECT quad_code, count(*) FROM events WHERE current GROUP BY 1 ORDER BY 1"),
        "events_by_modality": pairs("SELECT modality, count(*) FROM events WHERE current GROUP BY 1 ORDER BY 2 DESC"),
        "actors": int(_one(con, "SELECT count(DISTINCT code) FROM event_actors WHERE current")[0]),
        "failures": int(_one(con, "SELECT count(*) FROM failures")[0]),
        "runs": int(_one(con, "SELECT count(*) FROM runs")[0]),
        "first_date": first,
        "last_date": last,
    }


def top_actors(con: duckdb.DuckDBPyConnection, f: EventFilter, limit: int = 20) -> list[tuple[str, int]]:
    where, params = f.where()
    rows = _rows(
        con,
        "SELECT x.code, count(DISTINCT x.event_id) AS n FROM event_actors x JOIN events e "
        f"ON e.event_id = x.event_id AND e.coder = x.coder WHERE x.current AND {where} AND coalesce(x.code, '') <> '' "
        "GROUP BY 1 ORDER BY n DESC, 1 LIMIT ?",
        [*params, int(limit)],
    )
    return [(str(r[0]), int(r[1])) for r in rows]


def actor_span(con: duckdb.DuckDBPyConnection, code: str) -> tuple[int, int, dt.date | None, dt.date | None]:
    """(events as actor, events as recipient, first date, last date) of ``code``."""
    row = _one(
        con,
        "SELECT count(DISTINCT event_id) FILTER (WHERE side = 'actor'), count(DISTINCT event_id) FILTER (WHERE side = 'recipient'), "
        "min(date), max(date) FROM event_actors WHERE current AND (code = ? OR cameo_code = ? OR country = ?)",
        [code, code, code],
    )
    return (int(row[0] or 0), int(row[1] or 0), row[2], row[3]) if row else (0, 0, None, None)


def actor_sectors(con: duckdb.DuckDBPyConnection, code: str) -> list[tuple[str, int]]:
    rows = _rows(
        con,
        "SELECT coalesce(nullif(sector, ''), '(itself)'), count(*) FROM event_actors WHERE current AND code = ? "
        "GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 12",
        [code],
    )
    return [(str(r[0]), int(r[1])) for r in rows]
