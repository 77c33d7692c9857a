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
