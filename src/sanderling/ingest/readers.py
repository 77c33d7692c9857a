"""Readers: text files, directories of them, stdin, and JSON Lines.

Each reader yields :class:`Article` records and, for what cannot be read, a
:class:`Failure` naming the file and line — one bad document never stops the others.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from ..records import Article, Failure

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
#: Files larger than this are refused: no single news report is this long.
MAX_BYTES = 5_000_000

Item = Article | Failure


def read_sources(paths: Iterable[str], date: dt.date | None = None) -> Iterator[Item]:
    """Articles (and failures) from each path: a file, a directory, or ``-`` for stdin."""
    for path in paths:
        if path == "-":
            yield from _read_stream(sys.stdin, "stdin", date)
            continue
        p = Path(path)
        if p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.is_file() and _readable_suffix(f))
            if not files:
                yield Failure(str(p), None, "read", "directory holds no .txt or .jsonl files")
            for f in files:
                yield from _read_file(f, date)
        elif p.exists():
            yield from _read_file(p, date)
        else:
            yield Failure(str(p), None, "read", "no such file or directory — check the path")


def _readable_suffix(path: Path) -> bool:
    from .sources import is_documentation

    suffix_ok = path.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES
    return suffix_ok and not path.name.startswith(".") and not is_documentation(path)


def _read_file(path: Path, date: dt.date | None) -> Iterator[Item]:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            yield Failure(str(path), None, "read", f"file is {size:,} bytes, over the {MAX_BYTES:,}-byte limit")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Failure(str(path), None, "read", f"cannot read the file ({exc.strerror})")
        return
    if path.suffix.lower() in JSONL_SUFFIXES:
        yield from _read_jsonl_bytes(data, str(path), date)
        return
    text = _decode(data, str(path))
    if isinstance(text, Failure):
        yield text
        return
    if not text.strip():
        yield Failure(str(path), None, "read", "file is empty — nothing to code")
        return
    yield Article(id=path.name, text=_normalise(text), date=date, source=str(path))


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


def _read_stream(stream: TextIO, name: str, date: dt.date | None) -> Iterator[Item]:
    data = stream.buffer.read() if hasattr(stream, "buffer") else stream.read().encode()
    text = _decode(data, name)
    if isinstance(text, Failure):
        yield text
        return
    stripped = text.lstrip()
    if stripped.startswith("{"):  # JSON Lines on stdin
        yield from _read_jsonl_bytes(data, name, date)
    elif not stripped:
        yield Failure(name, None, "read", "input is empty — nothing to code")
    else:
        yield Article(id=name, text=_normalise(text), date=date, source=name)


def _read_jsonl_bytes(data: bytes, source: str, date: dt.date | None) -> Iterator[Item]:
    if not data.strip():
        yield Failure(source, None, "read", "file is empty — nothing to code")
        return
    for number, raw in enumerate(data.split(b"\n"), 1):
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            yield Failure(source, number, "read", "invalid UTF-8 on this line — re-save the file as UTF-8")
            continue
        yield _article_from_json(line, source, number, date)


def _article_from_json(line: str, source: str, number: int, date: dt.date | None) -> Item:
    try:
        record: Any = json.loads(line)
    except json.JSONDecodeError as exc:
        return Failure(source, number, "read", f"not valid JSON ({exc.msg}) — one JSON object per line")
    if not isinstance(record, dict):
        return Failure(source, number, "read", "not a JSON object — one object per line with a 'text' field")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return Failure(source, number, "read", "no 'text' field (a non-empty string is required)")
    doc_id = str(record.get("id") or f"{Path(source).name}:{number}")
    own_date = date
    if record.get("date"):
        try:
            own_date = dt.date.fromisoformat(str(record["date"])[:10])
        except ValueError:
            return Failure(source, number, "read", f"date {record['date']!r} is not YYYY-MM-DD", doc_id)
    return Article(
        id=doc_id,
        text=_normalise(text),
        date=own_date,
        title=str(record.get("title") or ""),
        url=str(record.get("url") or ""),
        publication=str(record.get("source") or record.get("publication") or ""),
        source=f"{source}:{number}",
    )
