"""A small store built from hand-made events (no model needed)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sanderling.records import Entity, Event, Location
from sanderling.store import ArticleRow, Store, StoreBatch
from sanderling.store.rows import actor_table, event_table

CODER = "test-coder 1"


def make_event(i: int, date: dt.date | None, actor: str, recipient: str, doc_id: str) -> Event:
    return Event(
        id=f"{i:016x}",
        doc_id=doc_id,
        sentence_index=i % 2,
        event="AGREE",
        cameo="0332",
        mode="",
        context=("military",),
        quad_code=1,
        goldstein=5.2,
        actor=(Entity(actor, "GOV", f"{actor} government", actor, 0, 5),),
        recipient=(Entity(recipient, "", recipient.title(), recipient, 20, 24),),
        modality="asserted",
        event_text="agreed",
        trigger_start=6,
        trigger_end=12,
        text=f"{actor}\tagreed to help {recipient}.",
        sentence_start=0,
        sentence_end=30,
        date=date,
        location=Location("Bamako", "Bamako", 2460596, 12.65, -8.0, "ML", "08", "PPLC", "place"),
        url=f"https://example.org/{doc_id}",
        coder=CODER,
    )


@pytest.fixture
def small_store(tmp_path: Path) -> Path:
    db = tmp_path / "events.duckdb"
    events = [
        make_event(1, dt.date(2024, 1, 5), "RUS", "MLI", "d1"),
        make_event(2, dt.date(2024, 1, 9), "MLI", "RUS", "d1"),
        make_event(3, dt.date(2024, 3, 2), "FRA", "NER", "d2"),
        make_event(4, None, "NER", "FRA", "d2"),
    ]
    articles = [
        ArticleRow("d1", "h1", "coded", "text one", publication="Wire A", coder=CODER, n_events=2),
        ArticleRow("d2", "h2", "coded", "text two", publication="Wire B", coder=CODER, n_events=2),
        ArticleRow(
            "d3", "h3", "duplicate", "text one copy", publication="Wire C", duplicate_of="d1", duplicate_kind="near"
        ),
    ]
    with Store(db) as store:
        run = store.start_run("test", [], CODER)
        store.write_batch(run, StoreBatch(articles, (), [event_table(events, CODER)], [actor_table(events, CODER)]))
        store.finish_run(run)
    return db
