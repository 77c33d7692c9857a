"""Choosing the place a name denotes: population as the prior, the countries of the
event's actors and of the dateline as context, an explicit qualifier ("Moscow, Idaho")
as a filter. "Moscow" in a report about Russia is Moscow RU, not Moscow, Idaho."""

from __future__ import annotations

import math
from dataclasses import dataclass

from .gazetteer import Gazetteer, Place

#: A place smaller than this is accepted only when its country is in the context.
SMALL_PLACE = 15000
CAPITAL = 2.0  # capitals are named far more often than their size suggests
STRONG = 3.0  # the event's own countries and the dateline's
WEAK = 1.0  # other countries of the article


@dataclass(frozen=True)
class Context:
    strong: frozenset[str] = frozenset()  # ISO3 of the event's actors and the dateline
    weak: frozenset[str] = frozenset()  # ISO3 of the other actors in the article


def score(place: Place, main_name: bool, ctx: Context) -> float:
    """Log-population prior, fame (alternate names), capital status and context."""
    if place.feature_code == "PCLI":
        value = 12.0
    elif place.feature_code == "ADM1":
        value = 8.0
    else:
        value = math.log10(place.population + 10) + 0.5 * math.log2(place.names + 1)
    if place.feature_code == "PPLC":
        value += CAPITAL
    if main_name:
        value += 1.0
    if place.country in ctx.strong:
        value += STRONG / len(ctx.strong)  # shared among the event's countries
    elif place.country in ctx.weak:
        value += WEAK
    return value


class Resolver:
    """Names to places, with a per-run memo (names repeat across events)."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self._memo: dict[tuple[str, str, Context], Place | None] = {}

    def resolve(self, name: str, ctx: Context, qualifier: str = "") -> Place | None:
        key = (name, qualifier, ctx)
        if key not in self._memo:
            if len(self._memo) > 50000:
                self._memo.clear()
            self._memo[key] = self._resolve(name, ctx, qualifier)
        return self._memo[key]

    def _resolve(self, name: str, ctx: Context, qualifier: str) -> Place | None:
        candidates = self.gazetteer.lookup(name)
        if not candidates:
            return None
        if qualifier:
            within = self._qualifier(qualifier)
            if within is not None:
                candidates = [(p, m) for p, m in candidates if _inside(p, within)]
                ctx = Context(ctx.strong | {within.country}, ctx.weak)
        known = ctx.strong | ctx.weak
        allowed = [
            (p, m)
            for p, m in candidates
            if p.feature_code in ("PCLI", "ADM1", "PPLC") or p.population >= SMALL_PLACE or p.country in known
        ]
        if not allowed:
            return None
        best = max(allowed, key=lambda pm: (score(pm[0], pm[1], ctx), -pm[0].geonameid))
        return best[0]

    def _qualifier(self, qualifier: str) -> Place | None:
        regions = [p for p, _ in self.gazetteer.lookup(qualifier) if p.feature_code in ("PCLI", "ADM1")]
        return max(regions, key=lambda p: p.feature_code == "PCLI") if regions else None


def _inside(place: Place, region: Place) -> bool:
    if place.country != region.country or place.geonameid == region.geonameid:
        return False
    return region.feature_code == "PCLI" or place.admin1 == region.admin1
