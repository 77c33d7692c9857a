"""The coder against the team's own gold sentences (tests/data/gold_*.jsonl).

``gold_dev`` is what the lexicon is developed on; ``gold_test`` is held out from
development and measures generalisation. The floors are set a little under the
measured scores (see the closing notes of the coder issues) so that a regression
fails the build.
"""

from __future__ import annotations

import json
from collections import Counter

import pytest

from sanderling.coding.evaluate import evaluate, read_gold
from sanderling.ontology import PLOVER_TYPES
from sanderling.records import Article

from ..conftest import DATA

pytestmark = pytest.mark.model

FLOORS = {
    # file: (event-type F1, triple F1)
    # measured 2026-11-29 (accuracy branch): dev 0.823 / 0.713, held-out test 0.741 / 0.544
    # measured 2026-11-29 on main after both rounds: dev 0.832 / 0.733, held-out test 0.743 / 0.555
    # measured 2026-11-29 (args3, dev grown to 394 sentences with 134 argument cases): dev 0.826 / 0.782
    # measured 2026-11-29 (events3, dev grown to 335 sentences): dev 0.878 / 0.798
    "gold_dev.jsonl": (0.86, 0.78),
    "gold_test.jsonl": (0.72, 0.52),
}


def _report(pipeline, name):
    records = read_gold(DATA / name)
    return records, evaluate(records, lambda r: pipeline.code_article(Article(id=r.id, text=r.text, date=r.date)))


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_gold_scores_stay_above_their_floors(pipeline, name):
    _, report = _report(pipeline, name)
    event_floor, triple_floor = FLOORS[name]
    assert report.levels["event"].f1 >= event_floor, report.as_dict()["overall"]
    assert report.levels["triple"].f1 >= triple_floor, report.as_dict()["overall"]


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_gold_set_covers_every_plover_type_and_no_event_sentences(name):
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    types = Counter(e["event"] for r in records for e in r["events"])
    assert len(records) >= 200
    assert all(types[t] >= 15 for t in PLOVER_TYPES), types
    assert sum(1 for r in records if not r["events"]) >= 40


def test_gold_no_event_sentences_mostly_stay_empty(pipeline):
    records = [r for r in read_gold(DATA / "gold_dev.jsonl") if not r.events]
    false_alarms = sum(
        1 for r in records if any(e.counts for e in pipeline.code_article(Article(id=r.id, text=r.text, date=r.date)))
    )
    assert false_alarms / len(records) <= 0.35, false_alarms


#: Sentences coded exactly (every gold event found with its source and target, and no
#: event that happened beyond them); measured 2026-11-29 (accuracy branch): dev 158/260, test 124/260;
#: (events3) dev 238/335.
EXACT_FLOORS = {"gold_dev.jsonl": 0.69, "gold_test.jsonl": 0.45}


@pytest.mark.parametrize("name", sorted(EXACT_FLOORS))
def test_gold_sentences_coded_exactly_stay_above_their_floor(pipeline, name):
    _, report = _report(pipeline, name)
    exact = (report.sentences - len(report.errors)) / report.sentences
    assert exact >= EXACT_FLOORS[name], f"{exact:.3f} of {name} sentences coded exactly"
