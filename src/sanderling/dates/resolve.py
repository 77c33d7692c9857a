"""A temporal phrase to a date and a precision, relative to the publication date.

Weekdays and period words ("last month", "earlier this year") are computed here: a
weekday equal to the publication weekday is that day, not a week before (dateparser's
reading). Absolute dates, bare months and "N weeks ago" go to ``dateparser``, English
only, with no language detection and no downloads. The date of a coarse precision is
the first day of its period: month → the 1st, year → 1 January, week → its Monday.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

from .._calendar import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS
from .phrases import Phrase

_WEEKDAYS = {name: i for i, name in enumerate(WEEKDAYS)}
_UNITS = ("week", "month", "year")
_PERIODS = {"day": "day", "week": "week", "month": "month", "year": "year", "time": "day"}
_PREFIX = re.compile(
    r"^(?:(?:in|on|since|during|throughout|from|by|until|before|after|last|this|next|earlier in|later in|the middle of|the end of|the start of|the beginning of|end of|start of)\s+)?"
    r"(?:(?:early|late|mid|earlier|later)[\s-]+)?",
    re.IGNORECASE,
)

Resolved = tuple[dt.date | None, str]  # (date, precision)


@lru_cache(maxsize=64)
def _parser(base: dt.date, prefer: str) -> Any:
    from dateparser.date import DateDataParser

    settings = {
        "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": prefer,
        "RETURN_TIME_AS_PERIOD": True,
        "PREFER_DAY_OF_MONTH": "first",
        "PARSERS": ["relative-time", "absolute-time"],
    }
    return DateDataParser(languages=["en"], try_previous_locales=False, settings=settings)


def _start(day: dt.date, precision: str) -> dt.date:
    if precision == "year":
        return dt.date(day.year, 1, 1)
    if precision == "month":
        return day.replace(day=1)
    if precision == "week":
        return day - dt.timedelta(days=day.weekday())
    return day


def _shift_month(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


@lru_cache(maxsize=4096)
def resolve(kind: str, text: str, base: dt.date, future: bool = False) -> Resolved:
    """(date, precision) of a phrase; (None, "") when it names no date."""
    low = text.lower()
    if kind == "vague":
        return None, ""
    if kind == "iso":
        return dt.date.fromisoformat(text), "day"
    if kind == "weekday":
        return _weekday(low, base, future), "day"
    if kind == "today":
        return (base - dt.timedelta(days=1) if low == "yesterday" else base), "day"
    if kind == "relative":
        return _relative(low, base)
    if kind == "year":
        year = int(re.findall(r"\d{4}", text)[-1])
        return dt.date(year, 1, 1), "year"
    core = _PREFIX.sub("", text) if kind == "month" else text
    explicit = _explicit(core)
    if explicit is not None:
        return explicit
    prefer = "future" if future or low.startswith("next") else "past"
    data = _parser(base, prefer).get_date_data(core)
    if data.date_obj is None:
        return None, ""
    precision = _PERIODS.get(data.period or "day", "day")
    day = data.date_obj.date()
    if kind == "month" and low.startswith("last") and day.month == base.month:
        day = day.replace(year=day.year - 1)
    return _start(day, precision), precision


_MONTH_NUMBERS = {name: i + 1 for i, name in enumerate(MONTHS)} | {
    abbreviation: next(i + 1 for i, name in enumerate(MONTHS) if name.startswith(abbreviation[:3]))
    for abbreviation in MONTH_ABBREVIATIONS
}
_EXPLICIT = re.compile(
    r"^(?:(?P<day1>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month1>[A-Za-z]+)\.?"
    r"|(?P<month2>[A-Za-z]+)\.?(?:\s+(?P<day2>\d{1,2})(?:st|nd|rd|th)?)?)"
    r",?\s+(?:of\s+)?(?P<year>\d{4})$"
)


def _explicit(core: str) -> Resolved | None:
    """A date that names its year ("15 March 2024", "March 15, 2024", "March 2024"),
    read directly: it needs no base date, and dateparser takes milliseconds a phrase."""
    match = _EXPLICIT.match(core)
    if match is None:
        return None
    month = _MONTH_NUMBERS.get((match["month1"] or match["month2"]).lower())
    if month is None:
        return None
    day = match["day1"] or match["day2"]
    try:
        if day is None:
            return dt.date(int(match["year"]), month, 1), "month"
        return dt.date(int(match["year"]), month, int(day)), "day"
    except ValueError:  # "31 February 2024": left to dateparser
        return None


def _weekday(low: str, base: dt.date, future: bool) -> dt.date:
    words = low.split()
    target = _WEEKDAYS[words[-1]]
    past = bool({"last", "past"} & set(words))
    if words[0] in ("next", "coming") or (future and not past):
        ahead = (target - base.weekday()) % 7
        return base + dt.timedelta(days=ahead or (7 if words[0] == "next" else 0))
    back = (base.weekday() - target) % 7
    return base - dt.timedelta(days=back or (7 if past else 0))


def _relative(low: str, base: dt.date) -> Resolved:
    unit = next(u for u in _UNITS if low.endswith(u))
    if re.search(r"\b(?:last|past|previous)\b", low):
        step = -1
    elif re.search(r"\b(?:next|following|coming)\b", low):
        step = 1
    else:
        step = 0
    if unit == "year":
        return dt.date(base.year + step, 1, 1), "year"
    if unit == "month":
        return _shift_month(base, step), "month"
    return _start(base + dt.timedelta(weeks=step), "week"), "week"


def resolve_phrase(phrase: Phrase, base: dt.date, future: bool = False) -> Resolved:
    return resolve(phrase.kind, phrase.text, base, future)
