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
