"""Place mentions in a parsed sentence: proper names after locative prepositions ("in
Bamako", "outside Kidal"), through area nouns ("the outskirts of Gao", "the Kidal
region", "near the border with Niger"), and as objects of place verbs ("visited Moscow").
The cue words are data (``data/cues.yaml``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .._data import load_yaml_records, package_file

KINDS = (
    "locative_preps",
    "motion_preps",
    "motion_heads",
    "place_verbs",
    "area_nouns",
    "border_nouns",
    "dateline_verbs",
    "dateline_types",
    "target_types",
    "not_places",
)


@dataclass(frozen=True)
class Cues:
    locative: frozenset[str]
    motion: frozenset[str]
    motion_heads: frozenset[str]
    place_verbs: frozenset[str]
    area_nouns: frozenset[str]
    border_nouns: frozenset[str]
    dateline_verbs: frozenset[str]
    dateline_types: frozenset[str]
    target_types: frozenset[str]
    not_places: frozenset[str]


@lru_cache(maxsize=1)
def cues() -> Cues:
    """The packaged cue words, validated."""
    words: dict[str, set[str]] = {k: set() for k in KINDS}
    for entry in load_yaml_records(package_file("sanderling.geo.data", "cues.yaml")):
        kind = entry.get("kind")
        if kind not in words:
            raise entry.fail(f"unknown kind {kind!r}", f"use one of {', '.join(KINDS)}")
        values = entry.get("words")
        if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
            raise entry.fail("words must be a list of non-empty strings", "write words: [in, at, near]")
        words[str(kind)].update(
            v.strip() if kind in ("dateline_types", "target_types") else v.strip().lower() for v in values
        )
    return Cues(*(frozenset(words[k]) for k in KINDS))


@dataclass(frozen=True)
class Mention:
    """A place name in a sentence and how it relates to the clause around it."""

    text: str  # the name as written ("Burkina Faso")
    start: int  # character offsets in the doc
    end: int
    kind: str  # "locative", "motion" or "object"
    governor: Any  # the token the place phrase modifies
    phrase: str = ""  # the whole phrase when it differs ("the border with Niger")
    border: bool = False  # a neighbour named through "border"
    qualifier: str = ""  # ", Idaho" in "Moscow, Idaho"
    longer: str = ""  # a longer reading ("Democratic Republic of the Congo")


def _is_name(tok: Any) -> bool:
    return tok.pos_ == "PROPN" or (
        tok.text[:1].isupper() and tok.pos_ in ("NOUN", "ADJ", "X") and not tok.is_sent_start
    )


def _name_span(tok: Any) -> tuple[int, int]:
    """Token range [first, last] of the proper name headed by ``tok``."""
    first = tok.i
    for left in reversed(list(tok.lefts)):
        if left.i == first - 1 and left.dep_ in ("compound", "flat", "nmod", "amod") and _is_name(left):
            first = left.i
        elif left.i == first - 1 and left.text == "-" and left.i > 0 and _is_name(tok.doc[left.i - 1]):
            first = left.i - 1
    last = tok.i
    doc = tok.doc
    # "Guinea-Bissau", "Port-au-Prince" split by the tokenizer
    while (
        last + 2 < len(doc)
        and doc[last + 1].text == "-"
        and doc[last + 1].whitespace_ == ""
        and doc[last + 2].text[:1].isalpha()
    ):
        last += 2
    return first, last


def _qualifier(doc: Any, last: int) -> tuple[str, int]:
    """ ", Idaho" or "in Lebanon" after a name: the qualifier and its last token index."""
    if last + 2 < len(doc) and doc[last + 1].lower_ in (",", "in") and _is_name(doc[last + 2]):
        end = last + 2
        while (
            end + 1 < len(doc)
            and _is_name(doc[end + 1])
            and doc[end + 1].dep_ in ("compound", "flat", "appos", "npadvmod", "pobj")
            and doc[end + 1].i - end == 1
        ):
            end += 1
        return doc[last + 2 : end + 1].text, end
    return "", last


def _of_extension(tok: Any, last: int) -> str:
    """ "Republic of the Congo": the name continued through "of"."""
    doc = tok.doc
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i == last + 1:
            for pobj in child.children:
                if pobj.dep_ == "pobj" and _is_name(pobj):
                    first = _name_span(tok)[0]
                    return doc[first : pobj.i + 1].text
    return ""


def _mentions_of(
    tok: Any,
    kind: str,
    governor: Any,
    c: Cues,
    out: list[Mention],
    taken: set[int],
    phrase: str = "",
    border: bool = False,
) -> None:
    doc = tok.doc
    if _is_name(tok):
        for node in [tok, *(x for x in tok.children if x.dep_ == "conj" and _is_name(x))]:
            if node.i in taken:
                continue
            first, last = _name_span(node)
            qualifier, q_end = _qualifier(doc, last)
            taken.update(range(first, q_end + 1))
            start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
            text = doc[first : last + 1].text
            if text.lower().removeprefix("the ") in c.not_places:
                continue
            out.append(Mention(text, start, end, kind, governor, phrase, border, qualifier, _of_extension(node, last)))
        return
    lemma = tok.lemma_.lower()
    if lemma not in c.area_nouns and tok.lower_ not in c.area_nouns:
        return
    border = lemma in c.border_nouns or tok.lower_ in c.border_nouns
    for child in tok.children:
        if child.dep_ in ("compound", "poss", "appos", "nmod") and _is_name(child):
            _mentions_of(child, kind, governor, c, out, taken, phrase or _phrase(tok), border)
        elif child.dep_ == "prep" and child.lower_ in ("of", "with"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    _mentions_of(pobj, kind, governor, c, out, taken, phrase or _phrase(tok), border)


def _moves(head: Any, c: Cues) -> bool:
    return head.lemma_.lower() in c.motion_heads or head.lower_ in c.motion_heads


def _area_adverb(tok: Any, c: Cues) -> bool:
    return tok.dep_ in ("advmod", "npadvmod", "amod", "acomp") and tok.lower_ in c.area_nouns


def _phrase(tok: Any) -> str:
    sub = list(tok.subtree)
    return tok.doc[sub[0].i : sub[-1].i + 1].text


def _objects(sent: Any) -> list[Any]:
    """The sentence's prepositional and direct objects, the only words a place mention
    can hang from."""
    return [t for t in sent if t.dep_ in _OBJECT_LABELS]


_OBJECT_LABELS = frozenset({"pobj", "dobj", "obj"})


def mentions(sent: Any, c: Cues | None = None) -> list[Mention]:
    """Place mentions of a sentence (a spaCy Span), in text order."""
    c = c or cues()
    out: list[Mention] = []
    taken: set[int] = set()
    for tok in _objects(sent):
        if tok.i in taken:
            continue
        if tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "advmod", "agent"):
            word = tok.head.lower_
            kind = (
                "locative" if word in c.locative else "motion" if word in c.motion and _moves(tok.head.head, c) else ""
            )
            if kind:
                _mentions_of(tok, kind, tok.head.head, c, out, taken)
            elif word == "of" and _area_adverb(tok.head.head, c):  # "10 km north of Gao"
                _mentions_of(tok, "locative", tok.head.head.head, c, out, taken, _phrase(tok.head.head))
        elif tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() in c.place_verbs:
            _mentions_of(tok, "object", tok.head, c, out, taken)
    out.sort(key=lambda m: m.start)
    return out
