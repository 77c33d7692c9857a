"""Dates that state their year are read without dateparser, with dateparser's answers."""

from __future__ import annotations

import datetime as dt
import importlib

import pytest

from sanderling._calendar import MONTH_ABBREVIATIONS, MONTHS

resolve_module = importlib.import_module("sanderling.dates.resolve")

MONTH_NAMES = [m.capitalize() for m in MONTHS] + [a.capitalize() + "." for a in MONTH_ABBREVIATIONS]
PHRASES = [
    (kind, text.format(m=month, d=day, y=year))
    for month, day, year in zip(MONTH_NAMES, [1, 9, 12, 28, 30, 15, 4, 21, 11, 3, 7, 19] * 2, range(1995, 2030))
    for kind, text in (
        ("day", "{d} {m} {y}"),
        ("day", "{m} {d}, {y}"),
        ("day", "{d}th of {m} {y}"),
        ("month", "{m} {y}"),
        ("month", "late {m} {y}"),
        ("month", "the end of {m} of {y}"),
    )
]


def _dateparser(kind: str, text: str, base: dt.date):
    core = resolve_module._PREFIX.sub("", text) if kind == "month" else text
    data = resolve_module._parser(base, "past").get_date_data(core)
    if data.date_obj is None:
        return None, ""
    precision = resolve_module._PERIODS.get(data.period or "day", "day")
    return resolve_module._start(data.date_obj.date(), precision), precision


@pytest.mark.parametrize("kind,text", PHRASES)
def test_explicit_dates_match_dateparser(kind, text):
    core = resolve_module._PREFIX.sub("", text) if kind == "month" else text
    fast = resolve_module._explicit(core)
    assert fast is not None
    assert fast == _dateparser(kind, text, dt.date(2024, 6, 15))


def test_impossible_explicit_dates_are_left_to_dateparser():
    assert resolve_module._explicit("31 February 2024") is None
    assert resolve_module._explicit("Smarch 2024") is None
