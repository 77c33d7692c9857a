from __future__ import annotations

from sanderling.ingest.language import detect, language_of


def test_language_french_detected() -> None:
    text = "Le Tchad et le Niger ont signé lundi un accord de sécurité frontalière à N'Djamena, selon des responsables."
    assert detect(text).lang == "fr"
    assert language_of(text) == "fr"


def test_language_english_and_short_texts_are_coded() -> None:
    assert (
        language_of("Chad and Niger signed a border security agreement on Monday, officials said in a statement.")
        == "en"
    )
    assert language_of("Mali: talks") == "en"


def test_language_declared_wins() -> None:
    assert language_of("Chad and Niger signed a border security agreement on Monday.", declared="de-DE") == "de"
