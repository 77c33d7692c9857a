"""Dates stage: when each event happened, from its sentence and the publication date.

Sets ``Event.date``, ``date_precision`` (``day``, ``week``, ``month``, ``year``, or
``""`` when unknown) and ``date_text`` (the phrase the date comes from). An event
whose sentence dates it gets that date; otherwise the publication date ("day", empty
``date_text``). A background event ("following their exits from ECOWAS", "in recent
years") never gets the publication date: its own stated date, else no date and a
``date_text`` that says so. An asserted event whose stated date ended more than a year
before the report ("shut its embassy in 1992") is recalled context: ``background``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ..geo import Anchor, anchor, sentences
from ..records import Event, Modality, ParsedArticle
from .phrases import Phrase, find_phrases
from .resolve import resolve, resolve_phrase

__all__ = ["Dater", "Phrase", "date_event", "enrich", "find_phrases", "resolve", "resolve_phrase"]

BACKGROUND = "background: no date stated"
_FUTURE_AUX = frozenset({"will", "shall", "'ll"})
_YEAR = re.compile(r"\d{4}")


def enrich(parsed: ParsedArticle, events: list[Event]) -> list[Event]:
    """The events with ``date``, ``date_precision`` and ``date_text`` set (and
    ``modality`` when a stated date makes an event recalled context)."""
    dater = Dater(parsed)
    sents = sentences(parsed.doc, parsed.body) if events else []
    out = []
    for event in events:
        modality, date, precision, text = dater.date(event, anchor(parsed, event, sents))
        out.append(event.evolve(modality=modality, date=date, date_precision=precision, date_text=text))
    return out


class Dater:
    """The dates stage for the events of one document: the phrases of a sentence are
    found once however many of its events ask. ``enrich`` runs it; the pipeline runs it
    beside the geo stage, so that each event is anchored and copied once for both."""

    def __init__(self, parsed: ParsedArticle) -> None:
        self.base = parsed.article.date
        self._phrases: dict[int, list[tuple[Phrase, Any]]] = {}  # by sentence start

    def date(self, event: Event, found: Anchor | None) -> tuple[Modality, dt.date | None, str, str]:
        """(modality, date, date_precision, date_text) of an event anchored at ``found``."""
        phrases: list[tuple[Phrase, Any]] = []
        if found is not None:
            key = found.sent.start
            if key not in self._phrases:
                self._phrases[key] = _sentence_phrases(found.sent)
            phrases = self._phrases[key]
        date, precision, text = date_event(event, found, phrases, self.base)
        modality = event.modality
        stated = bool(text) and not _OPEN_ENDED.match(text)
        if modality == "asserted" and stated and _recalled(date, precision, self.base):
            modality = "background"  # "Moscow shut its embassy in 1992" in a 2023 report: context, not news
        return modality, date, precision, text


#: How long before its report a stated period must have ended for the event in it to be
#: recalled context (``background``) rather than news the report brings.
RECALLED_AFTER = dt.timedelta(days=365)
#: A stated start with no end ("since 2013", "from 2019") runs up to the report.
_OPEN_ENDED = re.compile(r"(?:since|from)\b", re.IGNORECASE)


def _recalled(date: dt.date | None, precision: str, base: dt.date | None) -> bool:
    """Whether the period a stated date names ended more than ``RECALLED_AFTER`` before
    the report: the whole year of "in 2021", the whole month of "in March 2022"."""
    if date is None or base is None:
        return False
    if precision == "year":
        end = dt.date(date.year, 12, 31)
    elif precision == "month":
        end = (date.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    elif precision == "week":
        end = date + dt.timedelta(days=6)
    else:
        end = date
    return base - end > RECALLED_AFTER


def _sentence_phrases(sent: Any) -> list[tuple[Phrase, Any]]:
    """Phrases of a sentence, each with the token it modifies (None if unknown)."""
    doc, offset = sent.doc, sent.start_char
    out = []
    for phrase in find_phrases(sent.text):
        span = doc.char_span(offset + phrase.start, offset + phrase.end, alignment_mode="expand")
        out.append((phrase, _attachment(span) if span is not None else None))
    return out


def _attachment(span: Any) -> Any:
    inside = {t.i for t in span}
    root = next((t for t in span if t.head.i not in inside or t.head.i == t.i), span.root)
    if root.dep_ == "pobj" and root.head.i not in inside:
        return root.head.head
    return root.head if root.head.i != root.i else root


def date_event(
    event: Event, found: Anchor | None, phrases: list[tuple[Phrase, Any]], base: dt.date | None
) -> tuple[dt.date | None, str, str]:
    """(date, precision, date_text) of one event."""
    background = event.modality == "background"
    chosen = None
    if found is not None:
        own = {id(p) for p, head in phrases if head is not None and found.attaches(head, inherit=False)}
        attached = [
            p for p, head in phrases if id(p) in own or (head is not None and not background and found.attaches(head))
        ]
        if not attached and not background and len(phrases) == 1 and _on_noun(phrases[0][1]):
            attached = [phrases[0][0]]  # a date the parser hung on a noun of the clause
        if attached:
            pivot = found.tokens[0].idx - found.sent.start_char
            chosen = min(attached, key=lambda p: (p.kind == "vague", id(p) not in own, abs(p.start - pivot)))
    if chosen is not None and chosen.kind == "vague":
        return None, "", f"background: {chosen.text}" if background else chosen.text
    if chosen is not None and base is not None:
        future = event.modality in ("intent", "hypothetical") and found is not None and _future(found)
        date, precision = resolve_phrase(chosen, base, future)
        if date is not None:
            return date, precision, chosen.text
    if chosen is not None and chosen.kind in ("iso", "day", "month", "year") and _YEAR.search(chosen.text):
        date, precision = resolve_phrase(chosen, dt.date(2000, 1, 1))  # no base: only a stated year dates it
        if date is not None:
            return date, precision, chosen.text
    if background:
        return None, "", BACKGROUND
    return base, "day" if base else "", ""


def _on_noun(head: Any) -> bool:
    return head is not None and head.pos_ not in ("VERB", "AUX")


def _future(found: Anchor) -> bool:
    node = found.verb
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in node.children):
            return True
        if node.head.i == node.i:
            break
        node = node.head
    return False
