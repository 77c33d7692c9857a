"""Event dates: phrases (data/phrases.tsv), events in context (data/events.tsv), and the
founding article's background events."""

from __future__ import annotations

import datetime as dt

import pytest

from sanderling import dates
from sanderling.records import Article

from ..geo.cases import DATA as _GEO_DATA
from ..geo.cases import event_at, parse, read_table

DATA = _GEO_DATA.parent.parent / "dates" / "data"
PHRASES = read_table(DATA / "phrases.tsv")
EVENTS = read_table(DATA / "events.tsv")


def _date(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def test_dates_tables_have_enough_cases() -> None:
    assert len(PHRASES) + len(EVENTS) >= 100


@pytest.mark.parametrize("row", PHRASES, ids=[f"{r['text'][:50]}@{r['base']}" for r in PHRASES])
def test_dates_phrase_resolves(row) -> None:
    found = dates.find_phrases(row["text"])
    if not row["phrase"]:
        assert found == []
        return
    phrase = found[0]
    assert phrase.text == row["phrase"]
    resolved = dates.resolve_phrase(phrase, dt.date.fromisoformat(row["base"]), future=row["future"] == "yes")
    assert resolved == (_date(row["date"]), row["precision"])


@pytest.mark.model
@pytest.mark.parametrize("row", EVENTS, ids=[f"{r['trigger']}:{r['text'][:50]}" for r in EVENTS])
def test_dates_event_in_context(row, parser, states) -> None:
    parsed = parse(parser, row["text"], row["base"])
    event = event_at(parsed, row["trigger"], states, modality=row["modality"])
    [dated] = dates.enrich(parsed, [event])
    assert (dated.date, dated.date_precision, dated.date_text) == (
        _date(row["date"]),
        row["precision"],
        row["date_text"],
    )


@pytest.mark.model
def test_dates_seed_background_events_have_no_article_date(pipeline, seed_text) -> None:
    article_date = dt.date(2025, 4, 3)
    events = pipeline.code_article(Article(id="seed", text=seed_text, date=article_date))
    background = [e for e in events if e.modality == "background"]
    assert background, [(e.event_text, e.modality) for e in events]
    for event in background:
        assert event.date != article_date
        assert event.date is None and event.date_precision == ""
        assert event.date_text.startswith("background")
    visit = next(e for e in events if "arrived" in e.event_text)
    assert (visit.date, visit.date_precision) == (article_date, "day")


@pytest.mark.model
def test_dates_offsets_outside_the_doc_fall_back_to_article_date(parser, states) -> None:
    from dataclasses import replace

    parsed = parse(parser, "Mali left the talks on Wednesday.", "2025-04-03")
    event = replace(event_at(parsed, "left", states), trigger_start=9_999, trigger_end=10_003)
    [dated] = dates.enrich(parsed, [event])
    assert (dated.date, dated.date_precision, dated.date_text) == (dt.date(2025, 4, 3), "day", "")


@pytest.mark.parametrize("table", ["phrases.tsv", "events.tsv"])
def test_dates_combined_scan_agrees_with_pattern_by_pattern_scan(table) -> None:
    from sanderling.dates.phrases import _has_cue, _scan_each

    extra = ["in May 2024", "in the past week", "in 2023-09-16", "on Friday 16 September 2023", "in May 5"]
    for text in [r["text"] for r in read_table(DATA / table)] + extra:
        assert dates.find_phrases(text) == _scan_each(text), text
        assert dates.find_phrases(text) == [] or _has_cue(text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Russia closed its embassy in Bamako in 1992, officials recalled on Monday.", "background"),
        ("Burkina Faso expelled the French ambassador in December 2022.", "background"),
        ("Burkina Faso expelled the French ambassador in February 2023.", "asserted"),  # within the year
        ("Niger expelled the French ambassador on Friday.", "asserted"),
        ("The ICC has investigated crimes in Mali since 2013.", "asserted"),  # open-ended: runs up to the report
    ],
)
def test_dates_event_stated_long_before_its_report_is_background(pipeline, text, modality) -> None:
    events = pipeline.code_article(Article(id="t", text=text, date=dt.date(2024, 1, 10)))
    assert [e.modality for e in events] == [modality], [(e.event_text, e.modality, e.date_text) for e in events]


def test_dates_recalled_period_must_end_a_year_before_the_report() -> None:
    from sanderling.dates import _recalled

    base = dt.date(2024, 1, 10)
    assert _recalled(dt.date(2022, 1, 1), "year", base)
    assert not _recalled(dt.date(2023, 1, 1), "year", base)  # 2023 ended days before
    assert _recalled(dt.date(2022, 12, 1), "month", base) and not _recalled(dt.date(2023, 1, 1), "month", base)
    assert not _recalled(None, "", base) and not _recalled(dt.date(2000, 1, 1), "year", None)
