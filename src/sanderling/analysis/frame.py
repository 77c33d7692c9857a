"""The dyad frame: the one input every analysis reads.

A dyad frame is a DuckDB table (or view) with one row per (event, source actor,
target actor) and the columns of :data:`DYAD_COLUMNS`. An event with two actors and
three recipients gives six rows; an event with no recipient gives none (it has no
dyad). Rows are unique on ``(event_id, source, target)``: an actor named twice in one
event ("Malian troops and the Malian government") counts once for that dyad.

Builders:

* :func:`frame_from_events` — from :class:`~sanderling.records.Event` records (tests,
  coding without a store);
* :func:`frame_from_jsonl` — from a PLOVER JSON Lines file (``sanderling code --jsonl``);
* :func:`frame_from_store` — from the tables of a sanderling DuckDB store;
* :func:`open_frame` — one of the two above, chosen by the file name.

:func:`expand_organisations` turns organisation actors into their member states on
the event date; everything else in :mod:`sanderling.analysis` queries only the frame.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from ..errors import AnalysisError
from ..records import Event

log = logging.getLogger(__name__)

#: The columns of a dyad frame, in order, with their DuckDB types.
DYAD_COLUMNS: tuple[tuple[str, str], ...] = (
    ("event_id", "VARCHAR"),
    ("doc_id", "VARCHAR"),
    ("date", "DATE"),
    ("event", "VARCHAR"),
    ("cameo", "VARCHAR"),
    ("root", "VARCHAR"),
    ("quad_code", "TINYINT"),
    ("goldstein", "DOUBLE"),
    ("modality", "VARCHAR"),
    ("source", "VARCHAR"),
    ("source_sector", "VARCHAR"),
    ("target", "VARCHAR"),
    ("target_sector", "VARCHAR"),
    ("text", "VARCHAR"),
    ("coder", "VARCHAR"),
)
COLUMN_NAMES: tuple[str, ...] = tuple(name for name, _ in DYAD_COLUMNS)
DEFAULT_NAME = "dyads"

_ARROW_TYPES = {
    "VARCHAR": pa.string(),
    "DATE": pa.date32(),
    "TINYINT": pa.int8(),
    "DOUBLE": pa.float64(),
}
ARROW_SCHEMA = pa.schema([(name, _ARROW_TYPES[kind]) for name, kind in DYAD_COLUMNS])

# One row per (event, source, target): the first-named sectors win.
_DEDUPE = """
SELECT {columns} FROM (
    SELECT *, row_number() OVER (PARTITION BY event_id, source, target ORDER BY _pos) AS _rank
    FROM {inner}
) WHERE _rank = 1
"""


def _identifier(name: str) -> str:
    if not name.replace("_", "").isalnum():
        raise AnalysisError(f"{name!r} is not a table name", "use letters, digits and underscores, e.g. dyads")
    return name


def _finish(con: duckdb.DuckDBPyConnection, inner: str, name: str) -> duckdb.DuckDBPyRelation:
    columns = ", ".join(f"CAST({c} AS {t}) AS {c}" for c, t in DYAD_COLUMNS)
    con.execute(f"CREATE OR REPLACE TEMP TABLE {_identifier(name)} AS " + _DEDUPE.format(columns=columns, inner=inner))
    return con.table(name)


def frame_from_events(
    con: duckdb.DuckDBPyConnection, events: Iterable[Event], name: str = DEFAULT_NAME
) -> duckdb.DuckDBPyRelation:
    """The dyad frame of ``events`` as temporary table ``name`` in ``con``."""
    data: dict[str, list[Any]] = {c: [] for c in (*COLUMN_NAMES, "_pos")}
    pos = 0
    for e in events:
        for a in e.actor:
            for r in e.recipient:
                row = (
                    e.id, e.doc_id, e.date, e.event, e.cameo, e.cameo[:2], e.quad_code, e.goldstein, e.modality,
                    a.code, a.sector, r.code, r.sector, e.text, e.coder, pos,
                )  # fmt: skip
                for column, value in zip(data, row, strict=True):
                    data[column].append(value)
                pos += 1
    schema = ARROW_SCHEMA.append(pa.field("_pos", pa.int64()))
    con.register("_event_rows", pa.Table.from_pydict(data, schema=schema))
    try:
        return _finish(con, "_event_rows", name)
    finally:
        con.unregister("_event_rows")


def frame_from_jsonl(
    con: duckdb.DuckDBPyConnection, path: str | Path, name: str = DEFAULT_NAME
) -> duckdb.DuckDBPyRelation:
    """The dyad frame of a PLOVER JSON Lines file (one record per line, as written by
    ``sanderling code --jsonl``), read by DuckDB without a Python loop."""
    source = Path(path)
    if not source.is_file():
        raise AnalysisError(
            f"{source}: no such file", "code a corpus first: sanderling code DIR --jsonl > events.jsonl"
        )
    entity = "STRUCT(code VARCHAR, sector VARCHAR)"
    columns = (
        "{'id': 'VARCHAR', 'doc_id': 'VARCHAR', 'date': 'VARCHAR', 'event': 'VARCHAR', 'cameo': 'VARCHAR', "
        f"'quad_code': 'INTEGER', 'goldstein': 'DOUBLE', 'modality': 'VARCHAR', 'actor': '{entity}[]', "
        f"'recipient': '{entity}[]', 'text': 'VARCHAR', 'coder': 'VARCHAR'}}"
    )
    literal = str(source).replace("'", "''")
    inner = f"""(
        SELECT e.id AS event_id, e.doc_id, TRY_CAST(e.date AS DATE) AS date, e.event, e.cameo,
               left(e.cameo, 2) AS root, e.quad_code, e.goldstein, e.modality,
               a.x.code AS source, coalesce(a.x.sector, '') AS source_sector,
               r.x.code AS target, coalesce(r.x.sector, '') AS target_sector,
               e.text, e.coder, e._line * 10000 + a.i * 100 + r.i AS _pos
        FROM (SELECT *, row_number() OVER () AS _line
              FROM read_json('{literal}', format = 'newline_delimited', columns = {columns})) AS e,
             (SELECT unnest(e.actor) AS x, generate_subscripts(e.actor, 1) AS i) AS a,
             (SELECT unnest(e.recipient) AS x, generate_subscripts(e.recipient, 1) AS i) AS r
    )"""
    try:
        return _finish(con, inner, name)
    except duckdb.Error as exc:
        raise AnalysisError(
            f"{source}: cannot read it as PLOVER JSON Lines ({exc})",
            "pass the output of `sanderling code ... --jsonl` or a sanderling .duckdb store",
        ) from exc


def frame_from_store(con: duckdb.DuckDBPyConnection, name: str = DEFAULT_NAME) -> duckdb.DuckDBPyRelation:
    """The dyad frame of the current events in a sanderling store opened as ``con``.

    Reads ``events`` (sentence, root, coder) joined to its ``event_actors`` rows
    (schema version 2 of :mod:`sanderling.store.schema`): only the current coding of
    each event.
    """
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    missing = {"events", "event_actors"} - tables
    if missing:
        raise AnalysisError(
            f"the database has no {', '.join(sorted(missing))} table: it is not a sanderling store",
            "create one with `sanderling ingest SOURCES --db FILE`, or pass a PLOVER .jsonl file",
        )
    inner = """(
        SELECT e.event_id, e.doc_id, e.date, e.event, e.cameo, coalesce(e.root, left(e.cameo, 2)) AS root,
               e.quad_code, e.goldstein, e.modality,
               a.code AS source, coalesce(a.sector, '') AS source_sector,
               r.code AS target, coalesce(r.sector, '') AS target_sector,
               e.sentence AS text, e.coder, coalesce(a.position, 0) * 100 + coalesce(r.position, 0) AS _pos
        FROM events e
        JOIN event_actors a ON a.event_id = e.event_id AND a.coder = e.coder AND a.side = 'actor' AND a.current
        JOIN event_actors r ON r.event_id = e.event_id AND r.coder = e.coder AND r.side = 'recipient' AND r.current
        WHERE e.current
    )"""
    try:
        return _finish(con, inner, name)
    except duckdb.Error as exc:
        raise AnalysisError(
            f"cannot read the dyads of the store ({exc})",
            "the store's schema may be newer than this analysis code: upgrade sanderling",
        ) from exc


def open_frame(path: str | Path, name: str = DEFAULT_NAME) -> tuple[duckdb.DuckDBPyConnection, duckdb.DuckDBPyRelation]:
    """An in-memory connection holding the dyad frame of ``path``: a PLOVER ``.jsonl``
    file or a sanderling DuckDB store (attached read-only while the frame is copied
    into a temporary table, then detached)."""
    source = Path(path)
    con = duckdb.connect()
    if source.suffix.lower() in (".jsonl", ".json", ".ndjson"):
        return con, frame_from_jsonl(con, source, name)
    if not source.is_file():
        raise AnalysisError(f"{source}: no such store", "ingest first: sanderling ingest SOURCES --db FILE")
    literal = str(source).replace("'", "''")
    try:
        con.execute(f"ATTACH '{literal}' AS store (READ_ONLY)")
        con.execute("USE store")
    except duckdb.Error as exc:
        raise AnalysisError(
            f"{source}: cannot open it as a DuckDB store ({exc})",
            "pass a .duckdb file written by `sanderling ingest`, or a PLOVER .jsonl file",
        ) from exc
    try:
        frame_from_store(con, name)
    finally:
        con.execute("USE memory")
        con.execute("DETACH store")  # the frame is a copy: the store file is not held open
    return con, con.table(name)


# -- organisations -----------------------------------------------------------------


def membership_table(con: duckdb.DuckDBPyConnection, dictionary: Any, name: str = "memberships") -> str:
    """Temporary table ``name`` (org, member, start, end, suspended) of every membership
    and suspension interval in an :class:`~sanderling.actors.dictionary.ActorDictionary`
    (``end`` exclusive, NULL when open)."""
    rows: list[tuple[str, str, dt.date | None, dt.date | None, bool]] = []
    for org, members in dictionary.members.items():
        rows.extend((org, m.member, m.start, m.end, False) for m in members)
    for org, suspensions in dictionary.suspensions.items():
        rows.extend((org, s.member, s.start, s.end, True) for s in suspensions)
    table = pa.table(
        {
            "org": pa.array([r[0] for r in rows], pa.string()),
            "member": pa.array([r[1] for r in rows], pa.string()),
            "start": pa.array([r[2] for r in rows], pa.date32()),
            "end": pa.array([r[3] for r in rows], pa.date32()),
            "suspended": pa.array([r[4] for r in rows], pa.bool_()),
        }
    )
    con.register("_membership_rows", table)
    con.execute(f"CREATE OR REPLACE TEMP TABLE {_identifier(name)} AS SELECT * FROM _membership_rows")
    con.unregister("_membership_rows")
    return name


def _side_expansion(side: str, memberships: str) -> str:
    """SQL joining the members of ``side`` (source/target) on the row's date: one row per
    active member, ``{side}_m.member`` NULL when ``side`` has no members then."""
    return f"""
    LEFT JOIN (SELECT org, member, start, "end" FROM {memberships} WHERE NOT suspended) AS {side}_m
        ON {side}_m.org = f.{side}
        AND ({side}_m.start IS NULL OR {side}_m.start <= f.date)
        AND ({side}_m."end" IS NULL OR f.date < {side}_m."end")
    LEFT JOIN (SELECT org, member, start, "end" FROM {memberships} WHERE suspended) AS {side}_s
        ON {side}_s.org = f.{side} AND {side}_s.member = {side}_m.member
        AND ({side}_s.start IS NULL OR {side}_s.start <= f.date)
        AND ({side}_s."end" IS NULL OR f.date < {side}_s."end")
    """


def expand_organisations(
    con: duckdb.DuckDBPyConnection,
    frame: str | duckdb.DuckDBPyRelation,
    dictionary: Any = None,
    name: str = "dyads_expanded",
    keep_suspended: bool = True,
) -> duckdb.DuckDBPyRelation:
    """The frame with each organisation actor replaced by its member states on the
    event date (suspended members left out), as temporary table ``name``.

    The result has the frame's columns plus ``source_org`` and ``target_org``: the
    organisation's own code on an expanded row, ``''`` otherwise. An organisation with
    no members on that date (or none known) stays as it is. Rows that become a state
    acting on itself (ECOWAS sanctions Mali → MLI on MLI) are dropped.
    """
    if dictionary is None:
        from ..actors import actor_dictionary

        dictionary = actor_dictionary()
    memberships = membership_table(con, dictionary, "_memberships")
    source = _relation_sql(con, frame)
    columns = ", ".join(
        f"coalesce({c}_m.member, f.{c}) AS {c}"
        if c in ("source", "target")
        else f"CASE WHEN {c.split('_')[0]}_m.member IS NULL THEN f.{c} ELSE '' END AS {c}"
        if c in ("source_sector", "target_sector")
        else f"f.{c}"
        for c in COLUMN_NAMES
    )
    sql = f"""
    SELECT DISTINCT {columns},
           CASE WHEN source_m.member IS NULL THEN '' ELSE f.source END AS source_org,
           CASE WHEN target_m.member IS NULL THEN '' ELSE f.target END AS target_org
    FROM {source} f
    {_side_expansion("source", memberships)}
    {_side_expansion("target", memberships)}
    {"" if keep_suspended else "WHERE source_s.org IS NULL AND target_s.org IS NULL"}
    """
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE {_identifier(name)} AS SELECT * FROM ({sql}) WHERE source IS DISTINCT FROM target"
    )
    return con.table(name)


def _relation_sql(con: duckdb.DuckDBPyConnection, frame: str | duckdb.DuckDBPyRelation) -> str:
    """A SQL name for ``frame``: a table/view name as given, a relation as a temp view."""
    if isinstance(frame, str):
        return _identifier(frame)
    view = "_frame_" + frame.alias.replace("-", "_") if frame.alias.replace("_", "").isalnum() else "_frame"
    frame.create_view(view, replace=True)
    return view
