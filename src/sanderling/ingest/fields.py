"""Field names of JSONL and CSV records, configurable per source.

A user's archive may call the text ``body`` and the date ``published``; a
:class:`FieldMap` names, for each Article field, the record keys tried in order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..records import Article, Failure

ARTICLE_FIELDS = ("id", "text", "date", "title", "url", "publication", "lang")


@dataclass(frozen=True)
class FieldMap:
    """Record keys for each Article field, the first present one wins."""

    id: tuple[str, ...] = ("id", "guid", "doc_id")
    text: tuple[str, ...] = ("text", "body", "content")
    date: tuple[str, ...] = ("date", "published", "publication_date")
    title: tuple[str, ...] = ("title", "headline")
    url: tuple[str, ...] = ("url", "link")
    publication: tuple[str, ...] = ("source", "publication", "publisher")
    lang: tuple[str, ...] = ("lang", "language")

    def with_overrides(self, pairs: Mapping[str, str]) -> FieldMap:
        """A copy where each named field reads only the given key (``text=body``)."""
        for name in pairs:
            if name not in ARTICLE_FIELDS:
                raise InputError(
                    "--field", None, f"unknown article field {name!r}", f"use one of {', '.join(ARTICLE_FIELDS)}"
                )
        return replace(self, **{name: (key,) for name, key in pairs.items()})

    @staticmethod
    def parse(specs: tuple[str, ...]) -> FieldMap:
        """A FieldMap from ``FIELD=KEY`` strings, as given on the command line."""
        pairs: dict[str, str] = {}
        for spec in specs:
            name, sep, key = spec.partition("=")
            if not sep or not name.strip() or not key.strip():
                raise InputError("--field", None, f"{spec!r} is not FIELD=KEY", "write e.g. --field text=body")
            pairs[name.strip()] = key.strip()
        return FieldMap().with_overrides(pairs)


def _first(record: Mapping[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        value = record.get(key)
        if value not in (None, ""):
            return value
    return None


def parse_date(value: Any) -> dt.date | None:
    """A date from ``YYYY-MM-DD`` (a longer ISO timestamp is cut to the day); None if not one."""
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


def article_from_record(
    record: Mapping[str, Any], fields: FieldMap, source: str, line: int, default_date: dt.date | None
) -> tuple[Article, bool] | Failure:
    """The Article of one record and whether its date came from the record, or a Failure."""
    text = _first(record, fields.text)
    if not isinstance(text, str) or not text.strip():
        wanted = " or ".join(repr(k) for k in fields.text)
        return Failure(
            source, line, "read", f"no {wanted} field (a non-empty string is required) — name it with --field text=KEY"
        )
    doc_id = str(_first(record, fields.id) or f"{Path(source).name}:{line}")
    raw_date = _first(record, fields.date)
    date = default_date
    if raw_date is not None:
        date = parse_date(raw_date)
        if date is None:
            return Failure(source, line, "read", f"date {raw_date!r} is not YYYY-MM-DD", doc_id)
    article = Article(
        id=doc_id,
        text=text.replace("\r\n", "\n").replace("\r", "\n"),
        date=date,
        title=str(_first(record, fields.title) or ""),
        url=str(_first(record, fields.url) or ""),
        publication=str(_first(record, fields.publication) or ""),
        lang=str(_first(record, fields.lang) or ""),
        source=f"{source}:{line}",
    )
    return article, raw_date is not None
