"""A cached replacement for the model's attribute ruler and rule lemmatizer.

The packaged pipeline assigns POS and morphology from the tagger's fine tags with an
``attribute_ruler`` (a token Matcher over 179 patterns), then lemmas with a rule
lemmatizer. Both are pure functions of a token's (text, tag, dep); run through the
Matcher they cost as much as a third of the tagger+parser time. This component
compiles the ruler's single-token patterns into an ordered rule list, evaluates it
once per distinct (lower, tag, dep) and caches the result, and caches lemmas per
(orth, pos, morph) — the same values at a fraction of the cost. The two multi-token
patterns of the English ruler (colloquial "ain't", "gonna") are not applied.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

_KEYS = {"TAG", "LOWER", "DEP", "IS_SPACE"}


def _value_test(spec: Any) -> tuple[tuple[str, Any], ...] | None:
    """A picklable test: ((op, arg), ...) with op in ==, IN, NOT_IN, REGEX."""
    if not isinstance(spec, dict):
        return (("==", spec),)
    tests: list[tuple[str, Any]] = []
    for op, arg in spec.items():
        if op in ("IN", "NOT_IN"):
            tests.append((op, frozenset(arg)))
        elif op == "REGEX":
            tests.append((op, re.compile(arg)))
        else:
            return None  # other operators are not compiled
    return tuple(tests)


def _passes(value: Any, tests: tuple[tuple[str, Any], ...]) -> bool:
    for op, arg in tests:
        if op == "==":
            ok = value == arg
        elif op == "IN":
            ok = value in arg
        elif op == "NOT_IN":
            ok = value not in arg
        else:
            ok = isinstance(value, str) and arg.search(value) is not None
        if not ok:
            return False
    return True


class FastAttributes:
    def __init__(self, nlp: Language, ruler: Any, lemmatizer: Any) -> None:
        self.vocab = nlp.vocab
        self.lemmatizer = lemmatizer
        self.rules: list[tuple[list[tuple[str, Any]], dict[str, Any]]] = []  # [(key, tests)], attrs
        for pattern in ruler.patterns:
            for tokens in pattern["patterns"]:
                if len(tokens) != 1 or not set(tokens[0]) <= _KEYS:
                    continue
                tests = [(key, _value_test(spec)) for key, spec in tokens[0].items()]
                if any(test is None for _, test in tests):
                    continue
                self.rules.append((tests, dict(pattern["attrs"])))
        self._attrs: dict[tuple[str, str, str, bool], tuple[str, str, str]] = {}
        # only words some rule names need their own cache entry; the rest share (tag, dep)
        self._words: set[str] = set()
        self._word_regexes: list[Any] = []
        for tests, _attrs in self.rules:
            for key, test in tests:
                if key == "LOWER":
                    for op, arg in test or ():
                        if op in ("==", "IN"):
                            self._words |= {arg} if op == "==" else set(arg)
                        elif op == "REGEX":
                            self._word_regexes.append(arg)
                        else:  # NOT_IN: every word may matter
                            self._word_regexes.append(re.compile(""))
        self._relevant: dict[str, bool] = {}
        self._lemmas: dict[tuple[int, str, str], str] = {}

    def _resolve(self, key: tuple[str, str, str, bool]) -> tuple[str, str, str]:
        lower, tag, dep, is_space = key
        values = {"LOWER": lower, "TAG": tag, "DEP": dep, "IS_SPACE": is_space}
        pos = morph = lemma = ""
        for tests, attrs in self.rules:
            if all(_passes(values[k], test) for k, test in tests):
                pos = attrs.get("POS", pos)
                morph = attrs.get("MORPH", morph)
                lemma = attrs.get("LEMMA", lemma)
        return pos, morph, lemma

    def __call__(self, doc: Doc) -> Doc:
        attrs, lemmas = self._attrs, self._lemmas
        relevant, words = self._relevant, self._words
        for token in doc:
            lower = token.lower_
            named = relevant.get(lower)
            if named is None:
                named = relevant[lower] = lower in words or any(r.search(lower) for r in self._word_regexes)
            key = (lower if named else "", token.tag_, token.dep_, token.is_space)
            found = attrs.get(key)
            if found is None:
                found = attrs[key] = self._resolve(key)
            pos, morph, lemma = found
            if pos:
                token.pos_ = pos
            if morph:
                token.set_morph(morph)  # type: ignore[attr-defined]
            if lemma:
                token.lemma_ = lemma
                continue
            lkey = (token.orth, token.pos_, morph)
            cached = lemmas.get(lkey)
            if cached is None:
                cached = lemmas[lkey] = self.lemmatizer.rule_lemmatize(token)[0]
            token.lemma_ = cached
        return doc


@Language.factory("sanderling_attributes")
def _make(nlp: Language, name: str) -> FastAttributes:
    return FastAttributes(nlp, nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer"))


def install(nlp: Language) -> Language:
    """Replace attribute_ruler + lemmatizer in ``nlp`` with the cached component."""
    if "attribute_ruler" not in nlp.pipe_names or "lemmatizer" not in nlp.pipe_names:
        return nlp
    nlp.add_pipe("sanderling_attributes", last=True)
    nlp.disable_pipes("attribute_ruler", "lemmatizer")
    return nlp
