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
from functools import lru_cache
from typing import Any

from .._calendar import MONTHS, WEEKDAYS
from .._data import iter_tsv, package_file
from ..errors import DataFileError
from ..records import Entity
from .dictionary import ActorDictionary, Reading
from .matcher import Mentions, NameMatch, RoleMatch

NUMBERS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
#: Nouns that refer back to a group of states when counted ("the three countries").
GROUP_NOUNS = frozenset(
    [
        "country",
        "nation",
        "state",
        "side",
        "government",
        "capital",
        "member",
        "ally",
        "neighbour",
        "neighbor",
        "partner",
        "party",
        "power",
        "regime",
        "junta",
        "leader",
        "neighbour",
        "counterpart",
    ]
)
#: Modifiers by which a city names a thing rather than owns it ("the Minsk agreements").
CITY_NAMING = frozenset({"compound", "nmod", "amod"})
#: Nouns that frame an event in another ("on the sidelines of the summit"): never actors.
FRAME_NOUNS = frozenset(["sideline", "sidelines", "margin", "margins", "fringe", "fringes", "eve", "occasion"])
#: Nouns that, with "the", stand for the state a text is about ("the country's army").
COUNTRY_NOUNS = frozenset({"country", "nation"})
#: Nouns that refer back to the last organisation named ("the bloc said").
ORG_NOUNS = frozenset(
    [
        "bloc",
        "alliance",
        "organisation",
        "organization",
        "union",
        "community",
        "confederation",
        "body",
        "grouping",
        "court",  # "the court" after the ICC (a role word: only an organisation named a court)
        "tribunal",
        "agency",  # "a move the agency called unjustified" after the IAEA
    ]
)
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
SINGULAR_PRONOUNS = frozenset({"it", "its", "itself"})
PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
#: Sectors that need no state: "gunmen killed ..." is coded UAF.
STATELESS_SECTORS = frozenset(
    {
        "INS",
        "REB",
        "UAF",
        "CRM",
        "CVL",
        "REF",
        "MED",
        "NGO",
        "HRI",
        "REL",
        "LAB",
        "AGR",
        "BUS",
        "OPP",
        "EDU",
        "HLH",
        "ELI",
    }
)
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss", "npadvmod", "nummod", "det", "flat"})
OWNER_PREPS = frozenset({"of", "from"})
#: Prepositions that give a role noun its owner ("a spokesman for the army", "the junta in Bamako").
ROLE_OWNER_PREPS = frozenset({"for", "in"})
#: Role heads that say little by themselves: a role modifier or the owner's sector wins
#: ("customs officials" → COP, "a spokesman for the army" → MIL).
GENERIC_ROLES = frozenset(
    [
        "official",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "representative",
        "member",
        "delegation",
        "delegate",
        "source",
    ]
)
#: Heads of a group, who take a non-state group's sector from their modifier ("a gang
#: leader" → CRM, "a militant commander" → INS, but "the army commander" stays MIL).
LEADER_ROLES = frozenset(["leader", "chief", "commander", "boss", "head", "chieftain"])
#: Sectors of a state's own organs.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
#: Participles by which a state named in a modifier supports a group rather than owns it
#: ("Iran-backed militias" fight where they are, not for Iran's state).
BACKING = frozenset(["back", "support", "sponsor", "fund", "finance", "arm", "train", "ally", "align"])
#: Participles by which a state named in a modifier acts on a place rather than owns it
#: ("the UN-patrolled buffer zone" is not the UN's).
GUARDING = frozenset(["patrol", "monitor", "supervise", "guard", "protect", "police"])
#: Participles whose agent is the author of a thing ("the agreement signed by Congo and
#: Rwanda", "the decision taken by Mali"), who owns it as a recipient.
AUTHORING = frozenset(
    [
        "sign",
        "conclude",
        "reach",
        "strike",
        "adopt",
        "pass",
        "issue",
        "announce",
        "take",
        "launch",
        # "the sanctions imposed by Washington", "atrocities committed by the RSF",
        # "accusations made by Israel", "attacks carried out by the army"
        "impose",
        "commit",
        "perpetrate",
        "make",
        "carry",
        "order",
        "level",
    ]
)
#: Participles by which a vehicle is named by whom it carries ("a bus carrying soldiers").
CARRYING = frozenset(["carry", "transport", "ferry", "escort"])
#: Words before a demonym that make it a stance, not an owner ("a pro-Russian course").
STANCES = frozenset({"pro", "anti", "pro-", "anti-"})
#: Nouns for a place named by an of-phrase ("the island of St Vincent", "the town of Bunia").
PLACE_NOUNS = frozenset(
    ["island", "city", "town", "village", "region", "province", "port", "district", "state", "territory", "enclave"]
)
#: Prepositions of a verb's reason ("sanctioned Russia over its invasion").
REASON_PREPS = frozenset({"over", "for"})
#: Nouns for a settlement named by a place before them ("the Nuseirat camp").
CAMP_NOUNS = frozenset(["camp", "refugee camp", "neighbourhood", "neighborhood", "area", "suburb", "district"])
#: Modifiers that make an office holder a former one ("a former Malian prime minister" → ELI).
FORMER = frozenset({"former", "ex", "ex-", "erstwhile", "onetime", "one-time"})
#: Counted nouns with a sector of their own ("the two capitals" → GOV).
GROUP_NOUN_SECTORS = {"capital": "GOV"}
#: Nouns for the member states of an organisation or of a group named before ("its member states").
MEMBER_NOUNS = frozenset({"state", "country", "nation", "member"})
#: Counted nouns that stand for states only ("the two neighbours" are not the UN).
STATE_NOUNS = frozenset(
    ["country", "nation", "state", "neighbour", "neighbor", "capital", "government", "regime", "junta"]
)
#: Counted nouns for people: each keeps the sector of their office ("the two men" → GOV, GOV).
PEOPLE_NOUNS = frozenset(["leader", "man", "woman", "figure", "head", "counterpart"])
ARMED_SECTORS = frozenset({"INS", "REB", "UAF", "MIL"})
#: Sectors of armed groups that are not a state's forces.
ARMED_GROUP_SECTORS = frozenset({"INS", "REB", "UAF", "CRM"})
#: Sectors of a state's society whose demands or calls a compound names ("union demands").
SOCIETY_SECTORS = frozenset({"LAB", "OPP", "CVL", "EDU", "HLH", "AGR", "REL", "MED", "BUS"})
#: Organs that act only at home: with no owner or place, the state the text is about.
DOMESTIC_ORGANS = frozenset({"COP", "JUD"})
#: Sectors a definite role noun with no owner takes from the state the text is about
#: ("Soldiers seized power in Niger. The junta ..." → NER GOV).
ANAPHORIC_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
#: How many sentences back anaphora looks for an antecedent.
LOOKBACK = 4
#: Modifiers that say a group is not of the place it is in or reported from.
NON_LOCAL = frozenset(
    [
        "western",
        "eastern",
        "foreign",
        "international",
        "regional",
        "neighbouring",
        "neighboring",
        "other",
        "allied",
        "european",
        "african",
        "arab",
        "gulf",
        "asian",
        "latin",
        "overseas",
        "outside",
        "visiting",
        "external",
    ]
)
PLACE_PREPS = frozenset({"in", "near", "across", "outside", "around", "throughout", "inside"})
#: Verbs of reporting whose subject owns what its report calls "its" or "their".
SPEECH_VERBS = frozenset({"say", "announce", "claim", "report", "confirm", "state", "add", "tell", "insist"})
EMBEDDING_VERBS = frozenset({"comprise", "include", "involve", "represent", "contain"})
#: Kinds of name that stand for a state; a "place" (a city or region from
#: ``places.tsv`` or GeoNames) stands for the state it lies in, without a sector.
STATE_KINDS = frozenset({"state", "demonym", "capital", "seat", "place"})
#: NER labels of names kept as unknown actors (an untagged proper noun is kept too).
UNKNOWN_ENTITY_TYPES = frozenset({"PERSON", "ORG", "NORP"})
#: Proper nouns that are never actors (the parser may run without NER).
NOT_ACTORS = frozenset((*WEEKDAYS, *MONTHS))
SINGULAR_KINDS = frozenset({"state", "igo", "capital", "seat"})


class ArticleActors:
    def __init__(
        self,
        doc: Any,
        mentions: Mentions,
        dictionary: ActorDictionary,
        date: dt.date | None,
        offset: int = 0,
        default_country: str = "",
        text: str | None = None,
    ) -> None:
        """``text`` is ``doc.text`` when the caller has it (``Doc.text`` joins every word)."""
        self.doc = doc
        self.mentions = mentions
        self.dictionary = dictionary
        self.date = date
        self.offset = offset
        self.default_country = default_country
        self._cache: dict[int, tuple[Entity, ...]] = {}
        self._place_countries: dict[int, str] = {}  # by sentence start: see ``_place_country``
        self._lower_ids: frozenset[int] | None = None  # see ``_has_any``
        self._former_words: bool | None = None  # see ``_former``
        self._text = text  # see ``_doc_text``
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
            heads = _conjuncts(token)
            # "U.S. and Israeli strikes": a demonym conjoined as an adjective
            heads += [c for h in heads for c in h.children if c.dep_ == "conj" and c.pos_ == "ADJ" and self._named(c)]
            for head in heads:
                found = self._single(head)
                if head.dep_ == "appos" and head.i != token.i:
                    # the same referent: an unknown name or a code already found adds nothing
                    codes = {e.code for e in out}
                    found = [e for e in found if e.code and e.code not in codes]
                out.extend(found)
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
                continue
            # a place named by what it is part of: "Mozambique's Cabo Delgado province",
            # "the West Bank village of Jit"
            for child in head.children:
                if child.dep_ in ("poss", "compound", "nmod"):
                    match = self.mentions.names.get(child.i)
                    if match and (
                        match.best.kind in ("state", "capital")
                        # "the Nuseirat camp", "the Kharkiv region": a place named on a place noun
                        or (match.best.kind == "place" and head.lemma_.lower() in PLACE_NOUNS | CAMP_NOUNS)
                    ):
                        out.append(self._entity(match.best.code, "", match.best.code, match))
                        break
                else:
                    if head.lemma_.lower() in PLACE_NOUNS and head.i not in self.mentions.names:
                        # "the Caribbean island of St Vincent", "the town of Bunia"
                        out.extend(
                            e
                            for p in head.children
                            if p.dep_ == "prep" and p.lower_ == "of"
                            for g in p.children
                            if g.dep_ == "pobj"
                            for e in self.place_states(g)
                        )
        return out

    def context_country(self, token: Any) -> str:
        """The state a stateless group acts in: a state named as a place in its
        sentence ("in Kaduna, Nigeria"), else the dateline's. None for a group
        described as not from there ("Western governments", "foreign fighters")."""
        if any(c.lower_ in NON_LOCAL for c in token.lefts if c.dep_ in ("amod", "compound", "det", "nmod")):
            return ""
        return self._place_country(token) or self.default_country

    def _capital_country(self, token: Any) -> str:
        """The state of "the capital": of the last capital named before it ("flew police
        into Honiara after rioters torched buildings in the capital's Chinatown"), else of
        a place named in its sentence."""
        for match in reversed(self.mentions.name_list):
            if match.end <= token.i and match.best.kind == "capital":
                return str(match.best.code)
        return self._place_country(token)

    def _place_country(self, token: Any) -> str:
        """A state named as a place in the token's sentence ("in Kaduna, Nigeria")."""
        sent = token.sent
        found = self._place_countries.get(sent.start)
        if found is None:
            found = self._place_countries[sent.start] = self._first_place_country(sent)
        return found

    def _first_place_country(self, sent: Any) -> str:
        names = self.mentions.names
        if not any(
            names[i].best.kind in ("state", "capital", "place", "demonym")
            for i in range(sent.start, sent.end)
            if i in names
        ) or not self._has_any(PLACE_PREPS):
            return ""  # no state named, or no place preposition: nothing to read a token for
        for t in sent:
            if t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPS:
                for head in [t, *(c for c in t.children if c.dep_ in ("appos", "conj", "poss", "compound"))]:
                    match = self.mentions.names.get(head.i)
                    if match and match.best.kind in ("state", "capital", "place"):
                        return match.best.code
                for c in t.subtree:
                    match = self.mentions.names.get(c.i)
                    if match and match.best.kind == "state":
                        return match.best.code
                    if match and match.best.kind == "demonym" and c.head.lemma_.lower() in PLACE_NOUNS | {"capital"}:
                        return match.best.code  # "in the Iranian city of Kerman"
        return ""

    def _doc_text(self) -> str:
        """The document's text, read once (``Doc.text`` joins every word on each call)."""
        if self._text is None:
            self._text = self.doc.text
        return self._text

    def _former(self, tok: Any) -> bool:
        """Whether the head is modified by "former", "ex-" ("a former minister")."""
        if self._former_words is None:  # most documents have none: one look for the doc
            self._former_words = self._has_any(FORMER)
        return self._former_words and any(
            c.lower_ in FORMER for c in tok.lefts if c.dep_ in ("amod", "advmod", "compound")
        )

    def _has_any(self, words: frozenset[str]) -> bool:
        """Whether a word of the document has one of these lower-case forms (read as ids, once)."""
        if self._lower_ids is None:
            from spacy.attrs import LOWER

            self._lower_ids = frozenset(self.doc.to_array(LOWER).tolist())
        return not _word_ids(self.doc.vocab.strings, words).isdisjoint(self._lower_ids)

    def object_owners(self, token: Any) -> list[Entity]:
        """States or organisations a non-actor noun belongs to, for recipients:
        "EU demands" → EU, "Afghanistan's Paktika province" → AFG,
        "the agreement between Iran and Saudi Arabia" → IRN, SAU, "the border with India" → IND."""
        out: list[Entity] = []
        agents: list[Entity] = []
        if token.lemma_.lower() in FRAME_NOUNS:
            return out  # "on the sidelines of the SCO summit"
        for child in token.children:
            if child.dep_ in ("poss", "compound", "amod", "nmod"):
                if child.pos_ == "PRON" or self._stance(child):
                    continue  # "a pro-Russian course" is not Russia's
                match = self.mentions.names.get(child.i)
                if match and child.dep_ in CITY_NAMING and match.best.kind in ("capital", "place"):
                    if token.lemma_.lower() in PLACE_NOUNS | CAMP_NOUNS and child.i == match.end - 1:
                        # "raided the Jenin camp", "shelled the Kharkiv region": the place it is in
                        out.append(self._entity(match.best.code, "", match.best.code, match))
                    continue  # "the Paris climate agreement", "the Doha talks": named after a city
                if match and match.best.kind in STATE_KINDS | {"igo", "group", "person"}:
                    out.extend(self.entities(child))
                elif child.dep_ == "poss" and match is None:
                    # "the government's suspension of EU talks": a role possessor owns it
                    out.extend(e for e in self.entities(child) if e.code and e.country)
                elif child.dep_ == "compound" and match is None and child.i in self.mentions.roles:
                    # "union demands", "opposition calls": the demands of a group of the society
                    role = self.mentions.roles[child.i]
                    if role.sector in SOCIETY_SECTORS:
                        out.extend(e for e in self.entities(child) if e.code)
            elif child.dep_ == "acl" and child.tag_ == "VBN" and not out:
                # "supplies bound for Filipino troops", "villages handed back to Azerbaijan";
                # "the agreement signed by Congo and Rwanda": its authors
                authored = child.lemma_.lower() in AUTHORING
                # "villages handed back to Azerbaijan": the parser may hang "to" on "back"
                kids = [*child.children, *(g for c in child.children if c.dep_ == "advmod" for g in c.children)]
                for prep in kids:
                    if (prep.dep_ == "prep" and prep.lower_ in ("for", "to")) or (authored and prep.dep_ == "agent"):
                        for pobj in prep.children:
                            if pobj.dep_ == "pobj":
                                out.extend(e for e in self.entities(pobj) if e.code)
            elif child.dep_ == "acl" and child.tag_ == "VBG" and child.lemma_.lower() in CARRYING and not out:
                # "ambushed a bus carrying Syrian soldiers": the people it carries
                for obj in child.children:
                    if obj.dep_ in ("dobj", "obj"):
                        out.extend(e for e in self.entities(obj) if e.code)
            elif child.dep_ == "prep" and child.lower_ in ("between", "of", "by", "with"):
                if any(c.dep_ == "poss" and c.pos_ != "PRON" for c in token.children) and any(e.code for e in out):
                    continue  # "the government's deal with the EU" is the government's
                found = [e for pobj in child.children if pobj.dep_ == "pobj" for e in self.entities(pobj) if e.code]
                if child.lower_ == "by" and found:
                    # "the violation of its airspace by Russian drones": the doer, not what
                    # was done to
                    agents.extend(found)
                out.extend(found)
        return _dedupe(agents or out)

    def unknown_names(self, token: Any) -> list[Entity]:
        """Proper names the dictionaries lack, kept with an empty code: names the NER
        tags as a person, organisation or group (not "Tuesday", not "Istanbul")."""
        if token.pos_ != "PROPN" or token.i in self.mentions.names:
            return []
        if (token.ent_type_ and token.ent_type_ not in UNKNOWN_ENTITY_TYPES) or token.lower_ in NOT_ACTORS:
            return []
        parts = [t for t in token.lefts if t.dep_ in ("compound", "flat") and t.pos_ == "PROPN"] + [token]
        start, end = parts[0].idx, token.idx + len(token.text)
        text = self.doc[parts[0].i : token.i + 1].text
        return [Entity("", "", text, "", start + self.offset, end + self.offset)]

    # -- resolution of one head -------------------------------------------------

    def _single(self, tok: Any) -> list[Entity]:
        match = self.mentions.names.get(tok.i)
        role = self._role(tok)
        if match is not None and role is None:
            return self._from_name(tok, match)
        lower = tok.lower_
        if tok.dep_ in ("nsubj", "nsubjpass", "dobj") and lower in RELATIVE_PRONOUNS and tok.head.dep_ == "relcl":
            # "Israel, which Tehran blamed for the killing": the noun the clause is about
            return self.entities(tok.head.head)
        if tok.pos_ == "PRON" or lower in PLURAL_PRONOUNS | SINGULAR_PRONOUNS:
            return self._pronoun(tok)
        sector = self._head_sector(tok, role)
        lemma = tok.lemma_.lower()
        if role is None and lemma in FRAME_NOUNS:
            return []  # "on the sidelines of the SCO summit": when and where, not who
        owners = self._owners(tok, role is not None)
        if role is None and tok.pos_ == "NOUN" and not _reported_by_owner(tok):
            # "their armoured vehicle struck a mine": a thing is not an actor because of a
            # possessive pronoun (a named owner, "Mali's decision", still counts); but "the
            # WFP said its trucks delivered food": a speaker's own means act for it
            owners = [o for o in owners if o[4] != "pronoun"]
        if lemma in MEMBER_NOUNS and (lemma == "member" or any(c.lower_ == "member" for c in tok.lefts)):
            members = self._members(tok, owners)
            if members:
                return members
        if owners:
            generic = role is None or _generic(tok, role)
            out = []
            for code, base_sector, country, span, kind in owners:
                if kind == "group" and base_sector == "GOV" and sector in ARMED_SECTORS:
                    chosen = "MIL"  # the fighters of a ruling movement are its armed forces
                elif kind in ("group", "person") and base_sector:
                    chosen = base_sector  # "Wagner fighters" stay RUS MIL
                elif kind == "place" and sector == "MIL":
                    chosen = "REB"  # "Tigrayan forces": a region's fighters are not the state's army
                elif generic and base_sector:
                    chosen = base_sector  # "a spokesman for the army" is MIL
                else:
                    chosen = sector or base_sector
                out.append(self._entity(code, chosen, country, span))
            return out
        count = _count(tok)
        if count and (role or lemma in GROUP_NOUNS):
            group = self._group_before(tok, count)
            if group:
                return self._group_entities(tok, group, sector)
        if role and _definite(tok) and tok.tag_ in ("NNS", "NNPS") and (lemma in PEOPLE_NOUNS or lemma in STATE_NOUNS):
            group = self._last_group(tok)  # "the leaders", "the governments" of a list named before
            if group:
                return self._group_entities(tok, group, sector)
        if lemma in ORG_NOUNS and _definite(tok) and (role is None or role.start == role.end - 1):
            org = self._last_org(tok, named=lemma if role is not None else "")
            if org:
                return [self._entity(org.best.code, "", "", org)]
        if lemma in COUNTRY_NOUNS | {"capital"} and tok.tag_ == "NN" and _the(tok) and not owners:
            # "the country's army chief": the state the report is filed from, else the
            # state the text is about; "arrived in Juba to secure the capital": the one named
            country = self._capital_country(tok) if lemma == "capital" else ""
            country = country or self.default_country
            country = country or self._salient_state(tok, subject_only=True) or self._salient_state(tok)
            if country:
                return [self._entity(country, "", country, None, tok)]
        if role:
            if sector in STATELESS_SECTORS:
                country = self._conjunct_country(tok) or self.context_country(tok)
                if country:
                    return [self._entity(country, sector, country, None, tok)]
                if _definite(tok):
                    named = self._last_group_of(tok, sector)  # "the ELN ... the guerrilla group"
                    if named is not None:
                        return [self._entity(*self._reading(named.best), named)]
                return [self._entity(sector, sector, "", None, tok)]
            if _definite(tok) and _military_rulers(role, self.doc):
                country = self._ruling_military(tok)  # "the junta": a state under military rule
                if country:
                    return [self._entity(country, sector, country, None, tok)]
            if _definite(tok) or tok.tag_ in ("NNS", "NNPS"):
                # "the army", "soldiers were deployed": a state named as a place in the
                # sentence, else the dateline's; for "the junta", "the government" with
                # no dateline: the state the text is about (a subject of the sentences
                # before, else the last state named)
                anaphoric = _definite(tok) and sector in ANAPHORIC_SECTORS
                country = self._conjunct_country(tok)
                if not country and anaphoric and sector in ARMED_SECTORS:
                    # "Israel's defence minister said the army had struck targets in Rafah":
                    # the speaker's forces, not those of the place they strike
                    country = self._speaker_state(tok)
                country = country or self.context_country(tok)
                if not country and (anaphoric or sector in DOMESTIC_ORGANS):
                    # "the government"; "police shot dead 19 people" in a text about Nepal
                    country = self._salient_state(tok, subject_only=True) or self._salient_state(tok)
                if country:
                    return [self._entity(country, sector, country, None, tok)]
            if sector in ANAPHORIC_SECTORS - ARMED_SECTORS:
                # "a court in Yekaterinburg": an institution of the state it sits in
                # (forces "in" a place may be foreign to it)
                states = {
                    e.code
                    for p in tok.children
                    if p.dep_ == "prep" and p.lower_ == "in"
                    for g in p.children
                    if g.dep_ == "pobj"
                    for e in self.place_states(g)
                }
                if len(states) == 1:
                    country = states.pop()
                    return [self._entity(country, sector, country, None, tok)]
            return []
        if tok.pos_ == "PROPN" and match is None:
            titled = self._titled_unknown(tok)
            if titled:
                return titled
        return self.unknown_names(tok)

    def _titled_unknown(self, tok: Any) -> list[Entity]:
        """A name the dictionaries lack with a state's office that names the state ("Jane
        Roe, Senegal's interior minister", "Cook Islands Prime Minister Jane Roe"): the
        office's holder. An office with no state named stays unknown: the place or the
        dateline may be where a foreign official is."""
        for child in tok.children:
            if child.dep_ == "appos" and child.pos_ == "NOUN" and self._role(child) is not None:
                found = [e for e in self.entities(child) if e.code and e.country and e.sector in STATE_SECTORS]
                if found:
                    return found
        titles = [self.mentions.roles[c.i] for c in tok.lefts if c.dep_ == "compound" and c.i in self.mentions.roles]
        if not titles:
            return []
        role = titles[-1]
        title = self.doc[role.end - 1]
        sector = "ELI" if self._former(tok) or self._former(title) else role.sector
        if sector in STATELESS_SECTORS - {"ELI"}:
            return []  # "opposition leader Jane Roe": a group, not a state's office
        owners = [o for o in self._owners(title) + self._owners(tok) if o[4] != "pronoun"]
        if owners:
            code, _, country, _, _ = owners[0]
            return [self._entity(code, sector, country, None, tok)]
        before = self.mentions.names.get(role.start - 1)
        if before is None or before.best.kind not in STATE_KINDS - {"place"}:
            return []
        country = self._reading(before.best)[0]
        return [self._entity(country, sector, country, None, tok)]

    def _speaker_state(self, tok: Any) -> str:
        """The one state of the subject of a verb the token's clause is embedded under."""
        for _subject, found in self._governing_subjects(tok):
            states = {e.country or e.code for e in found if e.code and (e.country or len(e.code) == 3)}
            if len(states) == 1:
                return states.pop()
            if found:
                return ""
        return ""

    def _conjunct_country(self, tok: Any) -> str:
        """The state of a conjoined role that names one: "Colombia's government and the
        rebels", "the army and Sudan's paramilitaries" are both sides of one state."""
        siblings = [c for c in tok.children if c.dep_ == "conj"]
        if tok.dep_ == "conj":
            siblings.append(tok.head)
        countries = set()
        for sib in siblings:
            if sib.pos_ != "NOUN" or self._role(sib) is None:
                continue
            for code, _, country, _, kind in self._owners(sib):
                if kind in STATE_KINDS:
                    countries.add(country or code)
        return countries.pop() if len(countries) == 1 else ""

    def _role(self, tok: Any) -> RoleMatch | None:
        """The role phrase the token heads or lies in ("secretary" in "secretary-general")."""
        role = self.mentions.roles.get(tok.i)
        if role is not None or tok.i not in self.mentions.role_tokens:
            return role
        for i in range(tok.i + 1, min(tok.i + 6, len(self.doc))):
            role = self.mentions.roles.get(i)
            if role is not None:
                return role if role.start <= tok.i else None
        return None

    def _head_sector(self, tok: Any, role: RoleMatch | None) -> str:
        """The sector of a role noun: ELI when former; a modifier's role when the head
        is generic ("customs officials") or no role at all ("navy ships")."""
        if self._former(tok):
            return "ELI"
        if role is None or _generic(tok, role):
            return self._modifier_role(tok) or (role.sector if role else "")
        if role.start == role.end - 1 and tok.lemma_.lower() in LEADER_ROLES:
            modifier = self._modifier_role(tok)  # "a gang leader", "a militant commander"
            if modifier and modifier not in STATE_SECTORS:
                return modifier
        return role.sector

    def _group_entities(
        self, tok: Any, group: list[tuple[NameMatch, tuple[str, str, str]]], sector: str
    ) -> list[Entity]:
        lemma = tok.lemma_.lower()
        out = []
        for match, (code, base, country) in group:
            if match.best.kind == "person" and (lemma in PEOPLE_NOUNS or sector in ("", "CVL")):
                chosen = base  # "the two men" are two presidents
            elif match.best.kind == "person" and lemma in STATE_NOUNS and not sector:
                chosen = ""  # "the two countries" of two presidents
            elif lemma in STATE_NOUNS:
                chosen = sector or GROUP_NOUN_SECTORS.get(lemma, "")  # "the two countries": the states
            else:
                chosen = sector or (base if match.best.kind != "person" else "")
            out.append(self._entity(code, chosen, country, match))
        return out

    def _last_group(self, tok: Any) -> list[tuple[NameMatch, tuple[str, str, str]]]:
        """The last coordinated list named in the sentences before the token."""
        first = self._sentences_back(tok)[-1][0].start
        for group in reversed(self.mentions.groups):
            if first <= group.start and group.end <= tok.left_edge.i:
                return [(m, self._reading(m.best)) for m in group.matches]
        return []

    def _members(self, tok: Any, owners: list[tuple[str, str, str, NameMatch | None, str]]) -> list[Entity]:
        """ "its member states" → the organisation's members on the date; "the member
        states" → the group named before."""
        for code, _, _, match, _ in owners:
            if code in self.dictionary.organizations:
                # the organisation keeps its own code in the record; analytics expand it
                # to the members on the event date (ActorDictionary.expand)
                return [self._entity(code, "", "", match, tok)]
        if not owners and _definite(tok) and tok.tag_ in ("NNS", "NNPS"):
            for group in reversed(self.mentions.groups):
                if group.end <= tok.i:
                    return [self._entity(*self._reading(m.best), m) for m in group.matches]
        return []

    def _from_name(self, tok: Any, match: NameMatch) -> list[Entity]:
        reading = match.best
        if reading.kind == "region":
            return []  # "Latin America", "the South China Sea": no actor, nor the state it names
        if reading.kind in ("place", "capital") and tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS:
            return []  # "talks in Geneva": where, not who (``place_states`` reads it as a place)
        if reading.kind == "capital" and not (tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS):
            org = self._seated_org(tok, match)
            if org is not None:  # "despite pressure from Brussels" in a text about the EU
                return [self._entity(org.best.code, "", "", match)]
        code, sector, country = self._reading(reading)
        if reading.kind == "seat":
            # "Germany's Foreign Office", "the Austrian Chancellery": a seat name other
            # states share is the government of the state named on it
            code = country = self._seat_owner(tok, match) or code
        role_sector = self._modifier_role(tok)
        if self._former(tok):
            role_sector = "ELI" if reading.kind in ("person", "demonym") else role_sector
            sector = "ELI" if reading.kind == "person" else sector
        if reading.kind == "demonym":
            # a bare demonym as a noun ("Malians") is the population; one conjoined with a
            # demonym on a role noun shares that role ("Kyrgyz and Tajik border guards")
            sector = role_sector or self._shared_role(tok) or "CVL"
        elif role_sector and reading.kind in ("state", "igo", "capital", "seat"):
            sector = role_sector
        return [self._entity(code, sector, country, match)]

    def _named(self, tok: Any) -> bool:
        """Whether the token is a state, demonym or organisation name."""
        match = self.mentions.names.get(tok.i)
        return match is not None and match.best.kind in ("state", "demonym", "igo")

    def _stance(self, tok: Any) -> bool:
        """Whether a name is preceded by "pro-" or "anti-" ("pro-Russian", "anti-French")."""
        if tok.i not in self.mentions.names or tok.i < 1:
            return False
        prev = self.doc[tok.i - 1]
        if prev.lower_ in STANCES:
            return True
        return prev.text == "-" and tok.i >= 2 and self.doc[tok.i - 2].lower_ in STANCES

    def _shared_role(self, tok: Any) -> str:
        """The sector of a role noun conjoined after a demonym and opening with one
        ("Kyrgyz and Tajik troops": the parser joins "Kyrgyz" to "troops"), or ""."""
        if tok.tag_ in ("NNS", "NNPS"):
            return ""  # "Malians and French soldiers": the people, then the soldiers
        for conj in tok.children:
            if conj.dep_ != "conj" or conj.pos_ != "NOUN" or conj.i <= tok.i:
                continue
            first = self.mentions.names.get(conj.left_edge.i)
            role = self._role(conj)
            if role is not None and first is not None and first.best.kind == "demonym":
                return self._head_sector(conj, role)
        return ""

    def _seat_owner(self, tok: Any, match: NameMatch) -> str:
        """The one state named in a possessive or adjective on a seat name, or ""."""
        owners = set()
        for child in tok.children:
            if child.dep_ in ("poss", "amod", "compound", "nmod") and not match.start <= child.i < match.end:
                owner = self.mentions.names.get(child.i)
                if owner is not None and owner.best.kind in ("state", "demonym"):
                    owners.add(owner.best.code)
        return owners.pop() if len(owners) == 1 else ""

    def _seated_org(self, tok: Any, match: NameMatch) -> NameMatch | None:
        """The organisation seated in a capital that the text names, nearest the token
        (before it first): "Brussels" in a text about the EU is the EU, not Belgium."""
        name = self.doc[match.start : match.end].text
        seated = self.dictionary.seated_organizations().get(name)
        if not seated:
            return None
        named = [m for m in self.mentions.name_list if m.best.kind == "igo" and m.best.code in seated]
        before = [m for m in named if m.end <= tok.i]
        return before[-1] if before else (named[0] if named else None)

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

    def _owners(self, tok: Any, is_role: bool = True) -> list[tuple[str, str, str, NameMatch | None, str]]:
        """States/organisations a role noun belongs to, from its modifiers and 'of'
        phrases: (code, sector, country, name match, kind of owner)."""
        out: list[tuple[str, str, str, NameMatch | None, str]] = []
        seated: list[Entity] = []
        origins: list[tuple[str, str, str, NameMatch | None, str]] = []
        appositive: set[str] = set()
        preps = OWNER_PREPS | ROLE_OWNER_PREPS if is_role else OWNER_PREPS
        named_possessor = any(c.dep_ == "poss" and c.i in self.mentions.names for c in tok.children)
        for child in tok.children:
            dep = child.dep_
            if dep in MODIFIER_DEPS or (dep == "appos"):
                if dep == "amod" and child.tag_ == "VBN" and child.lemma_.lower() in BACKING:
                    continue  # "Iran-backed militias": Iran supports them, they are not Iran's
                if dep == "amod" and child.tag_ == "VBN" and not is_role and child.lemma_.lower() in GUARDING:
                    continue  # "the UN-patrolled buffer zone": the UN watches it, it is not the UN's
                if self._stance(child):
                    continue  # "pro-Russian protesters", "an anti-French campaign"
                for t in child.subtree if dep != "appos" else [child]:
                    match = self.mentions.names.get(t.i)
                    if match and not is_role and dep in CITY_NAMING and match.best.kind in ("capital", "place"):
                        continue  # "the Paris climate agreement": named after a city, not its
                    if match and t.i == match.end - 1 and match.best.kind != "region":
                        code, sector, country = self._reading(match.best)
                        out.append((code, sector, country, match, match.best.kind))
                        if dep == "appos" and code.startswith("IGO"):
                            appositive.add(code)
                if not out and child.pos_ == "PRON" and dep == "poss":
                    for e in self._pronoun(child):
                        out.append((e.code, "", e.country, None, "pronoun"))
                elif not out and is_role and child.pos_ == "NOUN" and dep == "poss":
                    # "the country's army chief", "the government's spokesman"
                    out.extend((e.code, e.sector, e.country, None, "of") for e in self.entities(child) if e.code)
            elif dep == "prep" and child.lower_ in preps:
                if not is_role and child.lower_ == "of" and named_possessor:
                    continue  # "Israel's bombardment of Gaza" is Israel's, not Gaza's
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        if child.lower_ == "in":
                            if self._is_seat(pobj):  # "the junta in Bamako", not "soldiers in the north"
                                seat = self.mentions.names[pobj.i]
                                code, sector, country = self._reading(seat.best)
                                seated.append(self._entity(code, sector, country, seat))
                            continue
                        anaphoric = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in pobj.children)
                        for e in self.entities(pobj):
                            if e.code:
                                (origins if child.lower_ == "from" else out).append(
                                    (e.code, e.sector, e.country, None, "pronoun" if anaphoric else "of")
                                )
            elif dep == "acl" and child.tag_ == "VBN" and child.lemma_ in ("lead", "head", "command"):
                # "a delegation led by Qatar's foreign minister", "a coalition led by Saudi Arabia"
                for agent in child.children:
                    if agent.dep_ == "agent":
                        for pobj in agent.children:
                            if pobj.dep_ == "pobj":
                                out.extend((e.code, "", e.country, None, "of") for e in self.entities(pobj) if e.code)
            elif dep == "acl" and child.lemma_ in EMBEDDING_VERBS:
                for obj in child.children:
                    if obj.dep_ == "dobj":
                        out.extend((e.code, "", e.country, None, "of") for e in self.entities(obj) if e.code)
        if appositive:
            # "the UN peacekeeping mission MINUSMA": the organisation the name says, not its parent
            out = [o for o in out if o[0] in appositive or not any(a[:6] == o[0][:6] for a in appositive)]
        if all(o[4] == "pronoun" for o in out):
            # "the withdrawal of Israeli troops from Lebanon": "from" is where they leave,
            # but "the return of its children from Russia" names the holder
            out.extend(origins)
        if not out:  # "the authorities in Niamey" but "the French embassy in Bamako" is French
            out.extend((e.code, "", e.country, None, "of") for e in seated)
        # a name just before the head that the parser attached elsewhere ("Russian foreign minister")
        if not out:
            prev = self.doc[tok.i - 1] if tok.i > 0 else None
            while prev is not None and prev.i in self.mentions.role_tokens and prev.i > 0:
                prev = self.doc[prev.i - 1]
            if prev is not None:
                match = self.mentions.names.get(prev.i)
                named_after = not is_role and match is not None and match.best.kind in ("capital", "place")
                named_after = named_after or self._stance(prev)
                if match and match.best.kind in STATE_KINDS | {"igo"} and match.end == prev.i + 1 and not named_after:
                    code, sector, country = self._reading(match.best)
                    out.append((code, sector, country, match, match.best.kind))
        return out

    def _is_seat(self, tok: Any) -> bool:
        match = self.mentions.names.get(tok.i)
        return match is not None and match.best.kind in ("capital", "seat")

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

    def _group_before(self, tok: Any, count: int) -> list[tuple[NameMatch, tuple[str, str, str]]]:
        """The actors "the three countries" or "the two leaders" count: a list of that
        size named before, else the last ``count`` distinct states (or, for people,
        office holders) named in the sentences before."""
        start = tok.left_edge.i
        for group in reversed(self.mentions.groups):
            if group.end <= start and group.size == count:
                return [(m, self._reading(m.best)) for m in group.matches]
        lemma = tok.lemma_.lower()
        if lemma in PEOPLE_NOUNS or (self._role(tok) is not None and lemma not in GROUP_NOUNS):
            kinds = frozenset({"person"})
        elif lemma in STATE_NOUNS:
            kinds = STATE_KINDS - {"demonym", "place"}
        else:
            kinds = SINGULAR_KINDS | {"group"}
        first = self._sentences_back(tok)[-1][0].start
        found: list[tuple[NameMatch, tuple[str, str, str]]] = []
        codes: set[str] = set()
        # the sentences before, else the names before the phrase in its own sentence
        # ("Turkey agreed to train Syria's forces under a memorandum signed by the two
        # countries' defence ministers")
        stop = tok.sent.start if any(m.end <= tok.sent.start for m in self.mentions.name_list) else tok.left_edge.i
        for match in reversed(self.mentions.name_list):
            if match.end > stop or match.start < first or match.best.kind not in kinds:
                continue
            reading = self._reading(match.best)
            if reading[0] and reading[0] not in codes:
                codes.add(reading[0])
                found.append((match, reading))
                if len(found) == count:
                    return found[::-1]
        return []

    def _last_group_of(self, tok: Any, sector: str) -> NameMatch | None:
        """The last named group of a sector before the token, in its sentence or the ones
        before ("the ELN ..., after the guerrilla group launched attacks")."""
        first = self._sentences_back(tok)[-1][0].start
        for match in reversed(self.mentions.name_list):
            if match.end <= tok.i and match.start >= first and match.best.kind == "group":
                named = self._reading(match.best)[1]
                if named == sector or {named, sector} <= ARMED_GROUP_SECTORS:  # "guerrillas" of an INS group
                    return match
        return None

    def _last_org(self, tok: Any, named: str = "") -> NameMatch | None:
        """The organisation named last before the token; with ``named``, the last one
        whose name holds that word ("the union" → the European Union)."""
        for match in reversed(self.mentions.name_list):
            if match.end <= tok.i and match.best.kind == "igo":
                if named and named not in self.dictionary.country_name(match.best.code).lower():
                    continue
                return match
        return None

    def _sentences_back(self, tok: Any) -> list[tuple[Any, int]]:
        """The token's sentence and up to LOOKBACK before it, nearest first, each with
        the index its look-up stops at."""
        out = [(tok.sent, tok.i)]
        sent = tok.sent
        while len(out) <= LOOKBACK and sent.start > 0:
            sent = self.doc[sent.start - 1].sent
            out.append((sent, sent.end))
        return out

    def _ruling_military(self, tok: Any) -> str:
        """The state "the junta" means: of the states under military rule at the article's
        date (any date when it has none), the one named as a place in the sentence, else
        the dateline's, else the nearest named before the token, else the first named
        after it; "" when the text names none (the caller falls back on the usual rule)."""
        ruled = _states_under_military_rule(self.date)
        place = self._place_country(tok)
        if place in ruled:
            return place
        if self.default_country in ruled:
            return self.default_country
        before, after = "", ""
        for match in self.mentions.name_list:
            if match.best.kind not in STATE_KINDS:
                continue
            code, _, country = self._reading(match.best)
            code = country or code
            if code not in ruled:
                continue
            if match.start < tok.i:
                before = code
            elif not after:
                after = code
        return before or after

    def _salient_state(self, tok: Any, subject_only: bool = False) -> str:
        """The state the text is about at the token: in the nearest sentence that names
        one, a state in its subject, else (unless ``subject_only``) the first state named."""
        for sent, stop in self._sentences_back(tok):
            states = []
            for match in self.mentions.name_list:
                if sent.start <= match.start and match.end <= stop:
                    code, _, country = self._reading(match.best)
                    if match.best.kind in STATE_KINDS or (match.best.kind in ("person", "group") and country):
                        states.append((match, country or code))
            for match, code in states:
                if _in_subject(self.doc[match.end - 1]):
                    return code
            if states and not subject_only:
                return states[0][1]
        return ""

    def _salient_actor(self, tok: Any, kinds: frozenset[str]) -> list[Entity]:
        """The subject of the nearest clause before the token that resolves to one
        actor of the given kinds ("Algeria shot down a drone. Its army ...")."""
        for sent, stop in self._sentences_back(tok):
            subjects = [t for t in sent if t.i < stop and t.dep_ in ("nsubj", "nsubjpass") and t.i != tok.i]
            subjects.sort(key=lambda t: (t.head.dep_ != "ROOT", t.i))
            for subj in subjects:
                if subj.pos_ == "PRON" or tok.i in range(subj.left_edge.i, subj.right_edge.i + 1):
                    continue
                match = self.mentions.names.get(subj.i)
                kind = match.best.kind if match else "role"
                if kind not in kinds:
                    continue
                found = [e for e in self.entities(subj) if e.code]
                if len(found) == 1:
                    return found
        return []

    def _pronoun(self, tok: Any) -> list[Entity]:
        lower = tok.lower_
        plural = lower in PLURAL_PRONOUNS
        person = lower in PERSON_PRONOUNS
        subject = tok.dep_ in ("nsubj", "nsubjpass", "poss")
        if lower == "its" and tok.dep_ == "poss":
            found = self._reason_owner(tok)
            if found:
                return found
        if subject:
            # "X said it would ...", "X said its forces ...": the subject of a governing verb
            for subj, found in self._governing_subjects(tok):
                match = self.mentions.names.get(subj.i)
                is_person = match is not None and match.best.kind == "person"
                if person != is_person:
                    continue
                is_group = match is not None and match.best.kind == "group"  # "the Taliban said they"
                if plural and len(found) < 2 and subj.tag_ not in ("NNS", "NNPS") and not is_group:
                    continue
                if not plural and len(found) != 1:
                    continue
                return found  # an unknown name keeps its text and an empty code
        if plural:
            last = next((g for g in reversed(self.mentions.groups) if g.end <= tok.i), None)
            nearest = self._plural_subject(tok, last.end if last is not None else -1)
            if nearest:
                return nearest
            if last is not None:
                return [self._entity(*self._reading(m.best), m) for m in last.matches]
            return []
        if lower in SINGULAR_PRONOUNS:
            if subject:
                found = self._salient_actor(tok, SINGULAR_KINDS | {"demonym", "role"})
                if found:
                    return found
            for match in reversed(self.mentions.name_list):
                if match.end <= tok.i and match.best.kind in SINGULAR_KINDS:
                    if not any(g.start <= match.start < g.end for g in self.mentions.groups):
                        return [self._entity(*self._reading(match.best), match)]
            return []
        if person:
            if tok.dep_ in ("dobj", "dative", "pobj") and tok.lower_ in ("him", "her"):
                # "met the junta chief and urged him to": the last person named in the
                # sentence who is not the one acting on the pronoun
                found = self._object_person(tok)
                if found:
                    return found
            found = self._salient_actor(tok, frozenset({"person"}))
            if found:
                return found
            for match in reversed(self.mentions.name_list):
                if match.end <= tok.i and match.best.kind == "person":
                    return [self._entity(*self._reading(match.best), match)]
            # "sanctioned the country's army chief, accusing him": an office named before
            # in the sentence
            for prev in reversed(tok.sent[: tok.i - tok.sent.start]):
                if prev.i in self.mentions.roles and prev.tag_ == "NN":
                    found = [e for e in self.entities(prev) if e.code]
                    if len(found) == 1:
                        return found
        return []

    def _reason_owner(self, tok: Any) -> list[Entity]:
        """The owner of "its" in a verb's phrase of reason is the one the act is aimed at,
        named before it: "sanctioned Russia over its invasion", "broke off relations with
        Israel over its offensive", "thanked Ethiopia for its help" (not "for its own
        security": the subject's)."""
        noun = tok.head
        if noun.dep_ != "pobj" or noun.head.lower_ not in REASON_PREPS:
            return []
        if any(c.lower_ == "own" for c in noun.children):
            return []
        verb = noun.head.head
        if verb.dep_ in ("dobj", "dative") and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head  # "broke off relations with Israel over its offensive": the phrase on the object
        if verb.pos_ not in ("VERB", "AUX"):
            return []
        aimed = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i < tok.i]
        aimed += [
            g
            for o in aimed
            for p in o.children
            if p.dep_ == "prep" and p.lower_ in ("with", "to", "on", "against")
            for g in p.children
            if g.dep_ == "pobj" and g.i < tok.i
        ]
        for head in reversed(aimed):
            found = [e for e in self.entities(head) if e.code]
            if len(found) == 1:
                return found
        return []

    def _object_person(self, tok: Any) -> list[Entity]:
        """The person named last before an object pronoun in its sentence, outside the
        subject of the verb acting on it (and of the verbs it is conjoined with)."""
        verb = tok.head if tok.dep_ != "pobj" else tok.head.head
        acting = {
            c.i
            for v in (verb, *([verb.head] if verb.dep_ == "conj" else []))
            for c in v.children
            if c.dep_ in ("nsubj", "nsubjpass")
        }
        spans = [(self.doc[i].left_edge.i, self.doc[i].right_edge.i) for i in acting]
        for match in reversed(self.mentions.name_list):
            if match.end > tok.i or match.start < tok.sent.start:
                continue
            if match.best.kind != "person" or any(a <= match.start <= b for a, b in spans):
                continue
            return [self._entity(*self._reading(match.best), match)]
        return []

    def _plural_subject(self, tok: Any, after: int) -> list[Entity]:
        """The nearest plural subject before a plural pronoun, and after a list of names
        ending at ``after``, that names coded actors ("Forty-six Ivorian soldiers held in
        Mali arrived home after the junta pardoned them")."""
        for sent, stop in self._sentences_back(tok):
            if sent.end <= after:
                return []
            subjects = [
                t
                for t in sent
                if after <= t.i < stop
                and t.tag_ in ("NNS", "NNPS")
                and t.head.i != tok.head.i  # not the subject acting on the pronoun
                and (
                    (t.dep_ in ("nsubj", "nsubjpass") and not t.left_edge.i <= tok.i <= t.right_edge.i)
                    or (t.dep_ == "ROOT" and t.pos_ == "NOUN" and tok.i > t.i)  # a parse with no verb at its root
                )
            ]
            # "the first group of Indian soldiers ... their withdrawal": the group's members
            subjects += [
                g
                for t in sent
                if after <= t.i < stop and t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "NN"
                for p in t.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children
                if g.dep_ == "pobj" and g.tag_ in ("NNS", "NNPS") and not g.left_edge.i <= tok.i <= g.right_edge.i
            ]
            subjects.sort(key=lambda t: t.i)
            for subj in reversed(subjects):
                found = [e for e in self.entities(subj) if e.code]
                if found:
                    return found
        return []

    def _governing_subjects(self, tok: Any) -> list[tuple[Any, list[Entity]]]:
        """Subjects of the verbs above the token with their actors, nearest first,
        skipping the subject the token is part of."""
        out = []
        node = tok
        while node.head.i != node.i:
            node = node.head
            if node.pos_ not in ("VERB", "AUX"):
                continue
            for subj in node.children:
                if subj.dep_ not in ("nsubj", "nsubjpass") or subj.i >= tok.i:
                    continue
                if subj.left_edge.i <= tok.i <= subj.right_edge.i or subj.pos_ == "PRON":
                    continue
                out.append((subj, self.entities(subj)))
        return out

    # -- helpers ------------------------------------------------------------------

    def _entity(self, code: str, sector: str, country: str, match: NameMatch | None, tok: Any = None) -> Entity:
        if match is not None:
            first, last = match.start, match.end - 1
        elif tok is not None:
            first, last = tok.left_edge.i, tok.i
        else:
            first = last = -1
        start, end, text = -1, -1, ""
        if 0 <= first <= last:
            # the span's text read from the doc's, as Span.text gives it, without a Token per word
            start, final = self.doc[first].idx, self.doc[last]
            end = final.idx + len(final)
            text = self._doc_text()[start:end]
            start, end = start + self.offset, end + self.offset
        if sector == code:
            country = ""
        return Entity(code=code, sector=sector, entity_text=text, country=country, start=start, end=end)


@lru_cache(maxsize=16)
def _word_ids(strings: Any, words: frozenset[str]) -> frozenset[int]:
    """The ids of ``words`` in a vocabulary (those it has), computed once per set."""
    return frozenset(strings[w] for w in words if w in strings)


def _conjuncts(token: Any) -> list[Any]:
    out = [token]
    stack = [token]
    while stack:
        t = stack.pop()
        for child in t.children:
            if child.dep_ in ("conj", "appos") and child.pos_ in ("PROPN", "NOUN", "PRON"):
                if child.dep_ == "appos" and child.pos_ == "NOUN":
                    continue
                if child.dep_ == "appos" and any(c.dep_ == "amod" and c.tag_ == "VBG" for c in child.lefts):
                    continue  # "Zelensky, visiting Berlin, said": a participle's object, not another name for him
                out.append(child)
                stack.append(child)
    return out


def _reported_by_owner(tok: Any) -> bool:
    """Whether the token is the subject of a clause reported by a speech verb ("X said its
    drones struck ..."): its possessive pronoun then names the speaker."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    clause = tok.head
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in SPEECH_VERBS


def _count(tok: Any) -> int:
    for child in tok.lefts:
        if child.dep_ in ("nummod", "det", "predet", "quantmod") and child.lower_ in NUMBERS:
            return NUMBERS[child.lower_]
        if child.dep_ == "nummod" and child.text.isdigit():
            return int(child.text)
    return 0


def _generic(tok: Any, role: RoleMatch) -> bool:
    return role.start == role.end - 1 and tok.lemma_.lower() in GENERIC_ROLES


def _in_subject(tok: Any) -> bool:
    """Whether a token lies in the subject of its clause."""
    node = tok
    while node.head.i != node.i:
        if node.dep_ in ("nsubj", "nsubjpass"):
            return True
        if node.pos_ in ("VERB", "AUX"):
            return False
        node = node.head
    return False


def _the(tok: Any) -> bool:
    """Whether the token has "the" or "this" and no other determiner or possessor."""
    dets = [c for c in tok.lefts if c.dep_ in ("det", "poss")]
    return len(dets) == 1 and dets[0].lower_ in ("the", "this")


def _definite(tok: Any) -> bool:
    return any(
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "these", "that", "those", "its", "their")
        for c in tok.lefts
    )


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


#: Role phrases for a military that has taken power ("the junta", "the military government").
MILITARY_RULERS = frozenset(
    {"junta", "military junta", "military government", "ruling military", "putschist", "coup leader"}
)


def _military_rulers(role: RoleMatch, doc: Any) -> bool:
    words = [t.lemma_.lower() for t in doc[role.start : role.end]]
    return " ".join(words) in MILITARY_RULERS


@lru_cache(maxsize=1)
def _military_rule() -> tuple[tuple[str, dt.date, dt.date | None], ...]:
    rows = []
    path = package_file("sanderling.actors", "data/military_rule.tsv")
    for line, row in iter_tsv(path, ("state", "from", "to")):
        try:
            start = dt.date.fromisoformat(row["from"])
            end = dt.date.fromisoformat(row["to"]) if row["to"] else None
        except ValueError:
            raise DataFileError(str(path), line, "a date is not YYYY-MM-DD", "write dates as YYYY-MM-DD") from None
        rows.append((row["state"], start, end))
    return tuple(rows)


@lru_cache(maxsize=256)
def _states_under_military_rule(on: dt.date | None) -> frozenset[str]:
    """States governed by their military on a date (any time, without one)."""
    return frozenset(
        state for state, start, end in _military_rule() if on is None or (start <= on and (end is None or on < end))
    )
