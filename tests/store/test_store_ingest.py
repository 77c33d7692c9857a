"""Ingest into the store: idempotent, copies counted once, non-English skipped, recode."""

from __future__ import annotations

from pathlib import Path

import pytest

from sanderling.scale import RunConfig, ingest, recode
from sanderling.store import Store
from sanderling.store.queries import EventQuery, events, stats

pytestmark = pytest.mark.model


def _counts(db: Path) -> tuple[object, ...]:
    with Store(db, read_only=True) as store:
        return (
            store.con.execute(
                "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events), "
                "(SELECT count(*) FROM event_actors), (SELECT count(*) FROM failures)"
            ).fetchone()
            or ()
        )


def test_store_ingest_twice_adds_nothing(corpus_small: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    first = ingest([str(corpus_small)], RunConfig(str(db), batch_size=4))
    before = _counts(db)
    second = ingest([str(corpus_small)], RunConfig(str(db), batch_size=4))
    assert _counts(db) == before
    assert (first.counts.articles, first.counts.duplicates, first.counts.skipped) == (8, 1, 1)
    assert (second.counts.articles, second.counts.events, second.counts.already_stored) == (0, 0, 10)
    with Store(db, read_only=True) as store:
        assert [r[0] for r in store.con.execute("SELECT status FROM runs ORDER BY run_id").fetchall()] == [
            "done",
            "done",
        ]


def test_store_ingest_records_copies_and_languages(corpus_small: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    ingest([str(corpus_small)], RunConfig(str(db)))
    with Store(db, read_only=True) as store:
        rows = dict(
            store.con.execute("SELECT doc_id, status || ':' || coalesce(duplicate_of, lang) FROM articles").fetchall()
        )
        assert rows["fx-007"] == "duplicate:fx-001" and rows["fx-008"] == "skipped:fr"
        copies = store.con.execute(
            "SELECT num_articles, num_sources FROM article_copies WHERE canonical = 'fx-001'"
        ).fetchone()
        assert copies == (2, 2)
        summary = stats(store)
        assert summary["articles_by_status"] == {"coded": 8, "duplicate": 1, "skipped": 1}
        assert summary["events"] == sum(summary["events_by_type"].values()) > 0
        dyads = store.con.execute("SELECT count(*) FROM dyads WHERE actor = 'RUS' AND recipient = 'BFA'").fetchone()
        assert dyads == (1,)
        found = events(store, EventQuery(actor="RUS", type="AGREE", since="2024", until="2024-01"))
        assert [e["doc_id"] for e in found] == ["fx-005"]


def test_store_recode_keeps_old_versions(corpus_small: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "s.duckdb"
    old = ingest([str(corpus_small)], RunConfig(str(db)))
    monkeypatch.setattr("sanderling.scale.runner.coder_version", lambda settings: "sanderling-rules next")
    new = recode(RunConfig(str(db)))
    assert new.counts.articles == 8 and new.counts.events == old.counts.events
    again = recode(RunConfig(str(db)))
    assert again.counts.articles == 0
    with Store(db, read_only=True) as store:
        by_coder = dict(store.con.execute("SELECT coder || ':' || current, count(*) FROM events GROUP BY 1").fetchall())
        assert by_coder == {f"{old.coder}:false": old.counts.events, "sanderling-rules next:true": old.counts.events}
        assert len(events(store, EventQuery(coder=old.coder, limit=None))) == old.counts.events
        assert {e["coder"] for e in events(store, EventQuery(limit=None))} == {"sanderling-rules next"}
