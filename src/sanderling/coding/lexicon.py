"""The predicate lexicon: verb and noun patterns mapping to CAMEO codes, noun classes,
and the embedding-verb families, loaded from ``coding/data`` and validated."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from .._data import Located, load_yaml_records, package_file
from ..errors import DataFileError
from ..ontology import Ontology, ontology

#: Object classes decided by what the object resolves to, not by its words:
#: ``@igo`` an intergovernmental organisation ("withdrew from ECOWAS"), ``@state`` a state
#: named as such (not its capital: "left Paris for Dakar" is travel).
ACTOR_CLASSES = frozenset({"igo", "state"})
#: Object classes decided by the parse: ``@clause`` a clause complement ("charged that
#: Kigali armed the rebels" is an accusation, "charged the journalist" a legal action);
#: ``@control`` an object and a to-infinitive it is to carry out ("asked Uganda to
#: reconsider", "Ghana was asked to cut spending"), not a question ("asked whether");
#: ``@blame`` a clause that someone other than the speaker is behind, responsible for or
#: guilty of something ("said Moscow was behind the fire"); ``@act`` an act promised that
#: the lexicon has no pattern for ("agreed to coordinate their deterrents", "agreed that
#: neither side would use force").
CLAUSE_CLASSES = frozenset({"clause", "control", "blame", "act"})
#: Words one of which a parse-decided object needs, by class: what a document must hold
#: for such a pattern to fire (a ``@blame`` clause's "behind", "responsible", ...).
CLAUSE_WORDS = {"@blame": frozenset({"behind", "responsible", "guilty", "culpable", "blame"})}
_WORD = re.compile(r"^[^\W\d_A-Z][\w'\-]*(?:~[^\W\d_A-Z][\w'\-]*)*$")


@dataclass(frozen=True)
class Pattern:
    """One way a text can express a CAMEO event."""

    code: str
    kind: str  # "verb" | "noun"
    lemma: str  # head word of the trigger
    modifiers: tuple[str, ...]  # words that must modify the trigger ("drone~strike")
    particle: str
    obj: frozenset[str] | None  # members the object must match
    obj_label: str
    preps: tuple[str, ...]
    required: bool
    symmetric: bool
    text: str
    line: int
    self_target: bool = False  # with no recipient stated, the source's own state ("resigned")
    source_prep: str = ""  # the source is this preposition's object, the subject the recipient
    subj: frozenset[str] | None = None  # members the subject (or controller) must match: "leave <@force"

    @property
    def specificity(self) -> int:
        return (
            2 * bool(self.particle)
            + 3 * (self.obj is not None)
            + (self.obj is not None and not self.obj_label.startswith("@"))  # an exact word beats a class
            + 2 * self.required
            + 2 * len(self.modifiers)
            + 2 * (self.subj is not None)
            + len(self.code)
        )


@dataclass(frozen=True)
class Family:
    name: str
    verbs: frozenset[str]
    adjectives: frozenset[str]
    modality: str
    object_control: bool
    table: dict[str, str]
    nouns: frozenset[str] = frozenset()  # "readiness to mediate", "refusal to free"
    #: verbs that embed only with one of these prepositions: "call !on|upon" ("called on X
    #: to free" is an appeal, "called X to discuss" a phone call)
    preps: dict[str, frozenset[str]] = field(default_factory=dict)

    def derive(self, code: str) -> str | None:
        """The derived code for a governed event's code (longest prefix in the table)."""
        for n in range(len(code), 1, -1):
            derived = self.table.get(code[:n])
            if derived:
                return derived
        return None


@dataclass
class Lexicon:
    verbs: dict[str, list[Pattern]] = field(default_factory=lambda: defaultdict(list))
    nouns: dict[str, list[Pattern]] = field(default_factory=lambda: defaultdict(list))
    classes: dict[str, frozenset[str]] = field(default_factory=dict)
    families: dict[str, Family] = field(default_factory=dict)
    syntax: dict[str, Any] = field(default_factory=dict)
    examples: list[tuple[str, str, int]] = field(default_factory=list)  # (code, sentence, line)
    #: inflected forms of pattern heads that are not heads themselves, to the head:
    #: "readmitted" → "readmit" when the lemmatizer gives "readmitte" (see ``inflections``)
    forms: dict[str, str] = field(default_factory=dict)
    _by_verb: dict[str, Family] | None = field(default=None, repr=False)

    def family_of(self, lemma: str) -> Family | None:
        """The embedding family of a verb (called for most verbs of every sentence)."""
        if self._by_verb is None:
            self._by_verb = {}
            for family in self.families.values():
                for verb in family.verbs:
                    self._by_verb.setdefault(verb, family)
        return self._by_verb.get(lemma)

    def embedding_family(self, tok: Any) -> Family | None:
        """The embedding family of a verb token, if it has the preposition its family
        may require of it ("called on Mali to" embeds, "called Putin to discuss" does not)."""
        family = self.family_of(tok.lemma_.lower())
        if family is not None and family.preps:
            needed = family.preps.get(tok.lemma_.lower())
            if needed and not any(c.dep_ == "prep" and c.lower_ in needed for c in tok.children):
                return None
        return family

    def patterns(self) -> list[Pattern]:
        return [p for ps in (*self.verbs.values(), *self.nouns.values()) for p in ps]

    def words(self, key: str) -> frozenset[str]:
        return frozenset(self.syntax.get(key, ()))


def _parse_pattern(
    text: str,
    kind: str,
    code: str,
    symmetric: bool,
    entry: Located,
    lex: Lexicon,
    self_target: bool = False,
    source_prep: str = "",
) -> Pattern:
    words = text.split()
    if not words:
        raise entry.fail("empty pattern", "remove it or write a lemma")
    head, *rest = words
    modifiers: tuple[str, ...] = ()
    if "~" in head:
        *mods, head = head.split("~")
        modifiers = tuple(mods)
    particle, obj_label, required = "", "", False
    obj: frozenset[str] | None = None
    subj: frozenset[str] | None = None
    preps: tuple[str, ...] = ()
    for word in rest:
        if word.startswith("<@"):  # a class the subject must belong to: "leave <@force"
            if word[2:] not in lex.classes:
                raise entry.fail(f"pattern {text!r}: unknown class {word[1:]}", "define it in classes.yaml")
            subj = lex.classes[word[2:]]
        elif word.startswith("+"):
            particle = word[1:]
        elif word[0] in ">!":
            preps = tuple(word[1:].split("|"))
            required = word[0] == "!"
        elif word.startswith("@"):
            name = word[1:]
            if name in ACTOR_CLASSES or name in CLAUSE_CLASSES:  # "leave @igo", "charge @clause"
                obj, obj_label = frozenset({f"@{name}"}), word
                continue
            if name not in lex.classes:
                raise entry.fail(f"pattern {text!r}: unknown class @{name}", "define it in classes.yaml")
            obj, obj_label = lex.classes[name], word
        else:
            if not _WORD.match(word):
                raise entry.fail(f"pattern {text!r}: {word!r} is not a lower-case word", "use lemmas, ~ to join")
            obj, obj_label = frozenset({word}), word
    if not _WORD.match(head) or any(not _WORD.match(m) for m in modifiers):
        raise entry.fail(f"pattern {text!r}: head {head!r} is not a lower-case lemma", "write e.g. 'sign @agreement'")
    return Pattern(
        code,
        kind,
        head,
        modifiers,
        particle,
        obj,
        obj_label,
        preps,
        required,
        symmetric,
        text,
        entry.line,
        self_target,
        source_prep,
        subj,
    )


def load_lexicon(extra: Sequence[str | Path] = (), codes: Ontology | None = None) -> Lexicon:
    codes = codes or ontology()
    lex = Lexicon()
    classes_path = package_file("sanderling.coding.data", "classes.yaml")
    raw = yaml.safe_load(classes_path.read_text(encoding="utf-8"))
    for name, members in raw.items():
        if not isinstance(members, list):
            raise DataFileError(str(classes_path), None, f"class {name} must be a list", "write name: [a, b]")
        lex.classes[name] = frozenset(_with_hyphen_variants(str(m).lower() for m in members))
    lex.syntax = yaml.safe_load(package_file("sanderling.coding.data", "syntax.yaml").read_text(encoding="utf-8"))
    for e in load_yaml_records(package_file("sanderling.coding.data", "families.yaml")):
        table = {str(k): str(v) for k, v in (e.get("map") or {}).items()}
        for derived in table.values():
            if derived not in codes:
                raise e.fail(f"family {e.get('family')}: code {derived} is not a CAMEO code", "fix the map")
        verbs, verb_preps = set(), {}
        for text in e.get("verbs") or ():
            lemma, *needs = str(text).split()
            verbs.add(lemma)
            for need in needs:
                if not need.startswith("!"):
                    raise e.fail(f"family verb {text!r}: {need!r} is not a !preposition", "write 'call !on|upon'")
                verb_preps[lemma] = frozenset(need[1:].split("|"))
        lex.families[str(e["family"])] = Family(
            str(e["family"]),
            frozenset(verbs),
            frozenset(e.get("adjectives") or ()),
            str(e.get("modality") or ""),
            bool(e.get("object_control")),
            table,
            frozenset(e.get("nouns") or ()),
            verb_preps,
        )
    sources = [package_file("sanderling.coding.data", "verbs.yaml"), *map(Path, extra)]
    for path in sources:
        for e in load_yaml_records(path):
            code = str(e.get("code") or "")
            if code == "none":  # suppressors: patterns that mean no event ("rejected reports")
                pass
            elif code not in codes:
                raise e.fail(f"code {code!r} is not a CAMEO code", 'quote it and keep leading zeros: code: "042"')
            elif not codes[code].plover_type:
                raise e.fail(f"code {code} has no PLOVER type (statements are not events)", "use a code from 02-20")
            symmetric = bool(e.get("symmetric"))
            for kind, index in (("verb", lex.verbs), ("noun", lex.nouns)):
                for text in e.get(kind + "s") or []:
                    source_prep = str(e.get("source") or "")
                    pattern = _parse_pattern(
                        str(text), kind, code, symmetric, e, lex, e.get("target") == "self", source_prep
                    )
                    index[pattern.lemma].append(pattern)
            for sentence in e.get("examples") or []:
                lex.examples.append((code, str(sentence), e.line))
    for index in (lex.verbs, lex.nouns):
        for patterns in index.values():
            patterns.sort(key=lambda p: -p.specificity)
    for kind, index in (("verb", lex.verbs), ("noun", lex.nouns)):
        for head in index:
            for form in inflections(head, kind):
                if form not in lex.verbs and form not in lex.nouns:
                    lex.forms.setdefault(form, head)
    return lex


_VOWELS = frozenset("aeiou")


def inflections(word: str, kind: str) -> set[str]:
    """The regular inflected forms a head word takes in text, so that a word the
    lemmatizer gets wrong is still found by its form ("readmitted", lemma "readmitte").
    A doubled final consonant is always offered ("admitted", "banned")."""
    if "~" in word or not word.isalpha() or len(word) < 3:
        return set()
    consonant_y = word.endswith("y") and word[-2] not in _VOWELS
    if consonant_y:
        plural = word[:-1] + "ies"
    elif word.endswith(("s", "x", "z", "ch", "sh")):
        plural = word + "es"
    else:
        plural = word + "s"
    if kind == "noun":
        return {plural}
    forms = {plural}
    if word.endswith("e"):
        forms.add(word + "d")
        forms.add(
            word[:-2] + "ying" if word.endswith("ie") else word + "ing" if word.endswith("ee") else word[:-1] + "ing"
        )
    else:
        forms.update({word[:-1] + "ied" if consonant_y else word + "ed", word + "ing"})
    if word[-1] not in _VOWELS | {"w", "x", "y"} and word[-2] in _VOWELS and word[-3] not in _VOWELS:
        forms.update({word + word[-1] + "ed", word + word[-1] + "ing"})  # "readmitted", "banning"
    return forms


def _with_hyphen_variants(members: Any) -> set[str]:
    """Class members, and for a hyphenated word the compound the tokenizer makes of it
    ("cease-fire" is read as "cease" modifying "fire": also "cease~fire")."""
    out = set()
    for member in members:
        out.add(member)
        if "-" in member:
            out.add("~".join(part for word in member.split("~") for part in word.split("-") if part))
    return out


@lru_cache(maxsize=4)
def _cached(extra: tuple[str, ...]) -> Lexicon:
    return load_lexicon(extra)


def lexicon(extra: Sequence[str | Path] = ()) -> Lexicon:
    return _cached(tuple(str(p) for p in extra))
