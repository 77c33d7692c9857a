"""Resolve the noun phrases a parse gives as event arguments to coded actors.

``ArticleActors`` works over one parsed article: it knows every name and role word
in it (from :class:`ActorMatcher`) and resolves a head token to a list of
:class:`Entity` — with modifiers ("Malian junta leader Assimi Goita" → MLI GOV),
compounds ("Mali, Burkina Faso, and Niger"), "of"-phrases ("the foreign ministers of
Mali"), appositions, group anaphora ("the three countries", "both sides") and
pronouns resolved from the text before them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..records import Entity
from .dictionary import ActorDictionary, Reading
from .matcher import Mentions, NameMatch

NUMBERS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
#: Nouns that refer back to a group of states when counted ("the three countries").
GROUP_NOUNS = frozenset(
    "country nation state side government capital member ally neighbour neighbor partner party power "
    "regime junta leader neighbour counterpart".split()
)
#: Nouns that refer back to the last organisation named ("the bloc said").
ORG_NOUNS = frozenset("bloc alliance organisation organization union community confederation body grouping".split())
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
SINGULAR_PRONOUNS = frozenset({"it", "its", "itself"})
PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
#: Sectors that need no state: "gunmen killed ..." is coded UAF.
STATELESS_SECTORS = frozenset({"INS", "REB", "UAF", "CRM", "CVL", "REF", "MED", "NGO", "HRI", "REL", "LAB", "AGR", "BUS", "OPP", "EDU", "HLH"})
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss", "npadvmod", "nummod", "det", "flat"})
OWNER_PREPS = frozenset({"of", "from"})
PLACE_PREPS = frozenset({"in", "near", "across", "outside", "around", "throughout", "inside"})
EMBEDDING_VERBS = frozenset({"comprise", "include", "involve", "represent", "contain"})
STATE_KINDS = frozenset({"state", "demonym", "capital", "seat"})


class ArticleActors:
    def __init__(
        self,
        doc: Any,
        mentions: Mentions,
        dictionary: ActorDictionary,
        date: dt.date | None,
        offset: int = 0,
        default_country: str = "",
    ) -> None:
        self.doc = doc
        self.mentions = mentions
        self.dictionary = dictionary
        self.date = date
        self.offset = offset
        self.default_country = default_country
        self._cache: dict[int, tuple[Entity, ...]] = {}
        self._busy: set[int] = set()

    # -- public -------------------------------------------------------------------

    def entities(self, token: Any) -> list[Entity]:
        """Actors a head token refers to, with its conjuncts; [] if none."""
        key = token.i
        if key in self._cache:
            return list(self._cache[key])
        if key in self._busy:
            return []
        self._busy.add(key)
        try:
            out: list[Entity] = []
            for head in _conjuncts(token):
                out.extend(self._single(head))
            out.extend(self._group_span(token, out))
            result = tuple(_dedupe(out))
        finally:
            self._busy.discard(key)
        self._cache[key] = result
        return list(result)

    def place_states(self, token: Any) -> list[Entity]:
        """States of a place phrase ("in Moscow" → RUS) for visits and locations."""
        out = []
        for head in _conjuncts(token):
            match = self.mentions.names.get(head.i)
            if match and match.best.kind in STATE_KINDS:
                out.append(self._entity(match.best.code, "", match.best.code, match))
        return out

    def context_country(self, token: Any) -> str:
        """The state a stateless group acts in: a state named as a place in its
        sentence ("in Kaduna, Nigeria"), else the dateline's."""
        sent = token.sent
        for t in sent:
            if t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPS:
                for head in [t, *(c for c in t.children if c.dep_ in ("appos", "conj", "poss", "compound"))]:
                    match = self.mentions.names.get(head.i)
                    if match and match.best.kind in ("state", "capital"):
                        return match.best.code
                for c in t.subtree:
                    match = self.mentions.names.get(c.i)
                    if match and match.best.kind == "state":
                        return match.best.code
        return self.default_country

    def object_owners(self, token: Any) -> list[Entity]:
        """States or organisations a non-actor noun belongs to, for recipients:
        "EU demands" → EU, "Afghanistan's Paktika province" → AFG,
        "the agreement between Iran and Saudi Arabia" → IRN, SAU."""
        out: list[Entity] = []
        for child in token.children:
            if child.dep_ in ("poss", "compound", "amod", "nmod"):
                if child.pos_ == "PRON":
                    continue
                match = self.mentions.names.get(child.i)
                if match and match.best.kind in STATE_KINDS | {"igo", "group", "person"}:
                    out.extend(self.entities(child))
            elif child.dep_ == "prep" and child.lower_ in ("between", "of", "by"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        out.extend(e for e in self.entities(pobj) if e.code)
        return _dedupe(out)

    def unknown_names(self, token: Any) -> list[Entity]:
        """Proper names the dictionaries lack, kept with an empty code."""
        if token.pos_ != "PROPN" or token.i in self.mentions.names:
            return []
        parts = [t for t in token.lefts if t.dep_ in ("compound", "flat") and t.pos_ == "PROPN"] + [token]
        start, end = parts[0].idx, token.idx + len(token.text)
        text = self.doc.text[start:end]
        return [Entity("", "", text, "", start + self.offset, end + self.offset)]

    # -- resolution of one head -------------------------------------------------

    def _single(self, tok: Any) -> list[Entity]:
        match = self.mentions.names.get(tok.i)
        role = self.mentions.roles.get(tok.i)
        if match is not None and role is None:
            return self._from_name(tok, match)
        lower = tok.lower_
        if tok.dep_ in ("nsubj", "nsubjpass") and lower in RELATIVE_PRONOUNS and tok.head.dep_ == "relcl":
            return self.entities(tok.head.head)
        if tok.pos_ == "PRON" or lower in PLURAL_PRONOUNS | SINGULAR_PRONOUNS:
            return self._pronoun(tok)
        sector = role.sector if role else self._title_sector(tok)
        owners = self._owners(tok)
        if owners:
            return [self._entity(code, sector or base_sector, country, span) for code, base_sector, country, span in owners]
        count = _count(tok)
        if count and (role or tok.lemma_.lower() in GROUP_NOUNS):
            group = self._group_before(tok, count)
            if group:
                return [self._entity(r.code, sector, r.country, m) for m, r in group]
        if not role and tok.lemma_.lower() in ORG_NOUNS and _definite(tok):
            org = self._last_org(tok)
            if org:
                return [self._entity(org.best.code, "", "", org)]
        if role:
            if sector in STATELESS_SECTORS:
                country = self.context_country(tok)
                if country:
                    return [self._entity(country, sector, country, None, tok)]
                return [self._entity(sector, sector, "", None, tok)]
            if _definite(tok) or tok.tag_ in ("NNS", "NNPS"):
                country = self.context_country(tok)  # "the army", "soldiers were deployed"
                if country:
                    return [self._entity(country, sector, country, None, tok)]
            return []
        return self.unknown_names(tok)

    def _from_name(self, tok: Any, match: NameMatch) -> list[Entity]:
        reading = match.best
        code, sector, country = self._reading(reading)
        role_sector = self._modifier_role(tok)
        if reading.kind == "demonym":
            # a bare demonym as a noun ("Malians") is the population
            sector = role_sector or "CVL"
        elif role_sector and reading.kind in ("state", "igo", "capital", "seat"):
            sector = role_sector
        return [self._entity(code, sector, country, match)]

    def _reading(self, reading: Reading) -> tuple[str, str, str]:
        if reading.kind == "person":
            code, sector = self.dictionary.person_on(reading.key, self.date)
            return code, sector, code if len(code) == 3 else ""
        if reading.kind == "group":
            code, sector = self.dictionary.group_on(reading.key, self.date)
            return code, sector, reading.country
        return reading.code, reading.sector, reading.country

    def _modifier_role(self, tok: Any) -> str:
        for child in tok.lefts:
            role = self.mentions.roles.get(child.i)
            if role and child.dep_ in MODIFIER_DEPS:
                return role.sector
        return ""

    def _title_sector(self, tok: Any) -> str:
        """Sector from a title before an unknown name ("Defence Minister Sadio Camara")."""
        if tok.pos_ != "PROPN":
            return ""
        return self._modifier_role(tok)

    def _owners(self, tok: Any) -> list[tuple[str, str, str, NameMatch | None]]:
        """States/organisations a role noun belongs to, from its modifiers and 'of' phrases."""
        out: list[tuple[str, str, str, NameMatch | None]] = []
        for child in tok.children:
            dep = child.dep_
            if dep in MODIFIER_DEPS or (dep == "appos"):
                for t in child.subtree if dep != "appos" else [child]:
                    match = self.mentions.names.get(t.i)
                    if match and t.i == match.end - 1:
                        code, sector, country = self._reading(match.best)
                        out.append((code, sector, country, match))
                if not out and child.pos_ == "PRON" and dep == "poss":
                    for e in self._pronoun(child):
                        out.append((e.code, "", e.country, None))
            elif dep == "prep" and child.lower_ in OWNER_PREPS:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        out.extend((e.code, e.sector, e.country, None) for e in self.entities(pobj) if e.code)
            elif dep == "acl" and child.lemma_ in EMBEDDING_VERBS:
                for obj in child.children:
                    if obj.dep_ == "dobj":
                        out.extend((e.code, "", e.country, None) for e in self.entities(obj) if e.code)
        # a name just before the head that the parser attached elsewhere ("Russian foreign minister")
        if not out:
            prev = self.doc[tok.i - 1] if tok.i > 0 else None
            while prev is not None and prev.i in self.mentions.role_tokens and prev.i > 0:
                prev = self.doc[prev.i - 1]
            if prev is not None:
                match = self.mentions.names.get(prev.i)
                if match and match.best.kind in STATE_KINDS | {"igo"} and match.end == prev.i + 1:
                    code, sector, country = self._reading(match.best)
                    out.append((code, sector, country, match))
        return out

    def _group_span(self, token: Any, found: list[Entity]) -> list[Entity]:
        """Members of a coordinated list whose parse broke the conj chain."""
        match = self.mentions.names.get(token.i)
        if match is None:
            return []
        for group in self.mentions.groups:
            if group.start <= token.i < group.end and len(found) < group.size:
                return [self._entity(*self._reading(m.best), m) for m in group.matches]
        return []

    # -- anaphora ---------------------------------------------------------------

    def _group_before(self, tok: Any, count: int) -> list[tuple[NameMatch, Reading]]:
        start = tok.left_edge.i
        for group in reversed(self.mentions.groups):
            if group.end <= start and group.size == count:
                return [(m, m.best) for m in group.matches]
        return []

    def _last_org(self, tok: Any) -> NameMatch | None:
        for match in reversed(self.mentions.name_list):
            if match.end <= tok.i and match.best.kind == "igo":
                return match
        return None

    def _pronoun(self, tok: Any) -> list[Entity]:
        lower = tok.lower_
        # "X said it would ..." — the subject of the reporting verb
        clause = tok.head
        if tok.dep_ in ("nsubj", "nsubjpass") and clause.dep_ == "ccomp":
            for subj in clause.head.children:
                if subj.dep_ == "nsubj" and subj.i != tok.i:
                    found = self.entities(subj)
                    if found and (lower not in PLURAL_PRONOUNS or len(found) > 1 or lower in SINGULAR_PRONOUNS):
                        return found
        if lower in PLURAL_PRONOUNS:
            for group in reversed(self.mentions.groups):
                if group.end <= tok.i:
                    return [self._entity(*self._reading(m.best), m) for m in group.matches]
            return []
        if lower in SINGULAR_PRONOUNS:
            for match in reversed(self.mentions.name_list):
                if match.end <= tok.i and match.best.kind in ("state", "igo", "capital", "seat"):
                    if not any(g.start <= match.start < g.end for g in self.mentions.groups):
                        return [self._entity(*self._reading(match.best), match)]
            return []
        if lower in PERSON_PRONOUNS:
            for match in reversed(self.mentions.name_list):
                if match.end <= tok.i and match.best.kind == "person":
                    return [self._entity(*self._reading(match.best), match)]
        return []

    # -- helpers ------------------------------------------------------------------

    def _entity(self, code: str, sector: str, country: str, match: NameMatch | None, tok: Any = None) -> Entity:
        if match is not None:
            start, end = self.doc[match.start].idx, self.doc[match.end - 1].idx + len(self.doc[match.end - 1].text)
        elif tok is not None:
            start, end = tok.left_edge.idx, tok.idx + len(tok.text)
        else:
            start = end = -1
        text = self.doc.text[start:end] if start >= 0 else ""
        if start >= 0:
            start, end = start + self.offset, end + self.offset
        if sector == code:
            country = ""
        return Entity(code=code, sector=sector, entity_text=text, country=country, start=start, end=end)


def _conjuncts(token: Any) -> list[Any]:
    out = [token]
    stack = [token]
    while stack:
        t = stack.pop()
        for child in t.children:
            if child.dep_ in ("conj", "appos") and child.pos_ in ("PROPN", "NOUN", "PRON"):
                if child.dep_ == "appos" and child.pos_ == "NOUN":
                    continue
                out.append(child)
                stack.append(child)
    return out


def _count(tok: Any) -> int:
    for child in tok.lefts:
        if child.dep_ in ("nummod", "det", "predet", "quantmod") and child.lower_ in NUMBERS:
            return NUMBERS[child.lower_]
        if child.dep_ == "nummod" and child.text.isdigit():
            return int(child.text)
    return 0


def _definite(tok: Any) -> bool:
    return any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "these", "that", "those", "its", "their") for c in tok.lefts)


def _dedupe(entities: list[Entity]) -> list[Entity]:
    seen: set[tuple[str, str]] = set()
    out = []
    for e in entities:
        key = (e.code, e.sector) if e.code else ("", e.entity_text)
        if key not in seen:
            seen.add(key)
            out.append(e)
    # a state named both bare and with a sector: keep the more specific
    codes_with_sector = {e.code for e in out if e.sector}
    return [e for e in out if e.sector or e.code not in codes_with_sector or not e.code]
