"""The cached attribute component must give exactly what the model's own attribute
ruler and lemmatizer give."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sanderling.nlp.pipeline import MODEL, _import_spacy, load_nlp

GOLD = Path(__file__).resolve().parents[1] / "data" / "gold_dev.jsonl"


@pytest.fixture(scope="module")
def texts() -> list[str]:
    lines = GOLD.read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()]


def _attrs(docs) -> list[list[tuple[str, str, str]]]:
    return [[(t.pos_, str(t.morph), t.lemma_) for t in doc] for doc in docs]


def test_fast_attributes_equal_the_models_ruler_and_lemmatizer(texts):
    spacy = _import_spacy()
    reference = spacy.load(MODEL, exclude=["ner"])
    ours = load_nlp()
    assert "sanderling_attributes" in ours.pipe_names
    # the same tokenizer for both, so that only the attribute components differ
    reference.tokenizer = ours.tokenizer
    expected = _attrs(reference.pipe(texts))
    got = _attrs(ours.pipe(texts))
    mismatches = [
        (text, a, b)
        for text, doc_a, doc_b in zip(texts, expected, got, strict=True)
        for a, b in zip(doc_a, doc_b, strict=True)
        if a != b
    ]
    assert mismatches == []
    assert sum(len(d) for d in got) > 4000


def test_fast_attributes_handle_an_empty_text():
    doc = load_nlp()("")
    assert len(doc) == 0
