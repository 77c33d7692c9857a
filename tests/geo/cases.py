"""Fixture tables and a builder of Events at a given trigger word, shared by the geo
and dates tests and the benchmark (events are built directly so that the tests
exercise the geo and dates stages, not the coder)."""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path
from typing import Any

from sanderling.records import Article, Entity, Event, ParsedArticle

DATA = Path(__file__).resolve().parent / "data"


def read_table(path: Path) -> list[dict[str, str]]:
    """Rows of a TSV fixture with a header; '#' lines are comments."""
    lines = [
        line for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")
    ]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def parse(parser: Any, text: str, date: str, doc_id: str = "case") -> ParsedArticle:
    return parser.parse(Article(id=doc_id, text=text, date=dt.date.fromisoformat(date) if date else None))


def _entities(codes: str, states: Any) -> tuple[Entity, ...]:
    return tuple(Entity(c, "", c, c if c in states else "") for c in codes.split(",") if c)


def event_at(
    parsed: ParsedArticle,
    trigger: str,
    states: Any,
    event: str = "CONSULT",
    modality: str = "asserted",
    actors: str = "",
    recipients: str = "",
) -> Event:
    """An Event whose trigger is the first whole-word ``trigger`` in the body."""
    match = re.search(rf"\b{re.escape(trigger)}\b", parsed.body)
    if match is None:
        raise ValueError(f"trigger {trigger!r} not in {parsed.body!r}")
    start, end = match.span()
    doc = parsed.doc
    sent = doc.char_span(start, end, alignment_mode="expand").sent
    index = next(i for i, s in enumerate(doc.sents) if s.start == sent.start)
    off = parsed.body_offset
    return Event(
        id=f"{parsed.article.id}-{start}",
        doc_id=parsed.article.id,
        sentence_index=index,
        event=event,
        cameo="",
        mode="",
        context=(),
        quad_code=0,
        goldstein=0.0,
        actor=_entities(actors, states),
        recipient=_entities(recipients, states),
        modality=modality,  # type: ignore[arg-type]
        event_text=trigger,
        trigger_start=start + off,
        trigger_end=end + off,
        text=sent.text,
        sentence_start=sent.start_char + off,
        sentence_end=sent.end_char + off,
        date=parsed.article.date,
    )
