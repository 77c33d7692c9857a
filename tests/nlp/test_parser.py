"""The parser skips documents without a trigger word and keeps input order."""

from __future__ import annotations

from sanderling.nlp import Parser
from sanderling.records import Article

TEXTS = [
    "The weather was mild in the capital for most of the week.",  # no trigger word
    "Niger expelled the French ambassador on Friday.",
    "Prices of millet rose slightly at the central market.",  # no trigger word
    "Mali and Russia signed a defence agreement.",
]


def test_parser_skips_documents_without_a_needed_lemma_and_keeps_their_order():
    parser = Parser(needs_lemmas=frozenset({"expel", "sign"}))
    parsed = list(parser.parse_many(Article(id=str(i), text=t) for i, t in enumerate(TEXTS)))
    assert [p.article.id for p in parsed] == ["0", "1", "2", "3"]
    assert [p.doc.has_annotation("DEP") for p in parsed] == [False, True, False, True]
    assert all(p.body == p.doc.text for p in parsed)


def test_parser_finds_inflected_and_irregular_forms_of_needed_lemmas():
    parser = Parser(needs_lemmas=frozenset({"seize", "fight", "strike"}))
    for text in ("Rebels seized the town.", "The two clans fought for days.", "Drones struck the base."):
        assert parser.worth_parsing(parser.nlp.make_doc(text)), text
    assert not parser.worth_parsing(parser.nlp.make_doc("The meeting took place in Accra."))


def test_parser_without_needed_lemmas_parses_everything():
    parsed = list(Parser().parse_many([Article(id="0", text=TEXTS[0])]))
    assert parsed[0].doc.has_annotation("DEP")


def test_pipeline_codes_the_same_events_with_and_without_skipping(pipeline):
    articles = [Article(id=str(i), text=t) for i, t in enumerate(TEXTS)]
    with_skip = [[e.event for e in events] for _, events in pipeline.code_articles(articles)]
    needs, pipeline.parser.needs_lemmas = pipeline.parser.needs_lemmas, None
    try:
        without = [[e.event for e in events] for _, events in pipeline.code_articles(articles)]
    finally:
        pipeline.parser.needs_lemmas = needs
    assert needs is not None
    assert with_skip == without == [[], ["SANCTION"], [], ["SUPPORT"]]
