"""Event locations from sentences: the table in data/places.tsv, the founding article,
and the guarantees (an unresolvable place never drops an event)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from sanderling import geo
from sanderling.records import Article

from .cases import DATA, event_at, parse, read_table

CASES = read_table(DATA / "places.tsv")
#: Cases written after the resolver was tuned on CASES and never tuned against since.
HELD_OUT = read_table(DATA / "places_heldout.tsv")


def _param(row: dict[str, str]) -> object:
    marks = [pytest.mark.xfail(reason=row["xfail"], strict=True)] if row["xfail"] else []
    return pytest.param(row, id=row["text"][:60], marks=marks)


def test_locate_table_has_enough_cases() -> None:
    assert len(CASES) + len(HELD_OUT) >= 150


@pytest.mark.model
@pytest.mark.parametrize("row", [_param(r) for r in CASES + HELD_OUT])
def test_locate_resolves_table_case(row, parser, locator, states) -> None:
    parsed = parse(parser, row["text"], row["date"])
    event = event_at(parsed, row["trigger"], states, row["event"], row["modality"], row["actors"], row["recipients"])
    [located] = geo.enrich(parsed, [event], locator)
    loc = located.location
    expected = int(row["geonameid"]) if row["geonameid"] else None
    assert (loc.geonameid, loc.country_code, loc.resolution) == (expected, row["country"], row["resolution"]), loc


@pytest.mark.model
def test_locate_seed_visit_is_moscow_ru(pipeline, seed_text) -> None:
    events = pipeline.code_article(Article(id="seed", text=seed_text, date=dt.date(2025, 4, 3)))
    visits = [e for e in events if e.event == "CONSULT" and "arrived" in e.event_text]
    assert visits, [e.event_text for e in events]
    loc = visits[0].location
    assert (loc.geonameid, loc.country_code, loc.resolved_place, loc.resolution) == (524901, "RUS", "Moscow", "place")
    assert (loc.lat, loc.lon) == pytest.approx((55.75, 37.62), abs=0.01)


@pytest.mark.model
def test_locate_unresolvable_place_keeps_event_with_empty_fields(parser, locator, states) -> None:
    parsed = parse(parser, "Envoys of the United Nations met in Qwertzistan.", "2025-04-03")
    event = event_at(parsed, "met", states, actors="IGOUNO")
    [located] = geo.enrich(parsed, [event], locator)
    assert located.location.extracted_place == "Qwertzistan"
    assert (located.location.geonameid, located.location.country_code, located.location.resolution) == (None, "", "")
    assert replace(located, location=event.location) == event


@pytest.mark.model
def test_locate_offsets_outside_the_doc_keep_event(parser, locator, states) -> None:
    parsed = parse(parser, "Mali expelled the French ambassador.", "2025-04-03")
    event = replace(
        event_at(parsed, "expelled", states, "COERCE", actors="MLI"), trigger_start=10_000, trigger_end=10_008
    )
    [located] = geo.enrich(parsed, [event], locator)
    assert (located.location.country_code, located.location.resolution) == ("MLI", "country")


def test_locate_empty_event_list_is_empty(locator) -> None:
    assert geo.enrich(None, [], locator) == []  # type: ignore[arg-type]
