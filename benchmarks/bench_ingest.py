"""Ingest throughput: articles/s, events/s and peak RSS per worker, 1 vs 2 workers,
local processes and Dask (a LocalCluster of worker processes).

Usage:  python benchmarks/bench_ingest.py [--articles 2000] [--workers 1,2] [--engines local,dask]

The synthetic corpus is made of the project's own sentences (the gold sets and the
bundled corpus), four per article, each sentence first screened to code within 5 s.
Wall times include starting the workers and loading the model in each.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import signal
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def project_sentences() -> list[str]:
    texts: list[str] = []
    for name in ("gold_dev.jsonl", "gold_test.jsonl"):
        path = ROOT / "tests" / "data" / name
        if path.exists():
            texts += [
                json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
            ]
    for path in sorted((ROOT / "examples" / "corpus").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                body = re.sub(r"^[A-Z][A-Z .'-]+,[^—]*— ", "", json.loads(line)["text"])
                texts += re.split(r"(?<=[.!?])\s+(?=[A-Z])", body)
    return sorted({t.strip() for t in texts if 30 < len(t.strip()) < 400})


def screened(sentences: list[str], seconds: int = 5) -> list[str]:
    """The sentences the coder finishes within ``seconds`` each (a coder bug can loop)."""
    from sanderling.pipeline import Pipeline
    from sanderling.records import Article

    pipeline = Pipeline()

    def alarm(signum: int, frame: Any) -> None:
        raise TimeoutError

    signal.signal(signal.SIGALRM, alarm)
    keep = []
    for i, text in enumerate(sentences):
        signal.alarm(seconds)
        try:
            pipeline.code_article(Article(id=f"s{i}", text=text))
            keep.append(text)
        except TimeoutError:
            print(f"  dropped (hangs the coder): {text[:80]!r}", file=sys.stderr)
        finally:
            signal.alarm(0)
    return keep


def run(corpus: Path, engine: str, workers: int) -> dict[str, Any]:
    from sanderling.scale import RunConfig, ingest

    with tempfile.TemporaryDirectory() as tmp:
        summary = ingest([str(corpus)], RunConfig(str(Path(tmp) / "b.duckdb"), engine=engine, workers=workers))
    c = summary.counts
    return {
        "engine": engine,
        "coder": summary.coder,
        "workers": workers,
        "articles": c.articles,
        "duplicates": c.duplicates,
        "events": c.events,
        "seconds": round(summary.seconds, 1),
        "articles_per_s": round(c.articles / summary.seconds, 1),
        "events_per_s": round(c.events / summary.seconds, 1),
        "peak_rss_mb_per_worker": sorted(round(v) for v in summary.peak_rss_mb.values()),
        "main_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--engines", default="local,dask")
    args = parser.parse_args()

    from sanderling.scale.synthetic import synthetic_articles, write_jsonl

    sentences = screened(project_sentences())
    print(f"{len(sentences)} sentences", file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        write_jsonl(synthetic_articles(args.articles, sentences, per_article=4), corpus)
        results = []
        for engine in args.engines.split(","):
            for workers in (int(w) for w in args.workers.split(",")):
                started = time.perf_counter()
                result = run(corpus, engine, workers)
                print(json.dumps(result), flush=True)
                results.append(result)
                print(f"  {engine} x{workers}: {time.perf_counter() - started:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
