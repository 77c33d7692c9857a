"""A cached replacement for the model's attribute ruler and rule lemmatizer.

The packaged pipeline assigns POS and morphology from the tagger's fine tags with an
``attribute_ruler`` (a token Matcher over 179 patterns), then lemmas with a rule
lemmatizer. Both are pure functions of a token's (text, tag, dep); run through the
Matcher they cost as much as a third of the tagger+parser time. This component
compiles the ruler's single-token patterns into an ordered rule list, evaluates it
once per distinct (lower, tag, dep) and caches the result, and caches lemmas per
(orth, pos, morph) — the same values at a fraction of the cost. Tokens are read and
written as integer arrays (``to_array``/``from_array``), so no Token object is made
except for a word form seen for the first time. The two multi-token patterns of the
English ruler (colloquial "ain't", "gonna") are not applied. A test checks the output
against the model's own components token by token.
"""

from __future__ import annotations

import re
import struct
from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
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


_KNOWN_LIMIT = 1_000_000  # rows remembered (about 200 MB at most); past it the memory starts again
#: The token attributes the values depend on, read as one row per token.
_READ = [ORTH, LOWER, TAG, DEP, IS_SPACE, POS, MORPH]
#: Three uint64 in native order: a row of the array ``from_array`` is given.
_PACK = struct.Struct("=3Q").pack
#: A token's row of ``_READ`` as one value (read from the array it is bytes).
_ROW = numpy.dtype((numpy.void, 8 * len(_READ)))


def _index_as_sets(lemmatizer: Any) -> None:
    """The rule lemmatizer tests each candidate form for membership of a word index
    that the model ships as a list (57,000 nouns): the same words as a set give the same
    lemmas without the linear scan, which made a first-seen word cost 0.1 ms."""
    tables = getattr(lemmatizer, "lookups", None)
    if tables is None or not tables.has_table("lemma_index"):
        return
    index = tables.get_table("lemma_index")
    for pos in list(index.keys()):
        if isinstance(index[pos], list):
            index[pos] = frozenset(index[pos])


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
        # the rules that set a lemma, with their LOWER tests, filed under the words a test
        # lists ("==", "IN") or else asked of every word: ``possible_lemmas`` runs once
        # per word form met, and walking all the rules cost 0.05 ms a word
        self._lemma_rules_by_word: dict[str, list[tuple[list[Any], str]]] = {}
        self._lemma_rules_any: list[tuple[list[Any], str]] = []
        for tests, attrs in self.rules:
            if "LEMMA" not in attrs:
                continue
            lower_tests = [test for key, test in tests if key == "LOWER" and test is not None]
            rule = (lower_tests, attrs["LEMMA"].lower())
            listed = next((test[0] for test in lower_tests if len(test) == 1 and test[0][0] in ("==", "IN")), None)
            if listed is None:
                self._lemma_rules_any.append(rule)
            else:
                op, arg = listed
                for word in [arg] if op == "==" else arg:
                    self._lemma_rules_by_word.setdefault(word, []).append(rule)
        self._rules_by_tag: dict[str, list[tuple[list[tuple[str, Any]], dict[str, Any]]]] = {}
        self._relevant: dict[int, bool] = {}  # by LOWER hash: does some rule name this word?
        self._hashed: dict[tuple[int, int, int, int], tuple[int, int, int]] = {}
        self._lemmas: dict[tuple[int, int, int], int] = {}  # (ORTH, POS, MORPH) -> LEMMA hash
        self._known: dict[bytes, bytes] = {}  # a token's row of _READ -> its values, packed
        _index_as_sets(lemmatizer)

    def _resolve(self, key: tuple[str, str, str, bool]) -> tuple[str, str, str]:
        lower, tag, dep, is_space = key
        values = {"LOWER": lower, "DEP": dep, "IS_SPACE": is_space}
        pos = morph = lemma = ""
        for tests, attrs in self._rules_of_tag(tag):
            if all(_passes(values[k], test) for k, test in tests):
                pos = attrs.get("POS", pos)
                morph = attrs.get("MORPH", morph)
                lemma = attrs.get("LEMMA", lemma)
        return pos, morph, lemma

    def _rules_of_tag(self, tag: str) -> list[tuple[list[tuple[str, Any]], dict[str, Any]]]:
        """The rules whose TAG tests ``tag`` passes, in order, with their other tests:
        most rules name a tag, so ``_resolve`` (once per new key) walks a few of them."""
        found = self._rules_by_tag.get(tag)
        if found is None:
            found = self._rules_by_tag[tag] = [
                ([(key, test) for key, test in tests if key != "TAG"], attrs)
                for tests, attrs in self.rules
                if all(_passes(tag, test) for key, test in tests if key == "TAG")
            ]
        return found

    def possible_lemmas(self, lower: str) -> frozenset[str]:
        """Every lemma this component could give a word whose lower-case form is
        ``lower``, whatever its tag: the word itself, the lemmatizer's exceptions and
        suffix rules for every part of speech, and lemmas the ruler sets for it."""
        forms = {lower}
        lookups = self.lemmatizer.lookups
        if lookups.has_table("lemma_exc"):
            for exceptions in lookups.get_table("lemma_exc").values():
                forms.update(exceptions.get(lower, ()))
        if lookups.has_table("lemma_rules"):
            for rules in lookups.get_table("lemma_rules").values():
                for old, new in rules:
                    if lower.endswith(old):
                        forms.add(lower[: len(lower) - len(old)] + new)
        for lower_tests, lemma in (*self._lemma_rules_by_word.get(lower, ()), *self._lemma_rules_any):
            if all(_passes(lower, test) for test in lower_tests):
                forms.add(lemma)
        forms.discard("")
        return frozenset(forms)

    def _by_hash(self, key: tuple[int, int, int, int]) -> tuple[int, int, int]:
        """The rule values for a (lower, tag, dep, is_space) key of string hashes, as
        (POS id, MORPH hash, LEMMA hash) with 0 where no rule sets the attribute."""
        strings = self.vocab.strings
        lower_h, tag_h, dep_h, space = key
        lower = strings[lower_h] if lower_h else ""
        pos, morph, lemma = self._resolve((lower, strings[tag_h], strings[dep_h], bool(space)))
        return (
            POS_IDS[pos] if pos else 0,
            self.vocab.morphology.add(morph) if morph else 0,
            strings.add(lemma) if lemma else 0,
        )

    def __call__(self, doc: Doc) -> Doc:
        """Set POS, MORPH and LEMMA on every token with two array passes. The answer is
        a function of a token's whole row of ``_READ``, so each row is read as one
        bytes object (not seven Python ints) and looked up whole; the values are kept
        packed the way ``from_array`` reads them, so the output array is one join."""
        n = len(doc)
        if not n:
            return doc
        array = doc.to_array(_READ)
        rows: list[bytes] = array.view(_ROW).ravel().tolist()  # type: ignore[assignment]
        known = self._known
        if len(known) > _KNOWN_LIMIT:
            known.clear()
        values = list(map(known.get, rows))
        if None in values:  # rows not seen before
            for i, row in enumerate(rows):
                if values[i] is None:
                    found = known.get(row)
                    if found is None:
                        found = known[row] = _PACK(*self._values(doc, i, array[i].tolist()))
                    values[i] = found
        packed = numpy.frombuffer(b"".join(values), dtype=numpy.uint64).reshape(n, 3)  # type: ignore[arg-type]
        doc.from_array([POS, MORPH, LEMMA], packed)  # type: ignore[arg-type]
        return doc

    def _values(self, doc: Doc, i: int, row: list[int]) -> tuple[int, int, int]:
        """The (POS, MORPH, LEMMA) of token ``i``, whose ``_READ`` row is ``row``."""
        strings = self.vocab.strings
        orth, lower_h, tag_h, dep_h, space, pos, morph = row
        named = self._relevant.get(lower_h)
        if named is None:
            lower = strings[lower_h]
            named = self._relevant[lower_h] = lower in self._words or any(r.search(lower) for r in self._word_regexes)
        key = (lower_h if named else 0, tag_h, dep_h, space)
        found = self._hashed.get(key)
        if found is None:
            found = self._hashed[key] = self._by_hash(key)
        rule_pos, rule_morph, lemma = found
        pos = rule_pos or pos
        morph = rule_morph or morph
        if not lemma:
            lkey = (orth, pos, morph)
            lemma = self._lemmas.get(lkey, 0)
            if not lemma:  # first sight of this form: the model's rule lemmatizer decides
                token = doc[i]
                token.pos = pos
                if morph:
                    token.set_morph(morph)  # type: ignore[attr-defined]
                lemma = self._lemmas[lkey] = strings.add(self.lemmatizer.rule_lemmatize(token)[0])
        return pos, morph, lemma


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
