"""Cities and regions stand for the state they lie in ("place" readings): the packaged
``places.tsv`` and GeoNames cities above a population threshold, minus a stop-list and
names that cities of several states share."""

from __future__ import annotations

import datetime as dt

import pytest

from sanderling.actors.dictionary import load_dictionary
from sanderling.records import Article


@pytest.fixture(scope="module")
def packaged():
    return load_dictionary()


def _place(d, name: str) -> str:
    readings = d.names.get(name) or []
    return next((r.code for r in readings if r.kind == "place"), "")


@pytest.mark.parametrize(
    ("name", "state"),
    [
        ("Kherson", "UKR"),
        ("Tigray", "ETH"),
        ("Rafah", "PSE"),
        ("Mekelle", "ETH"),
        ("Aleppo", "SYR"),
        ("Goma", "COD"),
        # provinces and cities GeoNames lacks or spells otherwise
        ("Haryana", "IND"),
        ("Sinaloa", "MEX"),
        ("Kandahar", "AFG"),
        ("El Geneina", "SDN"),
    ],
)
def test_places_large_cities_and_listed_regions_read_as_their_state(packaged, name, state) -> None:
    assert _place(packaged, name) == state


def test_places_stop_list_and_small_towns_are_not_places(packaged) -> None:
    assert _place(packaged, "Reading") == ""  # stop-listed: a common word
    assert _place(packaged, "Lincoln") == ""  # stop-listed: a person's name
    assert _place(packaged, "Tinzaouaten") == ""  # too small to stand for Mali


def test_places_a_name_other_dictionaries_know_keeps_its_reading(packaged) -> None:
    assert [r.kind for r in packaged.names["Moscow"]] == ["capital"]
    assert all(r.kind != "place" for r in packaged.names["Gaza"])


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Russian forces shelled Kherson overnight.", {"RUS"}, {"UKR"}),
        ("Ethiopian government forces launched air strikes on Tigray.", {"ETH"}, {"ETH"}),
    ],
)
def test_places_a_city_or_region_attacked_is_its_state(pipeline, text, source, target) -> None:
    events = [e for e in pipeline.code_article(Article(id="t", text=text, date=dt.date(2023, 5, 1))) if e.counts]
    assert any(
        e.event == "ASSAULT" and {a.code for a in e.actor} == source and {r.code for r in e.recipient} == target
        for e in events
    ), [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in events]


@pytest.mark.model
def test_places_a_city_in_a_persons_name_is_not_a_place(pipeline) -> None:
    events = pipeline.code_article(
        Article(id="t", text="Nancy Pelosi met Taiwan's president in Taipei.", date=dt.date(2022, 8, 3))
    )
    assert all(e.code != "FRA" for ev in events for e in [*ev.actor, *ev.recipient])


@pytest.mark.model
def test_places_a_city_named_as_where_talks_were_held_is_not_a_side(pipeline) -> None:
    text = "Sudan's army declined an invitation to attend peace talks in Geneva."
    events = pipeline.code_article(Article(id="t", text=text, date=dt.date(2024, 8, 1)))
    assert all(e.code != "CHE" for ev in events for e in [*ev.actor, *ev.recipient])


def test_places_a_word_of_a_known_persons_name_is_not_a_place(packaged) -> None:
    assert _place(packaged, "Vladimir") == ""  # a Russian city, and Putin's given name
    assert _place(packaged, "Most") == ""  # a Czech city, and a common word


def test_the_city_table_is_built_once_and_read_back_from_the_cache(monkeypatch, tmp_path):
    from sanderling.actors import dictionary

    monkeypatch.setenv("SANDERLING_CACHE_DIR", str(tmp_path))
    iso3 = (("FR", "FRA"), ("ML", "MLI"), ("UA", "UKR"))
    dictionary._city_states.cache_clear()
    try:
        built = dictionary._city_states(iso3)
        [cached] = tmp_path.glob("city-states-*.json")
        dictionary._city_states.cache_clear()
        assert dictionary._city_states(iso3) == built
        assert built["Kherson"] == "UKR" and built["Bamako"] == "MLI"
        cached.write_text("not json", encoding="utf-8")  # a damaged cache is rebuilt, not trusted
        dictionary._city_states.cache_clear()
        assert dictionary._city_states(iso3) == built
    finally:
        dictionary._city_states.cache_clear()


def test_places_a_region_holding_a_states_name_stands_for_no_state(packaged) -> None:
    assert [r.kind for r in packaged.names["Latin America"]] == ["region"]
    assert [r.kind for r in packaged.names["South China Sea"]] == ["region"]


@pytest.mark.model
def test_places_a_region_is_no_actor_and_hides_the_state_in_its_name(pipeline) -> None:
    text = "The ICC prosecutor opened an inquiry into crimes in Nicaragua, the first such inquiry in Latin America."
    events = [e for e in pipeline.code_article(Article(id="t", text=text, date=dt.date(2024, 1, 1))) if e.counts]
    assert all("USA" not in {a.code for a in e.actor + e.recipient} for e in events)


@pytest.mark.model
def test_places_a_city_after_an_unknown_first_name_is_part_of_a_persons_name(pipeline) -> None:
    text = "Presidential candidate Fernando Villavicencio was attacked in Quito."
    events = [e for e in pipeline.code_article(Article(id="t", text=text, date=dt.date(2024, 1, 1))) if e.counts]
    assert all("COL" not in {a.code for a in e.actor + e.recipient} for e in events)
