"""HTML pages: the main text and metadata (title, date, URL, site) through ``trafilatura``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..records import Article, Failure
from .fields import parse_date
from .tabular import Dated

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


def read_html(data: bytes, source: str, default_date: dt.date | None) -> Dated | Failure:
    """The article of one page, or a Failure when no main text can be found."""
    import trafilatura

    doc = trafilatura.bare_extraction(data, with_metadata=True, include_tables=False, include_comments=False)
    meta = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    text = str(meta.get("text") or "")
    title = str(meta.get("title") or "")
    if title and text.startswith(title + "\n"):  # the headline repeated above the body
        text = text[len(title) + 1 :]
    if not text.strip():
        return Failure(source, None, "read", "no article text found in the HTML page — is it an article page?")
    date = parse_date(meta["date"]) if meta.get("date") else None
    article = Article(
        id=str(meta.get("url") or Path(source).name),
        text=text,
        date=date or default_date,
        title=title,
        url=str(meta.get("url") or ""),
        publication=str(meta.get("sitename") or meta.get("hostname") or ""),
        lang=str(meta.get("language") or "")[:2].lower(),
        source=source,
    )
    return article, date is not None
