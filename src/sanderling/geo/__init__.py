"""Geo stage: where each event happened, against an offline GeoNames gazetteer.

Adds ``Event.location``. ``resolution`` says how the place was found: ``place`` (a
city or region the sentence attaches to the event), ``dateline`` (the place the report
is filed from, for visits, meetings and signings), ``country`` (only the country is
known: named in the sentence, or the country of the event's actors), ``""`` (unknown).
Country-level locations carry the country's geonameid but no coordinates.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..records import Event, ParsedArticle
from .anchor import Anchor, anchor, sentences
from .extract import Mention, mentions
from .gazetteer import Gazetteer, Place, load_gazetteer
from .locate import Locator, capitals_and_names
from .resolve import Context, Resolver

__all__ = [
    "Anchor",
    "Context",
    "Gazetteer",
    "Locator",
    "Mention",
    "Place",
    "Resolver",
    "anchor",
    "default_locator",
    "enrich",
    "gazetteer_for",
    "mentions",
    "sentences",
]


def gazetteer_for(actor_files: tuple[str, ...] = (), cache: Path | None = None) -> Gazetteer:
    """The gazetteer with the capitals and country names of the actor dictionary."""
    from ..actors import actor_dictionary

    capitals, names = capitals_and_names(actor_dictionary(actor_files))
    return load_gazetteer(capitals, names, cache)


@lru_cache(maxsize=4)
def default_locator(actor_files: tuple[str, ...] = ()) -> Locator:
    """A Locator loaded once per process for a set of actor files."""
    return Locator(gazetteer_for(actor_files))


def enrich(parsed: ParsedArticle, events: list[Event], locator: Locator | None = None) -> list[Event]:
    """The events with ``location`` filled; an unresolved place leaves it empty."""
    return (locator or default_locator()).enrich(parsed, events)
