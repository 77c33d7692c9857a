"""The location of each event: the place its sentence attaches to it, else the dateline
for events that happen where the report is filed, else the country of its actors."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from typing import Any

from ..records import Event, Location, ParsedArticle
from .anchor import Anchor, anchor, sentences
from .extract import Cues, Mention, cues, mentions
from .gazetteer import Gazetteer, Place
from .resolve import Context, Resolver

log = logging.getLogger(__name__)
_KIND_ORDER = {"locative": 0, "object": 0, "motion": 1}


def to_location(place: Place, extracted: str, resolution: str) -> Location:
    return Location(
        extracted_place=extracted,
        resolved_place=place.name,
        geonameid=place.geonameid,
        lat=place.lat,
        lon=place.lon,
        country_code=place.country,
        admin1=place.admin1,
        feature_code=place.feature_code,
        resolution="country" if place.is_country and resolution == "place" else resolution,
    )


def _countries(entities: Iterable[Any]) -> list[str]:
    out: list[str] = []
    for e in entities:
        if e.country and e.country not in out:
            out.append(e.country)
    return out


class Locator:
    """Locates the events of parsed articles against one gazetteer."""

    def __init__(self, gazetteer: Gazetteer, cue_words: Cues | None = None) -> None:
        self.gazetteer = gazetteer
        self.resolver = Resolver(gazetteer)
        self.cues = cue_words or cues()
        # Locations already built: the same few places and countries come back event after
        # event (building one took a tenth of the geo stage), and a Location is immutable,
        # so one serves them all
        self._place_locations: dict[tuple[int, str], Location] = {}
        self._country_locations: dict[tuple[str, str], Location] = {}

    def enrich(self, parsed: ParsedArticle, events: list[Event]) -> list[Event]:
        if not events:
            return events
        places = self.places(parsed, events)
        sents = sentences(parsed.doc, parsed.body)
        # found None: offsets from another doc, locate by actors only
        return [event.evolve(location=places.location(event, anchor(parsed, event, sents))) for event in events]

    def places(self, parsed: ParsedArticle, events: list[Event]) -> DocumentPlaces:
        """The geo stage for the events of one document (``events``: all of them, whose
        countries are the context of each)."""
        return DocumentPlaces(self, parsed, events)

    def _dateline(self, parsed: ParsedArticle, weak: frozenset[str]) -> tuple[Location | None, str]:
        if parsed.dateline is None:
            return None, ""
        line = parsed.dateline
        place = self.resolver.resolve(line.place, Context(frozenset(), weak), line.country)
        if place is None and line.country:
            place = self.resolver.resolve(line.country, Context(frozenset(), weak))
        if place is None:
            return None, ""
        text = f"{line.place}, {line.country}" if line.country else line.place
        return to_location(place, text, "dateline"), place.country

    def _locate(
        self,
        event: Event,
        found: Anchor | None,
        sent_mentions: list[Mention],
        dateline: Location | None,
        dateline_country: str,
        weak: frozenset[str],
        background: bool,
    ) -> Location:
        actors = _countries(event.actor)
        targets = _countries(event.recipient)
        strong = frozenset(actors + targets + ([dateline_country] if dateline_country and not background else []))
        ctx = Context(strong, weak - strong)
        unresolved = ""  # a place the sentence names that the gazetteer lacks
        if found is not None:
            attached = [m for m in sent_mentions if found.attaches(m.governor, inherit=not background)]
            attached.sort(key=lambda m: (_KIND_ORDER[m.kind], abs(m.start - found.tokens[0].idx)))
            for m in attached:
                place = self._resolve_mention(m, ctx)
                if place is None:
                    unresolved = unresolved or m.phrase or m.text
                    continue
                if m.border and place.is_country:
                    home = self._home_country(actors, targets, event, dateline_country, background)
                    if home and home != place.country and (country := self.gazetteer.country(home)) is not None:
                        return to_location(country, m.phrase or m.text, "country")
                return self._place_location(place, m.phrase or m.text)
        if dateline is not None and not background and self._at_dateline(event, found):
            return dateline
        home = self._home_country(actors, targets, event, dateline_country, background)
        return self._country_location(home, unresolved)

    def _place_location(self, place: Place, extracted: str) -> Location:
        """``to_location(place, extracted, "place")``, memoised."""
        key = (place.geonameid, extracted)
        location = self._place_locations.get(key)
        if location is None:
            location = to_location(place, extracted, "place")
            _remember(self._place_locations, key, location)
        return location

    def _country_location(self, iso3: str, extracted: str) -> Location:
        """The location of the country ``iso3`` with ``extracted`` as its place (the
        gazetteer lacks the country, or ``iso3`` is "": nothing but ``extracted``), memoised."""
        key = (iso3, extracted)
        location = self._country_locations.get(key)
        if location is None:
            country = self.gazetteer.country(iso3) if iso3 else None
            location = (
                Location(extracted_place=extracted) if country is None else to_location(country, extracted, "country")
            )
            _remember(self._country_locations, key, location)
        return location

    def _resolve_mention(self, m: Mention, ctx: Context) -> Place | None:
        if m.longer:
            place = self.resolver.resolve(m.longer, ctx, m.qualifier)
            if place is not None:
                return place
        return self.resolver.resolve(m.text, ctx, m.qualifier)

    def _at_dateline(self, event: Event, found: Anchor | None) -> bool:
        if event.event in self.cues.dateline_types:
            return True
        if found is None:
            return False
        # the trigger, its verb, and the noun or verb it completes ("the signing of an agreement")
        heads = [found.verb, found.verb.head]
        if found.verb.dep_ == "pobj":
            heads.append(found.verb.head.head)
        lemmas = {t.lemma_.lower() for t in (*found.tokens, *heads)}
        return bool(lemmas & self.cues.dateline_verbs)

    def _home_country(
        self, actors: list[str], targets: list[str], event: Event, dateline_country: str, background: bool
    ) -> str:
        if len(actors) == 1:
            return actors[0]
        if event.event in self.cues.target_types and len(targets) == 1:
            return targets[0]
        if dateline_country and not background and (not actors or dateline_country in actors):
            return dateline_country
        return ""


class DocumentPlaces:
    """The geo stage for the events of one document: the countries of all its actors,
    its dateline and the place mentions of each sentence, found once for every event.
    ``Locator.enrich`` runs it; the pipeline runs it beside the dates stage, so that each
    event is anchored and copied once for both."""

    def __init__(self, locator: Locator, parsed: ParsedArticle, events: list[Event]) -> None:
        self.locator = locator
        self.weak = frozenset(c for e in events for c in _countries((*e.actor, *e.recipient)))
        self.dateline, self.dateline_country = locator._dateline(parsed, self.weak)
        self._mentions: dict[int, list[Mention]] = {}  # by sentence start

    def location(self, event: Event, found: Anchor | None, modality: str | None = None) -> Location:
        """The location of an event anchored at ``found``; ``modality``, when given, is
        the one the dates stage settled for it (else ``event.modality``)."""
        sent_mentions: list[Mention] = []
        if found is not None:
            key = found.sent.start
            if key not in self._mentions:
                self._mentions[key] = mentions(found.sent, self.locator.cues)
            sent_mentions = self._mentions[key]
        background = (modality or event.modality) == "background"
        return self.locator._locate(
            event, found, sent_mentions, self.dateline, self.dateline_country, self.weak, background
        )


def _remember(memo: dict[Any, Location], key: Any, location: Location) -> None:
    """Store ``location`` under ``key``, emptying ``memo`` first once it holds 50,000."""
    if len(memo) >= 50000:
        memo.clear()
    memo[key] = location


def capitals_and_names(dictionary: Any) -> tuple[Mapping[str, str], Mapping[str, tuple[str, ...]]]:
    """Capitals and country names (name + aliases) from an actor dictionary."""
    capitals: dict[str, str] = {}
    names: dict[str, tuple[str, ...]] = {}
    for code, entry in dictionary.states.items():
        capital = entry.get("capital")
        if isinstance(capital, str) and capital.strip():
            capitals[code] = capital.strip()
        aliases = entry.get("aliases") or []
        names[code] = tuple(str(n) for n in [entry.get("name"), *aliases] if n)
    return capitals, names
