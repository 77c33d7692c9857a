"""Event's public behaviour, which its fast paths (``__init__``, ``evolve``) must keep:
frozen, keyword and positional construction with defaults, equality, hashing, and
``evolve`` agreeing with ``dataclasses.replace``."""

from __future__ import annotations

import dataclasses
import datetime as dt
import pickle

import pytest

from sanderling.records import Entity, Event, Location

REQUIRED = {
    "id": "0123456789abcdef",
    "doc_id": "doc",
    "sentence_index": 2,
    "event": "AGREE",
    "cameo": "0332",
    "mode": "",
    "context": ("military",),
    "quad_code": 1,
    "goldstein": 5.2,
    "actor": (Entity("MLI", "GOV", "Mali's government", "MLI", 0, 17),),
    "recipient": (Entity("RUS", "", "Russia", "RUS", 30, 36),),
    "modality": "asserted",
    "event_text": "agreed",
    "trigger_start": 18,
    "trigger_end": 24,
    "text": "Mali's government agreed with Russia.",
    "sentence_start": 0,
    "sentence_end": 37,
}


def make(**changes: object) -> Event:
    return Event(**{**REQUIRED, **changes})  # type: ignore[arg-type]


def test_event_defaults() -> None:
    event = make()
    assert (event.date, event.date_precision, event.date_text) == (None, "", "")
    assert event.location == Location() and event.confidence == 1.0 and event.symmetric is False
    assert (event.url, event.title, event.publication, event.coder, event.coded_date) == ("", "", "", "", "")
    assert make().location is not make().location  # a new Location each, as default_factory gives


def test_event_fields_keep_their_order_and_positional_construction() -> None:
    names = [f.name for f in dataclasses.fields(Event)]
    assert names[:3] == ["id", "doc_id", "sentence_index"] and names[-1] == "coded_date"
    event = make(date=dt.date(2024, 3, 1), coder="c")
    assert Event(*(getattr(event, n) for n in names)) == event
    assert list(vars(event)) == names


def test_event_is_frozen_and_hashable() -> None:
    event = make()
    with pytest.raises(dataclasses.FrozenInstanceError):
        event.modality = "negated"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del event.id  # type: ignore[misc]
    assert make() == event and hash(make()) == hash(event)
    assert make(goldstein=1.0) != event
    assert pickle.loads(pickle.dumps(event)) == event


def test_event_construction_checks_its_arguments() -> None:
    with pytest.raises(TypeError):
        Event(**{**REQUIRED, "colour": "red"})  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Event(**{k: v for k, v in REQUIRED.items() if k != "text"})  # type: ignore[arg-type]


def test_evolve_agrees_with_replace() -> None:
    event = make()
    changes = {
        "modality": "background",
        "date": dt.date(1992, 1, 1),
        "date_precision": "year",
        "date_text": "in 1992",
        "location": Location("Bamako", "Bamako", 2460596, 12.65, -8.0, "MLI", "08", "PPLC", "place"),
    }
    evolved = event.evolve(**changes)
    assert evolved == dataclasses.replace(event, **changes)  # type: ignore[arg-type]
    assert hash(evolved) == hash(dataclasses.replace(event, **changes))  # type: ignore[arg-type]
    assert type(evolved) is Event and evolved.to_plover() == dataclasses.replace(event, **changes).to_plover()  # type: ignore[arg-type]
    assert event == make()  # the original is untouched
    with pytest.raises(dataclasses.FrozenInstanceError):
        evolved.date = None  # type: ignore[misc]


def test_evolve_rejects_unknown_fields() -> None:
    with pytest.raises(TypeError, match="colour"):
        make().evolve(date=None, colour="red")
