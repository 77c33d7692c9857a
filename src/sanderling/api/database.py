"""The API's read side: one read-only store connection and one in-memory analysis
database, each handing a fresh cursor to every request.

* :meth:`Database.reading` — a cursor on the store opened read-only (``Store(...,
  read_only=True)``); the query layer (:mod:`.queries`) runs bound-parameter SQL on it.
* :meth:`Database.analysing` — a cursor on an in-memory database holding the dyad frame
  of the store (built once with :func:`sanderling.analysis.frame_from_store`, then
  detached from the file), for the analysis functions.
* :meth:`Database.writing` — exclusive: waits for the requests in flight, closes the
  read-only connection (DuckDB lets no writer in while it is open), yields the path to
  write, then reopens and rebuilds the frame.

Cursors are separate DuckDB connections to one database instance: they run in
parallel from the server's worker threads, and each keeps its own temporary views.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import duckdb

from ..store import Store
from .problems import Unavailable

log = logging.getLogger(__name__)

FRAME = "dyads"


class _Gate:
    """Many readers or one writer; a waiting writer keeps new readers out."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writing = False
        self._waiting = 0

    @contextmanager
    def read(self, timeout: float = 30.0) -> Iterator[None]:
        with self._cond:
            if not self._cond.wait_for(lambda: not self._writing and not self._waiting, timeout):
                raise Unavailable("the store is being written", "retry in a few seconds")
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                self._cond.notify_all()

    @contextmanager
    def write(self) -> Iterator[None]:
        with self._cond:
            self._waiting += 1
            self._cond.wait_for(lambda: not self._writing and self._readers == 0)
            self._waiting -= 1
            self._writing = True
        try:
            yield
        finally:
            with self._cond:
                self._writing = False
                self._cond.notify_all()


class Database:
    """The store at ``path``, opened read-only, and its dyad frame."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._gate = _Gate()
        self._store: Store | None = None
        self._memory: duckdb.DuckDBPyConnection | None = None
        self.generation = 0  # bumped on every reopen: caches keyed on it go stale
        self._open()

    def _open(self) -> None:
        started = time.perf_counter()
        self._store = Store(self.path, read_only=True)
        self._memory = _frame_database(self.path)
        self.generation += 1
        log.info("opened %s read-only (frame built in %.2f s)", self.path, time.perf_counter() - started)

    def ensure_open(self) -> None:
        """Reopen after :meth:`close` (an app started again after a shutdown)."""
        if self._store is None:
            with self._gate.write():
                if self._store is None:
                    self._open()

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
        if self._memory is not None:
            self._memory.close()
            self._memory = None

    @property
    def schema_version(self) -> int:
        return self._store.version if self._store else 0

    @contextmanager
    def reading(self) -> Iterator[duckdb.DuckDBPyConnection]:
        with self._gate.read():
            yield from _cursor(self._store.con if self._store else None)

    @contextmanager
    def analysing(self) -> Iterator[duckdb.DuckDBPyConnection]:
        with self._gate.read():
            yield from _cursor(self._memory)

    @contextmanager
    def writing(self) -> Iterator[str]:
        """Exclusive access to the store file for a writer in this process."""
        with self._gate.write():
            self.close()
            try:
                yield self.path
            finally:
                self._open()


def _cursor(con: Any) -> Iterator[duckdb.DuckDBPyConnection]:
    if con is None:
        raise Unavailable("the store is closed", "restart the server")
    cursor = con.cursor()
    try:
        yield cursor
    finally:
        cursor.close()


def _frame_database(path: str) -> duckdb.DuckDBPyConnection:
    """An in-memory database with the store's dyad frame as table :data:`FRAME`."""
    from ..analysis import frame_from_store

    con = duckdb.connect()
    literal = path.replace("'", "''")
    con.execute(f"ATTACH '{literal}' AS store (READ_ONLY)")
    try:
        con.execute("USE store")
        frame_from_store(con, "_frame_build")
        con.execute("USE memory")
        con.execute(f"CREATE TABLE memory.main.{FRAME} AS SELECT * FROM _frame_build")
        con.execute("DROP TABLE _frame_build")
    finally:
        con.execute("USE memory")
        con.execute("DETACH store")
    return con
