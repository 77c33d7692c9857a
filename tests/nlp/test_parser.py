"""The parser skips documents without a trigger word and keeps input order."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from sanderling.nlp import Parser
from sanderling.records import Article

DATA = Path(__file__).resolve().parents[1] / "data"

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
    assert with_skip == without == [[], ["COERCE"], [], ["SUPPORT"]]


def test_parser_skips_a_trigger_whose_pattern_words_are_missing():
    requirements = {"hold": ((frozenset({"talks", "exercise"}),),), "pull": ((frozenset({"out"}),),)}
    parser = Parser(needs_lemmas=requirements)
    assert parser.worth_parsing(parser.nlp.make_doc("The two sides held talks in Doha."))
    assert not parser.worth_parsing(parser.nlp.make_doc("The police held a man for questioning."))
    assert parser.worth_parsing(parser.nlp.make_doc("Rwanda pulled its troops out of Congo."))
    assert not parser.worth_parsing(parser.nlp.make_doc("Rwanda pulled the plug on the project."))


def test_skipping_documents_never_changes_the_events_of_the_gold_sentences(pipeline):
    texts = [
        json.loads(line)["text"]
        for name in ("gold_dev.jsonl", "gold_test.jsonl")
        for line in (DATA / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    articles = [Article(id=str(i), text=t) for i, t in enumerate(texts)]

    def events():
        return [[e.to_plover() for e in found] for _, found in pipeline.code_articles(articles)]

    skipped = sum(not pipeline.parser.worth_parsing(pipeline.parser.nlp.make_doc(t)) for t in texts)
    with_skip = events()
    parser = pipeline.parser
    needs_lemmas, needs, needs_tagged = parser.needs_lemmas, parser.needs, parser.needs_tagged
    parser.needs_lemmas, parser.needs, parser.needs_tagged = None, None, None
    try:
        without = events()
    finally:
        parser.needs_lemmas, parser.needs, parser.needs_tagged = needs_lemmas, needs, needs_tagged
    assert skipped >= 20  # else this test would prove nothing
    for a, b in zip(with_skip, without, strict=True):
        for record in a + b:
            record.pop("coded_date", None)
        assert a == b


def test_a_trigger_whose_object_may_be_any_named_person_is_parsed(pipeline):
    # "received" needs a person as its object; a bare name is one, without a class word
    articles = [Article(id="0", text="Macron received Zelensky in Paris on Monday.")]
    [(_, events)] = list(pipeline.code_articles(articles))
    assert [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in events] == [
        ("CONSULT", ["FRA"], ["UKR"])
    ]


def test_a_document_naming_no_actor_to_place_is_not_parsed(pipeline):
    parser = pipeline.parser
    assert not parser.worth_parsing(parser.nlp.make_doc("The talks were held behind closed doors."))
    # a role alone names no state or organisation; beside a name the dictionaries lack it may
    assert not parser.worth_parsing(parser.nlp.make_doc("The rebels held talks behind closed doors."))
    assert parser.worth_parsing(parser.nlp.make_doc("The rebels of the Kivu Front held talks behind closed doors."))
    assert parser.worth_parsing(parser.nlp.make_doc("Ghana held talks behind closed doors."))
    # a dateline's state may be the actor of a role word, or of an event with none named
    assert parser.worth_parsing(parser.nlp.make_doc("The talks were held behind closed doors."), dateline=True)


def test_a_trigger_word_with_a_tag_its_patterns_never_fire_on_is_tagged_not_parsed():
    parser = Parser(needs_lemmas=frozenset({"force"}), needs_tagged={"verb": {"force": None}, "noun": {}})
    texts = ["Rebels forced the governor to resign.", "The forces of Chad crossed the river."]
    parsed = list(parser.parse_many(Article(id=str(i), text=t) for i, t in enumerate(texts)))
    assert [p.doc.has_annotation("TAG") for p in parsed] == [True, True]
    assert [p.doc.has_annotation("DEP") for p in parsed] == [True, False]
    # asked for by itself, an article is always parsed
    assert parser.parse(Article(id="2", text=texts[1])).doc.has_annotation("DEP")


def test_a_noun_pattern_fires_on_a_verb_form_that_is_not_finite():
    parser = Parser(needs_tagged={"verb": {}, "noun": {"sign": None}})
    tagged = parser.nlp.get_pipe("tagger")
    for text, wanted in (("The signing of the accord was delayed.", True), ("Chad signs the accord.", False)):
        doc = tagged(parser.nlp.get_pipe("tok2vec")(parser.nlp.make_doc(text)))
        assert parser.worth_parsing_tagged(doc) is wanted, text


def test_tokenizing_dictionary_names_apart_gives_the_tokenizers_own_tokens_and_keeps_its_cache_limit():
    parser = Parser()
    tokenizer = parser.nlp.tokenizer
    limit = tokenizer.max_cache_size
    names = ["Al-Shabaab", "U.S. Africa Command", "Port-au-Prince", "the Alliance of Sahel States"]
    docs = parser.tokenize_uncached(names)
    assert [[t.text for t in d] for d in docs] == [[t.text for t in tokenizer(n)] for n in names]
    assert tokenizer.max_cache_size == limit  # articles tokenized afterwards are cached again

    def failing() -> Iterator[str]:
        yield "Niger"
        raise ValueError("a bad name")

    with pytest.raises(ValueError):
        parser.tokenize_uncached(failing())
    assert tokenizer.max_cache_size == limit
