"""Publication dates when the metadata has none: the dateline, else the file time.

``date_source`` on each stored article says which: ``metadata``, ``option`` (given on
the command line), ``dateline``, ``file_time`` (a guess: flagged) or ``none``.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

_MONTHS = {
    name: number
    for number, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
         ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
         ("dec", "december")],
        1,
    )
    for name in names
}  # fmt: skip
_MONTH = r"(?P<month>[A-Z][a-z]{2,8})\.?"
# "Niamey, Niger, March 3, 2025 —", "LONDON, 4 March 2025 (Reuters) -", "PARIS, March 3 -"
_DATELINE_DATE = re.compile(
    rf"^[^\n]{{0,80}}?,\s*(?:{_MONTH}\s+(?P<day>\d{{1,2}})(?:,\s*(?P<year>\d{{4}}))?"
    rf"|(?P<day2>\d{{1,2}})\s+(?P<month2>[A-Z][a-z]{{2,8}})\.?(?:\s+(?P<year2>\d{{4}}))?)"
    r"\s*(?:\([^)]{1,40}\))?\s*(?:[–—]|-{1,2})\s"
)


def dateline_date(text: str, reference: dt.date | None = None) -> dt.date | None:
    """The date in the dateline at the start of ``text``. A date without a year takes the
    latest year that puts it on or before ``reference`` (the file time); without a
    reference such a date is not trusted."""
    match = _DATELINE_DATE.match(text[:160])
    if match is None:
        return None
    month = _MONTHS.get((match.group("month") or match.group("month2") or "").lower())
    day = int(match.group("day") or match.group("day2"))
    year_text = match.group("year") or match.group("year2")
    if month is None:
        return None
    try:
        if year_text:
            return dt.date(int(year_text), month, day)
        if reference is None:
            return None
        guess = dt.date(reference.year, month, day)
        return guess if guess <= reference else dt.date(reference.year - 1, month, day)
    except ValueError:  # "February 30"
        return None


def file_date(path: Path) -> dt.date | None:
    """The modification date of a file (local time), or None if it cannot be read."""
    try:
        return dt.date.fromtimestamp(path.stat().st_mtime)
    except OSError:
        return None
