"""RSS and Atom feeds (a file or a URL) through ``feedparser``; one article per entry."""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterator
from typing import Any

from ..records import Article, Failure
from .tabular import Dated

FEED_SUFFIXES = {".rss", ".atom", ".xml"}
_TAG = re.compile(r"<[^>]+>")
_BLOCK = re.compile(r"</?(?:p|div|br|li|h[1-6])\b[^>]*>", re.IGNORECASE)


def strip_tags(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed summary): block tags become line breaks."""
    text = _TAG.sub("", _BLOCK.sub("\n", fragment))
    lines = (" ".join(line.split()) for line in html.unescape(text).splitlines())
    return "\n".join(line for line in lines if line)


def is_feed(data: bytes) -> bool:
    """Whether bytes look like an RSS or Atom document."""
    head = data[:2048].lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head


def read_feed(data: bytes | str, source: str, default_date: dt.date | None) -> Iterator[Dated | Failure]:
    """Articles from a feed's bytes, or from a URL (``data`` a str) that feedparser fetches."""
    import feedparser

    parsed: Any = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if not entries:
        problem = parsed.get("bozo_exception") or "no entries"
        yield Failure(source, None, "read", f"not an RSS/Atom feed with entries ({problem}) — pass a feed file or URL")
        return
    feed_title = str(parsed.get("feed", {}).get("title") or "")
    feed_lang = str(parsed.get("feed", {}).get("language") or "")
    for number, entry in enumerate(entries, 1):
        contents = entry.get("content") or []
        body = contents[0].get("value", "") if contents else entry.get("summary", "")
        text = strip_tags(str(body or ""))
        if not text.strip():
            yield Failure(
                source, number, "read", "feed entry has no text (no content or summary)", str(entry.get("id", ""))
            )
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        date = dt.date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday) if stamp else default_date
        article = Article(
            id=str(entry.get("id") or entry.get("link") or f"{source}#{number}"),
            text=text,
            date=date,
            title=strip_tags(str(entry.get("title") or "")),
            url=str(entry.get("link") or ""),
            publication=feed_title,
            lang=str(entry.get("language") or feed_lang)[:2].lower(),
            source=f"{source}#{number}",
        )
        yield article, stamp is not None
