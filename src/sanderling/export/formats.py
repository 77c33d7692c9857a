"""Exports of the current events: PLOVER JSONL, GDELT TSV, CSV, Parquet by month."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any, Literal

from ..errors import StoreError
from ..store.store import Store
from .gdelt import write_gdelt

Format = Literal["plover", "gdelt", "csv", "parquet"]
FORMATS: tuple[str, ...] = ("plover", "gdelt", "csv", "parquet")
_ORDER = "ORDER BY e.date NULLS LAST, e.doc_id, e.sentence_index, e.event_id"


def export(store: Store, fmt: str, out: str) -> int:
    """Write the store's current events to ``out`` in ``fmt``; the number of events."""
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r}", f"use one of {', '.join(FORMATS)}")
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    if fmt == "plover":
        return write_plover(store.con, out)
    if fmt == "gdelt":
        return write_gdelt(store.con, out)
    if fmt == "csv":
        return write_csv(store.con, out)
    return write_parquet(store.con, out)


def write_plover(con: Any, out: str) -> int:
    """One PLOVER 2.0 record per line, with the wire copies counted (num_articles,
    num_sources) and the publications that carried the story."""
    cursor = con.execute(
        "SELECT e.record, coalesce(c.num_articles, 1), coalesce(c.num_sources, 0), coalesce(c.publications, []) "
        f"FROM events e LEFT JOIN article_copies c ON c.canonical = e.doc_id WHERE e.current {_ORDER}"
    )
    n = 0
    with open(out, "w", encoding="utf-8") as stream:
        while rows := cursor.fetchmany(10_000):
            for record, num_articles, num_sources, publications in rows:
                doc = json.loads(record)
                doc["num_articles"], doc["num_sources"], doc["sources"] = num_articles, num_sources, list(publications)
                stream.write(json.dumps(doc, ensure_ascii=False) + "\n")
                n += 1
    return n


_FLAT = """SELECT e.* EXCLUDE (record, context, actor_codes, recipient_codes, current),
    array_to_string(e.context, ';') AS context,
    array_to_string(e.actor_codes, ';') AS actor_codes,
    array_to_string(e.recipient_codes, ';') AS recipient_codes,
    coalesce(c.num_articles, 1) AS num_articles, coalesce(c.num_sources, 0) AS num_sources
FROM events e LEFT JOIN article_copies c ON c.canonical = e.doc_id WHERE e.current"""


def write_csv(con: Any, out: str) -> int:
    """A flat CSV with a header: one row per event, lists joined with ';'."""
    con.execute(f"COPY ({_FLAT} {_ORDER}) TO '{_q(out)}' (FORMAT csv, HEADER true)")
    return _count(con)


def write_parquet(con: Any, out: str) -> int:
    """A directory of Parquet files partitioned by month (``month=2024-03/``; ``month=undated``)."""
    target = Path(out)
    if target.exists() and not target.is_dir():
        raise StoreError(f"{out} is a file", "Parquet export writes a directory: pass a directory path")
    if target.exists():
        shutil.rmtree(target)
    query = f"SELECT *, coalesce(strftime(date, '%Y-%m'), 'undated') AS month FROM ({_FLAT}) {_ORDER.replace('e.', '')}"
    con.execute(f"COPY ({query}) TO '{_q(out)}' (FORMAT parquet, PARTITION_BY (month))")
    return _count(con)


def _count(con: Any) -> int:
    row = next(iter(con.execute("SELECT count(*) FROM events WHERE current").fetchall()), None)
    return int(row[0]) if row else 0


def _q(path: str) -> str:
    return path.replace("'", "''")
