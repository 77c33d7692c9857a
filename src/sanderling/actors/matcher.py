"""Find dictionary names and role words in a parsed document.

Names are matched case-sensitively on token texts (longest match first), role words
case-insensitively; both are plain dictionary look-ups over token tuples, which runs
at millions of tokens per second and needs no NER.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from .._calendar import MONTHS, WEEKDAYS
from ..nlp.view import StringTable
from .dictionary import KIND_ORDER, ActorDictionary, Reading

#: Tokens that join the members of a coordinated group ("Mali, Burkina Faso, and Niger").
GROUP_JOINERS = frozenset({",", "and", "&", "as well as", "or"})
GROUP_KINDS = frozenset({"state", "igo", "capital", "person"})
#: Joiners of a run that do not coordinate by themselves.
COMMAS = frozenset({",", ", the"})
#: How many documents' mentions ``ActorMatcher.find`` keeps: more than a parse batch.
_RECENT = 1024
#: Capitalised words that are no name: "on Friday", "in March".
_CALENDAR_WORDS = frozenset(MONTHS + WEEKDAYS)


@dataclass(frozen=True)
class NameMatch:
    start: int  # token indices, end exclusive
    end: int
    readings: tuple[Reading, ...]

    @property
    def best(self) -> Reading:
        return self.readings[0]


@dataclass(frozen=True)
class RoleMatch:
    start: int
    end: int
    sector: str


@dataclass(frozen=True)
class Group:
    """A coordinated list of actors named in the text."""

    start: int
    end: int
    matches: tuple[NameMatch, ...]

    @property
    def size(self) -> int:
        return len({m.best.code for m in self.matches})


@dataclass
class Mentions:
    names: dict[int, NameMatch]  # every token index inside a name match -> the match
    roles: dict[int, RoleMatch]  # the last (head) token of a role phrase -> the match
    role_tokens: set[int]
    groups: list[Group]
    name_list: list[NameMatch]


class ActorMatcher:
    def __init__(self, dictionary: ActorDictionary, tokenize: Callable[[Iterable[str]], Iterable[Any]]) -> None:
        self.dictionary = dictionary
        # a one-word name of letters is its own token: only the others need the tokenizer
        # (the dictionary holds thousands of city names)
        surfaces = [s for s in dictionary.names if not s.isalpha()]
        keys = [(s,) for s in dictionary.names if s.isalpha()]
        keys += [tuple(t.text for t in doc) for doc in tokenize(surfaces)]
        self.names: dict[tuple[str, ...], tuple[Reading, ...]] = {}
        for surface, key in zip([s for s in dictionary.names if s.isalpha()] + surfaces, keys, strict=True):
            readings = sorted(dictionary.names[surface], key=lambda r: KIND_ORDER.index(r.kind))
            self.names[key] = tuple(readings)
        roles = list(dictionary.roles)
        self.roles: dict[tuple[str, ...], str] = {}
        for role, doc in zip(roles, tokenize(roles), strict=True):
            self.roles[tuple(t.text.lower() for t in doc)] = dictionary.roles[role]
        self.max_name = max((len(k) for k in self.names), default=1)
        self.max_role = max((len(k) for k in self.roles), default=1)
        # first token -> the lengths of the entries it starts, longest first
        self.name_lengths = _lengths_by_first(self.names)
        self.role_lengths = _lengths_by_first(self.roles)
        # the mentions of the documents asked about most recently, by id (with the
        # document, to tell a new document at a reused address): the parser asks
        # ``could_name_actor`` of a document before parsing it, the coder ``find`` after
        self._recent: OrderedDict[int, tuple[Any, Mentions]] = OrderedDict()
        self._texts = StringTable()  # the text of each ORTH id: see ``_find``

    def could_name_actor(self, doc: Any) -> bool:
        """Whether a tokenized (not yet parsed) document names an actor the coder can
        place: a dictionary name (a state, capital, place, organisation, named group or
        office holder), or a role phrase ("protesters", "the army") beside a capitalised
        word the dictionaries lack, which may be an unknown name (kept with an empty
        code, for curation) or a place. A role alone ("Police fired tear gas at
        protesters") could only give an event with no state or organisation on either
        side, which no analysis can use: such a document is not parsed. Matching reads
        token texts only, so the answer is the one the coder gets after the parse. The
        caller keeps documents with a dateline, whose state roles take."""
        mentions = self.find(doc)
        if mentions.name_list:
            return True
        if not mentions.roles:
            return False
        taken = mentions.role_tokens
        return any(
            i and i not in taken and text[:1].isupper() and text.lower() not in _CALENDAR_WORDS
            for i, text in enumerate(t.text for t in doc)
        )

    def _part_of_other_name(
        self, doc: Any, start: int, end: int, found: dict[int, NameMatch], texts: list[str]
    ) -> bool:
        """Whether a city's name is part of a longer proper name the dictionaries lack
        ("Nancy Pelosi", "Samia Suluhu Hassan"): a proper noun next to it that is neither
        a dictionary name, a role word ("Odesa Mayor") nor a place word ("Kaduna State").
        Reads token texts only: the matcher runs before the tagger."""
        for k in (start - 1, end):
            if not 0 <= k < len(doc):
                continue
            t = doc[k]
            if not (t.text[:1].isupper() and t.text.isalpha()) or t.is_stop:
                continue
            lower = t.text.lower()
            if lower in PLACE_SUFFIXES or (lower,) in self.roles:
                continue
            # a name only if one is matched there ("Fernando" opens "Fernando de la Mora",
            # but in "Fernando Villavicencio" it is a first name)
            if k < start and k in found:
                continue
            if k >= end and self._name_at(texts, k):
                continue
            return True
        return False

    def _name_at(self, texts: list[str], k: int) -> bool:
        """Whether a dictionary name starts at token ``k``."""
        return any(
            tuple(texts[k : k + length]) in self.names
            for length in self.name_lengths.get(texts[k], ())
            if length <= len(texts) - k
        )

    def find(self, doc: Any) -> Mentions:
        """The dictionary names and role phrases in ``doc`` (computed once per document)."""
        recent = self._recent.get(id(doc))
        if recent is not None and recent[0] is doc:
            return recent[1]
        mentions = self._find(doc)
        self._recent[id(doc)] = (doc, mentions)
        if len(self._recent) > _RECENT:
            self._recent.popitem(last=False)
        return mentions

    def _find(self, doc: Any) -> Mentions:
        known = self._texts  # the text of each ORTH id, kept
        if len(known) > 200_000:
            known.clear()
        known.store = doc.vocab.strings
        # by name, not ``spacy.attrs.ORTH``: an import statement run per document costs
        # more than spaCy's look-up of the name
        texts = list(map(known.__getitem__, doc.to_array("ORTH").tolist()))
        lowers = [text.lower() for text in texts]
        n = len(texts)
        names: dict[int, NameMatch] = {}
        name_list: list[NameMatch] = []
        # left to right, the longest entry first; a match's words start no other. Only
        # words that begin some entry are tried (found in one pass over the words).
        name_lengths = self.name_lengths
        free = 0  # the first word not inside a match
        for i in [i for i, text in enumerate(texts) if text in name_lengths]:
            if i < free:
                continue
            for length in name_lengths[texts[i]]:
                if length > n - i:
                    continue
                readings = self.names.get(tuple(texts[i : i + length]))
                if (
                    readings
                    and readings[0].kind == "place"
                    and self._part_of_other_name(doc, i, i + length, names, texts)
                ):
                    readings = None  # "Nancy Pelosi", "Samia Suluhu Hassan" are people
                if readings:
                    match = NameMatch(i, i + length, readings)
                    name_list.append(match)
                    for k in range(i, i + length):
                        names[k] = match
                    free = i + length
                    break
        roles: dict[int, RoleMatch] = {}
        role_tokens: set[int] = set()
        role_lengths = self.role_lengths
        free = 0
        for i in [i for i, lower in enumerate(lowers) if lower in role_lengths]:
            if i < free:
                continue
            for length in role_lengths[lowers[i]]:
                if length > n - i:
                    continue
                sector = self.roles.get(tuple(lowers[i : i + length]))
                if sector and not _inside_name(names, i, i + length):
                    roles[i + length - 1] = RoleMatch(i, i + length, sector)
                    role_tokens.update(range(i, i + length))
                    free = i + length
                    break
        return Mentions(names, roles, role_tokens, _groups(name_list, lowers), name_list)


#: Capitalised words that may follow a city or region's name ("Kaduna State").
PLACE_SUFFIXES = frozenset(
    {"state", "province", "region", "oblast", "governorate", "city", "county", "district", "valley", "strip"}
)


def _lengths_by_first(entries: dict[tuple[str, ...], Any]) -> dict[str, tuple[int, ...]]:
    lengths: dict[str, set[int]] = {}
    for key in entries:
        if key:
            lengths.setdefault(key[0], set()).add(len(key))
    return {first: tuple(sorted(ls, reverse=True)) for first, ls in lengths.items()}


def _inside_name(names: dict[int, NameMatch], start: int, end: int) -> bool:
    """Whether a role phrase lies inside one name ("Union" in "African Union", "President"
    in the alias "President Trump"): the name wins."""
    match = names.get(start)
    return match is not None and match.start <= start and end <= match.end


def _groups(matches: list[NameMatch], lowers: list[str]) -> list[Group]:
    """Runs of state/organisation names joined by commas and 'and'. A run joined by
    commas alone is no list: "in Kaduna, Nigeria" is a place and its state, "troops to
    Russia, South Korea's spy agency said" ends one clause and opens another."""
    groups: list[Group] = []
    run: list[NameMatch] = []
    coordinated = False
    for match in matches:
        if match.best.kind not in GROUP_KINDS:
            continue
        if run:
            between = " ".join(lowers[run[-1].end : match.start])
            between = between.replace(" ,", ",").strip()
            if between in GROUP_JOINERS or between in {", and", ", as well as", "and the", ", and the", ", the"}:
                run.append(match)
                coordinated = coordinated or between not in COMMAS
                continue
            if len(run) > 1 and coordinated:
                groups.append(Group(run[0].start, run[-1].end, tuple(run)))
        run = [match]
        coordinated = False
    if len(run) > 1 and coordinated:
        groups.append(Group(run[0].start, run[-1].end, tuple(run)))
    return groups
