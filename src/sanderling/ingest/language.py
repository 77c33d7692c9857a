"""Language identification (offline, ``py3langid``): only English is coded."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

#: Texts shorter than this are not worth a guess; they are taken as English.
MIN_CHARS = 40
#: A non-English guess below this probability is not trusted.
MIN_PROBABILITY = 0.8
CODED_LANGUAGES = frozenset({"en"})


@dataclass(frozen=True)
class Guess:
    lang: str
    probability: float


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str) -> Guess:
    """The language of ``text`` (ISO 639-1) from its first few thousand characters."""
    sample = text[:4000]
    if len(sample.strip()) < MIN_CHARS:
        return Guess("en", 0.0)
    lang, probability = _identifier().classify(sample)
    return Guess(str(lang), float(probability))


def language_of(text: str, declared: str = "") -> str:
    """The language to treat ``text`` as: a declared one wins, then a confident guess, else English."""
    if declared:
        return declared.lower()[:2]
    guess = detect(text)
    return guess.lang if guess.lang == "en" or guess.probability >= MIN_PROBABILITY else "en"
