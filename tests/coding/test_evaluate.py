"""Scoring against gold records: what is counted, and how bad gold files are reported."""

from __future__ import annotations

import json

import pytest

from sanderling.coding.evaluate import evaluate, read_gold
from sanderling.errors import InputError


def _write(tmp_path, records):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


def test_gold_events_that_did_not_happen_are_not_counted(tmp_path):
    record = {
        "id": "1",
        "text": "Chad expelled the envoy but did not close the embassy.",
        "date": "2024-01-02",
        "events": [
            {"actor": ["TCD"], "recipient": ["FRA"], "event": "SANCTION", "cameo": "1663", "modality": "asserted"},
            {"actor": ["TCD"], "recipient": ["FRA"], "event": "REDUCE", "cameo": "164", "modality": "negated"},
            {"actor": ["TCD"], "recipient": ["FRA"], "event": "SANCTION", "cameo": "16", "modality": "hypothetical"},
        ],
    }
    [gold] = read_gold(_write(tmp_path, [record]))
    assert [(e.event, e.cameo) for e in gold.events] == [("SANCTION", "1663")]
    report = evaluate([gold], lambda r: [])
    assert (report.levels["event"].tp, report.levels["event"].fn) == (0, 1)


def test_a_gold_line_that_is_not_a_record_is_named_by_file_and_line(tmp_path):
    path = _write(tmp_path, [{"id": "1", "text": "Ghana praised Togo.", "events": []}])
    path.write_text(path.read_text(encoding="utf-8") + "{not json\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_gold(path)
    assert caught.value.source == str(path) and caught.value.line == 2
    assert str(caught.value).startswith(f"{path}:2: not a gold record")


def _event(actor, recipient, symmetric=False, event="PROTEST", cameo="141"):
    from sanderling.records import Entity, Event

    def side(codes):
        return tuple(Entity(c, "", c, c, -1, -1) for c in codes)

    return Event(
        id="e", doc_id="1", sentence_index=0, event=event, cameo=cameo, mode="", context=(), quad_code=3,
        goldstein=-6.5, actor=side(actor), recipient=side(recipient), modality="asserted", event_text="",
        trigger_start=0, trigger_end=0, text="", sentence_start=0, sentence_end=0, symmetric=symmetric,
    )  # fmt: skip


def test_a_domestic_event_without_its_target_is_not_a_triple_match(tmp_path):
    record = {
        "id": "1",
        "text": "Venezuela's opposition protested against the government.",
        "date": "2024-07-30",
        "events": [{"actor": ["VEN"], "recipient": ["VEN"], "event": "PROTEST", "cameo": "141"}],
    }
    [gold] = read_gold(_write(tmp_path, [record]))
    missing = evaluate([gold], lambda r: [_event(["VEN"], [])])
    assert (missing.levels["event"].tp, missing.levels["triple"].tp) == (1, 0)
    found = evaluate([gold], lambda r: [_event(["VEN"], ["VEN"])])
    assert found.levels["triple"].tp == 1


def test_a_symmetric_event_matches_with_its_sides_swapped(tmp_path):
    record = {
        "id": "1",
        "text": "Kenya and Somalia held talks.",
        "date": "2024-07-30",
        "events": [{"actor": ["KEN", "SOM"], "recipient": ["KEN", "SOM"], "event": "CONSULT", "cameo": "040"}],
    }
    [gold] = read_gold(_write(tmp_path, [record]))
    assert evaluate([gold], lambda r: [_event(["SOM"], ["KEN"], True, "CONSULT", "040")]).levels["triple"].tp == 1
