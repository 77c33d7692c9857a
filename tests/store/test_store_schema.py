from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from sanderling.errors import StoreError
from sanderling.records import Failure
from sanderling.store import SCHEMA_VERSION, ArticleRow, Store, StoreBatch
from sanderling.store.queries import period_start


def test_store_migrates_once_to_the_latest_version(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        assert store.version == SCHEMA_VERSION
    with Store(db) as store:
        rows = store.con.execute("SELECT version FROM schema_version ORDER BY version").fetchall()
    assert [r[0] for r in rows] == list(range(1, SCHEMA_VERSION + 1))


def test_store_refuses_a_newer_schema(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    Store(db).close()
    con = duckdb.connect(str(db))
    con.execute("INSERT INTO schema_version VALUES (99, now())")
    con.close()
    with pytest.raises(StoreError, match="upgrade sanderling"):
        Store(db)


def test_store_read_only_missing_file_names_the_fix(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="sanderling ingest"):
        Store(tmp_path / "none.duckdb", read_only=True)


def test_store_failures_are_recorded_once(tmp_path: Path) -> None:
    failure = Failure("a.jsonl", 3, "read", "not valid JSON")
    with Store(tmp_path / "s.duckdb") as store:
        for _ in range(2):
            run = store.start_run("test", [], "c")
            store.write_batch(run, StoreBatch(failures=[failure]))
        assert store.con.execute("SELECT count(*), any_value(line) FROM failures").fetchone() == (1, 3)


def test_store_batch_is_all_or_nothing(tmp_path: Path) -> None:
    row = ArticleRow("d1", "h1", "coded", "text")
    with Store(tmp_path / "s.duckdb") as store:
        run = store.start_run("test", [], "c")
        with pytest.raises(StoreError, match="rerun the same command"):
            store.write_batch(run, StoreBatch([row, row], [Failure("x", None, "read", "r")]))  # duplicate key
        assert store.con.execute(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM failures)"
        ).fetchone() == (0, 0)


def test_store_period_bounds() -> None:
    assert str(period_start("2024-01")) == "2024-01-01"
    assert str(period_start("2024-12", end=True)) == "2025-01-01"
    assert str(period_start("2024", end=True)) == "2025-01-01"
    with pytest.raises(StoreError, match="YYYY-MM"):
        period_start("Jan 2024")
