from __future__ import annotations

from sanderling.ingest.dedup import Deduplicator, content_hash

STORY = (
    "NIAMEY, Niger — Niger and Chad signed a border security agreement on Monday, officials said. "
    "The accord sets up joint patrols along the frontier and a shared command post in the east. "
    "Both governments said the patrols would begin within a month and include customs officers."
)


def test_dedup_hash_ignores_case_spacing_and_punctuation() -> None:
    assert content_hash(STORY) == content_hash(STORY.upper().replace(" ", "  ").replace(",", ""))


def test_dedup_exact_near_and_seen() -> None:
    d = Deduplicator()
    first = d.check("a", STORY)
    assert first.kind == "new"
    d.add(first, canonical=True)
    assert d.check("a", STORY).kind == "seen"
    exact = d.check("b", STORY.upper())
    assert (exact.kind, exact.of) == ("exact", "a")
    near = d.check("c", STORY.replace("Monday", "Monday afternoon"))
    assert (near.kind, near.of) == ("near", "a")
    other = d.check("d", "Ghana and Togo held talks on trade and security in Accra on Monday, the ministers said.")
    assert other.kind == "new"


def test_dedup_reloaded_state_gives_the_same_verdicts() -> None:
    d = Deduplicator()
    first = d.check("a", STORY)
    d.add(first, canonical=True)
    reloaded = Deduplicator()
    reloaded.load([("a", first.content_hash, first.signature, True)])
    assert reloaded.check("c", STORY.replace("Monday", "Monday afternoon")).of == "a"


def test_dedup_same_id_other_text_gets_a_distinct_id() -> None:
    d = Deduplicator()
    d.add(d.check("a", STORY), canonical=True)
    verdict = d.check("a", "Ghana and Togo held talks on trade and security in Accra on Monday, the ministers said.")
    assert verdict.kind == "new" and verdict.doc_id.startswith("a#")
