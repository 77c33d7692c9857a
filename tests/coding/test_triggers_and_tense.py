"""Month names are not protest marches, and past perfect under a reporting verb is the
reported event itself (tense backshift), not background."""

from __future__ import annotations

import datetime as dt

from sanderling.records import Article

DATE = dt.date(2024, 5, 6)


def _events(pipeline, text: str):
    return pipeline.code_article(Article(id="t", text=text, date=DATE))


def test_capitalised_month_names_do_not_trigger_protest_events(pipeline):
    events = _events(pipeline, "Talks are planned for early March in Accra. The two armies met again in May.")
    assert all(e.event != "PROTEST" for e in events)


def test_the_verb_march_still_codes_a_protest(pipeline):
    events = _events(pipeline, "Thousands of protesters marched on the French embassy in Niamey on Sunday.")
    assert [e.event for e in events] == ["PROTEST"]


def test_past_perfect_reported_by_a_past_verb_is_the_event_with_the_article_date(pipeline):
    events = _events(pipeline, "Chad's government said on Monday that it had expelled the French ambassador.")
    expel = [e for e in events if e.event == "COERCE"]
    assert expel and expel[0].modality == "asserted"
    assert expel[0].date is not None


def test_a_past_clause_of_time_keeps_its_own_tense_under_a_would_above_it(pipeline):
    events = _events(pipeline, "Hungary said it would quit the court as Netanyahu arrived in Budapest.")
    assert [(e.cameo, e.modality) for e in events if e.event_text == "arrived"] == [("042", "asserted")]


def test_a_present_clause_of_time_under_will_is_still_to_come(pipeline):
    events = _events(pipeline, "Mali will sign the deal when Putin visits Bamako.")
    assert [e.modality for e in events if e.event_text == "visits"] == ["intent"]


def test_past_perfect_in_a_main_clause_stays_background(pipeline):
    events = _events(pipeline, "Chad had expelled the French ambassador before the summit.")
    assert [e.modality for e in events if e.event == "COERCE"] == ["background"]


def test_talks_framing_a_main_clause_are_held_with_its_actor(pipeline):
    text = (
        "The foreign ministers of Kenya and Uganda arrived in Beijing on Monday. "
        "During their talks, China agreed to finance a new railway line."
    )
    consult = [e for e in _events(pipeline, text) if e.cameo == "040"]
    assert consult, "the talks are coded"
    assert {a.code for a in consult[0].actor} == {"KEN", "UGA"}
    assert {r.code for r in consult[0].recipient} == {"CHN"}


def test_forces_sent_to_a_state_do_not_face_it_but_a_build_up_on_its_border_does(pipeline):
    sent = [e for e in _events(pipeline, "Rwanda sent 500 soldiers to Mozambique.") if e.event == "MOBILIZE"]
    assert [([a.code for a in e.actor], [r.code for r in e.recipient]) for e in sent] == [(["RWA"], [])]
    massed = [e for e in _events(pipeline, "Russia massed troops near Ukraine.") if e.event == "MOBILIZE"]
    assert [r.code for r in massed[0].recipient] == ["UKR"]
