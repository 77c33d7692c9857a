"""The DuckDB event store: open (and migrate), write one batch per transaction, runs.

Durability: every batch of articles is written with its events, dyad rows and
failures in one transaction, so a ``kill -9`` loses at most the batch in flight;
the next run skips every stored article (by id and content hash) and writes the rest.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeAlias

import pyarrow as pa

from ..errors import StoreError
from ..records import Article, Failure
from .schema import migrate

log = logging.getLogger(__name__)

DEFAULT_DB = "sanderling.duckdb"
#: A stored article whose text is a target for later copies (exact or near).
CANONICAL_STATUSES = ("coded", "failed")
#: An Arrow table, or the path of a Parquet file holding one (what Dask workers write).
TableRef: TypeAlias = "pa.Table | str"

ARTICLE_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("content_hash", pa.string()),
        ("status", pa.string()),
        ("duplicate_of", pa.string()),
        ("duplicate_kind", pa.string()),
        ("lang", pa.string()),
        ("date", pa.date32()),
        ("date_source", pa.string()),
        ("title", pa.string()),
        ("url", pa.string()),
        ("publication", pa.string()),
        ("source", pa.string()),
        ("text", pa.string()),
        ("minhash", pa.binary()),
        ("coder", pa.string()),
        ("n_events", pa.int32()),
        ("note", pa.string()),
    ]
)


@dataclass(frozen=True)
class ArticleRow:
    doc_id: str
    content_hash: str
    status: str  # coded | duplicate | skipped | failed
    text: str
    source: str = ""
    date: dt.date | None = None
    date_source: str = ""
    title: str = ""
    url: str = ""
    publication: str = ""
    lang: str = ""
    duplicate_of: str | None = None
    duplicate_kind: str | None = None
    minhash: bytes | None = None
    coder: str | None = None
    n_events: int = 0
    note: str = ""


@dataclass(frozen=True)
class StoreBatch:
    """What one transaction writes."""

    articles: Sequence[ArticleRow] = ()
    failures: Sequence[Failure] = ()
    events: Sequence[TableRef] = ()
    actors: Sequence[TableRef] = ()


@dataclass
class RunCounts:
    articles: int = 0
    events: int = 0
    duplicates: int = 0
    skipped: int = 0
    failures: int = 0
    already_stored: int = 0
    failure_list: list[Failure] = field(default_factory=list)


def failure_key(failure: Failure) -> str:
    raw = f"{failure.source}\x00{failure.line}\x00{failure.stage}\x00{failure.reason}\x00{failure.doc_id}"
    return hashlib.sha1(raw.encode()).hexdigest()


def _from(ref: TableRef, name: str, con: Any, registered: list[str]) -> str:
    """A FROM clause for an Arrow table (registered as ``name``) or a Parquet file."""
    if isinstance(ref, str):
        return "read_parquet('{}')".format(ref.replace("'", "''"))
    con.register(name, ref)
    registered.append(name)
    return name


class Store:
    """One DuckDB file. Use as a context manager; one writer process at a time."""

    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = False) -> None:
        import duckdb

        self.path = str(path)
        if read_only and not Path(self.path).exists():
            raise StoreError(
                f"no store at {self.path}", "run 'sanderling ingest SOURCE --db FILE' first, or check --db"
            )
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            if "lock" in str(exc).lower():
                raise StoreError(
                    f"the store {self.path} is in use by another process",
                    "wait for it to finish, or use another --db file",
                ) from exc
            raise StoreError(
                f"cannot open the store {self.path} ({exc})", "check the path, or move a damaged file away"
            ) from exc
        self.version = migrate(self.con) if not read_only else self._read_version()

    def _read_version(self) -> int:
        try:
            row = next(iter(self.con.execute("SELECT max(version) FROM schema_version").fetchall()), None)
        except Exception as exc:
            raise StoreError(
                f"{self.path} is not a sanderling store ({exc})", "pass the file 'sanderling ingest' wrote"
            ) from exc
        return int(row[0]) if row and row[0] else 0

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    # -- runs -------------------------------------------------------------------

    def start_run(self, command: str, sources: Sequence[str], coder: str, engine: str = "", workers: int = 1) -> int:
        """A new run; runs left 'running' by a killed process are marked 'interrupted'."""
        self.con.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")
        row = next(iter(self.con.execute("SELECT coalesce(max(run_id), 0) + 1 FROM runs").fetchall()), None)
        run_id = int(row[0]) if row else 1
        self.con.execute(
            "INSERT INTO runs (run_id, command, sources, coder, engine, workers, started_at, status) VALUES (?, ?, ?, ?, ?, ?, now(), 'running')",
            [run_id, command, list(sources), coder, engine, workers],
        )
        return run_id

    def finish_run(self, run_id: int, status: str = "done") -> None:
        self.con.execute("UPDATE runs SET status = ?, finished_at = now() WHERE run_id = ?", [status, run_id])

    def count_stored(self, run_id: int, n: int) -> None:
        if n:
            self.con.execute("UPDATE runs SET already_stored = already_stored + ? WHERE run_id = ?", [n, run_id])

    # -- reading what is stored ----------------------------------------------------

    def known_articles(self) -> Iterator[tuple[str, str, bytes | None, bool]]:
        """(doc id, content hash, MinHash signature, is canonical) of every stored article."""
        cursor = self.con.execute(
            "SELECT doc_id, content_hash, minhash, status IN ('coded', 'failed') FROM articles ORDER BY doc_id"
        )
        while rows := cursor.fetchmany(10_000):
            for doc_id, digest, signature, canonical in rows:
                yield str(doc_id), str(digest), signature, bool(canonical)

    def articles_to_recode(self, coder: str) -> Iterator[tuple[Article, str, str]]:
        """(article, content hash, date source) of each stored article not coded by ``coder``."""
        cursor = self.con.execute(
            "SELECT doc_id, text, date, title, url, publication, source, content_hash, date_source FROM articles "
            "WHERE status IN ('coded', 'failed') AND coder IS DISTINCT FROM ? ORDER BY doc_id",
            [coder],
        )
        while rows := cursor.fetchmany(1000):
            for doc_id, text, date, title, url, publication, source, digest, date_source in rows:
                article = Article(
                    id=doc_id,
                    text=text,
                    date=date,
                    title=title or "",
                    url=url or "",
                    publication=publication or "",
                    source=source or "",
                )
                yield article, digest, date_source or ""

    # -- writing ----------------------------------------------------------------

    def write_batch(self, run_id: int, batch: StoreBatch) -> RunCounts:
        """Write a batch in one transaction; the counts it added to the run."""
        counts = RunCounts(
            articles=sum(a.status == "coded" for a in batch.articles),
            events=sum(a.n_events for a in batch.articles),
            duplicates=sum(a.status == "duplicate" for a in batch.articles),
            skipped=sum(a.status == "skipped" for a in batch.articles),
            failures=len(batch.failures),
            failure_list=list(batch.failures),
        )
        con = self.con
        registered: list[str] = []
        con.execute("BEGIN TRANSACTION")
        try:
            if batch.articles:
                table = pa.Table.from_pylist([_article_dict(a) for a in batch.articles], schema=ARTICLE_SCHEMA)
                source = _from(table, "_batch_articles", con, registered)
                con.execute(
                    f"INSERT INTO articles BY NAME SELECT *, ? AS run_id, now() AS ingested_at FROM {source}", [run_id]
                )
            for i, ref in enumerate(batch.events):
                source = _from(ref, f"_batch_events_{i}", con, registered)
                con.execute(
                    f"INSERT INTO events BY NAME SELECT *, ? AS run_id, TRUE AS current FROM {source}", [run_id]
                )
            for i, ref in enumerate(batch.actors):
                source = _from(ref, f"_batch_actors_{i}", con, registered)
                con.execute(f"INSERT INTO event_actors BY NAME SELECT *, TRUE AS current FROM {source}")
            _insert_failures(con, run_id, batch.failures)
            con.execute(
                "UPDATE runs SET articles = articles + ?, events = events + ?, duplicates = duplicates + ?, "
                "skipped = skipped + ?, failures = failures + ? WHERE run_id = ?",
                [counts.articles, counts.events, counts.duplicates, counts.skipped, counts.failures, run_id],
            )
            con.execute("COMMIT")
        except Exception as exc:
            con.execute("ROLLBACK")
            raise StoreError(
                f"writing a batch to {self.path} failed ({exc})", "rerun the same command: stored articles are skipped"
            ) from exc
        finally:
            for name in registered:
                con.unregister(name)
        return counts

    def recode_batch(self, run_id: int, coder: str, batch: StoreBatch) -> RunCounts:
        """Replace the current events of the batch's articles with ``coder``'s, in one
        transaction; the old versions stay in the tables with ``current = false``."""
        counts = RunCounts(
            articles=sum(a.status == "coded" for a in batch.articles),
            events=sum(a.n_events for a in batch.articles),
            failures=len(batch.failures),
            failure_list=list(batch.failures),
        )
        con = self.con
        registered: list[str] = []
        ids = [a.doc_id for a in batch.articles]
        con.execute("BEGIN TRANSACTION")
        try:
            for table in ("events", "event_actors"):
                con.execute(f"DELETE FROM {table} WHERE coder = ? AND list_contains(?, doc_id)", [coder, ids])
                con.execute(f"UPDATE {table} SET current = FALSE WHERE current AND list_contains(?, doc_id)", [ids])
            for i, ref in enumerate(batch.events):
                con.execute(
                    f"INSERT INTO events BY NAME SELECT *, ? AS run_id, TRUE AS current FROM {_from(ref, f'_re_events_{i}', con, registered)}",
                    [run_id],
                )
            for i, ref in enumerate(batch.actors):
                con.execute(
                    f"INSERT INTO event_actors BY NAME SELECT *, TRUE AS current FROM {_from(ref, f'_re_actors_{i}', con, registered)}"
                )
            for a in batch.articles:
                con.execute(
                    "UPDATE articles SET status = ?, coder = ?, n_events = ?, note = ? WHERE doc_id = ?",
                    [a.status, coder, a.n_events, a.note, a.doc_id],
                )
            _insert_failures(con, run_id, batch.failures)
            con.execute(
                "UPDATE runs SET articles = articles + ?, events = events + ?, failures = failures + ? WHERE run_id = ?",
                [counts.articles, counts.events, counts.failures, run_id],
            )
            con.execute("COMMIT")
        except Exception as exc:
            con.execute("ROLLBACK")
            raise StoreError(
                f"re-coding a batch in {self.path} failed ({exc})",
                "rerun 'sanderling recode': finished articles are skipped",
            ) from exc
        finally:
            for name in registered:
                con.unregister(name)
        return counts


def _insert_failures(con: Any, run_id: int, failures: Sequence[Failure]) -> None:
    for failure in failures:
        con.execute(
            "INSERT OR IGNORE INTO failures VALUES (?, ?, ?, ?, ?, ?, ?, now())",
            [failure_key(failure), run_id, failure.doc_id, failure.source, failure.line, failure.stage, failure.reason],
        )


def _article_dict(row: ArticleRow) -> dict[str, Any]:
    return {name: getattr(row, name) for name in ARTICLE_SCHEMA.names}
