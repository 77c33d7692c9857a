"""JSON Lines and CSV archives: one article per line or row, field names configurable."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable, Iterator
from typing import Any

from ..records import Article, Failure
from .fields import FieldMap, article_from_record

#: One article with whether its date came from the record's metadata.
Dated = tuple[Article, bool]


def read_jsonl(
    lines: Iterable[bytes], source: str, fields: FieldMap, default_date: dt.date | None, max_line: int = 5_000_000
) -> Iterator[Dated | Failure]:
    """Articles from JSON Lines (raw byte lines, streamed); each bad line is a Failure naming its number."""
    blank = True
    for number, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        blank = False
        if len(raw) > max_line:
            yield Failure(
                source, number, "read", f"line is {len(raw):,} bytes, over the {max_line:,}-byte limit for one article"
            )
            continue
        try:
            line = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            yield Failure(source, number, "read", "invalid UTF-8 on this line — re-save the file as UTF-8")
            continue
        try:
            record: Any = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Failure(source, number, "read", f"not valid JSON ({exc.msg}) — one JSON object per line")
            continue
        if not isinstance(record, dict):
            yield Failure(source, number, "read", "not a JSON object — one object per line with a 'text' field")
            continue
        yield article_from_record(record, fields, source, number, default_date)
    if blank:
        yield Failure(source, None, "read", "file is empty — nothing to code")


def read_csv(text: str, source: str, fields: FieldMap, default_date: dt.date | None) -> Iterator[Dated | Failure]:
    """Articles from CSV text with a header row; the line of each row is its physical line."""
    if not text.strip():
        yield Failure(source, None, "read", "file is empty — nothing to code")
        return
    sample = text[:8192]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text, newline=""), dialect=dialect)
    header = reader.fieldnames or []
    if not any(key in header for key in fields.text):
        wanted = " or ".join(repr(k) for k in fields.text)
        yield Failure(
            source, 1, "read", f"no {wanted} column in the header {header} — name it with --field text=COLUMN"
        )
        return
    line = 2
    try:
        for row in reader:
            start, line = line, reader.line_num + 1
            if None in row:  # more cells than header columns
                yield Failure(
                    source, start, "read", f"row has {len(header) + len(row[None])} cells, the header {len(header)}"
                )
                continue
            yield article_from_record({k: v for k, v in row.items() if k}, fields, source, start, default_date)
    except csv.Error as exc:
        yield Failure(source, line, "read", f"malformed CSV ({exc}) — check the quoting")
