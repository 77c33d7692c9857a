"""The gazetteer index, its on-disk cache, name resolution in context, and the cue file."""

from __future__ import annotations

from pathlib import Path

import pytest

from sanderling.errors import DataFileError
from sanderling.geo import Context, Resolver, gazetteer_for
from sanderling.geo.gazetteer import cache_dir, normalize


@pytest.fixture(scope="module")
def resolver(locator) -> Resolver:
    return locator.resolver


def test_gazetteer_normalize_folds_accents_case_hyphens_and_article() -> None:
    assert normalize("Tillabéri") == normalize("TILLABERI") == "tillaberi"
    assert normalize("Guinea-Bissau") == "guinea bissau"
    assert normalize("the Gambia") == "gambia"


def test_gazetteer_cache_dir_follows_the_environment(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SANDERLING_CACHE_DIR", str(tmp_path))
    assert cache_dir() == tmp_path


def test_gazetteer_cache_file_is_named_by_content_hash(locator) -> None:
    files = list(cache_dir().glob("gazetteer-*.pickle"))
    assert files and all(len(f.stem.split("-", 1)[1]) == 16 for f in files)


@pytest.mark.slow
def test_gazetteer_cache_path_that_is_a_file_keeps_the_index_in_memory(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    gazetteer = gazetteer_for(cache=blocker)
    assert gazetteer.lookup("Bamako")[0][0].geonameid == 2460596


@pytest.mark.parametrize(
    ("name", "strong", "qualifier", "geonameid"),
    [
        ("Moscow", {"RUS"}, "", 524901),
        ("Moscow", {"USA"}, "", 524901),  # a capital beats a small namesake even in a US story
        ("Moscow", set(), "Idaho", 5601538),
        ("Paris", {"USA"}, "Texas", 4717560),
        ("Tripoli", set(), "", 2210247),
        ("Tripoli", set(), "Lebanon", 266826),
        ("Hyderabad", {"PAK"}, "", 1176734),
        ("Hyderabad", set(), "", 1269843),
        ("Geneva", {"USA", "RUS"}, "", 2660646),
        ("Kiev", set(), "", 703448),
        ("Hodeidah", {"YEM"}, "", 79415),
        ("Mali", set(), "", 2453866),
    ],
)
def test_gazetteer_resolves_names_in_context(resolver, name, strong, qualifier, geonameid) -> None:
    place = resolver.resolve(name, Context(frozenset(strong)), qualifier)
    assert place is not None and place.geonameid == geonameid


def test_gazetteer_small_place_needs_its_country_in_context(resolver) -> None:
    assert resolver.resolve("Ménaka", Context()) is None
    place = resolver.resolve("Ménaka", Context(frozenset({"MLI"})))
    assert place is not None and place.country == "MLI"


def test_gazetteer_unknown_name_resolves_to_nothing(resolver) -> None:
    assert resolver.resolve("Qwertzistan", Context(frozenset({"MLI"}))) is None


def test_gazetteer_cue_file_errors_name_file_and_line(monkeypatch, tmp_path: Path) -> None:
    from sanderling.geo import extract

    bad = tmp_path / "cues.yaml"
    bad.write_text("- kind: locative_preps\n  words: [in, at]\n- kind: nonsense\n  words: [x]\n")
    monkeypatch.setattr(extract, "package_file", lambda package, name: bad)
    extract.cues.cache_clear()
    try:
        with pytest.raises(DataFileError, match=r"cues.yaml:3: unknown kind 'nonsense'"):
            extract.cues()
    finally:
        extract.cues.cache_clear()


@pytest.mark.slow
def test_gazetteer_corrupt_cache_is_rebuilt(tmp_path: Path, caplog) -> None:
    first = gazetteer_for(cache=tmp_path)
    [cached] = tmp_path.glob("gazetteer-*.pickle")
    cached.write_bytes(b"not a pickle")
    again = gazetteer_for(cache=tmp_path)
    assert len(again) == len(first) and "unreadable gazetteer cache" in caplog.text
    assert cached.stat().st_size > 1_000_000
