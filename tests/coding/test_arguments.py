"""Who did it to whom: source and target choices of the rule coder, one sentence each
(written for these tests). Each case names the behaviour, the sentence and one event
that must be among the counted events: type, source codes, target codes."""

from __future__ import annotations

import datetime as dt

import pytest

from sanderling.records import Article

pytestmark = pytest.mark.model

CASES = [
    # (behaviour, sentence, (event, source codes, target codes))
    (
        "a_withdrawal_targets_the_place_left_not_the_destination",
        "Russian troops withdrew from Kherson to the east bank of the Dnipro River.",
        ("RETREAT", {"RUS"}, {"UKR"}),
    ),
    (
        "a_foreign_dateline_gives_the_country_its_state",
        "KHARTOUM — The United States imposed sanctions on the country's army chief.",
        ("COERCE", {"USA"}, {"SDN"}),
    ),
    (
        "the_country_without_dateline_is_the_state_the_text_is_about",
        "Mali's junta said the United Nations had sent food aid to the country.",
        ("AID", {"IGOUNO"}, {"MLI"}),
    ),
    (
        "a_states_forces_attacking_a_region_of_their_own_state_fight_at_home",
        "The Ethiopian army bombed Tigray.",
        ("ASSAULT", {"ETH"}, {"ETH"}),
    ),
]


def _codes(entities) -> set[str]:
    return {e.code for e in entities if e.code}


@pytest.mark.parametrize(("behaviour", "sentence", "expected"), CASES, ids=[c[0] for c in CASES])
def test_arguments_source_and_target(pipeline, behaviour, sentence, expected):
    event, source, target = expected
    events = [e for e in pipeline.code_article(Article(id=behaviour, text=sentence, date=dt.date(2024, 1, 1)))]
    found = [(e.event, _codes(e.actor), _codes(e.recipient)) for e in events if e.counts]
    assert (event, source, target) in found, found


@pytest.mark.parametrize(
    "sentence",
    ["Russia bombed a hospital.", "Russian forces shelled a school overnight."],
)
def test_arguments_an_attacks_unplaced_victims_never_take_the_attackers_state(pipeline, sentence):
    events = [e for e in pipeline.code_article(Article(id="t", text=sentence, date=dt.date(2024, 1, 1))) if e.counts]
    assert events
    assert all("RUS" not in _codes(e.recipient) for e in events), [(e.event, _codes(e.recipient)) for e in events]
