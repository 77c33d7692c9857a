"""Datelines: "MOSCOW, Russia –", "BAMAKO (Reuters) -", "Niamey, Niger, March 3 —".

A dateline is stripped before parsing (the parser otherwise takes the city as a
subject) and kept as the article's place.
"""

from __future__ import annotations

import re

from ..records import Dateline

# A place (1-4 capitalised words, optionally ", Country"), optional date and agency,
# then a dash. Only at the very start of the text, within the first 120 characters.
_DATELINE = re.compile(
    r"""^\s*
    (?P<place>[A-Z][\w'.\-]*(?:[ \-][A-Z][\w'.\-]*){0,3})           # city
    (?:,\s*(?P<country>[A-Z][\w'.\-]*(?:[ \-][A-Za-z][\w'.\-]*){0,3}))?  # , country
    (?:,?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?))?  # date
    (?:\s*\((?P<agency>[^)]{1,40})\))?                                  # (agency)
    \s*(?:[–—]|-{1,2})\s+
    """,
    re.VERBOSE,
)


def find_dateline(text: str) -> Dateline | None:
    """The dateline at the start of ``text``, or None."""
    match = _DATELINE.match(text[:160])
    if match is None:
        return None
    place = match.group("place").strip()
    # A sentence that merely starts with a capitalised word and a dash is rare, but a
    # lower-case continuation means it was no dateline ("Mali - the country that...").
    if place.lower() in {"the", "a", "an", "but", "and"}:
        return None
    return Dateline(
        place=place.title() if place.isupper() else place,
        country=(match.group("country") or "").strip(),
        start=match.start("place"),
        end=match.end(),
    )
