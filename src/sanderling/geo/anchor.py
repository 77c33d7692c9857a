"""An event's place in its parse: its sentence, trigger tokens and governing verb, and
whether a modifier attaches to it. Shared by the geo and dates stages."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Any

from ..nlp.view import view_of
from ..records import Event, ParsedArticle

#: Clause links an event inherits a modifier through ("In Bamako, the junta said it
#: had expelled ..."): the modifier of a governing verb is the event's.
_CLAUSE_DEPS = frozenset({"xcomp", "ccomp", "advcl", "conj", "pcomp", "prep", "pobj"})
_OBJECT_DEPS = ("dobj", "obj", "attr", "nsubjpass")


@dataclass(frozen=True)
class Anchor:
    sent: Any  # spaCy Span
    tokens: tuple[Any, ...]  # the trigger's tokens
    verb: Any  # the verb (or noun) the event lives in
    own: frozenset[int]  # the trigger's tokens and its verb
    governors: frozenset[int]  # governing verbs whose modifiers the event inherits

    def attaches(self, head: Any, inherit: bool = True) -> bool:
        """Whether a modifier whose syntactic head is ``head`` belongs to the event: the
        first verb above it is the event's own (or, with ``inherit``, a verb governing
        the event's clause), or no verb is above it at all."""
        node = head
        for _ in range(12):
            if node.i in self.own:
                return True
            if node.pos_ in ("VERB", "AUX"):
                return inherit and node.i in self.governors
            if node.head.i == node.i:
                return True
            node = node.head
        return False


def sentences(doc: Any, text: str | None = None) -> list[Any]:
    """The sentences of a doc (as ``doc.sents``), from its plain-value view (built once
    per document for the coder, the dates and the geo stage). ``text`` is ``doc.text``
    when the caller has it (``Doc.text`` joins every word on each call)."""
    if doc is None or len(doc) == 0:
        return []
    return view_of(doc, text).sents


def anchor(parsed: ParsedArticle, event: Event, sents: list[Any] | None = None) -> Anchor | None:
    """The event's anchor in ``parsed.doc``, or None if its offsets do not fit the doc.
    Pass ``sentences(parsed.doc)`` as ``sents`` when anchoring many events of one doc."""
    global _anchors
    key = (event.trigger_start, event.trigger_end, parsed.body_offset)
    if _anchors[0] is parsed.doc and key in _anchors[1]:
        return _anchors[1][key]  # the dates stage anchored it, the geo stage asks again
    found = _anchor(parsed, event, sents)
    if _anchors[0] is not parsed.doc:
        _anchors = (parsed.doc, {})
    _anchors[1][key] = found
    return found


_anchors: tuple[Any, dict[tuple[int, int, int], Anchor | None]] = (None, {})  # one doc's anchors


def _anchor(parsed: ParsedArticle, event: Event, sents: list[Any] | None) -> Anchor | None:
    start, end = event.trigger_start - parsed.body_offset, event.trigger_end - parsed.body_offset
    if parsed.doc is None or start < 0 or end > len(parsed.body) or end <= start:
        return None
    doc = view_of(parsed.doc, parsed.body)
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    if sents is None:
        sents = sentences(doc)
    at = bisect.bisect_right([s.start for s in sents], span.start) - 1
    if at < 0:
        return None
    sent = sents[at]
    tokens = tuple(span)
    inside = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    verb = next((t for t in roots if t.pos_ in ("VERB", "AUX")), roots[0] if roots else tokens[0])
    own = set(inside) | {verb.i}
    if verb.pos_ not in ("VERB", "AUX") and verb.dep_ in (*_OBJECT_DEPS, "nsubj") and verb.head.pos_ in ("VERB", "AUX"):
        own.add(verb.head.i)  # "the visit took place in Moscow", "talks were held in Doha"
    governors: set[int] = set()
    node = verb
    for _ in range(8):
        if node.head.i == node.i or node.dep_ not in _CLAUSE_DEPS:
            break
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            governors.add(node.i)
    return Anchor(sent, tokens, verb, frozenset(own), frozenset(governors))
