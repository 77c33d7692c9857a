""" "The junta" is a state under military rule at the report's date, not simply the
dateline's state."""

from __future__ import annotations

import datetime as dt

import pytest

from sanderling.actors.resolve import _states_under_military_rule
from sanderling.records import Article

pytestmark = pytest.mark.model


def _sources(pipeline, text: str, date: dt.date) -> list[tuple[str, list[str]]]:
    events = pipeline.code_article(Article(id="t", text=text, date=date))
    return [(e.event, [a.code for a in e.actor]) for e in events]


def test_states_under_military_rule_follow_the_dates_of_coups_and_handovers():
    mid_2022 = _states_under_military_rule(dt.date(2022, 6, 1))
    assert {"MLI", "BFA", "GIN", "TCD", "MMR"} <= mid_2022 and "NER" not in mid_2022
    mid_2024 = _states_under_military_rule(dt.date(2024, 6, 1))
    assert {"NER", "MLI", "BFA"} <= mid_2024 and "TCD" not in mid_2024
    assert "NER" in _states_under_military_rule(None)


def test_the_junta_in_a_report_datelined_abroad_is_the_ruled_state_named_before(pipeline):
    text = (
        "PARIS, France — The foreign ministry said Niger's military rulers were holding the ambassador. "
        "The junta has accused France of planning an intervention, which Paris denied."
    )
    assert ("ACCUSE", ["NER"]) in _sources(pipeline, text, dt.date(2023, 8, 2))


def test_the_junta_in_a_report_datelined_in_a_ruled_state_is_that_state(pipeline):
    text = "BAMAKO, Mali — The junta expelled the French ambassador on Monday, accusing Paris of hostility."
    assert ("COERCE", ["MLI"]) in _sources(pipeline, text, dt.date(2022, 1, 31))
