"""The coder's plain-value view of a parse answers as spaCy's Doc, Token and Span do."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sanderling.nlp.view import DocView

DATA = Path(__file__).resolve().parents[1] / "data"

TOKEN_ATTRIBUTES = ("i", "text", "lower_", "lemma_", "pos_", "tag_", "dep_", "ent_type_", "idx", "whitespace_")


def _texts() -> list[str]:
    rows = [json.loads(line) for line in (DATA / "gold_dev.jsonl").read_text(encoding="utf-8").splitlines()]
    # single sentences, and a few joined into multi-sentence documents (several roots)
    texts = [r["text"] for r in rows[:120]]
    return texts + [" ".join(texts[i : i + 4]) for i in range(0, 40, 4)]


@pytest.fixture(scope="module")
def docs(parser):
    return list(parser.nlp.pipe(_texts()))


def _same(view_token, token) -> bool:
    return view_token is not None and view_token.i == token.i


def test_view_tokens_have_the_attributes_of_spacy_tokens(docs):
    for doc in docs:
        view = DocView(doc)
        assert len(view) == len(doc) and view.text == doc.text
        for vt, tok in zip(view, doc, strict=True):
            for name in TOKEN_ATTRIBUTES:
                assert getattr(vt, name) == getattr(tok, name), (doc.text, tok.i, name)
            assert vt.is_sent_start == tok.is_sent_start
            assert vt.head.i == tok.head.i
            assert [c.i for c in vt.children] == [c.i for c in tok.children]
            assert [c.i for c in vt.lefts] == [c.i for c in tok.lefts]
            assert [c.i for c in vt.rights] == [c.i for c in tok.rights]
            assert [c.i for c in vt.subtree] == [c.i for c in tok.subtree]
            assert _same(vt.left_edge, tok.left_edge) and _same(vt.right_edge, tok.right_edge)
            assert (vt.sent.start, vt.sent.end) == (tok.sent.start, tok.sent.end)
            assert [a.i for a in vt.ancestors] == [a.i for a in tok.ancestors]


def test_view_sentences_and_spans_match_spacy_spans(docs):
    for doc in docs:
        view = DocView(doc)
        sents = list(doc.sents)
        assert [(s.start, s.end) for s in view.sents] == [(s.start, s.end) for s in sents]
        for vs, sent in zip(view.sents, sents, strict=True):
            assert vs.text == sent.text
            assert (vs.start_char, vs.end_char) == (sent.start_char, sent.end_char)
            assert vs.root.i == sent.root.i
            assert [t.i for t in vs] == [t.i for t in sent]
            assert vs[-1].i == sent[-1].i
            part, span = vs[1:4], sent[1:4]
            assert (part.start, part.end, part.text) == (span.start, span.end, span.text)
            assert part.root.i == span.root.i  # a slice may lack the sentence's root
        for start in range(0, len(doc) - 3, 3):
            assert view[start : start + 3].root.i == doc[start : start + 3].root.i


def test_view_char_spans_match_spacy_in_every_alignment_mode(docs):
    for doc in docs[:60]:
        view = DocView(doc)
        n = len(doc.text)
        for start in range(0, n, 7):
            for end in (start + 1, start + 5, start + 12):
                if end > n:
                    continue
                for mode in ("strict", "contract", "expand"):
                    ours, theirs = (
                        view.char_span(start, end, alignment_mode=mode),
                        doc.char_span(start, end, alignment_mode=mode),
                    )
                    if theirs is None:
                        assert ours is None, (doc.text, start, end, mode)
                    else:
                        assert ours is not None and (ours.start, ours.end) == (theirs.start, theirs.end)


def test_view_tokens_give_conjuncts_and_other_plain_token_attributes(docs):
    for doc in docs:
        view = DocView(doc)
        for vt, tok in zip(view, doc, strict=True):
            assert [c.i for c in vt.conjuncts] == [c.i for c in tok.conjuncts]
            assert (vt.is_punct, vt.like_num, vt.shape_) == (tok.is_punct, tok.like_num, tok.shape_)
    with pytest.raises(AttributeError, match="does not offer"):
        DocView(docs[0])[0].vocab  # noqa: B018  (a Vocab, not a plain value)


def test_view_of_builds_one_view_per_document_in_turn(docs):
    from sanderling.nlp.view import view_of

    first = view_of(docs[0])
    assert view_of(docs[0]) is first and view_of(first) is first
    second = view_of(docs[1])
    assert second is not first and second.doc is docs[1]
