"""The rule coder: events from the dependency parse of each sentence.

For every token that a verb or noun pattern of the lexicon matches, the coder finds
the source (subject, passive agent, controller of an infinitive, possessor or "by"
phrase of a nominal event) and the recipient (object, the pattern's prepositional
phrase, "between X and Y"), lets embedding verbs derive the code ("agreed to
provide military aid" → 0332, "urged X to release" → 0253, "threatened to strike"
→ 138), and sets the modality from negation, modal and future auxiliaries, forecasts,
conditionals, questions and background markers.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise
from typing import Any, NamedTuple

from .._calendar import MONTHS, WEEKDAYS
from .._version import __version__
from ..actors.matcher import ActorMatcher
from ..actors.resolve import NON_LOCAL, ArticleActors
from ..nlp.pipeline import Requirement
from ..nlp.view import view_of
from ..ontology import Ontology
from ..records import UNREAL_MODALITIES, Entity, Event, Location, ParsedArticle
from .lexicon import CLAUSE_WORDS, Family, Lexicon, Pattern

CODER_NAME = f"sanderling-rules {__version__}"
SUBJECT_DEPS = ("nsubj", "csubj")
PASSIVE_SUBJECT_DEPS = ("nsubjpass", "csubjpass")
OBJECT_DEPS = ("dobj", "obj")
VIOLENT_ROOTS = frozenset({"17", "18", "19", "20"})
#: Expulsions (CAMEO 174 individuals, 166 peacekeepers, observers, aid agencies): in a
#: passive clause, "from" names the expelling state.
EXPULSIONS = frozenset({"174", "166"})
#: The frame of a nominal event still to come ("ahead of the next round of talks").
AHEAD = "ahead"
#: The object class of an act promised that the lexicon has no pattern for.
ACT = "@act"
#: An ultimatum (139) whose deadline is to leave is an expulsion (174): "gave the ambassador
#: 72 hours to leave".
ULTIMATUM, EXPEL = "139", "174"
#: Forces sent to protect and help a state that asked for them (CAMEO 074).
PEACEKEEPING = "074"
#: Forces sent to protect or help someone: the help is the sending's purpose.
DEPLOY_PURPOSE = frozenset({"15", "07"})
#: Evacuating people is aid only to another state's people ("evacuated Nepali citizens").
RESCUING = frozenset({"evacuate"})
#: Verbs of paying, aid only when paid to someone ("paid Moldova 100 million euros").
PAYING = frozenset({"pay"})
#: A bare warning (130), which may be a forecast of what others do rather than a threat.
WARN = "130"
LEAVING = frozenset({"leave", "depart", "quit", "exit", "vacate"})
#: Verbs whose complement did not happen ("failed to consult", "neglected to inform"); "talks
#: failed" still took place.
FAILING = frozenset({"fail", "neglect", "refrain"})
#: Hypothetical heads that make an event hypothetical only through their complement ("is set
#: to hold talks", not "set a refinery ablaze").
RAISING_HEADS = frozenset({"set"})
#: Verbs by which a ship, plane or truck carries its cargo.
CARRYING = frozenset({"carry", "load", "lade", "laden", "bring", "transport", "ferry", "pack", "fill"})
#: Mediation (CAMEO 045), which a participle before a noun may name ("a Qatari-brokered truce").
MEDIATE = "045"
#: Judicial cooperation (CAMEO 063): "was extradited from the United States" is the US's act.
EXTRADITION = "063"
#: Lexicon classes of measures and undertakings whose owner is their agent when they
#: are a passive subject ("the U.S. sanctions were lifted": the United States lifted them).
MEASURE_CLASSES = ("sanction", "policy", "aid", "aid_economic", "ceasefire", "agreement", "talks", "exercise", "attack")
#: Prepositions naming what a protest is against.
PROTESTED_PREPS = ("against", "over", "at")
#: Roots of armed attacks (not arrests or bans, which a state does at home).
ASSAULT_ROOTS = frozenset({"18", "19", "20"})
#: Roots of the embedding families' own codes (appeal, intent, demand, reject, threaten).
FAMILY_ROOTS = frozenset({"02", "03", "10", "12", "13"})
#: Roots whose pattern object is undone or refused: "lifted the sanctions" is not a sanction.
REVERSING_ROOTS = frozenset({"08", "12", "16"})
#: Roots of complaints whose pattern object is the complaint: "lodged a protest" is no rally.
COMPLAINT_ROOTS = frozenset({"11"})
#: A complaint made "to protest" something: the protest is the complaint ("summoned the
#: ambassador to protest the attacks").
COMPLAINT_PURPOSE = frozenset({"11", "14"})
#: Prepositions after which a place is the target of an attack ("strikes on Kharkiv");
#: "in"/"near" give the location, not the target.
#: De-escalation (CAMEO 087x): a withdrawal's target is the place left, not the destination.
DEESCALATE = "087"
TARGET_PLACE_PREPS = frozenset({"on", "against", "at", "into"})
LOCATION_PREPS = ("in", "near", "outside", "inside", "across")
#: Prepositions of phrases that date an act by another event ("after talks in Putrajaya").
TIME_PREPS = frozenset({"after", "before", "following", "during", "since", "until", "amid"})
#: Withdrawals and retreats: the place left names whom they yield to ("pulled out of
#: their last base in Chad", "fell back from positions around Kyiv").
WITHDRAWAL_CODES = frozenset({"087", "0874"})
WITHDRAWAL_PREPS = ("from", "of", "out")
#: Sectors of armed groups that are not a state's forces: their violence may be domestic.
ARMED_NON_STATE = frozenset({"UAF", "REB", "INS", "CRM"})
#: Sectors of the non-state sides of a state: with no one else named, what they do is
#: aimed at their own state ("the opposition demanded a rerun of the election").
HOME_SIDES = frozenset({"REB", "INS", "CRM", "UAF", "OPP", "PTY", "CVL", "LAB", "EDU", "HLH", "AGR", "REL", "MED"})
#: Roots of events such sides direct at their state when no recipient is named.
HOME_ROOTS = frozenset({"02", "03", "04", "05", "08", "10", "11", "12", "13", "16", "18", "19", "20"})
#: Words by which a clause follows the attack it reacts to.
REACTION_MARKS_AFTER = frozenset({"after", "following"})
#: Prepositions by which a clause answers a demand ("despite demands from ECOWAS").
ANSWERED_PREPS = frozenset({"despite", "to"})
#: Conjunctions of the condition a promised act waits on ("would retaliate if ...",
#: "unless ...", "would withhold funding until ...").
CONDITION_MARKS = frozenset({"if", "unless", "until"})
#: Relative pronouns opening a relative clause.
RELATIVE_WORDS = frozenset({"who", "which", "that", "whom", "whose"})
#: Nouns of a fight whose author or other side a "by"/"with" phrase names.
ATTACK_NOUNS = frozenset(
    ["attack", "bombing", "clash", "fighting", "ambush", "raid", "strike", "assault", "offensive", "shelling"]
)
#: The release of persons (CAMEO 0841): with no one else named, of the source's own prisoners.
RELEASE = "0841"
#: Prepositions of the place forces are deployed in.
DEPLOYED_IN_PREPS = frozenset({"in", "on", "across", "around", "throughout", "to", "into", "inside"})
#: Sectors whose actors are not of any one state (rights groups, NGOs): never given one.
TRANSNATIONAL_SECTORS = frozenset({"HRI", "NGO", "IGO"})
#: Sectors of people who are not armed or governing: a state's forces may attack its own.
CIVILIAN_SECTORS = frozenset({"CVL", "OPP", "MED", "EDU", "HLH", "LAB", "REL", "AGR", "BUS", "REF", "PTY", "HRI"})
EXERCISE, JOINT_EXERCISE = "150", "062"
#: Conjunctions of a clause a show of force answers ("after drones entered its airspace").
REACTION_MARKS = frozenset({"after", "as", "when", "following"})
#: Noun classes of people, which a person's name also belongs to.
PERSON_CLASSES = ("visitor", "person", "leader", "politician")
#: Cooperative kinds of event that two or more states named together do with each other.
VISIT = "042"
MUTUAL_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
#: Police, intelligence and judicial actors: two states' together cooperate on law enforcement.
LAW_ENFORCEMENT = frozenset({"COP", "SPY", "JUD"})
JOINT_POLICING = "063"
#: Roots of giving whose recipient may be named only in a purpose clause ("to help Kenya").
PURPOSE_ROOTS = frozenset({"03", "07"})
#: Roots of hostile acts that a promise not to do is an intent to de-escalate (0356).
HOSTILE_ROOTS = frozenset({"13", "15", "17", "18", "19", "20"})
#: Calling someone names ("called Zelensky a dictator"): criticise or denounce.
DISPARAGE = "111"
#: Auxiliaries of an act promised on a condition: "would strike if attacked" is a threat.
CONDITIONAL_AUX = frozenset({"would", "will", "'ll", "'d"})
#: Families whose governed act, when they derive no code of their own, did not happen.
UNDONE_FAMILIES = {"threaten": "hypothetical", "reject": "negated"}
#: Prepositions of the means of an act: a nominal event inside one is part of that act.
MEANS_PREPS = frozenset({"through", "via", "by"})
#: Demands and appeals made by protesters are a demonstration (141).
CLAIM_ROOTS = frozenset({"02", "10"})
DEMONSTRATE = "141"
#: Violence by protesters is a riot (145), not an assault.
RIOT_ROOTS = frozenset({"17", "18", "19"})
RIOT = "145"
#: Frames of an event under way: protests "amid" which a minister resigned took place.
ONGOING_FRAMES = frozenset({"amid", "during", "throughout"})
#: Kinds of nominal event that happened when they frame another (protests, meetings).
FRAMING_KINDS = frozenset({"14", "04"})
#: After these a name that the dictionaries lack is a place, not an unknown actor.
PLACE_NAME_PREPS = frozenset({*LOCATION_PREPS, "at"})
#: Where two sides meet or clash: "met in Moscow", "clashed on Lake Victoria".
MEETING_PLACE_PREPS = PLACE_NAME_PREPS | {"on"}
REPORTING = frozenset(
    [
        "say",
        "tell",
        "announce",
        "report",
        "claim",
        "state",
        "confirm",
        "add",
        "note",
        "insist",
        "allege",
        "reveal",
        "declare",
    ]
)


class Built(NamedTuple):
    """What a trigger codes to, before it becomes an Event."""

    code: str
    source: list[Entity]
    target: list[Entity]
    modality: str
    symmetric: bool
    span: tuple[int, int]  # token range of the evidence
    embedder: int | None  # token index of the embedding verb that derived the code


@dataclass(frozen=True)
class Trigger:
    token: Any  # the token the pattern matched
    pattern: Pattern
    light: Any | None = None  # a light verb that carries a nominal event ("held talks")

    @property
    def verb(self) -> Any:
        """The verb whose clause the event lives in."""
        return self.light if self.light is not None else self.token


class RuleCoder:
    """Codes ParsedArticles into Events."""

    name = CODER_NAME

    def __init__(self, lexicon: Lexicon, matcher: ActorMatcher, codes: Ontology, fallback: Any = None) -> None:
        self.lex = lexicon
        self._names: dict[int, Any] = {}
        self._names_doc: Any = None
        self._keys: dict[int, frozenset[str]] = {}
        self._plain: dict[frozenset[str], bool] = {}
        self._coded_date = dt.date.today().isoformat()  # set again by each ``code`` call
        self._keys_doc: Any = None  # the doc ``_keys`` belongs to (held, so its id stays unique)
        self.fallback = fallback  # an EmbeddingFallback, or None (the default path)
        self.family_adjectives = frozenset(a for f in lexicon.families.values() for a in f.adjectives)
        self.family_nouns = {n: f for f in lexicon.families.values() for n in f.nouns}
        self.matcher = matcher
        self.dictionary = matcher.dictionary
        self.codes = codes
        s = lexicon.syntax
        self.light_verbs = frozenset(s["light_verbs"])
        self.naming_verbs = frozenset(s.get("naming_verbs", ()))
        self.quantity = lexicon.classes.get("quantity", frozenset())
        self.police = lexicon.classes.get("police", frozenset())
        # nouns standing for the act of a clause beside them ("a move Israel condemned")
        self.reaction_nouns = lexicon.classes.get("reaction_noun", frozenset())
        self.carriers = lexicon.classes.get("carrier", frozenset())
        #: who can be warned of as doing something: forces, armed groups, their craft
        self.doers = frozenset().union(
            *(lexicon.classes.get(c, frozenset()) for c in ("force", "armed_group", "police", "vessel", "aircraft"))
        )
        #: subjects that make no political event: natural causes, markets, sport
        self.no_agent_words = frozenset().union(
            *(lexicon.classes[c] for c in ("disaster", "market", "sport") if c in lexicon.classes)
        )
        self.hypo_heads = frozenset(s["hypothetical_heads"])
        self.hypo_aux = frozenset(s["hypothetical_aux"])
        self.future_aux = frozenset(s["future_aux"])
        self.neg_heads = frozenset(s["negation_heads"])
        self.neg_words = frozenset(s["negation_words"])
        self.neg_preps = frozenset(s.get("negation_preps", ()))
        self.allegation_heads = frozenset(s["allegation_heads"])
        self.bg_preps = frozenset(s["background_preps"])
        self.frame_preps = frozenset(s["frame_preps"])
        self.domestic_roots = frozenset(s["domestic_roots"])
        self.bg_adverbs = frozenset(s["background_adverbs"])
        self.bg_phrases = tuple(s["background_phrases"])
        self.bg_phrase_starts = tuple(sorted({p.split()[0] for p in self.bg_phrases if p.strip()}))
        self.target_preps = {k: tuple(v) for k, v in s["target_preps"].items()}
        self.context_words = {w: c for c, ws in s["contexts"].items() for w in ws}
        #: the lemmas that can trigger an event: a document with none of them codes nothing
        #: (with the inflected forms of heads: "readmitted" whatever its lemma)
        self.trigger_words = frozenset(lexicon.verbs) | frozenset(lexicon.nouns) | frozenset(lexicon.forms)
        #: per trigger lemma, None if it can fire alone, else what else a document must
        #: contain for it to fire ("hold" needs "talks", "exercise", ...): for verb patterns
        #: and noun patterns apart (a tagged document), and for either (an untagged one)
        self.trigger_requirements_by_class = {
            "verb": _with_forms(_trigger_requirements(lexicon, lexicon.verbs), lexicon.forms),
            "noun": _with_forms(_trigger_requirements(lexicon, lexicon.nouns), lexicon.forms),
        }
        self.trigger_requirements = _either(*self.trigger_requirements_by_class.values())
        # their ids in the vocabulary (a hash, or a small id for a spaCy symbol), set on
        # the first document: a pre-screen over the doc's LEMMA and LOWER arrays
        self._trigger_hashes: frozenset[int] = frozenset()
        # the prepositions on each head word of the last doc (see ``_prep_targets``)
        self._head_preps: tuple[Any, dict[int, list[tuple[Any, str]]]] = (None, {})
        self.mode_words = {t: {w: m for m, ws in modes.items() for w in ws} for t, modes in s["modes"].items()}

    # -- article level ---------------------------------------------------------

    def code(self, parsed: ParsedArticle) -> list[Event]:
        article = parsed.article
        doc = parsed.doc
        if not doc.has_annotation("DEP"):
            return []  # not parsed: the parser saw no trigger word in it
        mentions = self.matcher.find(doc)
        default_country = ""
        if parsed.dateline:
            for name in (parsed.dateline.country, parsed.dateline.place):
                for r in self.dictionary.readings(name):
                    if r.kind in ("state", "capital", "place"):
                        default_country = r.code
                        break
                if default_country:
                    break
        view = view_of(doc, parsed.body)  # the parse as plain values: the coder walks it many times
        actors = ArticleActors(
            view, mentions, self.dictionary, article.date, parsed.body_offset, default_country, parsed.body
        )
        self._names, self._names_doc = mentions.names, view  # for @igo/@state object classes
        self._keys_doc = None  # match keys of this doc's words, computed on first use
        events: list[Event] = []
        self._coded_date = dt.date.today().isoformat()
        from spacy.attrs import LEMMA, LOWER

        if not self._trigger_hashes:
            self._trigger_hashes = frozenset(doc.vocab.strings.add(w) for w in self.trigger_words)
        hashes = self._trigger_hashes  # a set beats np.isin on news-sized documents
        candidates = [
            i
            for i, (lemma, lower) in enumerate(doc.to_array([LEMMA, LOWER]).tolist())
            if lemma in hashes or lower in hashes
        ]
        next_candidate = 0  # candidates are in token order: one pass over them for all sentences
        for index, sent in enumerate(view.sents):
            first = next_candidate
            while next_candidate < len(candidates) and candidates[next_candidate] < sent.end:
                next_candidate += 1
            in_sent = candidates[first:next_candidate]
            found = list(self._code_sentence(sent, index, actors, parsed, in_sent)) if in_sent else []
            if not found and self.fallback is not None:
                found = self._fallback_sentence(sent, index, actors, parsed)
            events.extend(found)
        return events

    def _code_sentence(
        self, sent: Any, index: int, actors: ArticleActors, parsed: ParsedArticle, candidates: list[int] | None = None
    ) -> Iterable[Event]:
        doc = sent.doc
        triggers = self._triggers(sent, [doc[i] for i in candidates] if candidates is not None else None)
        seen: set[tuple[int, str]] = set()
        question = sent.text.rstrip().endswith("?")
        built_all = []
        for trig in triggers:
            built = self._build(trig, sent, actors, question, triggers)
            if built is not None:
                built_all.append((trig, built))
        # "urged Mali to release": the appeal is the derived event, not "urge" alone; but an
        # explicit verb+object pattern ("threatened strikes", "sought assistance") wins
        explicit = {
            t.verb.i
            for t, _ in built_all
            if t.pattern.kind == "verb"
            and t.pattern.obj is not None
            and t.light is None
            # "asked Chile to hand over ...", "agreed to hand over ...": the act asked for or promised
            and t.pattern.obj_label not in ("@control", ACT)
        }
        embedders = {b.embedder for t, b in built_all if b.embedder is not None and b.embedder not in explicit}
        # "began joint exercises", "arrived in Cairo for his first visit": the noun names the
        # event its verb has coded already (not "hosted talks between A and B": their own)
        parts: dict[int, set[str]] = {}
        for t, b in built_all:
            if t.pattern.kind == "verb" and t.light is None:
                for o in _pattern_objects(t.token, self.quantity, self.carriers):
                    if not any(c.dep_ == "prep" and c.lower_ == "between" for c in o.children):
                        parts.setdefault(o.i, set()).add(b.code[:2])
                # "in a joint operation", "in one of its heaviest attacks": of the same type
                purposes = _purpose_objects(t.token)
                for o in purposes + _amounts_of(purposes, self.quantity):
                    parts.setdefault(o.i, set()).add(self._type(b.code))
        kept, absorbed = self._same_attack(built_all)
        for number, (trig, (code, source, target, modality, symmetric, span, embedder)) in enumerate(built_all):
            if number in absorbed:
                continue  # "an air strike that destroyed the consulate": one attack
            if number in kept:  # ... whose sides either clause may name
                other = built_all[kept[number]][1]
                source = source if any(e.code for e in source) else other.source
                target = target if any(e.code for e in target) else other.target
            if trig.verb.i in embedders and trig.pattern.code[:2] in FAMILY_ROOTS:
                continue
            if (
                trig.pattern.kind == "noun"
                and trig.light is None
                and embedder is None  # "called for talks": the appeal derived from the talks
                and parts.get(trig.token.i, set()) & {code[:2], self._type(code)}
            ):
                continue
            if (
                trig.pattern.kind == "noun"
                and trig.token.dep_ == "appos"
                and any(t.pattern.kind == "verb" and self._type(b.code) == self._type(code) for t, b in built_all)
            ):
                continue  # "deported 28 Afghans ..., its first such deportation in years": one event
            if (
                trig.pattern.kind == "verb"
                and trig.verb.dep_ in ("acl", "relcl")
                and (
                    trig.verb.head.dep_ in ("appos", "npadvmod")
                    or any(c.lower_ in ("first", "latest", "such") for c in trig.verb.head.lefts)
                )
                and any(
                    t.pattern.kind == "verb" and t.verb.i != trig.verb.i and self._type(b.code) == self._type(code)
                    for t, b in built_all
                )
            ):
                continue  # "handed over radars to Manila, the first equipment delivered under ...": one event
            if (
                trig.pattern.kind == "verb"
                and trig.verb.dep_ == "acl"
                and trig.verb.tag_ == "VBN"
                and any(
                    t.pattern.kind == "verb"
                    and t.pattern.source_prep  # a receiving: the giving participle is its other side
                    and t.verb.i != trig.verb.i
                    and self._type(b.code) == self._type(code)
                    and trig.verb.head.i in _goods_of(t.verb)
                    for t, b in built_all
                )
            ):
                continue  # "took delivery of bombers supplied by Russia": one delivery, told from both sides
            if embedder is not None and embedder in explicit:
                continue  # "ordered the ambassador to leave": the expulsion, not a demand
            key = (span[0], code)
            if key in seen:
                continue
            seen.add(key)
            yield self._event(parsed, sent, index, trig, code, source, target, modality, symmetric, span)
            swap = _exchanged_for(trig.verb) if code.startswith(RELEASE) and trig.pattern.kind == "verb" else None
            if swap is not None and any(e.code for e in source) and any(e.code for e in target):
                # "Hamas freed four soldiers in exchange for 200 Palestinian prisoners": the
                # other side freed those, to the first
                back = [replace(e, sector="", entity_text="", start=-1, end=-1) for e in source if e.code]
                sides = [replace(e, sector="", entity_text="", start=-1, end=-1) for e in target if e.code]
                if {e.code for e in back} != {e.code for e in sides} and (swap.i, RELEASE) not in seen:
                    seen.add((swap.i, RELEASE))
                    yield self._event(
                        parsed, sent, index, trig, RELEASE, sides, back, modality, False, (swap.i, swap.i + 1)
                    )

    def _same_attack(self, built_all: list[tuple[Trigger, Built]]) -> tuple[dict[int, int], set[int]]:
        """Violent events that are one attack told twice: a clause on the attack's noun ("an
        air strike that destroyed the consulate", "launched attacks that killed 80") or on
        the weapon that does the act ("a missile fired by the Houthis struck the airport").
        The first keeps its code and takes the sides it lacks from the second, which is
        dropped."""
        kept: dict[int, int] = {}
        absorbed: set[int] = set()
        violent = [
            (n, t, b)
            for n, (t, b) in enumerate(built_all)
            if b.code[:2] in VIOLENT_ROOTS and b.modality not in UNREAL_MODALITIES
        ]
        if len(violent) < 2:
            return kept, absorbed
        attacks = {t.token.i: n for n, t, b in violent if t.pattern.kind == "noun" and b.code[:2] in ASSAULT_ROOTS}
        for n, t, b in violent:  # "launched attacks that killed 80": the verb's attack noun
            if t.pattern.kind == "verb" and t.pattern.obj is not None and b.code[:2] in ASSAULT_ROOTS:
                attacks.update((c.i, n) for c in t.verb.children if c.dep_ in OBJECT_DEPS)
        clauses = {t.verb.head.i: n for n, t, _ in violent if t.pattern.kind == "verb" and t.verb.dep_ == "acl"}
        verbs = {
            t.verb.i: (n, b.code[:2])
            for n, t, b in violent
            if t.pattern.kind == "verb" and t.light is None and b.code[:2] in ASSAULT_ROOTS
        }
        for n, t, b in violent:
            if t.pattern.kind != "verb" or t.light is not None or n in absorbed:
                continue
            verb = t.verb
            first = None
            if verb.dep_ in ("relcl", "acl"):
                head = verb.head  # "attacks in the Catatumbo region that killed 80": the attacks
                first = attacks.get(head.i)
                if first is None and head.dep_ == "pobj" and head.head.dep_ == "prep":
                    first = attacks.get(head.head.head.i)
            subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
            if first is None:  # "a missile fired by X struck ...": the clause on the subject
                first = clauses.get(subject.i) if subject is not None else None
            if first is None and verb.dep_ == "conj" and subject is None:
                # "a Houthi drone hit Tel Aviv and killed one man": the conjoined verb of the same
                # kind that shares the subject tells the same attack ("attacked a village and
                # abducted 20 people" tells two)
                conjoined = verbs.get(verb.head.i)
                if conjoined is not None and conjoined[1] == b.code[:2]:
                    first = conjoined[0]
            if first is not None and first != n and first not in absorbed:
                kept[first] = n
                absorbed.add(n)
        return kept, absorbed

    def _type(self, code: str) -> str:
        info = self.codes.most_specific_known(code)
        return info.plover_type if info is not None else code[:2]

    def _fallback_sentence(self, sent: Any, index: int, actors: ArticleActors, parsed: ParsedArticle) -> list[Event]:
        """Nearest-example similarity for a main clause the lexicon has no pattern for."""
        root = sent.root
        if root.pos_ not in ("VERB", "AUX") or not any(c.dep_ in SUBJECT_DEPS for c in root.children):
            return []
        if not any(actors.entities(c) for c in root.children if c.dep_ in SUBJECT_DEPS):
            return []  # no coded subject: not worth an embedding
        assert self.fallback is not None
        match = self.fallback.classify(sent.text.strip())
        if match is None:
            return []
        pattern = Pattern(
            match.code, "verb", root.lemma_.lower(), (), "", None, "", (), False, False, f"~ {match.example}", 0
        )
        trig = Trigger(root, pattern)
        source, target = self._verb_arguments(root, trig, pattern, actors)
        source = [e for e in source if e.code]
        target = [e for e in target if e.code]
        if not source or not target:
            return []
        modality = self._modality(trig, sent, "asserted", sent.text.rstrip().endswith("?"), None)
        event = self._event(
            parsed, sent, index, trig, match.code, source, target, modality, False, (root.i, root.i + 1)
        )
        return [replace(event, confidence=match.score)]

    # -- triggers -----------------------------------------------------------------

    def _triggers(self, sent: Any, tokens: list[Any] | None = None) -> list[Trigger]:
        out: list[Trigger] = []
        light_used: set[int] = set()
        for tok in sent if tokens is None else tokens:
            lemma, lower = tok.lemma_.lower(), tok.lower_
            if lower in _MONTHS and tok.text[0].isupper() and not tok.is_sent_start:
                continue  # "in March", "since May": the month, whatever the tagger says
            gerund = tok.tag_ == "VBG" and tok.dep_ == "pobj"  # "after days of fighting": a noun
            if (tok.pos_ in ("VERB", "AUX") and not gerund) or (tok.pos_ == "NOUN" and tok.dep_ == "ROOT"):
                verbs = self.lex.verbs
                pattern = self._match_verb(
                    tok, verbs.get(lemma) or verbs.get(lower) or verbs.get(self.lex.forms.get(lower, "")) or []
                )
                if pattern is not None:
                    out.append(Trigger(tok, pattern))
                    continue
            if tok.pos_ in ("NOUN", "PROPN", "VERB") and tok.tag_ not in ("VBD", "VBZ", "VBP", "MD"):
                nouns = self.lex.nouns
                candidates = nouns.get(lemma) or nouns.get(lower) or nouns.get(self.lex.forms.get(lower, "")) or []
                pattern = self._match_noun(tok, candidates)
                if pattern is None:
                    continue
                head = tok.head
                if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in self.quantity:
                    amount = head.head  # "wrapped up a week of joint drills", "held three rounds of talks"
                    if amount.dep_ in OBJECT_DEPS and amount.head.lemma_.lower() in self.light_verbs:
                        tok_dep, head = amount.dep_, amount.head
                    else:
                        tok_dep = tok.dep_
                else:
                    tok_dep = tok.dep_
                if (
                    tok_dep in OBJECT_DEPS + ("nsubjpass",)
                    and head.lemma_.lower() in self.light_verbs
                    and not (head.dep_ == "acl" and head.head.lemma_.lower() in self.carriers)  # "a ship carrying aid"
                ):
                    if not any(t.token.i == head.i for t in out) and head.i not in light_used:
                        light_used.add(head.i)
                        out.append(Trigger(tok, pattern, light=head))
                        continue
                out.append(Trigger(tok, pattern))
        # a light verb that matched a verb pattern of its own keeps it ("signed a deal")
        verb_tokens = {t.token.i for t in out if t.light is None and t.pattern.kind == "verb"}
        out = [t for t in out if t.light is None or t.light.i not in verb_tokens]
        # a noun that is the object of another trigger's pattern is part of that event
        consumed: set[tuple[int, str]] = set()
        shared = {t.token.i for t in out if t.pattern.kind == "noun" and t.pattern.symmetric}
        for t in out:
            if t.pattern.obj is not None:
                for o in _pattern_objects(t.token, self.quantity, self.carriers):
                    if o.i in shared and any(c.dep_ == "prep" and c.lower_ == "between" for c in o.children):
                        continue  # "hosted talks between A and B": the talks are A's and B's own event
                    consumed.add((o.i, t.pattern.code[:2]))
                    if t.pattern.code[:2] in REVERSING_ROOTS | COMPLAINT_ROOTS or t.pattern.code == "none":
                        consumed.add((o.i, "*"))
        return [
            t
            for t in out
            if not (
                t.pattern.kind == "noun"
                and t.light is None
                and ((t.token.i, t.pattern.code[:2]) in consumed or (t.token.i, "*") in consumed)
            )
        ]

    def _match_verb(self, tok: Any, patterns: list[Pattern]) -> Pattern | None:
        if not patterns:
            return None
        children = list(tok.children)
        particles: set[str] = set()
        preps: set[str] = set()
        objects: list[Any] = []
        passive: list[Any] = []
        timed: list[Any] = []
        for c in children:  # one pass over the verb's dependents
            dep, low = c.dep_, c.lower_
            if dep == "prt" or (dep == "advmod" and low in ADVERB_PARTICLES):
                particles.add(low)
            elif dep in ("prep", "agent", "dative"):
                if dep == "prep" and _temporal(c):
                    continue  # "called his counterpart on Monday": a date, not "call on"
                preps.add(low)
                if dep == "prep" and low in PARTICLES:  # "pulled out of": the particle made a preposition
                    particles.add(low)
                    preps.update(g.lower_ for g in c.children if g.dep_ == "prep")
            if dep in OBJECT_DEPS:
                objects.append(c)
                # "flew a rescue team and supplies to Myanmar": the parser's attachment
                for o in (c, *(x for x in c.children if x.dep_ == "conj")):
                    preps.update(
                        g.lower_ for g in o.children if g.dep_ == "prep" and g.lower_ in ("to", "into", "from")
                    )
            elif dep == "nsubjpass":
                passive.append(c)
            elif (dep == "npadvmod" and c.pos_ == "NOUN") or (dep in ("oprd", "acomp", "ccomp") and c.pos_ == "ADJ"):
                # "gave the junta one week to ...": the parser's reading of the time given;
                # "found the journalist guilty": the verdict
                timed.append(c)
        objects = (objects or passive) + timed
        objects = objects or _participle_object(tok)  # "Zelensky, visiting Berlin, said"
        if not objects and tok.dep_ == "amod" and any(c.dep_ in SUBJECT_DEPS for c in children):
            objects = [tok.head]  # "NATO scrambled fighter jets" read as a noun phrase
            if tok.head.dep_ == "compound":  # "Egypt hosted ceasefire talks": the talks
                objects.append(tok.head.head)
        if objects and objects[0].lower_ in ("it", "them") and tok.dep_ in ("pcomp", "advcl"):
            # "lifted martial law hours after declaring it": what the main clause acts on
            main = tok.head.head if tok.dep_ == "pcomp" else tok.head
            objects = objects + [c for c in main.children if c.dep_ in OBJECT_DEPS]
        if (
            tok.dep_ == "relcl"
            and tok.head.lemma_.lower() in self.reaction_nouns
            and tok.lemma_.lower() in self.naming_verbs
        ):
            objects = [tok.head, *objects]  # "a move Paris called an attack on press freedom"
        nominal_objects = [o for o in objects if o.dep_ in (*OBJECT_DEPS, "nsubjpass")]
        if _object_is_head(tok, nominal_objects):
            # "the curfew that had been imposed", "a ban imposed in 2023", "a decision Paris
            # called unacceptable" (with the predicate it is given)
            objects = [tok.head, *(o for o in objects if o not in nominal_objects)]
        for obj in list(objects):
            objects.extend(c for c in obj.children if c.dep_ == "conj")
        quantity = self.lex.classes.get("quantity", frozenset())
        for obj in list(objects):
            if obj.lemma_.lower() in quantity:  # "sent a shipload of aid": what the amount is of
                objects.extend(g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)
        for obj in list(objects):
            if obj.lemma_.lower() in self.carriers:  # "let trucks carrying food into Gaza": the food
                cargo = _cargo(obj)
                if not cargo:
                    continue
                objects.remove(obj)  # "dispatched a ship carrying relief": not a show of force
                objects.extend(cargo)
                preps.update(  # "flew planes loaded with tents to Benghazi": the parser's attachment
                    g.lower_
                    for o in cargo
                    for g in (*o.children, *o.head.children, *o.head.head.children)
                    if g.dep_ == "prep" and g.lower_ in ("to", "into")
                )
        object_keys: list[frozenset[str]] | None = None
        for pattern in patterns:
            if pattern.particle and pattern.particle not in particles:
                continue
            if pattern.required and not (preps & set(pattern.preps)):
                continue
            if pattern.obj is not None:
                if pattern.obj_label == "@clause":  # "charged that ...": a clause for object
                    if not any(c.dep_ == "ccomp" for c in children):
                        continue
                elif pattern.obj_label == "@control":  # "asked Uganda to reconsider"
                    if not _controls(children):
                        continue
                elif pattern.obj_label == "@blame":  # "said Moscow was behind the fire"
                    if not any(c.dep_ == "ccomp" and _blames(c) for c in children):
                        continue
                elif pattern.obj_label == ACT:  # "agreed to coordinate ...": the act promised
                    if _promised_act(tok) is None:
                        continue
                elif pattern.required:  # "pulled out of the talks": the preposition's object
                    candidates = objects + [
                        g for c in _preps_of(tok, pattern.preps) for g in c.children if g.dep_ == "pobj"
                    ]
                    if not any(self._matches(o, pattern.obj) for o in candidates):
                        continue
                elif self._plain_class(pattern.obj):  # words only: compare precomputed keys
                    if object_keys is None:
                        object_keys = [self._object_keys(o) for o in objects]
                    if all(pattern.obj.isdisjoint(keys) for keys in object_keys):
                        continue
                elif not any(self._matches(o, pattern.obj) for o in objects):
                    continue
            if pattern.modifiers and not _has_modifiers(tok, pattern.modifiers):
                continue
            if pattern.subj is not None:
                subjects = _subject_tokens(tok)
                subjects += _amounts_of(subjects, quantity)  # "thousands of doctors resigned"
                # "navy ships carrying rice docked in Havana": what they carry
                subjects += [g for s in subjects if s.lemma_.lower() in self.carriers for g in _cargo(s)]
                if not any(_matches(s, pattern.subj) for s in subjects):
                    continue
            return pattern
        return None

    def _matches(self, tok: Any, members: frozenset[str]) -> bool:
        if tok.pos_ == "PROPN" and any(members is self.lex.classes.get(c) for c in PERSON_CLASSES):
            # "hosted Vladimir Putin", "received President Zelensky": a named person or a
            # name with a title is a person
            if self._names_doc is not tok.doc:
                self._names, self._names_doc = self.matcher.find(tok.doc).names, tok.doc
            match = self._names.get(tok.i)
            if match is not None and match.best.kind == "person":
                return True
            if any(c.dep_ == "compound" and c.lemma_.lower() in members for c in tok.lefts):
                return True
        if "@igo" in members or "@state" in members:
            if self._names_doc is not tok.doc:  # names of this token's own document
                self._names, self._names_doc = self.matcher.find(tok.doc).names, tok.doc
            match = self._names.get(tok.i)
            if match is None:
                return False
            kind = match.best.kind
            return ("@igo" in members and kind == "igo") or ("@state" in members and kind == "state")
        if not members.isdisjoint(self._object_keys(tok)):
            return True
        return _long_compounds(members) and _matches(tok, members)

    def _object_keys(self, tok: Any) -> frozenset[str]:
        keys = self._keys.get(tok.i) if self._keys_doc is tok.doc else None
        if keys is None:
            if self._keys_doc is not tok.doc:
                self._keys, self._keys_doc = {}, tok.doc
            keys = self._keys[tok.i] = _match_keys(tok)
        return keys

    def _deployed_into(self, verb: Any, source: list[Entity], target: list[Entity], actors: ArticleActors) -> bool:
        """Whether a deployment's target is only the foreign state its forces are sent
        to or stationed in (named itself, or by its capital, after to/in/into)."""
        codes = {e.code for e in target if e.code}
        if not codes or codes & {e.country or e.code for e in source}:
            return False
        holders = [verb, *(o for o in verb.children if o.dep_ in OBJECT_DEPS)]  # "sent 500 soldiers to X"
        for c in (c for h in holders for c in h.children):
            if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "in", "into"):
                for g in c.children:
                    match = actors.mentions.names.get(g.i) if g.dep_ == "pobj" else None
                    if match is not None and match.best.kind in ("state", "capital") and match.best.code in codes:
                        return True
        return False

    def _reacting(self, trig: Trigger, source: list[Entity], nominal: bool, actors: ArticleActors) -> list[Entity]:
        """The state subject of the clause an attack is the occasion of ("after"/"following"),
        when it is not the attacker's."""
        node = trig.token if nominal else trig.verb
        main = None
        if (
            (nominal or node.dep_ == "pcomp")
            and node.dep_ in ("pobj", "pcomp")
            and node.head.lower_ in REACTION_MARKS_AFTER
        ):
            main = node.head.head  # "after Azerbaijani shelling", parsed as a noun or a gerund
        elif (
            not nominal
            and node.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ in REACTION_MARKS_AFTER for c in node.children)
        ):
            main = node.head
        if main is None or main.pos_ not in ("VERB", "AUX"):
            return []
        attackers = {e.country or e.code for e in source if e.code}
        found = [e for e in self._subjects(main, actors) if e.code and e.country and e.country not in attackers]
        return [Entity(e.country, "", "", e.country) for e in found[:1]]

    def _at_home(
        self, code: str, source: list[Entity], trig: Trigger, sent: Any, actors: ArticleActors
    ) -> list[Entity]:
        """The source's own state as the target of an event that names none, where the
        event is domestic: prisoners freed with no state ("Belarus freed 14 political
        prisoners"), forces deployed inside their own state ("deployed thousands of officers
        across Nairobi"), and a state's rebels, opposition or gangs acting with no one
        named ("the opposition demanded a rerun", "M23 rebels broke a ceasefire") in a
        sentence that names no other state."""
        countries = {e.country for e in source if e.code}
        if len(countries) != 1 or "" in countries:
            return []
        country = countries.pop()
        home = [Entity(country, "", "", country)]
        if code.startswith(RELEASE):
            return home
        if code[:2] == "15" and code[:3] != "150":  # a show of force at home is aimed at no one
            here = {
                e.code
                for h in [trig.verb, trig.token, *(c for c in trig.verb.children if c.dep_ in OBJECT_DEPS)]
                for p in h.children
                if p.dep_ == "prep" and p.lower_ in DEPLOYED_IN_PREPS
                for g in p.children
                if g.dep_ == "pobj"
                for e in self._place_left(g, actors)  # "on the streets of Ecuador's largest cities"
            }
            police = code[:3] == "153" or all(e.sector in LAW_ENFORCEMENT for e in source)
            if here == {country} or (not here and police and actors.context_country(trig.verb) == country):
                return home
            return []
        if code[:2] in VIOLENT_ROOTS and all(e.sector in STATE_ORGANS for e in source if e.code):
            # "Myanmar's military carried out air strikes on a camp in Kachin state": a
            # state's forces striking where the sentence places the strike in their own state
            return home if self._struck_at_home(trig, sent, country, actors) else []
        if not all(e.sector in HOME_SIDES for e in source if e.code) or code[:2] not in HOME_ROOTS:
            return []
        names = actors.mentions.names
        named = {
            e.country or e.code
            for t in sent
            if t.i in names and not _agent_or_backer(t)
            for e in actors.entities(t)
            if e.code
        }
        if named - {country}:
            return []  # another state is named: the event may be aimed at it
        if code[:2] in VIOLENT_ROOTS and actors.context_country(trig.verb) != country:
            return []  # violence at home only where the text places it there
        return home

    def _protested(self, verb: Any, actors: ArticleActors) -> list[Entity]:
        """The owners of what an act "in protest at/against/over" something protests (the
        parser may hang "at" on the verb)."""
        protests = [
            g
            for prep in verb.children
            if prep.dep_ == "prep" and prep.lower_ == "in"
            for g in prep.children
            if g.dep_ == "pobj" and g.lemma_.lower() == "protest"
        ]
        if not protests:
            return []
        for p in (c for h in (*protests, verb) for c in h.children):
            if p.dep_ == "prep" and p.lower_ in PROTESTED_PREPS:
                for g in p.children:
                    if g.dep_ == "pobj":
                        found = [e for e in actors.entities(g) if e.code] or actors.object_owners(g)
                        if found:
                            return found
        return []

    def _struck_at_home(self, trig: Trigger, sent: Any, country: str, actors: ArticleActors) -> bool:
        """Whether the places named under a violent trigger all lie in ``country`` and the
        sentence names no other state."""
        places = {
            e.code
            for head in (trig.verb, trig.token)
            for g in head.subtree
            if g.dep_ == "pobj" and g.head.lower_ in PLACE_NAME_PREPS | TARGET_PLACE_PREPS
            for e in actors.place_states(g)
        }
        if places != {country}:
            return False
        names = actors.mentions.names
        named = {e.country or e.code for t in sent if t.i in names for e in actors.entities(t) if e.code}
        return not named - {country}

    def _plain_class(self, members: frozenset[str]) -> bool:
        """A class of words only: no actor classes (@igo, @state), no three-word compounds,
        not a class of people (which a named person matches, see ``_matches``)."""
        plain = self._plain.get(members)
        if plain is None:
            plain = self._plain[members] = (
                not ({"@igo", "@state"} & members)
                and not _long_compounds(members)
                and not _person_class(members, self.lex)
            )
        return plain

    def _match_noun(self, tok: Any, patterns: list[Pattern]) -> Pattern | None:
        if not patterns:
            return None
        preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
        of_objects = _of_objects(tok)
        for pattern in patterns:
            if pattern.modifiers and not _has_modifiers(tok, pattern.modifiers):
                continue
            if pattern.required and not (preps & set(pattern.preps)):
                continue
            if pattern.obj is not None:
                candidates = of_objects
                if pattern.required:  # "withdrawal from ECOWAS": the preposition's object
                    candidates = [g for c in _preps_of(tok, pattern.preps) for g in c.children if g.dep_ == "pobj"]
                if not any(self._matches(o, pattern.obj) for o in candidates):
                    continue
            return pattern
        return None

    # -- arguments ------------------------------------------------------------------

    def _build(
        self, trig: Trigger, sent: Any, actors: ArticleActors, question: bool, triggers: list[Trigger]
    ) -> Built | None:
        pattern = trig.pattern
        code = pattern.code
        verb = trig.verb
        if pattern.code == "none":
            return None
        if self._subordinate(trig, triggers):
            return None
        if verb.lemma_.lower() == "strike" and verb.tag_ == "VBG" and verb.dep_ == "amod":
            return None  # "striking teachers" are on strike, not attacking
        if trig.light is None and code.startswith(MEDIATE) and verb.dep_ == "amod":
            return self._sponsored(trig, sent, actors, question)  # "a Qatari-mediated truce"
        if trig.light is None and pattern.kind == "verb" and verb.tag_ == "VBN" and _describes(verb, code):
            return None  # "besieged El Fasher", "traders accused of helping Moscow": a description
        served = _purpose_of(verb)
        if served is not None and any(
            t.verb.i == served.i
            and (
                t.pattern.code[:2] == code[:2]
                or {t.pattern.code[:2], code[:2]} <= PURPOSE_ROOTS
                or {t.pattern.code[:2], code[:2]} == COMPLAINT_PURPOSE
                or {t.pattern.code[:2], code[:2]} == DEPLOY_PURPOSE
            )
            for t in triggers
        ):
            # "approved a credit to help Kenya", "flew to Washington to meet Biden", "send
            # troops to help secure Gaza": the
            # purpose is part of the event already coded
            return None
        if (
            verb.dep_ == "xcomp"
            and _infinitive(verb)
            and self.lex.embedding_family(verb.head) is None
            and any(t.verb.i == verb.head.i and t.pattern.code[:2] == code[:2] for t in triggers)
        ):
            # "telephoned his Indian counterpart to discuss trade": the parser takes the
            # purpose for the object's complement; it is still part of the call
            return None
        nominal = pattern.kind == "noun" and trig.light is None
        if (
            code == VISIT
            and not nominal
            and (subjects := _subject_tokens(verb))
            and all(self._matches(s, self.lex.classes["force"]) or _matches(s, self.police) for s in subjects)
        ):
            return None  # "Kenyan troops arrived in Somalia": a deployment, not a visit
        if (
            code == VISIT
            and nominal
            and (visitors := _of_phrase(trig.token))
            and all(self._matches(v, self.lex.classes["force"]) or _matches(v, self.police) for v in visitors)
        ):
            return None  # "the arrival of US warships": a deployment, not a visit
        if (
            code == VISIT
            and not nominal
            and (subjects := _subject_tokens(verb))
            and not self._political(subjects, actors)
        ):
            return None  # "the Brazilian footballer arrived in London": no state visits
        if not nominal and verb.lemma_.lower() in self.naming_verbs and verb.dep_ in ("relcl", "acl"):
            called = self._called_act(trig, sent, actors, question)
            if called is not None:
                return called  # "a step Israel called a reward for terrorism"
        if not nominal and verb.lemma_.lower() in self.naming_verbs and _names_its_object(verb):
            # "called Zelensky a dictator": no phone call, a disparagement of the one named
            # ("called the sanctions illegal" names no one: nothing)
            if not any(actors.entities(c) for c in verb.children if c.dep_ in OBJECT_DEPS):
                return None
            pattern = replace(pattern, code=DISPARAGE, symmetric=False)
            code, trig = DISPARAGE, replace(trig, pattern=pattern)
        if not nominal and self._no_agent(verb):
            return None  # "floods displaced 400,000 people", "shares rallied": nobody did it
        if pattern.kind == "noun" and (
            trig.token.dep_ == "compound" or (trig.token.pos_ == "PROPN" and trig.token.i in actors.mentions.names)
        ):
            return None  # "an arrest warrant", "ceasefire talks", "the Collective Security Treaty Organization"
        if pattern.kind == "noun" and trig.token.text[:1].isupper() and trig.token.lower_ in MONTHS:
            return None  # "in March" is a month, not a march
        if nominal and self._prep_object_of(trig.token, triggers):
            return None  # "agreed to the teachers' demands": the demands are the concession's object
        asked = self._asked_by(trig, actors) if nominal else None
        if nominal and code.startswith(MEDIATE) and asked is None:
            asked = self._mediated_by(trig.token, actors)  # "resumed talks under Qatari mediation"
        if asked is not None:
            source, target = asked
        elif nominal:
            frame = self._framing(trig.token)
            if (
                frame
                and not (code[:2] in FRAMING_KINDS and frame in ONGOING_FRAMES)
                and not (code.startswith(VISIT) and frame == "on")  # "on a visit to Kyiv": visiting
                and frame != AHEAD  # "ahead of planned protests": to come
                and not self._held_at(trig, triggers)
            ):
                return None
            # protests "amid" which a minister resigned, a call "during" which aid was pledged:
            # events under way when something else happened did happen
            source, target = self._noun_arguments(trig.token, pattern, actors)
            if frame == "on" and not source and trig.token.head.head.pos_ in ("NOUN", "PROPN"):
                # "Pistorius, on an unannounced visit to Kyiv, said ...": the one it describes
                source_codes = {e.code for e in target}
                source = [e for e in actors.entities(trig.token.head.head) if e.code not in source_codes]
            if frame == AHEAD and not source:
                # "massed troops on the border ahead of a planned offensive": the one preparing
                governor = trig.token.head
                for _ in range(3):
                    if governor.pos_ in ("VERB", "AUX"):
                        break
                    governor = governor.head
                source_codes = {e.code for e in target}
                if governor.pos_ in ("VERB", "AUX"):
                    source = [e for e in self._subjects(governor, actors) if e.code not in source_codes]
            if frame and not source and code[:2] == "04":
                # "pledged aid during a phone call with Zelensky": the one who pledged called
                governor = _governing_verb(trig.token)
                source = self._subjects(governor, actors) if governor is not None else []
                source_codes = {e.code for e in source}
                target = [e for e in target if e.code not in source_codes]
            elif frame and source and not target and pattern.symmetric and code[:2] == "04":
                # "During their discussions, Russia agreed to ...": the talks were with the
                # main clause's actor, not among the possessor's members
                governor = _governing_verb(trig.token)
                source_codes = {e.code for e in source}
                others = self._subjects(governor, actors) if governor is not None else []
                target = [e for e in others if e.code and e.code not in source_codes]
            head = trig.token.head
            if not target and code[:2] in VIOLENT_ROOTS and trig.token.dep_ in SUBJECT_DEPS and head.pos_ == "VERB":
                # "Israeli air strikes killed 30 people in southern Lebanon": the verb's victims
                target = self._verb_arguments(head, Trigger(head, pattern), pattern, actors)[1]
                if not _rivals(source, target):  # militants of a state attacking its police are two sides
                    source_codes = {e.code for e in source}
                    target = [e for e in target if e.code not in source_codes]
            if not source and not target and _anaphoric(trig.token):
                return None  # "the visit" refers back to an event already coded
            if code[:2] in CLAIM_ROOTS and any(e.code for e in source) and not any(e.code for e in target):
                # "Sudan rejected a call by UN investigators", "refused to free him despite
                # demands from ECOWAS": a demand answered is addressed to whoever answers it
                noun = trig.token
                governor = _governing_verb(noun)
                if governor is not None and (
                    noun.dep_ in OBJECT_DEPS or (noun.dep_ == "pobj" and noun.head.lower_ in ANSWERED_PREPS)
                ):
                    source_codes = {e.code for e in source if e.code}
                    target = [e for e in self._subjects(governor, actors) if e.code and e.code not in source_codes]
        else:
            source, target = self._verb_arguments(verb, trig, pattern, actors)
            moved = self._moved_forces(verb, trig, actors)
            if moved:
                # "French troops were sent to Gabon": the forces' own state sent them
                moved_codes = {e.code for e in moved}
                preps = pattern.preps + tuple(self.target_preps.get(code[:2], ()))
                target = [e for e in self._prep_targets([verb], preps, actors, pattern) if e.code not in moved_codes]
                source = [replace(e, sector="", entity_text="", start=-1, end=-1) for e in moved]
            visit = _attributive_visit(verb)
            if visit is not None:
                # "told visiting French officials", "met the visiting Jordanian king": the
                # visitors visit the host, the subject of the verb that governs them
                visitors, governor = visit
                if any(t.verb.i == governor.i and t.pattern.code[:2] == code[:2] for t in triggers):
                    return None  # the meeting itself is coded from its own verb
                host = self._subjects(governor, actors)
                if actors.entities(visitors) and host:
                    source, target = actors.entities(visitors), host
        if pattern.kind == "verb" and pattern.obj_label == "@talks" and not any(e.code for e in target):
            # "Egypt hosted ceasefire talks between Israeli and Hamas negotiators": the parties
            source_codes = {e.code for e in source}
            target = [e for e in self._between(verb, sent, actors, 1) if e.code not in source_codes] or target
        if pattern.obj_label == ACT:
            found = self._promised(verb, source, target, actors)
            if found is None:
                return None
            target = found
        # embedding verbs: intent, appeal, demand, rejection, threat
        modality = "asserted"
        family, embedder, controller_target = self._family(trig.token if nominal else verb, actors)
        if family is not None and family.name == "demand" and not nominal and self._own_forces(embedder, actors):
            # "Russia ordered its troops to withdraw": a command to one's own forces is
            # the act itself, done by the one who gave the order
            family, controller_target = None, []
            source = self._subjects(embedder, actors)
            source_codes = {e.code for e in source}
            target = [e for e in target if e.code not in source_codes]
        refused = family is None and not nominal and _refused(verb, self.future_aux)
        if refused:
            # "Iran will not hold talks with the United States": a refusal (12x)
            derived = self.lex.families["reject"].derive(code)
            refused = derived is not None
            if derived is not None:
                code, pattern = derived, replace(pattern, code=derived, symmetric=False)
        renounced = (
            family is not None
            and family.name == "intent"
            and code[:2] in HOSTILE_ROOTS
            and any(c.dep_ == "neg" for c in verb.children)
        )
        if renounced:
            # "pledged not to use force against each other": an intent to de-escalate
            code = DEESCALATE
        if family is not None:
            derived = family.derive(code)
            if derived is not None:
                code = derived
                if family.object_control and controller_target:
                    # "X urged Y to release Z": the appeal goes from X to Y
                    src = self._subjects(embedder, actors)
                    if src:
                        agent = [e for e in source if e.code] if nominal and trig.token.head.i == embedder.i else []
                        # "demanded the withdrawal of Israeli troops from Lebanon": the
                        # demand goes to the ones to withdraw, not to the place they leave
                        source, target = src, agent or controller_target
                elif family.object_control and not nominal and verb.dep_ == "ccomp" and source:
                    # "Mali demanded that French troops leave": the clause's subject is
                    # the one asked, the demand comes from the embedding verb's subject
                    src = self._subjects(embedder, actors)
                    if src and {e.code for e in src} != {e.code for e in source}:
                        source, target = src, source
                elif not source:
                    source = self._agent(embedder, actors)
                if family.modality:
                    modality = family.modality
            elif family.name in ("appeal", "demand") and not nominal:
                # "urged Turkey to stop attacking Kurdish towns": what others are asked
                # to do has not happened
                modality = "hypothetical"
            elif family.modality:
                modality = family.modality  # "promised to send troops": not sent yet
            elif family.name in UNDONE_FAMILIES and not nominal:
                # "threatened to send troops", "refused to send troops": not sent
                modality = UNDONE_FAMILIES[family.name]
        conditional_threat = family is None and not nominal and _conditional_promise(verb)
        if conditional_threat:
            # "North Korea would use nuclear weapons if its sovereignty were violated": a
            # coercive act promised on a condition is a threat of it
            derived = self.lex.families["threaten"].derive(code)
            conditional_threat = derived is not None
            if derived is not None:
                code = derived
                if not any(e.code for e in target):
                    source_codes = {e.code for e in source}
                    target = [
                        e for e in self._condition_subjects(verb, verb, actors) if e.code not in source_codes
                    ] or target
        claimer = embedder if embedder is not None and family is not None else (None if nominal else verb)
        if code[:2] in CLAIM_ROOTS and claimer is not None:
            if claimer.tag_ == "VBG" and any(
                t.verb.i == claimer.head.i and t.pattern.code[:2] == "14" for t in triggers
            ):
                return None  # "marched through Belgrade demanding accountability": the march
            if self._protesters_do(claimer):
                # "protesters demanded the resignation of the prime minister": a demonstration
                code = DEMONSTRATE
                if not any(e.code for e in target):
                    target = [replace(e, sector="", entity_text="", start=-1, end=-1) for e in source if e.country]
        if code[:2] in RIOT_ROOTS and not nominal and family is None and self._protesters_do(verb):
            code = RIOT  # "protesters set fire to a police station": a violent protest
            if {e.code for e in target if e.code} <= {e.country for e in source}:
                # "torched cars in protest at a French reform": whom the protest is against
                # before the rioters' own state
                target = self._protested(verb, actors) or target
            if not any(e.code for e in target):  # "clashed with police": at home
                target = [replace(e, sector="", entity_text="", start=-1, end=-1) for e in source if e.country]
        if (
            code == EXERCISE
            and len({e.country for e in source if e.country}) >= 2
            and {e.code for e in target if e.code} <= {e.country for e in source}
        ):
            # "the United States and the Philippines began their exercises": done together
            code, symmetric, target = JOINT_EXERCISE, True, source
        else:
            symmetric = pattern.symmetric
        countries = {e.country for e in source if e.country}
        named_target = [e for e in target if e.code and not _bare(e)]  # "released 390 prisoners" names no one
        if len(countries) >= 2 and {e.code for e in named_target} <= {e.code for e in source}:
            if code[:2] in MUTUAL_ROOTS and not named_target:
                # "Colombia and Venezuela restored relations": each with the other
                symmetric, target = True, source
            elif (
                code[:2] in RIOT_ROOTS
                and not symmetric
                and (
                    all(e.sector in LAW_ENFORCEMENT for e in source)
                    or (not nominal and _matches((_subject_tokens(verb) or [verb])[0], self.police))
                )
            ):
                # "Spanish and Moroccan police dismantled a trafficking ring": police cooperation
                code, symmetric, target = JOINT_POLICING, True, source
        between: list[Entity] | None = None  # "talks between X and Y", looked up once
        source_codes = {e.code for e in source if e.code}
        target_codes = {e.code for e in target if e.code}
        if symmetric and target_codes and target_codes < source_codes:
            # "South Korean and Japanese officials held talks in Seoul": the place is one of
            # the sides, not the other side ("Modi telephoned Sharif", a name the
            # dictionaries lack, is still the other side)
            target = source
        if (
            (symmetric or code[:2] in MUTUAL_ROOTS)
            and not code.startswith(VISIT)  # a visit goes to the place
            and (len(countries) >= 2 or (len(source) == 1 and source[0].code.startswith("IGO")))
            and not nominal
            and self._only_place(verb, target, actors)
        ):
            # "the foreign ministers of India and China met in Moscow", "NATO leaders met in
            # Brussels": the host city's state is where they met, not a side
            symmetric, target = True, source
        if symmetric and not source and len({e.code for e in target if e.code}) >= 2:
            source = target  # "talks between the Armenian and Azerbaijani ministers were held"
        if symmetric and not source and target and len({e.code for e in target if e.code}) < 2:
            # "talks were held between Ethiopian and Egyptian officials in Cairo"
            between = self._between(trig.token, sent, actors) or self._between(verb, sent, actors)
            if between:
                source = target = between
        if symmetric and not target:
            between = self._between(trig.token, sent, actors) or self._between(verb, sent, actors)
            if between:
                if not source:
                    source = between
                target = (
                    between
                    if len(source) <= 1 or set(e.code for e in between) != set(e.code for e in source)
                    else source
                )
            elif len(source) > 1:
                target = source
        if family is not None and code != pattern.code and not target:
            # "called for talks between Ethiopia's government and the Fano militias": the
            # parties of the proposed event, even when only one of them is coded
            source_codes = {e.code for e in source}
            target = [e for e in self._between(trig.token, sent, actors, 1) if e.code not in source_codes]
        if family is not None and family.name == "intent" and not any(e.code for e in target):
            # "Turkey agreed with Russia to resume talks": the partner of the agreement
            source_codes = {e.code for e in source}
            partners = self._prep_targets([embedder], ("with",), actors, pattern)
            target = [e for e in partners if e.code not in source_codes] or target
        if family is not None and family.name == "threaten" and not any(e.code for e in target):
            # "threatened to close the strait if Israel attacked": the condition's subject
            source_codes = {e.code for e in source}
            target = [
                e for e in self._condition_subjects(verb, embedder, actors) if e.code not in source_codes
            ] or target
        if pattern.self_target and source and not target:
            target = [replace(e, sector="", entity_text="") for e in source if e.country or len(e.code) == 3]
        if not nominal and not source and code[:2] == "14":
            # "tens of thousands marched in Paris": an unnamed crowd of the place's state
            country = actors.context_country(verb) or _single_country(target)
            if country:
                source = [Entity(country, "CVL", "", country)]
                target = target if any(e.code for e in target) else [Entity(country, "", "", country)]
        if not nominal and not source and code[:2] == "07" and _conjoined_passive(verb):
            # "arrived in Moscow and been granted asylum": given by the state they arrived in
            target_codes = {e.country or e.code for e in target if e.code}
            hosts = {
                e.code
                for v in (verb, verb.head)
                for p in v.children
                if p.dep_ == "prep" and p.lower_ in ("in", "to")
                for g in p.children
                if g.dep_ == "pobj"
                for e in actors.place_states(g)
            } - target_codes
            if len(hosts) == 1:
                given_by = hosts.pop()
                source = [Entity(given_by, "", "", given_by)]
        if not nominal and not source and _passive(verb) and (code[:3] in EXPULSIONS or code[:3] == EXTRADITION):
            # "migrants were deported from the United States": the state they are sent from
            source = [
                e
                for p in _preps_of(verb, ("from",))
                for g in p.children
                if g.dep_ == "pobj"
                for e in self._state_of(g, actors)
            ]
            source_codes = {e.code for e in source}
            target = [e for e in target if e.code not in source_codes]
        if not nominal and not source and _passive(verb):
            # "Iran released a French citizen detained for two years", "lifted its ban on
            # imports, imposed after ...": the one who holds the person or the measure;
            # "ECOWAS urged the junta to free Conde, who was detained": the state at home
            holder = verb.head.head if verb.dep_ in ("acl", "relcl") and verb.head.dep_ in OBJECT_DEPS else None
            source = self._subjects(holder, actors) if holder is not None else []
            source = [replace(e, sector="", entity_text="", start=-1, end=-1) for e in source if e.country]
            domestic = code[:2] in self.domestic_roots or pattern.self_target  # "the curfew was lifted"
            country = "" if source or not domestic else actors.context_country(verb) or _single_country(target)
            if country:
                source = [Entity(country, "", "", country)]
            if domestic and source and not any(e.code for e in target):
                target = list(source)  # "a curfew that had been imposed": at home
        if nominal and not source and code[:2] in self.domestic_roots:
            # "weeks of street protests in Ulaanbaatar"; else the one state the sentence is about
            country = actors.context_country(trig.token) or self._sentence_country(sent, actors)
            if country:
                source = [Entity(country, "CVL", "", country)]
                target = target or [Entity(country, "", "", country)]
        if nominal and code[:2] == "14" and source and not any(e.code for e in target):
            target = [replace(e, sector="", entity_text="", start=-1, end=-1) for e in source if e.country]
        if nominal and not source:
            if between is None:
                between = self._between(trig.token, sent, actors)
            if not between and (pattern.symmetric or code[:2] == "04"):
                # "Ethiopia and Somalia agreed ... after talks in Ankara", "agreed to a truce at
                # talks in Kuala Lumpur": talks or clashes with no sides named are between
                # the two or more actors of the clause they frame
                governor = _governing_verb(trig.token)
                sides = self._subjects(governor, actors) if governor is not None else []
                if len([e for e in sides if e.code]) >= 2:
                    between = sides
            if not between and code[:2] in ASSAULT_ROOTS and not any(e.code for e in target):
                source, target = self._background_fight(trig.token, sent, actors, pattern)
                if source and source == target:  # clashes at home
                    between = source
            if between:
                source = target = between
                symmetric = True
            elif not source:
                return None
        if (
            not nominal
            and code[:2] in VIOLENT_ROOTS
            and (not any(e.code for e in source) or self._unnamed_armed(source, verb, actors))
        ):
            # "an attack claimed by the Pakistani Taliban", "a bombing (IS claimed) that
            # killed 90", "soldiers were killed in clashes with M23 rebels": the attack's author
            source = self._attack_author(verb, actors) or source
            source_codes = {e.code for e in source if e.code}
            target = [e for e in target if not e.code or e.code not in source_codes or _rivals(source, [e])]
        if not any(e.code for e in source) and not any(e.code for e in target):
            return None
        if not source and not nominal and trig.verb.dep_ not in ("ROOT", "ccomp", "conj", "xcomp", "advcl", "relcl"):
            return None
        source = [e for e in source if e.code or e.entity_text]
        target = [e for e in target if e.code or e.entity_text]
        if not source and not target:
            return None
        if (
            not nominal
            and _purpose_clause(verb)
            and family is None
            and (
                not any(e.code for e in target)
                or (
                    code[:2] == "07"
                    and {e.code for e in target if e.code} <= {e.country or e.code for e in source if e.code}
                )
            )
        ):
            # "arrived to help secure the capital": a purpose with no one named; "sent soldiers
            # to help police curb gang violence": helping its own organs is part of the act
            return None
        source, target = self._localise(source, target, verb, actors, code[:2] in ASSAULT_ROOTS)
        if source and not any(e.code for e in target):
            target = self._at_home(code, source, trig, sent, actors) or target
        if source and not any(e.code for e in target) and code[:2] in VIOLENT_ROOTS:
            # "Armenia asked for help after Azerbaijani shelling", "Ukraine severed relations
            # after Moscow launched an invasion": the one reacting was the one attacked
            target = self._reacting(trig, source, nominal, actors) or target
        if code.startswith(VISIT) and pattern.kind == "verb" and not any(e.code for e in target):
            return None  # "travelled to his home state": a visit is to a state or its leaders
        if code[:2] == "15" and not nominal and self._deployed_into(verb, source, target, actors):
            # "sent 300 soldiers to Chad", "troops stationed in Niger": the state is where the
            # forces go, not whom they face (a build-up "near"/"along" a border still is)
            target = []
            if not any(e.code for e in source):
                return None
        if (
            not nominal
            and verb.lemma_.lower() in RESCUING
            and any(e.code for e in target)
            and {e.code for e in target if e.code} <= {e.country or e.code for e in source if e.code}
        ):
            return None  # "authorities evacuated 50,000 people": a state's care of its own, no aid
        if code[:2] == "15" and not nominal:
            host = self._host_asked(verb, actors)
            if host:  # "flew 100 police into Honiara at the request of the prime minister"
                code, target = PEACEKEEPING, host
        if (
            pattern.kind == "verb"
            and code[:2] == "07"
            and verb.lemma_.lower() in PAYING
            and (
                not any(e.code for e in target)
                or not any(
                    c.dep_ == "prt" or (c.dep_ in ("dative", "prep") and c.lower_ not in ("for", "in", "on", "at"))
                    for c in verb.children
                )
            )
        ):
            return None  # "paid $2 billion for French jets": a purchase, no aid
        if code == WARN and code == pattern.code and not nominal and self._warns_of_others(verb, source, actors):
            return None  # "warned that al-Shabaab could exploit a vacuum": a forecast, no threat
        if code == ULTIMATUM and not nominal and _time_to_leave(verb):
            code = EXPEL  # "gave the French ambassador 72 hours to leave the country": an expulsion
            governor = verb.head
            while governor.pos_ not in ("VERB", "AUX") and governor.head.i != governor.i:
                governor = governor.head  # (the parser may hang the clause on a date)
            governors = {governor.i, governor.head.i if governor.dep_ == "conj" else governor.i}
            if verb.dep_ in ("advcl", "conj") and any(
                t.verb.i in governors and t.pattern.code[:2] in ("16", "17") for t in triggers
            ):
                return None  # "expelled 12 diplomats, giving them 48 hours to leave": that expulsion
        modality = self._modality(trig, sent, modality, question, embedder)
        if nominal and modality in ("asserted", "background") and self._framing(trig.token) == AHEAD:
            modality = "intent"  # "deployed police ahead of planned protests": planned, not held
        if pattern.obj_label == ACT and modality == "asserted":
            modality = "intent"  # "agreed to coordinate": promised, not done
        if refused and modality == "negated":
            modality = "asserted"  # the refusal is made
        if renounced and modality == "negated":
            modality = "intent"  # the "not" is part of what is promised
        if conditional_threat and modality in ("hypothetical", "intent"):
            modality = "asserted"  # the threat is made; only the threatened act is conditional
        if modality == "intent" and family is None:  # "will hold joint exercises" -> 0312
            derived = self.lex.families["intent"].derive(code)
            if derived is not None:
                code = derived
        derived_by = embedder.i if embedder is not None and code != pattern.code else None
        start = min(trig.token.i, verb.i, verb.i if derived_by is None else derived_by)
        end = max(trig.token.i, verb.i) + 1
        return Built(code, source, target, modality, symmetric, (start, end), derived_by)

    def _called_act(self, trig: Trigger, sent: Any, actors: ArticleActors, question: bool) -> Built | None:
        """A clause naming the act beside it ("recognised a Palestinian state, a step Israel
        called a reward for terrorism", "a move the agency called unjustified"): the one
        who names it disparages (111) the one who did it."""
        verb = trig.verb
        noun, namer = verb.head, None
        if noun.dep_ == "appos" and noun.head.lemma_.lower() in self.reaction_nouns:
            noun, namer = noun.head, noun  # "a move the agency called ...": the agency
        if noun.lemma_.lower() not in self.reaction_nouns or noun.dep_ not in ("npadvmod", "appos", "dobj", "attr"):
            return None
        main = noun.head
        if main.pos_ not in ("VERB", "AUX") and main.dep_ in OBJECT_DEPS:
            main = main.head  # "expelled the ambassador, a decision ...": set beside the object
        if main.pos_ not in ("VERB", "AUX"):
            return None
        source = self._subjects(verb, actors) or (actors.entities(namer) if namer is not None else [])
        source = [e for e in source if e.code]
        source_codes = {e.code for e in source}
        target = [e for e in self._subjects(main, actors) if e.code and e.code not in source_codes]
        if not source or not target:
            return None
        modality = self._modality(trig, sent, "asserted", question, None)
        return Built(DISPARAGE, source, target, modality, False, (verb.i, verb.i + 1), None)

    def _host_asked(self, verb: Any, actors: ArticleActors) -> list[Entity]:
        """The state forces are sent into at its own request or invitation ("sent police to
        Haiti at the request of its government"): they are sent to help it (074)."""
        asked = [
            g
            for p in _preps_of(verb, ("at", "upon", "on"))
            for g in p.children
            if g.dep_ == "pobj" and g.lemma_.lower() in ("request", "invitation", "behest")
        ]
        if not asked:
            return []
        askers = {
            e.country or e.code
            for g in asked
            for a in (
                *(c for c in g.children if c.dep_ == "poss"),
                *(x for p in _preps_of(g, ("of",)) for x in p.children),
            )
            for e in actors.entities(a)
            if e.code
        }
        holders = [verb, *(c for c in verb.children if c.dep_ in OBJECT_DEPS)]
        places = {
            e.code
            for h in holders
            for p in h.children
            if p.dep_ in ("prep", "dative") and p.lower_ in DEPLOYED_IN_PREPS
            for g in p.children
            if g.dep_ == "pobj"
            for e in actors.place_states(g)
        }
        host = askers & places
        return [Entity(c, "", "", c) for c in sorted(host)]

    def _promised(
        self, verb: Any, source: list[Entity], target: list[Entity], actors: ArticleActors
    ) -> list[Entity] | None:
        """The other side of an act promised that the lexicon has no pattern for: named
        with the promise ("agreed with Russia to ..."), among the act's objects and its
        clause's subject ("agreed to give US forces access", "agreed to let the IAEA
        reinstall cameras"), or each of two or more sides that agree together (the
        source itself); None when no one else is named."""
        source_codes = {e.code for e in source if e.code}
        if any(e.code and e.code not in source_codes for e in target):
            return target
        act = _promised_act(verb)
        assert act is not None
        holders = [act, *(c for c in act.children if c.dep_ in ("xcomp", "ccomp"))]
        others = [
            e
            for h in holders
            for c in h.children
            if c.dep_ in (*OBJECT_DEPS, "dative", "nsubj", "nsubjpass")
            for e in actors.entities(c)
            if e.code and e.code not in source_codes
        ]
        if others:
            return others
        if len({e.country or e.code for e in source if e.code}) >= 2:
            return list(source)  # "Britain and France agreed to coordinate ...": with each other
        return None

    def _warns_of_others(self, verb: Any, source: list[Entity], actors: ArticleActors) -> bool:
        """Whether a warning with no one warned ("warned that ...") is of what another side
        may do: another state ("warned that Chinese ships could ram its vessels") or a
        non-state side of one's own ("warned that al-Shabaab could exploit a vacuum"), not
        one's own organs ("warned that police would use force")."""
        if verb.lemma_.lower() != "warn" or any(c.dep_ in (*OBJECT_DEPS, "dative") for c in verb.children):
            return False
        if any(c.dep_ == "prep" and c.lower_ in ("of", "against") for c in verb.children):
            return False
        clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None) if clause is not None else None
        if subject is None or not (subject.pos_ == "PROPN" or _matches(subject, self.doers)):
            return False  # "warned that Taiwan independence means war": what a thing means
        own = {e.country or e.code for e in source if e.code}
        others = [e for e in self._subjects(clause, actors) if e.code]
        return bool(own and others) and all((e.country or e.code) not in own or e.sector in HOME_SIDES for e in others)

    def _mediated_by(self, noun: Any, actors: ArticleActors) -> tuple[list[Entity], list[Entity]] | None:
        """A mediation under or with which the clause's sides act ("resumed talks under the
        mediation of Qatar", "signed a deal under Ethiopian mediation"): from the mediator
        to those sides."""
        if noun.dep_ != "pobj" or noun.head.lower_ not in ("under", "with", "through"):
            return None
        mediator = [
            e for c in noun.children if c.dep_ in ("poss", "amod", "compound") for e in actors.entities(c) if e.code
        ] + [
            e for p in _preps_of(noun, ("of", "by")) for g in p.children if g.dep_ == "pobj" for e in actors.entities(g)
        ]
        governor = _governing_verb(noun)
        if not mediator or governor is None:
            return None
        mediator = [replace(e, sector="" if e.sector == "CVL" else e.sector) for e in mediator if e.code]
        codes = {e.country or e.code for e in mediator}
        sides = [e for e in self._subjects(governor, actors) if e.code and (e.country or e.code) not in codes]
        return (mediator, sides) if sides else None

    def _sponsored(self, trig: Trigger, sent: Any, actors: ArticleActors, question: bool) -> Built | None:
        """A mediation named by a participle before the noun of what it brought about ("an
        EU-mediated dialogue between Serbia and Kosovo", "agreed a Qatari-brokered truce",
        "after an Egyptian-brokered ceasefire took effect"): the mediator is the name the
        participle carries, the parties those of the noun ("between ...") or of its clause."""
        verb = trig.verb
        source = [  # "Malaysian-brokered": the state, not its people
            replace(e, sector="" if e.sector == "CVL" else e.sector)
            for c in verb.children
            if c.dep_ in ("npadvmod", "compound", "nmod", "amod", "advmod")
            for e in actors.entities(c)
            if e.code
        ]
        if not source:
            return None
        noun = verb.head
        parties = self._between(noun, sent, actors, 1)
        if not parties and noun.dep_ in OBJECT_DEPS:
            parties = self._subjects(noun.head, actors)  # "Russia and Ukraine agreed a ... truce"
        elif not parties and noun.dep_ == "pobj" and noun.head.head.pos_ in ("VERB", "AUX"):
            parties = self._subjects(noun.head.head, actors)  # "agreed to a ... deal"
        elif not parties and noun.dep_ in SUBJECT_DEPS and noun.head.dep_ in ("advcl", "conj"):
            parties = self._subjects(noun.head.head, actors)  # "fighting raged after a ... truce took effect"
        source_codes = {e.code for e in source}
        target = [replace(e, sector="", entity_text="") for e in parties if e.code and e.code not in source_codes]
        if not target:
            return None
        modality = self._modality(trig, sent, "asserted", question, None)
        return Built(trig.pattern.code, source, target, modality, False, (verb.i, verb.i + 1), None)

    def _localise(
        self, source: list[Entity], target: list[Entity], verb: Any, actors: ArticleActors, attack: bool = False
    ) -> tuple[list[Entity], list[Entity]]:
        """Give a state to actors known only by their sector ("journalists", "gunmen"):
        the state the sentence places them in, else the one state of the other side
        ("Turkish police detained 20 journalists" → TUR→TUR). The victims of an
        ``attack`` take only the place's state: "Russia bombed a hospital" says nothing
        of whose hospital (the attacker itself is the least likely)."""
        source, target = _allied(source), _allied(target)
        if not any(_bare(e) for e in source + target):
            return source, target
        here = actors.context_country(verb)

        def fill(entities: list[Entity], other: list[Entity], from_other: bool = True) -> list[Entity]:
            country = here or (_single_country([e for e in other if not _bare(e)]) if from_other else "")
            if not country:
                return entities
            return [replace(e, code=country, country=country) if _bare(e) else e for e in entities]

        armed_source = bool(source) and all(e.sector in ARMED_NON_STATE | LAW_ENFORCEMENT for e in source)
        # police firing on a crowd act at home, as armed groups do; a state's forces may not
        return fill(source, target), fill(target, source, from_other=not attack or armed_source)

    def _no_agent(self, verb: Any) -> bool:
        """Whether the verb's subject is a natural cause or a market ("floods displaced",
        "Typhoon Yagi ... killing 59", "shares rallied"), also for a participle that
        continues its clause."""
        subjects = _subject_tokens(verb)
        if not subjects and verb.dep_ in ("advcl", "conj") and verb.tag_ == "VBG":
            subjects = _subject_tokens(verb.head)
        return any(
            not self.no_agent_words.isdisjoint(self._object_keys(t))
            for s in subjects
            for t in (s, *(g for g in s.children if g.dep_ in ("compound", "appos")))
        )

    def _political(self, subjects: list[Any], actors: ArticleActors) -> bool:
        """Whether a subject is one that pays visits: a name, an office or a delegation
        (the visitor class), or a role of the state that is not a civilian one."""
        visitor = self.lex.classes["visitor"]
        for s in subjects:
            if s.pos_ != "NOUN" or self._matches(s, visitor):
                return True
            if any(e.sector and e.sector not in CIVILIAN_SECTORS for e in actors.entities(s)):
                return True
        return False

    def _attack_author(self, verb: Any, actors: ArticleActors) -> list[Entity]:
        """Who carried out the attack a violent verb belongs to, when the verb names no
        agent: the author of the attack noun it is a relative clause of ("a bombing that
        killed 90") or that frames it ("killed in an attack claimed by X", "in clashes with
        X"); of a noun: its "by"-agent, the agent of "claimed/carried out by", the other
        side "with" whom it was fought, or the subject of "claimed" it is the object of."""
        nouns = [verb.head] if verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" else []
        if nouns and nouns[0].dep_ == "pobj" and nouns[0].head.head.pos_ == "NOUN":
            nouns.append(nouns[0].head.head)  # "the attack on an army base that killed 20"
        clauses = [verb, *(c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG")]  # ", killing 10"
        nouns += [
            g
            for v in clauses
            for p in v.children
            if p.dep_ == "prep" and p.lower_ in ("in", "during")
            for g in p.children
            if g.dep_ == "pobj" and g.pos_ == "NOUN"
        ]
        for noun in nouns:
            if not (_matches(noun, self.lex.classes["attack"]) or noun.lemma_.lower() in ATTACK_NOUNS):
                continue
            for c in noun.children:
                if c.dep_ == "prep" and c.lower_ in ("by", "with"):
                    found = [e for g in c.children if g.dep_ == "pobj" for e in actors.entities(g) if e.code]
                elif c.dep_ == "acl" and c.tag_ == "VBN":
                    found = [
                        e
                        for a in c.children
                        if a.dep_ == "agent"
                        for g in a.children
                        if g.dep_ == "pobj"
                        for e in actors.entities(g)
                        if e.code
                    ]
                elif c.dep_ == "poss":
                    found = [e for e in actors.entities(c) if e.code]
                else:
                    continue
                if found:
                    return found
            claim = noun.head
            if noun.dep_ == "pobj" and claim.lower_ == "for" and claim.head.lemma_.lower() == "responsibility":
                claim = claim.head.head  # "claimed responsibility for the attack"
            if (noun.dep_ in OBJECT_DEPS or claim.i != noun.head.i) and claim.lemma_.lower() == "claim":
                found = [e for e in self._subjects(claim, actors) if e.code]
                if found:
                    return found
        return []

    def _unnamed_armed(self, source: list[Entity], verb: Any, actors: ArticleActors) -> bool:
        """Whether the source is armed men the text does not name ("gunmen", "a suicide
        bomber"): an attack's claimed author says who they were."""
        if not all(e.sector in ARMED_NON_STATE for e in source):
            return False
        names = actors.mentions.names
        return not any(t.i in names for s in _subject_tokens(verb) for t in s.subtree)

    def _measure_owners(self, noun: Any, actors: ArticleActors) -> list[Entity]:
        """The states or organisations that own a measure or thing named by a passive
        subject ("the U.S. sanctions", "Israel's blockade"); [] for an actor."""
        if noun.pos_ != "NOUN" or noun.i in actors.mentions.names or noun.i in actors.mentions.role_tokens:
            return []
        if not any(self._matches(noun, self.lex.classes[c]) for c in MEASURE_CLASSES if c in self.lex.classes):
            return []  # "two Chinese nationals were arrested": people, not a measure
        return [
            replace(e, sector="")
            for c in noun.children
            if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i in actors.mentions.names
            for e in actors.entities(c)
            if e.code
        ]

    def _state_of(self, tok: Any, actors: ArticleActors) -> list[Entity]:
        """The coded actors a noun names, else the state of the place it names."""
        return [e for e in actors.entities(tok) if e.code] or actors.place_states(tok)

    def _agent(self, embedder: Any, actors: ArticleActors) -> list[Entity]:
        """Who does what an embedding word says: a verb's subject, a noun's possessor
        ("Mali's refusal") or the subject of the verb it is the object of ("expressed
        readiness")."""
        if embedder.pos_ not in ("NOUN", "PROPN"):
            return self._subjects(embedder, actors)
        for child in embedder.children:
            if child.dep_ == "poss":
                return actors.entities(child)
        if embedder.dep_ in OBJECT_DEPS and embedder.head.pos_ in ("VERB", "AUX"):
            return self._subjects(embedder.head, actors)
        return []

    def _prep_object_of(self, noun: Any, triggers: list[Trigger]) -> bool:
        """Whether the noun is the object a verb pattern found behind its required
        preposition ("agree demand !to", "bow demand !to")."""
        if noun.dep_ != "pobj":
            return False
        prep = noun.head
        owner = prep.head
        if owner.dep_ == "prep" and owner.lower_ in PARTICLES:
            owner = owner.head  # "pulled out of the agreement"
        for t in triggers:
            p = t.pattern
            if (
                t.token.i == owner.i
                and p.kind == "verb"
                and p.required
                and p.obj is not None
                and prep.lower_ in p.preps
                and self._matches(noun, p.obj)
            ):
                return True
        return False

    def _own_forces(self, embedder: Any, actors: ArticleActors) -> bool:
        """Whether the object of a command names the commander's own forces: "its
        troops", or "troops" with no other actor named on them."""
        objects = [c for c in embedder.children if c.dep_ in OBJECT_DEPS]
        if not objects or not _matches(objects[0], self.lex.classes["force"]):
            return False
        named = {e.code for e in actors.entities(objects[0]) if e.code}
        return not named or named <= {e.code for e in self._subjects(embedder, actors)}

    def _protesters_do(self, verb: Any) -> bool:
        """Whether the verb's subject are protesters, rioters or a crowd."""
        subjects = _subject_tokens(verb)
        if verb.dep_ == "relcl" and subjects and all(s.tag_ == "WP" for s in subjects):
            subjects = [verb.head]  # "protesters who were demanding the resignation"
        return any(_matches(t, self.lex.classes["protester"]) for t in subjects)

    def _background_fight(
        self, noun: Any, sent: Any, actors: ArticleActors, pattern: Pattern
    ) -> tuple[list[Entity], list[Entity]]:
        """The sides of fighting no one is named for, in a phrase giving the background of
        the clause ("withdrew from Khan Younis after a four-month offensive", "imposed a
        curfew after ethnic clashes"): the forces that are the clause's subject, or for
        clashes the one state the sentence is about."""
        if not _in_phrase_of(noun, self.bg_preps) or any(actors.entities(t) for t in noun.lefts):
            return [], []  # (not "after weeks of Ukrainian drone strikes": whose they are is said)
        governor = _governing_verb(noun)
        subjects = _subject_tokens(governor) if governor is not None else []
        if governor is None or not subjects or not all(self._matches(s, self.lex.classes["force"]) for s in subjects):
            country = self._sentence_country(sent, actors) if pattern.symmetric else ""
            return ([Entity(country, "", "", country)],) * 2 if country else ([], [])
        source = [e for e in self._subjects(governor, actors) if e.code]
        source_codes = {e.code for e in source}
        # the place the forces took or left ("seized the plant in southern Ukraine")
        preps = ("from", "of", "in", *self.target_preps.get(pattern.code[:2], ()))
        objects = [g for c in governor.children if c.dep_ in OBJECT_DEPS for g in (c, *c.subtree)]
        places = [e for t in objects for e in actors.entities(t)] + self._prep_targets(
            [governor], preps, actors, pattern
        )
        return source, [e for e in places if e.code and e.code not in source_codes][:1]

    def _sentence_country(self, sent: Any, actors: ArticleActors) -> str:
        """The state of every coded actor of the sentence, if they all share one
        ("Serbia's prime minister resigned amid protests" → SRB); else ""."""
        names = actors.mentions.names
        countries = {e.country for t in sent if t.i in names for e in actors.entities(t) if e.code}
        return next(iter(countries)) if len(countries) == 1 and "" not in countries else ""

    def _subordinate(self, trig: Trigger, triggers: list[Trigger]) -> bool:
        """An event that elaborates another of the same kind: "opened fire on a bus,
        killing 21" or "air strikes ... killed 46" are one attack."""
        verb = trig.verb
        root = trig.pattern.code[:2]
        others = {t.token.i: t for t in triggers if t is not trig}
        if root not in VIOLENT_ROOTS:
            # "submitted his resignation, bowing to months of protests": one concession
            other = others.get(verb.head.i) if verb.dep_ == "advcl" and verb.tag_ == "VBG" else None
            return other is not None and self._type(other.pattern.code) == self._type(trig.pattern.code)
        if verb.dep_ in ("advcl", "conj", "xcomp") and verb.tag_ == "VBG":
            other = others.get(verb.head.i)
            if other is not None and other.pattern.code[:2] in VIOLENT_ROOTS:
                return True
        for child in verb.children:
            if child.dep_ in SUBJECT_DEPS:
                other = others.get(child.i)
                if other is not None and other.pattern.code[:2] in VIOLENT_ROOTS:
                    return True
        return False

    def _moved_forces(self, verb: Any, trig: Trigger, actors: ArticleActors) -> list[Entity]:
        """The states of forces moved in a passive clause with no agent ("troops were
        deployed to the border"), when the pattern's object is forces."""
        force = self.lex.classes.get("force")
        if trig.light is not None or trig.pattern.obj is not force or not _passive(verb):
            return []
        if any(c.dep_ == "agent" for c in verb.children):
            return []
        return [
            e
            for c in verb.children
            if c.dep_ in PASSIVE_SUBJECT_DEPS
            for e in actors.entities(c)
            if e.code and e.country
        ]

    def _only_place(self, verb: Any, target: list[Entity], actors: ArticleActors) -> bool:
        """Whether the target's states are only those of a place the verb happens in."""
        codes = {e.code for e in target if e.code}
        if not codes:
            return False
        heads = [verb, *(c for c in verb.children if c.dep_ in OBJECT_DEPS)]  # "held talks in Baghdad"
        # "held a new round of talks in Baghdad": the place of what the object counts
        counted = [
            g for h in heads[1:] for p in h.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
        ]
        places = {
            e.code
            for h in [*heads, *counted]
            for c in h.children
            if c.dep_ == "prep" and c.lower_ in (MEETING_PLACE_PREPS if h in heads else LOCATION_PREPS)
            for g in c.children
            if g.dep_ == "pobj"
            for e in actors.place_states(g)
        }
        named = {
            e.code
            for h in heads
            for c in h.children
            if c.dep_ in OBJECT_DEPS + ("dative",) or (c.dep_ == "prep" and c.lower_ not in MEETING_PLACE_PREPS)
            for g in ([c] if c.dep_ != "prep" else [x for x in c.children if x.dep_ == "pobj"])
            for e in actors.entities(g)
        }
        if codes & named:
            return False
        # "met on the sidelines of the BRICS summit": an organisation is the occasion, not a side
        return codes <= places or (
            all(c.startswith("IGO") for c in codes)
            and not any(c.dep_ == "prep" and c.lower_ in ("with", "to") for h in heads for c in h.children)
        )

    def _asked_by(self, trig: Trigger, actors: ArticleActors) -> tuple[list[Entity], list[Entity]] | None:
        """ "Kenyan troops arrived at the request of Somalia", "visited Moscow at the
        invitation of Putin": the one named in the of-phrase asked the clause's subject."""
        noun = trig.token
        if trig.pattern.code[:2] != "02" or noun.dep_ != "pobj" or noun.head.lower_ != "at":
            return None
        asker = [
            e for p in _preps_of(noun, ("of",)) for g in p.children if g.dep_ == "pobj" for e in actors.entities(g)
        ]
        asker = asker or [e for c in noun.children if c.dep_ == "poss" for e in actors.entities(c)]
        governor = _governing_verb(noun)
        if not asker or governor is None:
            return None
        asked = self._subjects(governor, actors) or [
            e for c in governor.children if c.dep_ in PASSIVE_SUBJECT_DEPS for e in actors.entities(c)
        ]  # "troops were deployed at the request of Maputo": those deployed
        asker_codes = {e.code for e in asker}
        return asker, [e for e in asked if e.code not in asker_codes]

    def _held_at(self, trig: Trigger, triggers: list[Trigger]) -> bool:
        """Talks "at" which something else was done took place ("agreed to a truce at talks
        in Kuala Lumpur"), unless the frame's verb is a meeting itself ("met at the summit");
        a visit one is "on" is under way ("is on a three-day visit to Sri Lanka")."""
        if trig.pattern.code.startswith(VISIT) and trig.token.head.lower_ == "on":
            return True
        if trig.pattern.code[:2] != "04" or self._framing(trig.token) != "at" or trig.token.head.lower_ != "at":
            return False
        if any(c.dep_ in ("poss", "compound", "nmod") and c.pos_ == "PROPN" for c in trig.token.lefts):
            return False  # "at an African Union meeting": a gathering of others, the occasion
        governor = _governing_verb(trig.token)
        return governor is not None and not any(t.verb.i == governor.i and t.pattern.code[:2] == "04" for t in triggers)

    def _framing(self, noun: Any) -> str:
        """The preposition of a nominal event that frames another ("during the talks",
        "at the summit"), or ""."""
        if noun.dep_ != "pobj":
            return ""
        prep = noun.head
        if prep.lower_ in self.frame_preps:
            if prep.lower_ == "on" and self.lex.embedding_family(prep.head) is not None:
                return ""  # "agreed on a ceasefire", "insisted on talks": the event embedded
            return str(prep.lower_)
        # "on the sidelines of the summit", "ahead of the visit", "at the end of talks"
        if prep.lower_ == "of":
            outer = prep.head
            if outer.lower_ in self.frame_preps:
                return str(outer.lower_)
            if outer.dep_ == "pobj" and outer.head.lower_ in self.frame_preps:
                return str(outer.head.lower_)
        return ""

    def _subjects(self, verb: Any, actors: ArticleActors) -> list[Entity]:
        """The agent of a verb: subject, passive agent, or inherited from its head."""
        for child in verb.children:
            if child.dep_ in SUBJECT_DEPS:
                found = actors.entities(child)
                if not found and child.pos_ == "NOUN":
                    # "an attack on a police station by Islamist militants killed 12": the
                    # agent of the event the subject names
                    found = [
                        e
                        for p in _preps_of(child, ("by",))
                        for g in p.children
                        if g.dep_ == "pobj"
                        for e in actors.entities(g)
                    ]
                return found
            if child.dep_ == "agent":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return actors.entities(pobj)
        has_passive_subject = any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in verb.children)
        if has_passive_subject:
            # "was shot several times and wounded by a gunman": the agent of a conjoined passive
            near = [*verb.children, *(g for c in verb.children if c.dep_ == "advmod" for g in c.children)]
            for conj in near:  # the parser may hang the conjunct on an adverb ("shot twice and wounded")
                if conj.dep_ == "conj" and conj.tag_ == "VBN":
                    for agent in conj.children:
                        if agent.dep_ == "agent":
                            return [e for g in agent.children if g.dep_ == "pobj" for e in actors.entities(g)]
        stranded = _stranded_subject(verb)
        if stranded is not None:
            # its own name only: the list the parser made of it ("Gaza and Israel") is none
            first = stranded.left_edge.idx + actors.offset
            found = [e for e in actors.entities(stranded) if e.code and e.start >= first]
            if found:
                return found
        head = verb.head
        if not has_passive_subject and verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBZ", "VBP"):
            # "Turkey massed troops on the border": a name opening a finite clause that has
            # no subject is its subject, whatever label the parser gave it
            lefts = [c for c in verb.lefts if c.dep_ not in ("punct", "advmod", "aux", "neg")]
            if lefts and lefts[0].dep_ == "npadvmod" and lefts[0].pos_ == "PROPN" and lefts[0].i == verb.i - 1:
                found = [e for e in actors.entities(lefts[0]) if e.code]
                if found:
                    return found
            # "Nauru severed ties": a name the parser took for an adverb of the verb
            prev = verb.doc[verb.i - 1] if verb.i > 0 else None
            if prev is not None and prev.head.i == verb.i and prev.dep_ in STRANDED_NAME_DEPS and prev.pos_ == "PROPN":
                found = [e for e in actors.entities(prev) if e.code]
                if found:
                    return found
        if head.i == verb.i or has_passive_subject:
            return []
        dep = verb.dep_
        if dep == "xcomp":
            family = self.lex.embedding_family(head)
            if family is not None and family.object_control:
                objects = [c for c in head.children if c.dep_ in OBJECT_DEPS]
                if objects:
                    return actors.entities(objects[0])
            return self._subjects(head, actors)
        if dep == "conj" and _conjoined_passive(verb):
            return []  # "arrived in Moscow and been granted asylum": the subject received it
        if dep in ("conj", "acomp"):  # "X was ready to resume talks": the copula's subject
            return self._subjects(head, actors)
        if dep == "attr" and verb.tag_ == "VBG":  # "Qatar is mediating", parsed as a predicate noun
            return self._subjects(head, actors)
        if dep in ("advcl", "acl") and verb.tag_ == "VBG" and head.pos_ in ("VERB", "AUX"):
            return self._subjects(head, actors)
        if _purpose_clause(verb) and head.pos_ in ("VERB", "AUX"):
            return self._subjects(head, actors)  # "blocked roads to protest the law"
        if dep == "relcl":
            rel = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
            return actors.entities(head) if not rel else []
        if (
            dep == "acl"
            and verb.tag_ == "VBN"
            and not any(c.dep_ == "agent" for c in verb.children)
            and any(
                g.dep_ in OBJECT_DEPS
                for c in (verb, *(c for c in verb.children if c.dep_ == "conj"))
                for g in c.children
            )
        ):
            # "after a Bolivian army patrol strayed across the border and detained two herders":
            # a finite verb the parser hung on the noun as a participle; the noun is its subject
            return actors.entities(head)
        if _participle_object(verb):
            return actors.entities(head.head)  # "Zelensky, visiting Berlin, said": the one it describes
        if dep in ("acl", "amod") and verb.tag_ == "VBG":
            found = actors.entities(head)
            if found or head.dep_ not in OBJECT_DEPS:
                return found
            return self._subjects(head.head, actors)  # "signed an order lifting sanctions"
        if dep == "pcomp" and head.dep_ == "prep" and head.lower_ in ("by", "after", "before", "while"):
            return self._subjects(head.head, actors) if head.head.pos_ in ("VERB", "AUX") else []
        return []

    def _verb_arguments(
        self, verb: Any, trig: Trigger, pattern: Pattern, actors: ArticleActors
    ) -> tuple[list[Entity], list[Entity]]:
        source = self._subjects(verb, actors)
        children = list(verb.children)
        if pattern.source_prep:  # "Ukraine received air defences from Germany"
            direct = [c for c in children if c.dep_ in OBJECT_DEPS]
            for c in children + [g for o in direct for g in o.children]:
                if c.dep_ == "prep" and c.lower_ == pattern.source_prep:
                    giver = [e for g in c.children if g.dep_ == "pobj" for e in actors.entities(g)]
                    if giver:
                        return giver, source
            # "took delivery of bombers supplied by Russia", "received Turkish-made drones": who
            # the goods are from; with no one named the giver is unknown, never the receiver
            return _goods_givers(direct, source, actors), source
        passive = [c for c in children if c.dep_ in PASSIVE_SUBJECT_DEPS]
        if not passive and verb.dep_ == "conj" and _conjoined_passive(verb):
            passive = [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS]
        measure_owners = self._measure_owners(passive[0], actors) if passive and not source else []
        if measure_owners:
            # "the U.S. sanctions on Venezuela were lifted": the measure's owner acts, on
            # whom the measure names
            source = measure_owners
        objects = [
            c
            for c in children
            if (c.dep_ in OBJECT_DEPS + ("dative",) or (c.dep_ == "dep" and c.pos_ == "PROPN" and c.i == verb.i + 1))
            and c.pos_ != "ADP"
            and not c.lower_.endswith(("self", "selves"))
        ]  # "will send Kyiv more missiles": the parser may leave the indirect object unlabelled
        objects += [v for c in children if c.dep_ == "advcl" and (v := _visitors(c)) is not None]
        objects = objects or _participle_object(verb)  # "Zelensky, visiting Berlin, said"
        if trig.light is not None:
            objects = [o for o in objects if o.i != trig.token.i]
        preps = pattern.preps + tuple(p for p in self.target_preps.get(pattern.code[:2], ()) if p not in pattern.preps)
        if pattern.required and pattern.obj is not None:
            # "appealed to the UN for aid for herders": a required preposition marks what is
            # asked for; the recipient is named by the root's own prepositions first
            root_preps = tuple(self.target_preps.get(pattern.code[:2], ()))
            preps = root_preps + tuple(p for p in pattern.preps if p not in root_preps)
        if pattern.code in WITHDRAWAL_CODES:
            preps += tuple(p for p in WITHDRAWAL_PREPS if p not in preps)
        if pattern.code.startswith(DEESCALATE) and "from" in preps:
            # "withdrew from Kherson to the east bank", "pulled out of Snake Island": forces
            # leave the place they face and go back to their own side
            preps = ("from", "of", *(p for p in preps if p not in ("from", "of")))
        # "recalled its ambassador": the source's own agent, unless another state is named
        # on it ("telephoned his Omani counterpart")
        own = [
            o
            for o in objects
            if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in o.children)
            and not any(c.i in actors.mentions.names for c in o.lefts if c.dep_ != "poss")
        ]
        pobjs = [g for c in children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        conjoined = [g for o in objects for g in o.children if g.dep_ == "conj"]
        quantity = self.lex.classes.get("quantity", frozenset())
        amounts = _amounts_of(objects, quantity)  # "a new round of sanctions on Russia"
        # "sanctions on Belarus were eased": the passive subject's own phrases name the target
        held = passive if trig.light is None else []
        heads = [verb, trig.token, *objects, *held, *pobjs, *conjoined, *amounts]

        family_verb = self.lex.embedding_family(verb) is not None

        def candidates() -> Iterator[list[Entity]]:
            if verb.dep_ == "relcl" and not objects and verb.head.pos_ == "NOUN":
                clause = verb.head
                while clause.dep_ in ("appos", "npadvmod", "dobj", "pobj", "prep") and clause.head.i != clause.i:
                    clause = clause.head
                if verb.head.lemma_.lower() in self.reaction_nouns and clause.pos_ in ("VERB", "AUX"):
                    # "Canada recognised Palestine, a move Israel condemned": the clause's subject
                    yield self._subjects(clause, actors)
                elif any(c.dep_ in SUBJECT_DEPS and c.lower_ not in RELATIVE_WORDS for c in children):
                    # "handed back Ukrainian vessels it had seized": the vessels were seized
                    yield actors.entities(verb.head)
                    yield actors.object_owners(verb.head)
            if passive and trig.light is None and not measure_owners:
                yield actors.entities(passive[0])
                if pattern.code[:2] == "04":  # "the talks between X and Y were hosted by Z"
                    yield actors.object_owners(passive[0])
            if passive:
                # "aid to Gaza was suspended", "sanctions against Iran were announced"
                yield self._prep_targets([passive[0]], preps, actors, pattern)
            if verb.dep_ == "acl" and verb.tag_ == "VBN":
                yield actors.entities(verb.head)  # "troops deployed to X" / "the village attacked by"
                if pattern.code[:2] == "07" and _received_thing(verb.head) and any(c.dep_ == "agent" for c in children):
                    # "took delivery of bombers supplied by Russia": whoever received them
                    governor = _governing_verb(verb.head)
                    if governor is not None:
                        giver = {e.code for e in source}
                        yield [e for e in self._subjects(governor, actors) if e.code not in giver]
                if pattern.code[:2] == "04":  # "talks mediated by Qatar": the parties to the talks
                    yield actors.object_owners(verb.head)
                    governor = _governing_verb(verb.head)
                    if governor is not None:
                        yield self._subjects(governor, actors)
            for obj in objects:
                if obj not in own:  # "recalled its ambassador": the source's own agent
                    yield actors.entities(obj)
            yield self._prep_targets(heads, preps, actors, pattern)
            for obj in objects:
                if obj not in own:
                    yield actors.object_owners(obj)
            if pattern.code in WITHDRAWAL_CODES:
                # "left the town of Walikale in eastern Congo", "abandoned Avdiivka"
                for obj in objects:
                    yield self._place_left(obj, actors)
            taken = [
                g for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
            ]
            if trig.light is not None:  # "carried out air strikes on a camp in Kachin state"
                taken += [
                    g
                    for p in trig.token.children
                    if p.dep_ == "prep" and p.lower_ in TARGET_PLACE_PREPS
                    for g in p.children
                    if g.dep_ == "pobj"
                ]
            struck = [*objects, *(g for g in pobjs if g.head.lower_ in TARGET_PLACE_PREPS), *taken]
            if (
                pattern.code[:2] in VIOLENT_ROOTS
                and struck
                and any(e.code for e in source)  # "a fire destroyed a market in Kano": no attack
                and not any(actors.entities(o) for o in struck)
            ):
                # "stormed a concert hall near Moscow", "slammed into buildings across Kyiv": a
                # thing or place attacked where it lies; an actor attacked somewhere ("killed
                # Droukdel in northern Mali") is not its place
                yield self._prep_targets([verb, *objects, *pobjs, *taken], LOCATION_PREPS, actors, pattern)
            if pattern.code[:2] == "09":
                # "launched an inquiry into atrocities committed in El Fasher, Sudan": the state
                # where what is investigated happened
                where = {
                    e.code: e
                    for head in [*objects, *pobjs]
                    for g in head.subtree
                    if g.dep_ == "pobj" and g.head.lower_ in LOCATION_PREPS
                    for e in actors.place_states(g)
                }
                yield list(where.values())
            if pattern.code.startswith(DEESCALATE):
                # "pulled back to a line inside Gaza": the state of the ground they hold
                yield [
                    e
                    for g in verb.subtree
                    if g.dep_ == "pobj"
                    and g.head.lower_ in LOCATION_PREPS
                    and _clause_verb(g).i == verb.i
                    and not _dated_by(g, verb)  # not "observed a ceasefire after talks in Putrajaya"
                    for e in actors.place_states(g)
                ]
            if family_verb:
                # "threatened to cut gas supplies to Moldova", "demanded that Manila leave"
                for comp in children:
                    if comp.dep_ in ("xcomp", "ccomp"):
                        for c in comp.children:
                            if c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS:
                                yield actors.entities(c)
                        if comp.tag_ == "VBZ" and any(c.dep_ == "compound" for c in comp.children):
                            # "refused EU demands to withdraw": the parser took the noun for a verb
                            yield actors.entities(comp)
                        if comp.lemma_.lower() in PERMITTING:
                            # "refused to let UN investigators visit": the ones not let
                            for inner in comp.children:
                                if inner.dep_ in ("ccomp", "xcomp"):
                                    for c in inner.children:
                                        if c.dep_ in SUBJECT_DEPS:
                                            yield actors.entities(c)
                        # "refused to give IAEA inspectors access": the one given it first
                        comp_objects = [c for c in comp.children if c.dep_ == "dative" and c.pos_ != "ADP"]
                        comp_objects += [c for c in comp.children if c.dep_ in OBJECT_DEPS]
                        for obj in comp_objects:
                            yield actors.entities(obj)
                            yield actors.object_owners(obj)
                        yield self._prep_targets(
                            [comp, *comp_objects], self.target_preps.get("16", ()), actors, pattern
                        )
            if pattern.code[:2] in PURPOSE_ROOTS:
                # "approved a credit to help Kenya expand access", "pledged $500 million
                # to help rebuild schools in Yemen": whom the purpose clause helps
                for comp in children:
                    if _purpose_clause(comp):
                        yield from self._purpose_targets(comp, actors, pattern)
            # "offered to help Pakistan rebuild": the subject of the verb's own complement
            for comp in children:
                if comp.dep_ in ("ccomp", "xcomp"):
                    for c in comp.children:
                        if c.dep_ in SUBJECT_DEPS:
                            yield actors.entities(c)
            if pattern.code[:2] == "14":
                # "blocked roads to protest against EU trade policy": what the purpose protests
                for comp in children:
                    if _purpose_clause(comp):
                        comp_objects = [c for c in comp.children if c.dep_ in OBJECT_DEPS]
                        yield self._prep_targets([comp, *comp_objects], PROTESTED_PREPS, actors, pattern)
                        for obj in comp_objects:
                            yield actors.entities(obj)
                            yield actors.object_owners(obj)
            if pattern.code[:2] in self.domestic_roots and source:
                yield [replace(e, sector="", entity_text="", start=-1, end=-1) for e in source if e.country]
            if pattern.code[:2] in CLAIM_ROOTS:
                # "demanded their withdrawal", "called for its release": whoever is to act
                yield [
                    e
                    for obj in objects
                    for c in obj.children
                    if c.dep_ == "poss" and c.pos_ == "PRON"
                    for e in actors.entities(c)
                ]
            if pattern.code[:2] == "08" and source and self._conceded_to_protests(verb):
                # "scrapped the tax, bowing to weeks of protests": its own protesters
                yield [replace(e, sector="CVL", entity_text="", start=-1, end=-1) for e in source if e.country]
            if pattern.code[:2] in ("08", "12", "16"):
                # "rejected a plan that Hamas said it had accepted", "declined an invitation to
                # U.S.-brokered talks", "lifted the sanctions it had imposed on Niger", "ended
                # an arrangement that let Ukraine ship grain": whoever the thing is named with
                names = actors.mentions.names
                for obj in objects:
                    # "observe a truce proposed by the United States": who proposed it is not
                    # whom it is observed with (a rejection may still answer its author)
                    by = (
                        set()
                        if pattern.code[:2] == "12"
                        else {g.i for a in obj.subtree if a.dep_ == "agent" for g in a.subtree}
                    )
                    for t in obj.subtree:
                        if t.i in names and t.i != obj.i and t.i not in by:
                            yield actors.entities(t)
            if pattern.code[:2] == "15":
                # "scrambled jets to intercept Chinese drones", "put its army on alert after
                # Russian drones entered its airspace": a show of force answers someone
                for comp in children:
                    if _purpose_clause(comp) or (comp.dep_ == "xcomp" and objects and comp.i > objects[0].i):
                        yield from self._purpose_targets(comp, actors, pattern)
                clauses = children + (list(verb.head.children) if verb.dep_ == "amod" else [])
                # "scrambled jets and put its defences on alert after ...": what the
                # coordinated acts answer, the first answers too
                clauses += [c for conj in verb.conjuncts if conj.i > verb.i for c in conj.children]
                for clause in clauses:
                    if clause.dep_ == "advcl" and any(
                        c.dep_ == "mark" and c.lower_ in REACTION_MARKS for c in clause.children
                    ):
                        for c in clause.children:
                            if c.dep_ in SUBJECT_DEPS:
                                yield actors.entities(c)
                                yield actors.object_owners(c)
                        yield self._prep_targets([clause], ("with", "against"), actors, pattern)
                    elif clause.dep_ in ("prep", "advcl"):
                        # "following Russian exercises", "in response to the arrival of US
                        # warships": the one whose act is answered
                        for answered in _answered_nouns(clause):
                            yield actors.entities(answered)
                            yield actors.object_owners(answered)
                            for of in answered.children:
                                if of.dep_ == "prep" and of.lower_ in ("of", "by"):
                                    for g in of.children:
                                        if g.dep_ == "pobj":
                                            yield actors.entities(g)
                                            yield actors.object_owners(g)
            if pattern.code[:2] in PURPOSE_ROOTS:
                # "approved $500 million for Uzbekistan to back reforms": the parser makes
                # the beneficiary the subject of a "for ... to" clause
                for comp in children:
                    if comp.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in comp.children):
                        for c in comp.children:
                            if c.dep_ in SUBJECT_DEPS:
                                yield actors.entities(c)
            if pattern.code[:2] in ("03", "07", "16"):
                # "approved $500 million in financing for Ethiopia", "froze 7.5 billion euros in
                # funding for Hungary", "pledged 244 million euros in aid for Sudan": the
                # amount's beneficiary
                comps = [c for c in children if c.dep_ in ("xcomp", "ccomp")] if family_verb else []
                amounts = objects + [o for c in comps for o in c.children if o.dep_ in OBJECT_DEPS]
                for obj in amounts:
                    for t in obj.subtree:
                        if t.dep_ == "prep" and t.lower_ in ("for", "to") and t.i > obj.i:
                            yield [e for g in t.children if g.dep_ == "pobj" for e in actors.entities(g)]
            if pattern.code[:2] == "07":
                # "troops deployed in Mozambique's Cabo Delgado are protecting the towns": the
                # state the helpers were sent to
                yield [
                    e
                    for subj in _subject_tokens(verb)
                    for t in subj.subtree
                    if t.dep_ == "pobj" and t.head.lower_ in ("in", "into", "to") and t.head.head.dep_ == "acl"
                    for e in actors.place_states(t)
                ]
            if pattern.code[:2] == "07":  # "sent aid to victims in Turkey", "airdropped food into X"
                yield [
                    e
                    for c in children
                    if c.dep_ == "prep" and c.lower_ in ("in", "into")
                    for g in c.children
                    if g.dep_ == "pobj"
                    for e in actors.place_states(g)
                ]
                # "finance the rebuilding of a railway line in Sri Lanka's north": where what
                # is paid for lies
                yield [
                    e
                    for o in objects
                    for g in o.subtree
                    if g.dep_ == "pobj" and g.head.lower_ == "in" and g.i > o.i
                    for e in actors.place_states(g)
                ][:1]
                if pattern.code.startswith("074"):
                    # protection is given where the forces are: "troops deployed in Mozambique's
                    # Cabo Delgado are protecting", "arrived in Juba to help secure the capital"
                    holders = [*objects, *(c for s in _subject_tokens(verb) for c in s.children if c.dep_ == "acl")]
                    node = verb
                    while node.dep_ in ("xcomp", "advcl") and node.head.i != node.i and len(holders) < 12:
                        node = node.head
                        holders.append(node)
                    yield [
                        e
                        for h in holders
                        for c in h.children
                        if c.dep_ == "prep" and c.lower_ in ("in", "into", "at")
                        for g in c.children
                        if g.dep_ == "pobj"
                        for e in actors.place_states(g)
                    ]

        # an event aimed at its own source is only meaningful for domestic kinds of event
        no_self = pattern.code[:2] not in self.domestic_roots and not pattern.self_target
        if pattern.code[:2] in VIOLENT_ROOTS and source and all(e.sector in ARMED_NON_STATE for e in source):
            no_self = False  # "gunmen killed 12 villagers in Burkina Faso": violence at home
        target = _first_coded(candidates(), source, no_self, pattern.code[:2] in VIOLENT_ROOTS)
        return source, target

    def _conceded_to_protests(self, verb: Any) -> bool:
        """Whether a concession answers protests that name no one ("bowing to weeks of
        mass protests", "conceding to the strikers' demands")."""
        protest = self.lex.classes.get("protest", frozenset()) | self.lex.classes.get("protester", frozenset())
        # "withdrew the bill, conceding to protesters": the participle says to whom
        heads = [verb, *(c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG")]
        for prep in (c for h in heads for c in h.children):
            if prep.dep_ != "prep" or prep.lower_ != "to":
                continue
            for pobj in prep.children:
                chain = [pobj]
                chain += [
                    g for p in pobj.children if p.dep_ == "prep" and p.lower_ in ("of", "from") for g in p.children
                ]
                if any(
                    t.dep_ in ("pobj", "poss") and t.lemma_.lower() in protest for n in chain for t in (n, *n.children)
                ):
                    return True
        return False

    def _purpose_targets(self, comp: Any, actors: ArticleActors, pattern: Pattern) -> Iterator[list[Entity]]:
        """Recipients named in a purpose clause and the infinitives it governs."""
        chain = [comp, *(c for c in comp.children if c.dep_ in ("xcomp", "ccomp"))]
        for verb in chain:
            objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS + ("dative",)]
            for obj in objects:
                yield actors.entities(obj)
            if verb.dep_ == "ccomp":
                for c in verb.children:
                    if c.dep_ in SUBJECT_DEPS:
                        yield actors.entities(c)
            for obj in objects:
                yield actors.object_owners(obj)
            yield self._prep_targets([verb, *objects], ("to", "for"), actors, pattern)
            places: dict[str, Entity] = {}
            for head in [verb, *objects, *(g for o in objects for g in o.children if g.dep_ == "conj")]:
                for c in head.children:
                    if c.dep_ == "prep" and c.lower_ == "in":
                        for g in c.children:
                            if g.dep_ == "pobj":
                                places.update((e.code, e) for e in actors.place_states(g))
            yield list(places.values())

    def _prep_targets(
        self, heads: list[Any], preps: tuple[str, ...], actors: ArticleActors, pattern: Pattern
    ) -> list[Entity]:
        weak: list[Entity] = []
        # the prepositions on each head, read once for all the words asked for; "pulled its
        # troops out of Lebanon": the parser makes the particle a preposition
        if heads and self._head_preps[0] is not heads[0].doc:
            self._head_preps = (heads[0].doc, {})  # kept for the doc: heads recur across triggers
        cache = self._head_preps[1]
        head_preps = []
        for head in heads:
            on_head = cache.get(head.i)
            if on_head is None:
                kids = list(head.children)
                kids += [g for c in kids if c.dep_ == "prep" and c.lower_ in PARTICLES for g in c.children]
                on_head = cache[head.i] = [(c, c.lower_) for c in kids if c.dep_ in ("prep", "dative", "agent")]
            head_preps.append(on_head)
        for prep_word in preps:
            for found_preps in head_preps:
                for child, lower in found_preps:
                    if lower == prep_word:
                        for pobj in [
                            *(g for g in child.children if g.dep_ == "pobj"),
                            *(v for g in child.children if g.dep_ == "pcomp" and (v := _visitors(g)) is not None),
                        ]:
                            if pobj.dep_ in ("pobj", "dobj"):
                                found = actors.entities(pobj)
                                if not any(e.code for e in found):
                                    found = actors.object_owners(pobj) or found
                                if not any(e.code for e in found) and (
                                    (pattern.required and pattern.code[:2] == "04")
                                    or (
                                        pattern.code[:2] in VIOLENT_ROOTS
                                        and prep_word in TARGET_PLACE_PREPS | set(LOCATION_PREPS)
                                    )
                                ):
                                    # "arrived in Moscow", "shelled Kharkiv", "struck buildings in Odesa"
                                    found = actors.place_states(pobj) or found
                                if (
                                    not any(e.code for e in found)
                                    and pattern.code in WITHDRAWAL_CODES
                                    and prep_word in WITHDRAWAL_PREPS
                                ):
                                    found = self._place_left(pobj, actors) or found
                                if not found and pattern.code[:2] == "07":
                                    # "sent aid to earthquake victims in Turkey": the people's state
                                    found = [
                                        e
                                        for c in pobj.children
                                        if c.dep_ == "prep" and c.lower_ == "in"
                                        for g in c.children
                                        if g.dep_ == "pobj"
                                        for e in actors.place_states(g)
                                    ]
                                if any(e.code for e in found):
                                    return found
                                if prep_word not in PLACE_NAME_PREPS:
                                    weak = weak or found  # an unknown name "in Istanbul" is a place
        return weak

    def _place_left(self, place: Any, actors: ArticleActors) -> list[Entity]:
        """The state of a place, or of the place it lies in or around ("their base in Chad",
        "positions around Kyiv", "the town of Walikale in eastern Congo")."""
        found = actors.place_states(place)
        if found:
            return found
        for c in place.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "around", "near", "outside", "of"):
                for g in c.children:
                    if g.dep_ == "pobj":
                        found = actors.place_states(g) or self._place_left(g, actors) if g.i > place.i else []
                        if found:
                            return found
        return []

    def _noun_arguments(self, noun: Any, pattern: Pattern, actors: ArticleActors) -> tuple[list[Entity], list[Entity]]:
        source: list[Entity] = []
        target: list[Entity] = []
        preps = pattern.preps or self.target_preps.get(pattern.code[:2], ())
        for child in noun.children:
            if child.dep_ == "poss":
                source = actors.entities(child)
            elif child.dep_ in ("amod", "compound", "nmod") and not source:
                match = actors.mentions.names.get(child.i)
                if match and match.best.kind in ("state", "demonym", "capital"):
                    # "a French air strike", "Russian airstrikes": the state acts
                    source = [replace(e, sector="") for e in actors.entities(child)]
                elif match and match.best.kind in ("igo", "group"):
                    source = actors.entities(child)
            elif child.dep_ == "prep" and child.lower_ in ("by", pattern.source_prep):  # "demands from ECOWAS"
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        source = actors.entities(pobj)
        if not source and "of" not in preps and (pattern.obj is None or pattern.required):
            # "the departure of Britain from the EU": the of-phrase is the agent
            for child in noun.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            source = [e for e in actors.entities(pobj) if e.code]
        # "talks between X and Y" are looked up as a whole later; "a call with X" here
        other_preps = tuple(p for p in preps if p not in ("between", pattern.source_prep))
        if other_preps:
            target = self._prep_targets([noun], other_preps, actors, pattern)
            if not target:
                for child in noun.children:
                    if child.dep_ == "prep" and child.lower_ in other_preps:
                        for pobj in child.children:
                            if pobj.dep_ == "pobj":
                                target = target or actors.object_owners(pobj)
        if (
            not source
            and noun.dep_ in ("dobj", "pobj")
            and noun.head.lemma_.lower() in self.light_verbs
            and not any(c.dep_ == "prep" and c.lower_ == "between" for c in noun.children)
        ):  # "hosted talks between A and B": A and B talk, the host does not
            source = self._subjects(noun.head, actors)
        if pattern.source_prep and source and not target and (governor := _governing_verb(noun)) is not None:
            # "refused to free Bazoum despite demands from ECOWAS": made of the clause's subject
            source_codes = {e.code for e in source}
            target = [e for e in self._subjects(governor, actors) if e.code and e.code not in source_codes]
        if not target and pattern.code[:2] in ASSAULT_ROOTS and any(e.code for e in source):
            target = _attacked_place(noun, actors)
        if not target and any(e.code for e in source) and _answered_demand(noun):
            # "Niger's junta rejected an ECOWAS ultimatum": made to whoever answers it
            source_codes = {e.code for e in source}
            target = [e for e in self._subjects(noun.head, actors) if e.code and e.code not in source_codes]
        return source, target

    def _between(self, tok: Any, sent: Any, actors: ArticleActors, minimum: int = 2) -> list[Entity]:
        """Actors of a "between X and Y" phrase in the sentence, nearest the trigger first,
        naming at least ``minimum`` coded actors."""
        if "between" not in sent.text.lower():
            return []
        candidates = [t for t in sent if t.lower_ == "between" and t.dep_ == "prep"]
        candidates.sort(key=lambda t: abs(t.i - tok.i))
        for prep in candidates:
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    found = actors.entities(pobj)
                    if len({e.code for e in found if e.code}) >= minimum:
                        return found
        return []

    def _condition_subjects(self, verb: Any, embedder: Any, actors: ArticleActors) -> list[Entity]:
        """Subjects of an "if", "unless" or "until" clause on the threatened act or the threat."""
        for head in (verb, embedder):
            for clause in head.children:
                if clause.dep_ == "advcl" and any(
                    c.dep_ == "mark" and c.lower_ in (*CONDITION_MARKS, "should") for c in clause.children
                ):
                    for c in clause.children:
                        if c.dep_ in SUBJECT_DEPS:
                            found = [e for e in actors.entities(c) if e.code]
                            if found:
                                return found
        return []

    def _family(self, verb: Any, actors: ArticleActors) -> tuple[Family | None, Any, list[Entity]]:
        """The embedding family of the verb's governor, if the verb is its complement
        (or, for an event noun, its object: "agreed to a ceasefire", "demanded the release")."""
        node = verb
        head = verb.head
        if verb.dep_ == "acl" and head.lemma_.lower() in self.family_nouns and _infinitive(verb):
            # "expressed readiness to mediate", "Mali's refusal to free the soldiers"
            return self.family_nouns[head.lemma_.lower()], head, []
        if node.dep_ == "conj" and node.pos_ in ("VERB", "AUX") and node.head.dep_ in ("xcomp", "ccomp"):
            node = node.head  # "urged the fighters to lay down their weapons and accept an amnesty"
        for _ in range(3):
            nominal_object = node.pos_ in ("NOUN", "PROPN") and (
                node.dep_ in OBJECT_DEPS or (node.dep_ == "pobj" and node.head.lower_ in ("to", "for", "on", "upon"))
            )
            if (
                node.dep_ in ("xcomp", "ccomp")
                or nominal_object
                or (node.dep_ == "pcomp" and node.head.lower_ in ("to", "on", "for"))
            ):
                head = node.head if node.dep_ not in ("pcomp", "pobj") else node.head.head
                if head.dep_ == "prep" and head.head.i != head.i:
                    head = head.head
                lemma = head.lemma_.lower()
                family = self.lex.embedding_family(head)
                if family is None and head.pos_ == "ADJ" and lemma in self.family_adjectives:
                    family = self.lex.families.get("intent")
                if family is not None and not family.object_control and head.dep_ == "xcomp":
                    outer = self.lex.embedding_family(head.head)
                    if outer is not None and outer.object_control:
                        # "urged Israel and Hamas to agree to a ceasefire": the appeal is the event
                        family, head = outer, head.head
                if family is not None:
                    controller = []
                    if family.object_control:
                        objects = [c for c in head.children if c.dep_ in OBJECT_DEPS]
                        if not objects:  # "called on X to": the prepositional object
                            objects = [
                                g
                                for c in head.children
                                if c.dep_ == "prep" and c.lower_ in ("on", "upon")
                                for g in c.children
                                if g.dep_ == "pobj"
                            ]
                        if objects:
                            controller = actors.entities(objects[0])
                    return family, head, controller
                if lemma not in ("want", "try", "attempt", "move", "seek", "begin", "start", "continue"):
                    return None, None, []
                node = head
            else:
                break
        return None, None, []

    # -- modality -----------------------------------------------------------------

    def _modality(self, trig: Trigger, sent: Any, modality: str, question: bool, embedder: Any) -> str:
        chain = _head_chain(trig.verb, stop=sent.root)
        if trig.light is None and trig.pattern.kind == "noun":
            chain = [trig.token] + _head_chain(trig.token.head, stop=sent.root)
        # heads reached from an adverbial clause: a denial or ban does not negate those
        reached_by_advcl = {chain[i + 1].i for i in range(len(chain) - 1) if chain[i].dep_ == "advcl"}
        # ... nor does a "not" above a clause of time, reason or manner ("did not arrest Putin
        # when he arrived", "did not accept the ruling, rebuffing a bid"); a purpose is still
        # not done ("did not send troops to help")
        above_advcl = _above_adverbial_clause(chain)
        # the clause an embedding verb governs: its "would", "will" or "if" belong to the act
        # threatened, promised or asked for, not to the threat ("warned that it would close")
        governed = _governed_nodes(chain, embedder)
        # each node's children with their labels and forms, read once for all the tests below
        kids = [[(c, c.dep_, c.lower_) for c in node.children] for node in chain]
        clausal = True  # the trigger's own clause and the clauses it complements
        for node, children in zip(chain, kids):
            for _, dep, low in children:
                if dep == "neg" or (low in self.neg_words and dep in ("neg", "advmod", "det", "preconj")):
                    if node.lemma_.lower() not in ("refuse", "decline", "reject") and node.i not in above_advcl:
                        return "negated"
            if clausal:
                if node.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "nor" for c in node.head.children):
                    return "negated"  # "would neither accept nor recognise": the second of the pair
                if any(dep in SUBJECT_DEPS and _neither(child) for child, dep, _ in children):
                    return "negated"  # "neither side attacked", "neither Russia nor Ukraine attacked"
                # (not what a noun of the clause is modified by: "a case brought by ...")
                clausal = node.dep_ in ("xcomp", "ccomp", "conj")
            if node.lemma_.lower() in self.neg_heads and node.i != trig.verb.i and node.i not in reached_by_advcl:
                return "negated"  # (not "denied ..., calling accusations from Kinshasa baseless")
            if node.dep_ in ("pobj", "pcomp") and node.head.lower_ in self.neg_preps:
                return "negated"  # "ended without agreement", "left without signing the deal"
        for below, node in pairwise(chain):  # up the trigger's own clauses only
            if below.dep_ not in ("xcomp", "conj"):
                break
            if below.dep_ == "xcomp" and node.lemma_.lower() in FAILING:
                return "negated"  # "had failed to consult it" (not "before signing a deal")
        if question:
            return "hypothetical"
        if (
            trig.light is None
            and trig.pattern.kind == "noun"
            and trig.token.head.lower_ in MEANS_PREPS
            and self._asked_of(trig.token.head.head)
        ):
            return "hypothetical"  # "urged both sides to resolve their dispute through dialogue"
        if trig.verb.dep_ == "relcl" and any(d.dep_ == "det" and d.lower_ == "any" for d in trig.verb.head.children):
            return "hypothetical"  # "any state that recognises Moroccan rule": whoever may
        for below, node in pairwise(chain):
            if below.dep_ in ("acl", "relcl"):
                break  # "urged X to free journalists arrested last week": the arrest happened
            asked = node.head if node.dep_ == "conj" else node  # "demanded that X withdraw and stop ..."
            if (embedder is None or asked.head.i != embedder.i) and node.i != trig.verb.i and self._asked_of(asked):
                return "hypothetical"  # "asked SADC to send troops to help it fight": what was asked
            if (
                node.dep_ == "conj"
                and node.lemma_.lower() == "face"
                and any(c.dep_ == "cc" and c.lower_ == "or" for c in node.head.children)
            ):
                return "hypothetical"  # "accept the deal or face protests": the alternative held out
        # a past-tense clause of time or reason has its own tense: no "would" or "will" above it
        # reaches it ("said it would quit the ICC as Netanyahu arrived in Budapest")
        past = next((k for k, node in enumerate(chain) if node.dep_ == "advcl" and node.tag_ == "VBD"), None)
        tensed = len(chain) if past is None else past + 1
        for below, (node, children) in zip([None, *chain[:tensed]], zip(chain[:tensed], kids)):
            lemma = node.lemma_.lower()
            if (
                node.i != trig.token.i
                and (embedder is None or node.i != embedder.i)
                and lemma in self.hypo_heads
                and not any(dep == "prt" and low in ("up", "off") for _, dep, low in children)  # "set up", "set off"
                and (lemma not in RAISING_HEADS or (below is not None and below.dep_ == "xcomp"))
            ):
                return "hypothetical"
            if node.i != trig.token.i and lemma in self.allegation_heads:
                return "hypothetical"
            if node.i in governed:
                continue
            for _, dep, low in children:
                if dep == "aux" and low in self.hypo_aux:
                    if low == "would" and _in_reported_speech(node):
                        return "intent"
                    return "hypothetical"
                if dep == "mark" and low in ("if", "unless", "whether"):
                    return "hypothetical"
                if dep == "mark" and low == "until" and _conditional_promise(node.head):
                    return "hypothetical"  # "will keep striking until Hamas frees them": a condition
        for node, children in zip(chain[:tensed], kids):
            if node.i in governed:
                continue
            if any(dep == "aux" and (low in self.future_aux or low == "going") for _, dep, low in children):
                return "intent" if modality == "asserted" else modality
            if node.dep_ in ("acl", "relcl") and node.tag_ in ("VBN", "VBD"):
                break  # "will build a plant under a deal signed during Putin's visit": the visit took place
        if modality != "asserted":
            return modality
        if self._background(trig, sent, chain, kids):
            return "background"
        return modality

    def _asked_of(self, verb: Any) -> bool:
        """Whether a verb says what someone is urged or ordered to do ("urged X to resolve")."""
        if verb.dep_ not in ("xcomp", "ccomp") or verb.head.i == verb.i:
            return False
        family = self.lex.embedding_family(verb.head)
        return family is not None and family.object_control

    def _background(self, trig: Trigger, sent: Any, chain: list[Any], kids: list[list[tuple[Any, str, str]]]) -> bool:
        tok = trig.token
        # a nominal event inside "following/after/since ..."
        node = tok
        while node.head.i != node.i and node.i != sent.root.i:
            if node.dep_ == "pobj" and node.head.lower_ in self.bg_preps:
                return True
            if node.dep_ == "prep" and node.lower_ in self.bg_preps:
                return True
            if node.pos_ in ("VERB", "AUX") and node.i != tok.i:
                break
            node = node.head
        for node, children in zip(chain[:2], kids):
            for child, dep, low in children:
                if dep in ("advmod", "npadvmod") and low in self.bg_adverbs:
                    return True
                # past perfect places an event before another one, except under a past
                # reporting verb, where it is only the tense backshift of "we have done"
                if dep == "aux" and low == "had" and not _in_reported_speech(node):
                    return True
                # a background phrase ("in recent years"): only one whose first word could
                # begin one is spelled out
                if dep == "prep" and child.left_edge.lower_.startswith(self.bg_phrase_starts):
                    phrase = " ".join(t.lower_ for t in child.subtree)
                    if any(phrase == p or phrase.startswith(p) for p in self.bg_phrases):
                        return True
            if node.dep_ == "relcl" and any(dep == "advmod" and low == "recently" for _, dep, low in children):
                return True
        return False

    # -- records ------------------------------------------------------------------

    def _event(
        self,
        parsed: ParsedArticle,
        sent: Any,
        index: int,
        trig: Trigger,
        code: str,
        source: list[Entity],
        target: list[Entity],
        modality: str,
        symmetric: bool,
        span: tuple[int, int],
    ) -> Event:
        article = parsed.article
        off = parsed.body_offset
        info = self.codes.most_specific_known(code)
        assert info is not None
        ptype = info.plover_type
        mode = info.plover_mode
        context = list(info.plover_context)
        # context words modify the trigger or its object ("military aid", "a defence pact")
        token_kids = list(trig.token.children)
        verb_kids = token_kids if trig.verb.i == trig.token.i else list(trig.verb.children)
        near = [trig.token, *token_kids, *verb_kids]
        near += [t for o in verb_kids if o.dep_ in OBJECT_DEPS for t in o.lefts]
        near += [g for c in token_kids if c.dep_ == "prep" for p in c.children for g in p.lefts]
        words = {t.lemma_.lower() for t in near}
        for word in sorted(words):
            ctx = self.context_words.get(word)
            if ctx and ctx not in context:
                context.append(ctx)
        modes = self.mode_words.get(ptype, {})
        trigger_words = {t.lemma_.lower() for t in trig.token.lefts} | {
            trig.token.lemma_.lower(),
            trig.verb.lemma_.lower(),
        }
        for word in sorted(trigger_words):
            if word in modes:
                mode = modes[word]
                break
        doc = parsed.doc
        first, last = doc[span[0]], doc[span[1] - 1]
        t_start, t_end = first.idx, last.idx + len(last.text)
        event_text = parsed.body[t_start:t_end] if span[1] - span[0] <= 6 else f"{trig.verb.text} … {trig.token.text}"
        date = article.date if modality != "background" else None
        digest = hashlib.sha1(f"{article.id}|{index}|{t_start}|{code}".encode()).hexdigest()[:16]
        return Event(
            id=digest,
            doc_id=article.id,
            sentence_index=index,
            event=ptype,
            cameo=code,
            mode=mode,
            context=tuple(context),
            quad_code=info.quad_class,
            goldstein=info.goldstein,
            actor=tuple(source),
            recipient=tuple(target),
            modality=modality,  # type: ignore[arg-type]
            event_text=event_text,
            trigger_start=t_start + off,
            trigger_end=t_end + off,
            text=sent.text.strip(),  # computed once per sentence (nlp.view)
            sentence_start=sent.start_char + off,
            sentence_end=sent.end_char + off,
            date=date,
            date_precision="day" if date else "",
            date_text="" if date else ("background: no date stated" if modality == "background" else ""),
            location=Location(),
            symmetric=symmetric,
            url=article.url,
            title=article.title,
            publication=article.publication,
            coder=self.name,
            coded_date=self._coded_date,
        )


def _trigger_requirements(lexicon: Lexicon, table: dict[str, list[Pattern]]) -> dict[str, Requirement | None]:
    """For each trigger lemma of a pattern table, what a document must contain for one of its patterns to
    match: None when some pattern needs nothing more than the word, else alternatives
    (one per pattern) of word sets that must each share a word with the document's
    lemmas and forms. A pattern needs one of its object words (see ``_matches``: a class
    member, the last word of a "modifier~word" member, any word of a longer compound),
    its particle, one of its required prepositions and each of its modifiers; an actor
    class (@igo, @state) or a class of people (any named person) needs nothing here."""
    out: dict[str, Requirement | None] = {}
    for word, patterns in table.items():
        alternatives = set()
        free = False
        for pattern in patterns:
            needs: list[frozenset[str]] = []
            if pattern.obj_label in CLAUSE_WORDS:
                needs.append(CLAUSE_WORDS[pattern.obj_label])  # a @blame clause's "behind", ...
            elif (
                pattern.obj is not None
                and not any(m.startswith("@") for m in pattern.obj)
                and not _person_class(pattern.obj, lexicon)
            ):
                words: set[str] = set()
                for member in pattern.obj:
                    parts = member.split("~")
                    words.update(parts if len(parts) > 2 else parts[-1:])
                needs.append(frozenset(words))
            if pattern.particle:
                needs.append(frozenset({pattern.particle}))
            if pattern.required and pattern.preps:
                needs.append(frozenset(pattern.preps))
            needs.extend(frozenset({m}) for m in pattern.modifiers)
            if not needs:
                free = True
                break
            alternatives.add(tuple(sorted(needs, key=sorted)))
        out[word] = None if free else tuple(sorted(alternatives, key=str))
    return out


def _either(*tables: dict[str, Requirement | None]) -> dict[str, Requirement | None]:
    """The requirements of a word that may fire under any of the tables: None if it
    fires alone under one, else the alternatives of all."""
    out: dict[str, Requirement | None] = {}
    for table in tables:
        for word, requirement in table.items():
            if requirement is None or (word in out and out[word] is None):
                out[word] = None
            else:
                out[word] = tuple(sorted(set(out.get(word) or ()) | set(requirement or ()), key=str))
    return out


def _with_forms(requirements: dict[str, Requirement | None], forms: dict[str, str]) -> dict[str, Requirement | None]:
    """The requirements of head words, also under their inflected forms."""
    out = dict(requirements)
    for form, head in forms.items():
        if head in requirements and form not in out:
            out[form] = requirements[head]
    return out


def _person_class(members: frozenset[str], lexicon: Lexicon) -> bool:
    return any(members is lexicon.classes.get(c) for c in PERSON_CLASSES)


@lru_cache(maxsize=4096)
def _long_compounds(members: frozenset[str]) -> bool:
    """Does a class name a compound of three or more words ("armed~drone~strike")?"""
    return any(m.count("~") > 1 for m in members)


def _match_keys(tok: Any) -> frozenset[str]:
    """The class members a word matches by itself: its lemma and form, alone and behind
    each of its modifiers ("military~aid"). Compounds of three words need ``_matches``."""
    lemma, lower = tok.lemma_.lower(), tok.lower_
    keys = {lemma, lower}
    for c in tok.lefts:
        if c.dep_ in ("amod", "compound", "nmod"):
            mod = c.lemma_.lower()
            keys.update((f"{mod}~{lemma}", f"{mod}~{lower}"))
    return frozenset(keys)


def _matches(tok: Any, members: frozenset[str]) -> bool:
    lemma, lower = tok.lemma_.lower(), tok.lower_
    if lemma in members or lower in members:
        return True
    mods = [c.lemma_.lower() for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod")]
    for mod in mods:
        if f"{mod}~{lemma}" in members or f"{mod}~{lower}" in members:
            return True
    if _long_compounds(members):
        # compounds of three or more words that have this one: only then read the subtree
        candidates = [parts for parts in _long_parts(members) if lemma in parts or lower in parts]
        if candidates:
            subtree = list(tok.subtree)
            words = {t.lemma_.lower() for t in subtree} | {t.lower_ for t in subtree}
            return any(all(p in words for p in parts) for parts in candidates)
    return False


@lru_cache(maxsize=4096)
def _long_parts(members: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    """The words of a class's compounds of three or more words."""
    return tuple(parts for m in members if len(parts := tuple(m.split("~"))) > 2)


def _attributive_visit(verb: Any) -> tuple[Any, Any] | None:
    """(visitors, governing verb) of "visiting" used as an adjective: "the visiting
    king" (amod), or "told visiting officials" as the parser often reads it (xcomp)."""
    if verb.lemma_.lower() != "visit" or verb.tag_ != "VBG" or any(c.dep_ == "aux" for c in verb.children):
        return None
    if verb.dep_ == "amod" and verb.head.head.pos_ in ("VERB", "AUX"):
        return verb.head, verb.head.head
    if verb.dep_ == "xcomp":
        objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
        if objects and verb.i < objects[0].i:
            return objects[0], verb.head
    visitors = _visitors(verb)
    if visitors is not None:
        governor = verb.head.head if verb.dep_ == "pcomp" else verb.head
        while governor.pos_ not in ("VERB", "AUX") and governor.head.i != governor.i:
            governor = governor.head  # "held talks with visiting X": the verb of the talks
        return visitors, governor
    return None


def _visitors(verb: Any) -> Any | None:
    """The object of "visiting" the parser made a verb where it is an adjective: right
    after the verb ("met visiting Australian Prime Minister Albanese", advcl) or the
    preposition ("talks with visiting ...", pcomp), its object a bare title or name."""
    if verb.lower_ != "visiting" or verb.tag_ != "VBG" or any(c.dep_ in ("aux", "mark") for c in verb.children):
        return None
    if not (
        (verb.dep_ == "advcl" and verb.i == verb.head.i + 1) or (verb.dep_ == "pcomp" and verb.i == verb.head.i + 1)
    ):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects or any(c.dep_ == "det" for c in objects[0].lefts):
        return None
    return objects[0]


def _governing_verb(noun: Any) -> Any | None:
    """The verb a noun hangs from, through prepositions ("agreed ... through talks")."""
    node = noun
    for _ in range(4):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX") and node.dep_ != "prep":  # "following talks": a preposition
            return node
        if node.dep_ not in ("prep", "pobj", "dobj", "npadvmod"):
            return None
    return None


def _object_is_head(verb: Any, objects: list[Any]) -> bool:
    """Whether the verb's object is the noun its clause modifies: "the internet services
    that it had cut" (relative pronoun object), "the curfew that had been imposed",
    "its ban on imports, imposed after ..." (a passive participle)."""
    if verb.dep_ == "relcl":
        if objects and all(o.lower_ in ("that", "which") for o in objects):
            return True
        if objects:
            return False
        # "the sanctions it had imposed": a relative clause with no pronoun, its own subject
        # a pronoun or name, whose object is the noun it modifies (not "the first such pact
        # Tokyo has concluded", which describes the event beside it)
        return any(c.dep_ == "nsubjpass" and c.lower_ in ("that", "which") for c in verb.children) or (
            not any(c.lower_ == "such" for c in verb.head.lefts)
            and any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE_WORDS for c in verb.children)
            and not any(c.dep_ in ("advmod", "ccomp", "xcomp") or c.tag_ in ("WRB", "WDT", "WP") for c in verb.children)
        )
    return not objects and verb.dep_ == "acl" and verb.tag_ == "VBN"


def _promised_act(verb: Any) -> Any | None:
    """The act a promise verb governs ("agreed to coordinate", "agreed that neither side
    would use force"), a verb with no "not" of its own."""
    for c in verb.children:
        if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX"):
            if c.dep_ == "xcomp" and not _infinitive(c):
                continue
            return c
    return None


def _exchanged_for(verb: Any) -> Any | None:
    """The "exchange" of "freed X in exchange for Y" (also "in a swap for"), when what it
    is for are people or their return."""
    # (the parser may hang the phrase on a noun before it: "freed 10 Americans from its
    # prisons in exchange for ..."; releases are few, so their phrases are read in full)
    for p in (t for r in verb.rights for t in r.subtree):
        if p.dep_ != "prep" or p.lower_ != "in":
            continue
        for noun in p.children:
            if noun.dep_ == "pobj" and noun.lemma_.lower() in ("exchange", "swap", "return"):
                if any(c.dep_ == "prep" and c.lower_ == "for" for c in noun.children):
                    return noun
    return None


def _time_to_leave(verb: Any) -> bool:
    """Whether the time a verb gives is to leave: "gave the diplomats two days to leave",
    the infinitive read as the verb's or the time noun's clause."""
    holders = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "npadvmod"))]
    return any(
        c.dep_ in ("advcl", "xcomp", "relcl", "acl") and c.lemma_.lower() in LEAVING
        for h in holders
        for c in h.children
    )


def _describes(verb: Any, code: str) -> bool:
    """A participle that describes a noun rather than reports an event: "the besieged
    city" (attributive, no subject), "traders accused of helping Moscow" (an accusation
    with no accuser)."""
    if verb.dep_ == "amod" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return True
    return code[:2] == "11" and verb.dep_ == "acl" and not any(c.dep_ in ("agent", "nsubj") for c in verb.children)


def _conjoined_passive(verb: Any) -> bool:
    """A passive conjunct with no subject or agent of its own ("arrived and been granted asylum")."""
    return (
        verb.tag_ == "VBN"
        and any(c.dep_ == "auxpass" for c in verb.children)
        and not any(c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS + ("agent",) for c in verb.children)
    )


def _passive(verb: Any) -> bool:
    """A passive verb: "was detained", "a leader detained in ..." (no agent named)."""
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    return any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in verb.children) or (verb.dep_ == "acl" and verb.tag_ == "VBN")


def _bare(entity: Entity) -> bool:
    """An actor coded by its sector alone ("CVL" for "villagers" in no named state)."""
    return (
        bool(entity.code)
        and entity.code == entity.sector
        and not entity.country
        and entity.sector not in TRANSNATIONAL_SECTORS
        and not any(w in NON_LOCAL for w in entity.entity_text.lower().split())  # "foreign fighters"
    )


def _agent_or_backer(tok: Any) -> bool:
    """Whether a name only brokered, proposed or backs what the sentence tells ("a ceasefire
    brokered by Angola", "Rwandan-backed rebels"): not a side of it."""
    for node in (tok, *tok.ancestors):
        if node.dep_ == "agent" or (node.dep_ == "amod" and node.tag_ == "VBN"):
            return True
        if node.pos_ in ("VERB", "AUX") and node.dep_ != "amod":
            return False
    return False


def _allied(side: list[Entity]) -> list[Entity]:
    """A group known only by its sector joined to actors of one state is on that state's
    side ("the Rapid Support Forces and allied Arab militias" are both Sudan's)."""
    loose = [e for e in side if e.code and e.code == e.sector and not e.country]
    if not loose or len(loose) == len(side):
        return side
    country = _single_country([e for e in side if e not in loose])
    if not country:
        return side
    return [replace(e, code=country, country=country) if e in loose else e for e in side]


def _single_country(entities: list[Entity]) -> str:
    countries = {e.country for e in entities if e.code}
    return next(iter(countries)) if len(countries) == 1 and "" not in countries else ""


#: Labels the parser gives a name that opens a clause with no subject ("Nauru severed
#: ties" parsed with "Nauru" as an adverb).
STRANDED_NAME_DEPS = frozenset({"npadvmod", "advmod", "dep", "nmod"})
#: Verbs of letting, whose embedded clause's subject is the one let ("refused to let X visit").
PERMITTING = frozenset(["let", "allow", "permit"])
#: Verbs by which the one a demand, threat or offer was made to answers it.
ANSWERING = frozenset(["reject", "dismiss", "refuse", "defy", "ignore", "accept", "heed", "comply", "spurn", "rebuff"])


def _received_thing(noun: Any) -> bool:
    """Whether a noun is what its clause's subject got: its object, or the of-phrase of
    its object ("received tanks", "took delivery of bombers")."""
    if noun.dep_ in OBJECT_DEPS:
        return True
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.dep_ in OBJECT_DEPS


def _answered_demand(noun: Any) -> bool:
    """Whether a demand, threat or offer noun is the object of a verb of answering it
    ("rejected an ECOWAS ultimatum", "accepted the U.S. offer")."""
    return noun.dep_ in OBJECT_DEPS and noun.head.lemma_.lower() in ANSWERING


def _attacked_place(noun: Any, actors: ArticleActors) -> list[Entity]:
    """The state of the place an attack noun is set in: "the Israeli offensive in Gaza",
    "Russian strikes near Kharkiv" (a city or region attacked stands for its state); the
    parser may hang the place on the verb the noun is the object of ("condemned the
    offensive in Gaza")."""
    holders = [noun, noun.head] if noun.dep_ in OBJECT_DEPS else [noun]
    return [
        e
        for h in holders
        for p in h.children
        if p.dep_ == "prep" and p.lower_ in LOCATION_PREPS
        for g in p.children
        if g.dep_ == "pobj"
        for e in actors.place_states(g)
    ][:1]


def _stranded_subject(verb: Any) -> Any | None:
    """ "Hamas freed hostages in Gaza and Israel released prisoners": the parser may join
    the second clause's subject to a noun of the first ("Gaza and Israel"); a name right
    before a finite verb that has no subject, after "and", "but" or "while", is its subject."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < 2:
        return None
    if any(c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS for c in verb.children):
        return None
    prev = verb.doc[verb.i - 1]
    if prev.pos_ != "PROPN" or prev.dep_ != "conj" or prev.head.i == verb.i:
        return None
    first = prev.left_edge.i
    return prev if first > 0 and verb.doc[first - 1].lower_ in ("and", "but", "while") else None


def _purpose_clause(verb: Any) -> bool:
    """An infinitive of purpose: "approved a credit to help Kenya"."""
    return verb.dep_ == "advcl" and verb.tag_ == "VB" and _infinitive(verb)


def _purpose_of(verb: Any) -> Any | None:
    """The verb an infinitive of purpose serves, also through "help" ("sent troops to
    help secure peace": the sending)."""
    if _purpose_clause(verb):
        return verb.head
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "help" and _purpose_clause(verb.head):
        return verb.head.head
    return None


def _subject_tokens(verb: Any) -> list[Any]:
    """The words naming who does what the verb says: its subject, or for an
    infinitive the object ("ordered the troops to leave") or subject that controls it."""
    node = verb
    for _ in range(3):
        subjects = [c for c in node.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            return subjects + [g for s in subjects for g in s.children if g.dep_ == "conj"]
        if node.dep_ == "xcomp":
            objects = [c for c in node.head.children if c.dep_ in OBJECT_DEPS]
            if objects:
                return objects
        if node.dep_ not in ("xcomp", "conj") or node.head.i == node.i:
            break
        node = node.head
    return []


def _participle_object(verb: Any) -> list[Any]:
    """The object of a participle the parser read as its adjective, put in apposition with
    the one the participle describes ("Zelensky, visiting Berlin, said": Berlin); else none."""
    if verb.dep_ == "amod" and verb.tag_ == "VBG" and verb.head.dep_ == "appos":
        return [verb.head]
    return []


def _goods(objects: list[Any]) -> list[Any]:
    """The words naming what objects stand for: the objects, their "of" phrases ("took
    delivery of drones") and the conjuncts of both."""
    named = [*objects, *(g for o in objects for g in _of_objects(o))]
    return [w for g in named for w in (g, *g.conjuncts)]


def _goods_of(verb: Any) -> set[int]:
    """The indices of the words naming what a verb acts on (see ``_goods``)."""
    return {w.i for w in _goods([c for c in verb.children if c.dep_ in OBJECT_DEPS])}


def _goods_givers(objects: list[Any], receivers: list[Entity], actors: ArticleActors) -> list[Entity]:
    """Who received goods are from, when no "from" phrase says: the agent of a participle
    on them ("bombers supplied by Russia"), else the state they are of ("Turkish-made
    drones", "Chinese air defence systems"); the goods of "took delivery of" are its "of"
    phrase. The receivers are never their own giver."""
    own = {e.code for e in receivers if e.code}
    for g in _goods(objects):
        for participle in g.children:
            if participle.dep_ == "acl" and participle.tag_ == "VBN":
                agents = [p for c in participle.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
                found = [e for p in agents for e in actors.entities(p) if e.code and e.code not in own]
                if found:
                    return found
    return [e for o in objects for e in actors.entities(o) if e.code and e.code not in own]


def _first_coded(
    candidates: Iterator[list[Entity]], source: list[Entity], no_self: bool, civilians_ok: bool = False
) -> list[Entity]:
    """The first candidate list that names a coded actor; else the first with
    unknown names only. With ``no_self``, a target equal to the source is skipped,
    unless ``civilians_ok`` and the target are civilians of that state, a place of it
    attacked by its organs, or, for a source that is not one itself, its armed groups
    ("Nigerian troops killed Boko Haram fighters")."""
    source_codes = {e.code for e in source}
    source_sectors = {e.sector for e in source}
    weak: list[Entity] = []
    unplaced: list[Entity] = []  # actors known by their sector alone ("detained migrants")
    for found in candidates:
        if not found:
            continue
        codes = {e.code for e in found if e.code}
        if codes and all(e.code == e.sector and not e.country for e in found if e.code):
            # "released detained migrants to the custody of the Myanmar embassy": a state
            # named later says whose they are; else the sector alone, placed later
            unplaced = unplaced or found
            continue
        if codes:
            sectors = {e.sector for e in found if e.code}
            civilians = civilians_ok and (
                sectors <= CIVILIAN_SECTORS or (sectors <= ARMED_NON_STATE and not source_sectors & ARMED_NON_STATE)
            )
            # "the Ethiopian army bombed Tigray": a state's organs attacking a place of
            # their own state (a sectorless target) fight at home
            territory = civilians_ok and all(e.sector for e in source) and not any(e.sector for e in found if e.code)
            if no_self and codes == source_codes and not civilians and not territory and not _rivals(source, found):
                continue
            return found
        weak = weak or found
    return unplaced or weak


#: A state's own organs: one of them acting on another of the same state is not a
#: domestic event the coder can tell from the source acting on itself.
STATE_ORGANS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})


def _rivals(source: list[Entity], target: list[Entity]) -> bool:
    """Whether two sides of one state are distinct parts of it with a non-state part among
    them ("Venezuela's opposition called on the armed forces", "the government accused
    the rebels"): the opposition and the government of a state are not one actor."""
    # a state named bare stands for its government: "Peru suspended talks with the Shining Path"
    s = {e.sector or "GOV" for e in source if e.code}
    t = {e.sector or "GOV" for e in target if e.code}
    if not s or not t or s & t:
        return False
    if (s <= LAW_ENFORCEMENT) != (t <= LAW_ENFORCEMENT) and not (s | t) & {"MIL"}:
        return True  # "Peru's attorney general opened an investigation into the president"
    return not (s | t) <= STATE_ORGANS


_MONTHS = frozenset(MONTHS)
#: Words naming a time: a preposition before them dates the event ("called X on Monday").
TIME_WORDS = frozenset({*MONTHS, *WEEKDAYS, "today", "tonight", "morning", "afternoon", "evening", "night", "weekend"})
PARTICLES = frozenset({"out", "off", "up", "down", "back", "away", "over"})
#: Adverbs the parser attaches where a particle belongs ("signed together", "stepped down").
ADVERB_PARTICLES = frozenset({"together", "jointly", "down", "up", "out", "back", "off", "away", "over", "aside"})


def _clause_verb(tok: Any) -> Any:
    """The nearest verb above a token (the token's own clause)."""
    node = tok.head
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node


def _preps_of(tok: Any, words: tuple[str, ...]) -> list[Any]:
    """The prepositions among ``words`` attached to ``tok``, also behind a particle
    the parser made a preposition ("pulled out of")."""
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative"):
            if c.lower_ in words:
                out.append(c)
            elif c.lower_ in PARTICLES:
                out.extend(g for g in c.children if g.dep_ == "prep" and g.lower_ in words)
    return out


def _amounts_of(nouns: list[Any], quantity: frozenset[str]) -> list[Any]:
    """What the amounts among ``nouns`` are of ("a round of sanctions", "some of the aid")."""
    return [
        g
        for o in nouns
        if o.lemma_.lower() in quantity
        for c in o.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _cargo(carrier: Any) -> list[Any]:
    """What a ship, plane or truck is said to carry: "trucks carrying food and medicine",
    "planes loaded with tents"."""
    out = []
    for c in carrier.children:
        if c.dep_ in ("acl", "relcl", "amod") and c.lemma_.lower() in CARRYING:
            for g in c.children:
                if g.dep_ in OBJECT_DEPS:
                    out.append(g)
                elif g.dep_ == "prep" and g.lower_ == "with":
                    out.extend(x for x in g.children if x.dep_ == "pobj")
    out.extend(x for o in list(out) for x in o.children if x.dep_ == "conj")
    return out


def _pattern_objects(
    tok: Any, quantity: frozenset[str] = frozenset(), carriers: frozenset[str] = frozenset()
) -> list[Any]:
    out = [c for c in tok.children if c.dep_ in OBJECT_DEPS + ("nsubjpass",)]
    out += _amounts_of(out, quantity)  # "suspended some of the bloc's sanctions"
    out += [g for o in out if o.lemma_.lower() in carriers for g in _cargo(o)]  # "a ship carrying aid"
    out += _of_objects(tok)
    out += [g for o in out for g in o.children if g.dep_ == "conj"]
    return out


def _names_its_object(verb: Any) -> bool:
    """A verb with an object predicate: "called the move illegal", "called him a dictator"."""
    for c in verb.children:
        if c.dep_ == "oprd":
            return True
        if c.dep_ in OBJECT_DEPS:
            appositions = [a for a in c.children if a.dep_ == "appos"]
            # (through the object's name: "called his counterpart Gustavo Petro a liar")
            appositions += [b for a in appositions for b in a.children if b.dep_ == "appos"]
            if any(any(d.lower_ in ("a", "an") for d in a.children) for a in appositions):
                return True
    return False


def _purpose_objects(tok: Any) -> list[Any]:
    """Nouns of a "for", "on" or "in" phrase on a verb: "arrived in Cairo for his first
    visit", "broke up a cell in a joint operation"."""
    return [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in ("for", "on", "in")
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _temporal(prep: Any) -> bool:
    """A preposition whose object is a date or time ("on Monday", "in March")."""
    return any(g.dep_ == "pobj" and g.lower_ in TIME_WORDS for g in prep.children)


def _of_objects(tok: Any) -> list[Any]:
    """The objects of a word's "of" phrases ("the withdrawal of French troops")."""
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]


def _infinitive(verb: Any) -> bool:
    """Whether a verb is a to-infinitive ("agreed to provide", "asked Uganda to reconsider")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _of_phrase(noun: Any) -> list[Any]:
    """The objects of a noun's "of" phrase, with their conjuncts ("the arrival of US
    warships and troops")."""
    found = _of_objects(noun)
    return found + [x for g in found for x in g.conjuncts]


def _answered_nouns(prep: Any) -> list[Any]:
    """The nouns a prepositional phrase (or "following" parsed as a verb) says an act
    answers: "after" or "following" X, "in response (or reaction) to" X."""
    low = prep.lower_
    if low in REACTION_MARKS_AFTER:  # "following" may be parsed as a verb taking an object
        return [g for g in prep.children if g.dep_ in ("pobj", "dobj") and g.pos_ in ("NOUN", "PROPN")]
    if low != "in":
        return []
    return [
        x
        for g in prep.children
        if g.dep_ == "pobj" and g.lower_ in ("response", "reaction", "retaliation")
        for to in g.children
        if to.dep_ == "prep" and to.lower_ == "to"
        for x in to.children
        if x.dep_ == "pobj"
    ]


def _blames(clause: Any) -> bool:
    """Whether a clause says its subject is behind, responsible for, guilty of or to blame
    for something ("Moscow was behind the fire", "Kigali is responsible for the attack");
    not of a pronoun ("said it was behind the attack" claims, not accuses)."""
    if clause.lemma_ != "be" or any(c.dep_ == "neg" for c in clause.children):
        return False
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or any(s.pos_ == "PRON" for s in subjects):
        return False
    for c in clause.children:
        if c.dep_ == "prep" and c.lower_ == "behind" and _wrongs(c):
            return True
        if c.dep_ in ("acomp", "xcomp") and c.lemma_ in ("responsible", "guilty", "culpable", "blame"):
            return any(_wrongs(p) for p in c.children if p.dep_ == "prep" and p.lower_ in ("for", "of"))
    return False


#: Lemmas of the wrongs someone may be said to be behind or responsible for.
WRONGS = frozenset(
    [
        "attack",
        "blast",
        "explosion",
        "bombing",
        "bomb",
        "fire",
        "arson",
        "killing",
        "kill",
        "death",
        "massacre",
        "violence",
        "crash",
        "downing",
        "down",
        "sinking",
        "sink",
        "assassination",
        "assassinate",
        "murder",
        "strike",
        "shelling",
        "shell",
        "abduction",
        "abduct",
        "kidnapping",
        "kidnap",
        "cyberattack",
        "hack",
        "hacking",
        "poisoning",
        "poison",
        "sabotage",
        "leak",
        "riot",
        "unrest",
        "coup",
        "genocide",
        "crime",
        "atrocity",
        "incident",
        "shooting",
        "shoot",
        "raid",
        "ambush",
        "plot",
    ]
)


def _wrongs(prep: Any) -> bool:
    """Whether a preposition's object is a wrong ("behind the attack", "responsible for
    downing the airliner"), not a duty ("responsible for the budget")."""
    return any(g.dep_ in ("pobj", "pcomp") and g.lemma_.lower() in WRONGS for g in prep.children)


def _controls(children: list[Any]) -> bool:
    """Whether a verb's dependents hold someone asked and a to-infinitive for them to
    carry out ("asked Uganda to reconsider", "Ghana was asked by the IMF to cut spending")."""
    return any(c.dep_ in ("dobj", "nsubjpass") for c in children) and any(
        c.dep_ == "xcomp" and _infinitive(c) for c in children
    )


def _anaphoric(noun: Any) -> bool:
    return any(
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "these", "those", "its", "their")
        for c in noun.lefts
    ) and not any(c.dep_ == "prep" for c in noun.children)


def _has_modifiers(tok: Any, modifiers: tuple[str, ...]) -> bool:
    words = {c.lemma_.lower() for c in tok.lefts} | {c.lower_ for c in tok.lefts}
    return all(m in words for m in modifiers)


def _head_chain(tok: Any, stop: Any) -> list[Any]:
    chain = [tok]
    node = tok
    while node.head.i != node.i and node.i != stop.i and len(chain) < 6:
        if node.dep_ in ("conj",):
            node = node.head
            continue
        if node.dep_ not in (
            "xcomp",
            "ccomp",
            "advcl",
            "pcomp",
            "pobj",
            "prep",
            "acl",
            "dobj",
            "nsubj",
            "nsubjpass",
            "attr",
        ):
            break
        node = node.head
        chain.append(node)
    return chain


def _refused(verb: Any, future_aux: frozenset[str]) -> bool:
    """Whether a verb says what its subject will not do ("will not hold talks", "won't
    recognise", "said it would neither accept nor recognise")."""
    children = list(verb.children)
    negated = any(c.dep_ == "neg" or (c.dep_ == "preconj" and c.lower_ == "neither") for c in children)
    return negated and any(
        c.dep_ == "aux" and (c.lower_ in future_aux or (c.lower_ == "would" and _in_reported_speech(verb)))
        for c in children
    )


def _conditional_promise(verb: Any) -> bool:
    """Whether a verb says what will or would be done if (or unless, or until) something
    happens ("would retaliate if it were attacked", "will impose tariffs unless Mexico
    acts", "would cut off funding until Pretoria changed the law")."""
    children = list(verb.children)
    if not any(c.dep_ == "aux" and c.lower_ in CONDITIONAL_AUX for c in children):
        return False
    if any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
        for c in children
    ):
        return True
    # "would cut ties with any government that recognised him": whoever does it
    objects = [c for c in children if c.dep_ in OBJECT_DEPS]
    heads = [verb, *objects]  # (the parser may hang the "with" phrase on "ties")
    objects += [g for h in heads for c in h.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(
        any(d.dep_ == "det" and d.lower_ == "any" for d in o.children) and any(r.dep_ == "relcl" for r in o.children)
        for o in objects
    )


def _dated_by(word: Any, verb: Any) -> bool:
    """Whether a word of a verb's phrases lies in one that dates the act by another event
    ("after talks in Putrajaya", "during a visit to Kyiv")."""
    node = word
    while node.i != verb.i and node.head.i != node.i:
        if node.dep_ == "prep" and node.lower_ in TIME_PREPS:
            return True
        node = node.head
    return False


def _in_phrase_of(noun: Any, preps: frozenset[str]) -> bool:
    """Whether a noun is the object of one of ``preps``, or what a span of time governed
    by one is of ("after ethnic clashes", "after weeks of fighting")."""
    node = noun
    for _ in range(3):
        if node.dep_ != "pobj":
            return False
        prep = node.head
        if prep.lower_ in preps:
            return True
        if prep.lower_ != "of" or prep.head.i == prep.i:
            return False
        node = prep.head
    return False


def _neither(noun: Any) -> bool:
    """Whether a noun phrase is denied by "neither" ("neither side", "neither X nor Y")."""
    return any(c.lower_ == "neither" and c.dep_ in ("preconj", "det") for c in noun.children)


def _above_adverbial_clause(chain: list[Any]) -> set[int]:
    """Heads on the chain above a clause of time, reason or manner (not of purpose: "to
    help"), which a "not" of theirs does not reach."""
    above: set[int] = set()
    for i, node in enumerate(chain[:-1]):
        if node.dep_ == "advcl" and not _infinitive(node):
            above.update(n.i for n in chain[i + 1 :])
            break
    return above


def _governed_nodes(chain: list[Any], embedder: Any) -> set[int]:
    """The chain's nodes below the embedding verb (the act it governs)."""
    if embedder is None:
        return set()
    for i, node in enumerate(chain):
        if node.i == embedder.i:
            return {n.i for n in chain[:i]}
    return set()


def _in_reported_speech(node: Any) -> bool:
    return node.dep_ == "ccomp" and node.head.lemma_.lower() in REPORTING
