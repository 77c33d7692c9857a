"""What ``sanderling code`` reads: the sources of :mod:`.sources` as plain Articles.

Every kind of source ``sanderling ingest`` reads (files, directories, JSON Lines, CSV,
RSS/Atom, HTML, stdin) is read by one stack, :func:`.sources.iter_sources`; this module
keeps the limits and text decoding it shares, and :func:`read_sources`, which yields each
article (and, for what cannot be read, a :class:`Failure` naming the file and line — one
bad document never stops the others).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from ..records import Article, Failure

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
#: Files larger than this are refused: no single news report is this long.
MAX_BYTES = 5_000_000

Item = Article | Failure


def read_sources(paths: Iterable[str], date: dt.date | None = None) -> Iterator[Item]:
    """Articles (and failures) from each path: a file, a directory, or ``-`` for stdin.
    An article without a date of its own takes ``date``, else its dateline's; a file's
    modification time is not taken for a publication date here (``ingest`` records
    where each date came from, ``code`` does not)."""
    from .sources import Incoming, IngestOptions, iter_sources

    for item in iter_sources(paths, IngestOptions(date=date, file_dates=False)):
        yield item.article if isinstance(item, Incoming) else item


def _decode(data: bytes, source: str) -> str | Failure:
    if b"\x00" in data[:4096]:
        return Failure(source, None, "read", "file is binary, not text — pass a UTF-8 text file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return Failure(source, line, "read", f"invalid UTF-8 at byte {exc.start} — re-save the file as UTF-8")


def _normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
