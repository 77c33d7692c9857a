"""A small store of hand-made events (no model needed) for the API tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sanderling.records import Entity, Event, Location
from sanderling.store import ArticleRow, Store, StoreBatch
from sanderling.store.rows import actor_table, event_table

CODER = "test-coder 1"
SCRIPT_SENTENCE = "<script>window.__xss = 1</script> Mali thanked Russia for <b>wheat</b>."
PLAIN = "{a} {verb} {b} on Monday."
TYPES = {
    "AGREE": ("0332", 1, 5.2, "agreed with"),
    "COOPERATE": ("061", 2, 6.4, "traded with"),
    "ACCUSE": ("112", 3, -2.0, "accused"),
    "ASSAULT": ("190", 4, -10.0, "attacked"),
}
PLACES = {
    "MLI": Location("Bamako", "Bamako", 2460596, 12.65, -8.0, "MLI", "08", "PPLC", "place"),
    "RUS": Location("Moscow", "Moscow", 524901, 55.75, 37.62, "RUS", "48", "PPLC", "place"),
    "FRA": Location("Paris", "Paris", 2988507, 48.85, 2.35, "FRA", "11", "PPLC", "place"),
}


def make_event(i: int, date: dt.date, actor: str, event: str, recipient: str, text: str = "") -> Event:
    cameo, quad, goldstein, verb = TYPES[event]
    sentence = text or PLAIN.format(a=actor, verb=verb, b=recipient)
    base = 100 + i * 1000  # the sentence's offset in its article
    a_end = sentence.index(" ") if not text else sentence.index("Mali") + 4
    a_start = 0 if not text else sentence.index("Mali")
    trigger = verb if not text else "thanked"
    t_start = sentence.index(trigger)
    r_start = sentence.index(recipient) if not text else sentence.index("Russia")
    r_end = r_start + (len(recipient) if not text else 6)
    return Event(
        id=f"{i:016x}",
        doc_id=f"doc-{i // 2}",
        sentence_index=i % 2,
        event=event,
        cameo=cameo,
        mode="",
        context=(),
        quad_code=quad,
        goldstein=goldstein,
        actor=(Entity(actor, "GOV", sentence[a_start:a_end], actor, base + a_start, base + a_end),),
        recipient=(Entity(recipient, "", sentence[r_start:r_end], recipient, base + r_start, base + r_end),),
        modality="asserted",
        event_text=trigger,
        trigger_start=base + t_start,
        trigger_end=base + t_start + len(trigger),
        text=sentence,
        sentence_start=base,
        sentence_end=base + len(sentence),
        date=date,
        location=PLACES.get(actor, Location()),
        url="javascript:alert(1)" if text else f"https://example.org/{i}",
        title="A <i>title</i>",
        publication="Wire",
        coder=CODER,
    )


def events() -> list[Event]:
    """MLI cools on FRA and warms to RUS over 2021-2024; one sentence carries markup."""
    out: list[Event] = []
    i = 0
    for month in range(0, 48):
        date = dt.date(2021 + month // 12, month % 12 + 1, 10)
        late = month >= 18
        pairs = [
            ("MLI", "COOPERATE" if late else "ACCUSE", "RUS"),
            ("FRA", "AGREE" if not late else "ASSAULT", "MLI"),
        ]
        for actor, event, recipient in pairs:
            out.append(make_event(i, date, actor, event, recipient))
            i += 1
    out.append(make_event(i, dt.date(2024, 6, 1), "MLI", "AGREE", "RUS", text=SCRIPT_SENTENCE))
    return out


def build_store(db: Path) -> Path:
    found = events()
    articles = [
        ArticleRow(doc, f"h-{doc}", "coded", "text", publication="Wire", coder=CODER, n_events=1)
        for doc in sorted({e.doc_id for e in found})
    ]
    with Store(db) as store:
        run = store.start_run("test", [], CODER)
        store.write_batch(run, StoreBatch(articles, (), [event_table(found, CODER)], [actor_table(found, CODER)]))
        store.finish_run(run)
    return db


def script_event_id() -> str:
    return events()[-1].id
