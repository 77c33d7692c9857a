"""Speed of the actor layer: mentions resolved per second, and the share of coding
time spent in it (the matcher plus resolution) — the target is at most 10%.

Sentences: every case of the mention table (``tests/actors/data/mentions.tsv``) and
every sentence of the bundled corpus (``examples/corpus``), each coded as an article.
The actor layer is timed inside the real coder by wrapping ``ActorMatcher.find`` and
the public methods of ``ArticleActors`` (outermost calls only).

    .venv/bin/python benchmarks/bench_actors.py [--repeat 3] [--passes 2]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.actors.mention_cases import _head, load_cases, mention_span  # noqa: E402

from sanderling.actors import ArticleActors  # noqa: E402
from sanderling.actors.matcher import ActorMatcher  # noqa: E402
from sanderling.coding import coder as coder_module  # noqa: E402
from sanderling.pipeline import Pipeline  # noqa: E402
from sanderling.records import Article, ParsedArticle  # noqa: E402


def sentences(pipeline: Pipeline) -> list[Article]:
    """The mention table's texts and the corpus split into sentences, one article each."""
    out = [Article(id=f"case-{c.line}", text=c.sentence, date=c.date) for c in load_cases()]
    rows = []
    for path in sorted((ROOT / "examples" / "corpus").glob("*.jsonl")):
        rows.extend(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    texts = [r["text"] for r in rows]
    for row, doc in zip(rows, pipeline.parser.nlp.pipe(texts, batch_size=64), strict=True):
        date = dt.date.fromisoformat(row["date"])
        for i, sent in enumerate(doc.sents):
            if len(sent) > 3:
                out.append(Article(id=f"{row['id']}-{i}", text=sent.text, date=date))
    return out


class Clock:
    """Seconds spent in the actor layer during coding (nested calls counted once)."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.depth = 0
        self.calls: dict[str, int] = {}

    def wrap(self, name: str, fn: Any) -> Any:
        def timed(*args: Any, **kwargs: Any) -> Any:
            if self.depth:
                return fn(*args, **kwargs)
            self.calls[name] = self.calls.get(name, 0) + 1
            self.depth += 1
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds += time.perf_counter() - start
                self.depth -= 1

        return timed


def timed_actors(clock: Clock) -> type[ArticleActors]:
    class TimedActors(ArticleActors):
        pass

    for name in ("entities", "object_owners", "place_states", "context_country", "unknown_names"):
        setattr(TimedActors, name, clock.wrap(name, getattr(ArticleActors, name)))
    return TimedActors


def code_all(pipeline: Pipeline, parsed: list[ParsedArticle]) -> float:
    start = time.perf_counter()
    for p in parsed:
        pipeline.code_parsed(p)
    return time.perf_counter() - start


def mentions_per_second(pipeline: Pipeline, repeat: int) -> tuple[int, float]:
    """Resolve each table mention's head with a fresh ArticleActors (no cache)."""
    cases = load_cases()
    prepared = []
    for case in cases:
        parsed = pipeline.parser.parse(Article(id="m", text=case.sentence, date=case.date))
        start, end = mention_span(parsed.doc.text, case.mention)
        head = _head(parsed.doc.char_span(start, end, alignment_mode="expand"))
        mentions = pipeline.coder.matcher.find(parsed.doc)
        prepared.append((parsed.doc, mentions, head, case.date))
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for doc, mentions, head, date in prepared:
            ArticleActors(doc, mentions, pipeline.coder.dictionary, date).entities(head)
        best = min(best, time.perf_counter() - start)
    return len(prepared), len(prepared) / best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3, help="timing repeats (best is kept)")
    ap.add_argument("--passes", type=int, default=2, help="coding passes over the sentences (best is kept)")
    args = ap.parse_args()

    pipeline = Pipeline()

    articles = sentences(pipeline)
    start = time.perf_counter()
    parsed = list(pipeline.parser.parse_many(articles))
    parse_s = time.perf_counter() - start
    code_all(pipeline, parsed[:50])  # warm the gazetteer and caches

    n, rate = mentions_per_second(pipeline, args.repeat)

    clock = Clock()
    original_find = ActorMatcher.find
    original_actors = coder_module.ArticleActors
    ActorMatcher.find = clock.wrap("find", original_find)  # type: ignore[method-assign]
    coder_module.ArticleActors = timed_actors(clock)  # type: ignore[misc]
    try:
        best = None
        for _ in range(args.passes):
            clock.seconds, clock.calls = 0.0, {}
            total = code_all(pipeline, parsed)
            if best is None or total < best[0]:
                best = (total, clock.seconds, dict(clock.calls))
    finally:
        ActorMatcher.find = original_find  # type: ignore[method-assign]
        coder_module.ArticleActors = original_actors  # type: ignore[misc]
    assert best is not None
    code_s, actor_s, calls = best
    resolutions = sum(v for k, v in calls.items() if k != "find")
    print(f"sentences: {len(articles)} ({sum(len(p.doc) for p in parsed)} tokens)")
    print(f"mention table: {n} mentions, {rate:,.0f} mentions/s resolved (head -> entities, fresh article)")
    print(f"in coding: {resolutions} actor-layer calls, {resolutions / actor_s:,.0f} calls/s; {calls}")
    print(f"parse: {parse_s:.2f}s  code (coder+dates+geo): {code_s:.2f}s  actor layer: {actor_s:.3f}s")
    print(
        f"actor layer share of coding: {actor_s / code_s:.1%}; of parse + coding: {actor_s / (parse_s + code_s):.1%} (target <= 10%)"
    )


if __name__ == "__main__":
    main()
