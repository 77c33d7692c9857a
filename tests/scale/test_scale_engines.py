"""Every engine codes alike: serial, a local process pool, Dask on a LocalCluster."""

from __future__ import annotations

from pathlib import Path

import pytest

from sanderling.scale import RunConfig, ingest
from sanderling.scale.synthetic import synthetic_articles, write_jsonl
from sanderling.store import Store

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def corpus(sentences: list[str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "corpus.jsonl"
    write_jsonl(synthetic_articles(24, sentences, per_article=3), path)
    return path


@pytest.fixture(scope="module")
def serial_events(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, str, str]]:
    db = tmp_path_factory.mktemp("serial") / "s.duckdb"
    ingest([str(corpus)], RunConfig(str(db), batch_size=5))
    return _events(db)


def _events(db: Path) -> list[tuple[str, str, str]]:
    with Store(db, read_only=True) as store:
        rows = store.con.execute("SELECT event_id, doc_id, cameo FROM events ORDER BY event_id").fetchall()
        actors = store.con.execute("SELECT count(*) FROM event_actors").fetchone()
    assert actors and actors[0] >= len(rows) > 0
    return [(str(a), str(b), str(c)) for a, b, c in rows]


def test_scale_dask_local_cluster_matches_serial(
    corpus: Path, serial_events: list[tuple[str, str, str]], tmp_path: Path
) -> None:
    db = tmp_path / "d.duckdb"
    staging = tmp_path / "staging"
    summary = ingest(
        [str(corpus)],
        RunConfig(str(db), engine="dask", workers=1, batch_size=5, staging=str(staging), dask_processes=False),
    )
    assert summary.counts.articles + summary.counts.duplicates == 24 and summary.counts.articles > 0
    assert _events(db) == serial_events
    assert list(staging.iterdir()) == []  # the store loaded every Parquet partition, then they were removed


@pytest.mark.slow
def test_scale_local_pool_matches_serial(
    corpus: Path, serial_events: list[tuple[str, str, str]], tmp_path: Path
) -> None:
    db = tmp_path / "p.duckdb"
    summary = ingest([str(corpus)], RunConfig(str(db), engine="local", workers=2, batch_size=5))
    assert _events(db) == serial_events
    assert len(summary.peak_rss_mb) == 2 and all(0 < mb < 1024 for mb in summary.peak_rss_mb.values())


@pytest.mark.slow
def test_scale_dask_worker_processes_match_serial(
    corpus: Path, serial_events: list[tuple[str, str, str]], tmp_path: Path
) -> None:
    db = tmp_path / "dp.duckdb"
    summary = ingest([str(corpus)], RunConfig(str(db), engine="dask", workers=2, batch_size=5))
    assert _events(db) == serial_events
    assert 1 <= len(summary.peak_rss_mb) <= 2
