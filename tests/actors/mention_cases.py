"""The mention table (``data/mentions.tsv``) and how one case is resolved.

Columns: ``sentence`` (one or more sentences; the text before the mention gives
anaphora its antecedents), ``mention`` (as it appears; the last occurrence is meant
unless written ``text@N`` for the N-th), ``date`` (publication date), ``code``
(comma-separated for a group; ``-`` for an unknown actor, kept with an empty code),
``sector`` (``-`` for none; one value for all codes
or one per code) and ``kind`` (what the case covers).
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

TABLE = Path(__file__).resolve().parent / "data" / "mentions.tsv"


@dataclass(frozen=True)
class MentionCase:
    line: int
    sentence: str
    mention: str
    date: dt.date
    expected: tuple[tuple[str, str], ...]
    kind: str

    @property
    def id(self) -> str:
        return f"{self.line}:{self.mention}"


def load_cases(path: Path = TABLE) -> list[MentionCase]:
    cases = []
    with path.open(encoding="utf-8", newline="") as fh:
        rows = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(rows)
        assert header[:5] == ["sentence", "mention", "date", "code", "sector"], header
        for line, row in enumerate(rows, 2):
            if not row or row[0].startswith("#"):
                continue
            sentence, mention, date, code, sector, kind = (row + [""] * 6)[:6]
            codes = ["" if c == "-" else c for c in code.split(",")]
            sectors = ["" if s == "-" else s for s in sector.split(",")]
            if len(sectors) == 1:
                sectors = sectors * len(codes)
            assert len(sectors) == len(codes), f"line {line}: {len(codes)} codes but {len(sectors)} sectors"
            expected = tuple(zip(codes, sectors, strict=True))
            cases.append(MentionCase(line, sentence, mention, dt.date.fromisoformat(date), expected, kind))
    return cases


def mention_span(text: str, mention: str) -> tuple[int, int]:
    """Character span of the mention: its last occurrence, or the N-th for ``text@N``."""
    nth = 0
    if "@" in mention:
        mention, _, number = mention.rpartition("@")
        nth = int(number)
    starts = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(mention)}(?!\w)", text)]
    if not starts:
        raise AssertionError(f"{mention!r} does not occur in {text!r}")
    start = starts[nth - 1] if nth else starts[-1]
    return start, start + len(mention)


def resolve_case(pipeline: Any, case: MentionCase) -> tuple[list[tuple[str, str]], str]:
    """(code, sector) pairs the actor layer gives the mention's head, and the head's text."""
    from sanderling.actors import ArticleActors
    from sanderling.records import Article

    parsed = pipeline.parser.parse(Article(id=f"case-{case.line}", text=case.sentence, date=case.date))
    doc = parsed.doc
    start, end = mention_span(doc.text, case.mention)
    span = doc.char_span(start, end, alignment_mode="expand")
    assert span is not None, f"{case.mention!r} is not on token boundaries"
    head = _head(span)
    mentions = pipeline.coder.matcher.find(doc)
    actors = ArticleActors(doc, mentions, pipeline.coder.dictionary, case.date, parsed.body_offset)
    return [(e.code, e.sector) for e in actors.entities(head)], head.text


def _head(span: Any) -> Any:
    """The token the parser makes the phrase's head: the last noun whose head lies
    outside the span (what the coder passes to the actor layer)."""
    outside = [t for t in span if t.head.i < span.start or t.head.i >= span.end or t.head.i == t.i]
    nouns = [t for t in outside if t.pos_ in ("NOUN", "PROPN", "PRON", "NUM")]
    return (nouns or outside or [span.root])[-1]
