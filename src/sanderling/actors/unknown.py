"""Unknown actors: the named actors coded events carry with an empty code, counted so
a user can add the most frequent ones to a dictionary file (the PETRARCH workflow).

Reads PLOVER records from a DuckDB event store (``sanderling ingest --db``) or a JSON
Lines file of records (``sanderling code ... --jsonl``).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError, StoreError

_SPACE = re.compile(r"\s+")
_ARTICLE = re.compile(r"^(the|a|an)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class UnknownActor:
    """A name that resolved to no code, with how often and where it was seen."""

    text: str  # the most frequent spelling
    count: int  # mentions in events (as actor or recipient)
    documents: int  # distinct documents
    as_actor: int
    as_recipient: int
    example: str  # a sentence it occurs in
    doc_id: str  # the document of the example
    spellings: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "count": self.count,
            "documents": self.documents,
            "as_actor": self.as_actor,
            "as_recipient": self.as_recipient,
            "example": self.example,
            "doc_id": self.doc_id,
            "spellings": list(self.spellings),
        }


def normalise(text: str) -> str:
    """The key names are counted under: spacing, a leading article and case ignored."""
    return _ARTICLE.sub("", _SPACE.sub(" ", text).strip()).casefold()


def unknown_actors(records: Iterable[dict[str, Any]], limit: int | None = 50) -> list[UnknownActor]:
    """The most frequent uncoded named actors in PLOVER records, most frequent first."""
    counts: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = {}
    docs: dict[str, set[str]] = {}
    sides: dict[str, Counter[str]] = {}
    examples: dict[str, tuple[str, str]] = {}
    for record in records:
        doc_id = str(record.get("doc_id") or (record.get("text_info") or {}).get("doc_id") or "")
        for side in ("actor", "recipient"):
            for entity in record.get(side) or []:
                if not isinstance(entity, dict) or entity.get("code"):
                    continue
                text = _SPACE.sub(" ", str(entity.get("entity_text") or "")).strip()
                key = normalise(text)
                if not key:
                    continue
                counts[key] += 1
                spellings.setdefault(key, Counter())[text] += 1
                docs.setdefault(key, set()).add(doc_id)
                sides.setdefault(key, Counter())[side] += 1
                if key not in examples:
                    examples[key] = (str(record.get("text") or ""), doc_id)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if limit is not None:
        ranked = ranked[:limit]
    return [
        UnknownActor(
            text=spellings[key].most_common(1)[0][0],
            count=count,
            documents=len(docs[key] - {""}) or 1,
            as_actor=sides[key]["actor"],
            as_recipient=sides[key]["recipient"],
            example=examples[key][0],
            doc_id=examples[key][1],
            spellings=tuple(s for s, _ in spellings[key].most_common()),
        )
        for key, count in ranked
    ]


def read_records(path: str | Path) -> Iterator[dict[str, Any]]:
    """PLOVER records from a ``.jsonl`` file or a DuckDB store (current events only)."""
    path = Path(path)
    if not path.exists():
        raise InputError(
            str(path),
            None,
            "no such file",
            "pass the store written by 'sanderling ingest --db' or a .jsonl file of events",
        )
    if path.suffix.lower() in (".jsonl", ".ndjson", ".json"):
        return _jsonl_records(path)
    return _store_records(path)


def _jsonl_records(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(
                    str(path),
                    number,
                    f"not JSON ({exc.msg})",
                    "write one PLOVER record per line ('sanderling code ... --jsonl')",
                ) from None
            if isinstance(record, dict):
                yield record


def _store_records(path: Path) -> Iterator[dict[str, Any]]:
    from ..store import Store

    with Store(path, read_only=True) as store:
        try:
            cursor = store.con.execute("SELECT record FROM events WHERE current")
        except Exception as exc:
            raise StoreError(
                f"{path} has no events table with PLOVER records ({exc})",
                "pass a store written by 'sanderling ingest --db', or a .jsonl file of events",
            ) from exc
        while rows := cursor.fetchmany(10_000):
            for (record,) in rows:
                value = json.loads(record) if isinstance(record, str) else record
                if isinstance(value, dict):
                    yield value
