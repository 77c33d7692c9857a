"""Every kind of source behind one stream: files, directories (recursive, glob
filters), JSON Lines, CSV, RSS/Atom feeds (file or URL), HTML pages and stdin.

:func:`iter_sources` yields :class:`Incoming` articles (each with where its date came
from) and :class:`Failure` records naming the file and line of what cannot be read.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..records import Article, Failure
from .dating import dateline_date, file_date
from .feeds import FEED_SUFFIXES, is_feed, read_feed
from .fields import FieldMap
from .html import HTML_SUFFIXES, read_html
from .readers import JSONL_SUFFIXES, MAX_BYTES, TEXT_SUFFIXES, _decode, _normalise
from .tabular import Dated, read_csv, read_jsonl

CSV_SUFFIXES = {".csv", ".tsv"}
#: Files a directory walk passes over unless --glob names them: a corpus folder's own
#: documentation is not news.
DOC_STEMS = frozenset({"readme", "license", "licence", "changelog", "contributing", "notice", "copying", "authors"})


def is_documentation(path: Path) -> bool:
    return path.suffix.lower() == ".md" or path.stem.lower() in DOC_STEMS


KNOWN_SUFFIXES = (TEXT_SUFFIXES - {""}) | JSONL_SUFFIXES | CSV_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES


@dataclass(frozen=True)
class IngestOptions:
    """How to read sources: field names, glob filters and a fallback date."""

    fields: FieldMap = field(default_factory=FieldMap)
    globs: tuple[str, ...] = ()
    date: dt.date | None = None  # publication date for inputs that carry none
    file_dates: bool = True  # else a file's modification time never dates its articles


@dataclass(frozen=True)
class Incoming:
    """An article read from a source, and where its date came from."""

    article: Article
    date_source: str  # metadata | option | dateline | file_time | none


def iter_sources(sources: Iterable[str], options: IngestOptions | None = None) -> Iterator[Incoming | Failure]:
    """Articles and failures from each source, in a stable order (directories sorted)."""
    options = options or IngestOptions()
    for source in sources:
        if source == "-":
            yield from _read_bytes(sys.stdin.buffer.read(), "stdin", "stdin", None, options)
        elif source.startswith(("http://", "https://")):
            yield from _finish(read_feed(source, source, None), None, options)
        else:
            path = Path(source)
            if path.is_dir():
                files = list(_walk(path, options.globs))
                if not files:
                    yield Failure(source, None, "read", "directory holds no readable files — check the path and --glob")
                for file in files:
                    yield from _read_path(file, file.relative_to(path).as_posix(), options)
            elif path.is_file():
                yield from _read_path(path, path.name, options)
            else:
                yield Failure(source, None, "read", "no such file or directory — check the path")


def _walk(root: Path, globs: tuple[str, ...]) -> Iterator[Path]:
    for file in sorted(root.rglob("*")):
        rel = file.relative_to(root).as_posix()
        if any(part.startswith(".") for part in file.relative_to(root).parts) or not file.is_file():
            continue
        if globs:
            if any(fnmatch.fnmatch(rel, g) or fnmatch.fnmatch(file.name, g) for g in globs):
                yield file
            continue
        if is_documentation(file):
            continue  # a folder's README or LICENSE is not news
        yield file  # a file of unknown type is recorded as a failure, not silently passed over


def _read_path(path: Path, doc_id: str, options: IngestOptions) -> Iterator[Incoming | Failure]:
    suffix = path.suffix.lower()
    if suffix and suffix not in KNOWN_SUFFIXES and not options.globs:
        known = " ".join(sorted(KNOWN_SUFFIXES))
        yield Failure(
            str(path), None, "read", f"unknown file type {suffix!r} (known: {known}) — choose files with --glob"
        )
        return
    mtime = file_date(path)
    if suffix in JSONL_SUFFIXES:
        try:
            with path.open("rb") as stream:
                yield from _finish(read_jsonl(stream, str(path), options.fields, None, MAX_BYTES), mtime, options)
        except OSError as exc:
            yield Failure(str(path), None, "read", f"cannot read the file ({exc.strerror})")
        return
    try:
        size = path.stat().st_size
        if size > MAX_BYTES and suffix not in CSV_SUFFIXES | FEED_SUFFIXES:
            yield Failure(
                str(path),
                None,
                "read",
                f"file is {size:,} bytes, over the {MAX_BYTES:,}-byte limit for one report — split it or use JSONL",
            )
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Failure(str(path), None, "read", f"cannot read the file ({exc.strerror})")
        return
    yield from _read_bytes(data, str(path), doc_id, mtime, options, suffix)


def _read_bytes(
    data: bytes, source: str, doc_id: str, mtime: dt.date | None, options: IngestOptions, suffix: str = ""
) -> Iterator[Incoming | Failure]:
    if suffix in JSONL_SUFFIXES or (not suffix and data.lstrip()[:1] == b"{"):
        yield from _finish(read_jsonl(data.split(b"\n"), source, options.fields, None, MAX_BYTES), mtime, options)
        return
    if suffix in FEED_SUFFIXES or (suffix not in HTML_SUFFIXES and is_feed(data)):
        yield from _finish(read_feed(data, source, None), mtime, options)
        return
    if suffix in HTML_SUFFIXES or data.lstrip()[:14].lower().startswith((b"<!doctype html", b"<html")):
        if b"\x00" in data[:4096]:
            yield Failure(source, None, "read", "file is binary, not HTML — pass a UTF-8 HTML page")
            return
        yield from _finish([read_html(data, source, None)], mtime, options)
        return
    text = _decode(data, source)
    if isinstance(text, Failure):
        yield text
        return
    if suffix in CSV_SUFFIXES:
        yield from _finish(read_csv(text, source, options.fields, None), mtime, options)
        return
    if not text.strip():
        yield Failure(source, None, "read", "file is empty — nothing to code")
        return
    yield from _finish([(Article(id=doc_id, text=_normalise(text), source=source, lang=""), False)], mtime, options)


def _finish(
    items: Iterable[Dated | Failure], mtime: dt.date | None, options: IngestOptions
) -> Iterator[Incoming | Failure]:
    """Give each article its date (metadata, option, dateline, file time) and size check."""
    for item in items:
        if isinstance(item, Failure):
            yield item
            continue
        article, has_date = item
        if len(article.text) > MAX_BYTES:
            yield Failure(
                article.source,
                None,
                "read",
                f"article text is {len(article.text):,} characters, over the {MAX_BYTES:,} limit",
                article.id,
            )
            continue
        if has_date:
            yield Incoming(article, "metadata")
        elif options.date is not None:
            yield Incoming(replace(article, date=options.date), "option")
        elif (found := dateline_date(article.text, mtime if options.file_dates else None)) is not None:
            yield Incoming(replace(article, date=found), "dateline")
        elif mtime is not None and options.file_dates:
            yield Incoming(replace(article, date=mtime), "file_time")
        else:
            yield Incoming(article, "none")


def count_inputs(sources: Iterable[str], options: IngestOptions | None = None) -> int | None:
    """About how many items the sources hold (JSONL/CSV lines, one per other file), for a
    progress bar; None when a source cannot be counted ahead (stdin, a URL)."""
    options = options or IngestOptions()
    total = 0
    for source in sources:
        if source == "-" or source.startswith(("http://", "https://")):
            return None
        path = Path(source)
        files = list(_walk(path, options.globs)) if path.is_dir() else [path]
        for file in files:
            total += _count_file(file)
    return total


def _count_file(path: Path) -> int:
    suffix = path.suffix.lower()
    if suffix not in JSONL_SUFFIXES | CSV_SUFFIXES:
        return 1
    try:
        with path.open("rb") as stream:
            lines = sum(1 for raw in stream if raw.strip())
    except OSError:
        return 1
    return max(1, lines - (1 if suffix in CSV_SUFFIXES else 0))
