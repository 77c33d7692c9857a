"""The actor matcher: dictionary names and role phrases, found once per document."""

from __future__ import annotations


def test_the_matcher_finds_a_documents_mentions_once(pipeline):
    matcher = pipeline.coder.matcher
    doc = pipeline.parser.nlp.make_doc("Kenyan police arrested protesters in Nairobi.")
    assert matcher.could_name_actor(doc)
    assert matcher.find(doc) is matcher.find(doc)
    other = pipeline.parser.nlp.make_doc("Kenyan police arrested protesters in Nairobi.")
    assert matcher.find(other) is not matcher.find(doc)
    assert not matcher.could_name_actor(pipeline.parser.nlp.make_doc("The talks were held behind closed doors."))


def test_a_role_alone_names_no_actor_to_place_but_a_role_beside_an_unknown_name_does(pipeline):
    matcher, make = pipeline.coder.matcher, pipeline.parser.nlp.make_doc
    # no state, organisation or name: an event could name no one an analysis can use
    assert not matcher.could_name_actor(make("Police fired tear gas at protesters on Friday."))
    # a name the dictionaries lack may be an actor (kept with an empty code) or a place
    assert matcher.could_name_actor(make("Police arrested supporters of the preacher Abdou Karimou."))
    assert matcher.could_name_actor(make("Gunmen attacked a convoy near Dargol."))


def test_a_role_only_sentence_is_not_parsed_unless_a_dateline_names_its_state(pipeline):
    from sanderling.records import Article

    [plain] = pipeline.parser.parse_many([Article(id="a", text="Police fired tear gas at protesters.")])
    assert not plain.doc.has_annotation("DEP")
    [datelined] = pipeline.parser.parse_many([Article(id="b", text="NAIROBI — Police fired tear gas at protesters.")])
    assert datelined.doc.has_annotation("DEP")
    [event] = pipeline.code_parsed(datelined)
    assert ([a.code for a in event.actor], [r.code for r in event.recipient]) == (["KEN"], ["KEN"])
