"""The founding article must yield the events of ../shared/seed/expected.md."""

from __future__ import annotations

import pytest

from sanderling.records import Article

pytestmark = pytest.mark.model

THREE = {"MLI", "BFA", "NER"}


@pytest.fixture(scope="module")
def seed_events(pipeline, seed_text):
    import datetime as dt

    return pipeline.code_article(Article(id="seed", text=seed_text, date=dt.date(2025, 4, 3)))


def _codes(entities):
    return {e.code for e in entities}


def _find(events, plover, root):
    return [e for e in events if e.event == plover and e.cameo.startswith(root)]


def test_seed_visit_is_consult_from_the_three_to_russia(seed_events):
    visits = _find(seed_events, "CONSULT", "04")
    assert any(_codes(e.actor) == THREE and _codes(e.recipient) == {"RUS"} and e.mode == "visit" for e in visits)


def test_seed_russia_agrees_to_arm_the_joint_force(seed_events):
    agree = _find(seed_events, "AGREE", "03")
    hits = [e for e in agree if _codes(e.actor) == {"RUS"} and _codes(e.recipient) == THREE]
    assert hits and hits[0].cameo == "0332" and "military" in hits[0].context
    assert {e.sector for e in hits[0].recipient} == {"MIL"}


def test_seed_defence_agreement_is_signed_between_both_sides(seed_events):
    signed = _find(seed_events, "SUPPORT", "057")
    assert any(_codes(e.actor) | _codes(e.recipient) == THREE | {"RUS"} for e in signed)


def test_seed_background_exits_and_distancing_carry_no_article_date(seed_events):
    exits = [e for e in _find(seed_events, "SANCTION", "16") if _codes(e.recipient) == {"IGOWAFWAS"}]
    distance = [e for e in _find(seed_events, "SANCTION", "16") if _codes(e.recipient) == {"FRA"}]
    assert exits and distance
    for e in exits + distance:
        assert _codes(e.actor) == THREE
        assert e.modality == "background" and e.date is None


def test_seed_forecast_and_optimism_are_not_coded_as_events_that_happened(seed_events):
    for e in seed_events:
        if e.counts:
            assert "expected to" not in e.text or e.sentence_index < 5, e
            assert "optimism" not in e.text, e


def test_seed_every_event_traces_to_its_sentence(seed_events, seed_text):
    for e in seed_events:
        assert seed_text[e.sentence_start : e.sentence_end].strip() == e.text
        assert seed_text[e.trigger_start : e.trigger_end] == e.event_text or "…" in e.event_text
        for actor in e.actor + e.recipient:
            if actor.start >= 0:
                assert seed_text[actor.start : actor.end] == actor.entity_text
