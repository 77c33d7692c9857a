"""Synthetic corpora for load tests and benchmarks: articles composed of sentences.

Each article joins a few sentences drawn (seeded, so reproducible) from the given
ones, so articles differ enough that de-duplication keeps them all.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Iterator, Sequence
from pathlib import Path

from ..records import Article


def synthetic_articles(n: int, sentences: Sequence[str], per_article: int = 4, seed: int = 7) -> Iterator[Article]:
    """``n`` articles of ``per_article`` distinct sentences each, dated across 2019-2025."""
    if len(sentences) < per_article:
        raise ValueError(f"need at least {per_article} sentences, got {len(sentences)}")
    rng = random.Random(seed)
    start = dt.date(2019, 1, 1)
    for i in range(n):
        text = " ".join(rng.sample(list(sentences), per_article))
        yield Article(
            id=f"syn-{i:07d}",
            text=text,
            date=start + dt.timedelta(days=rng.randrange(7 * 365)),
            publication=f"Wire {i % 7}",
        )


def write_jsonl(articles: Iterator[Article], path: str | Path) -> int:
    """Write articles as JSON Lines (id, date, source, title, text); how many."""
    n = 0
    with open(path, "w", encoding="utf-8") as stream:
        for a in articles:
            record = {
                "id": a.id,
                "date": a.date.isoformat() if a.date else None,
                "source": a.publication,
                "title": "",
                "text": a.text,
            }
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    return n
