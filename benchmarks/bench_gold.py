"""Accuracy of the coder on the team's gold sets, side by side.

Scores every gold file given (by default each ``tests/data/gold_*.jsonl``) with
``sanderling eval``'s scorer and prints one row per set: event-type, CAMEO-root and
triple (type, source, target) precision, recall and F1, the sentences coded exactly,
and the coding rate. ``--per-type`` adds event-type and triple F1 per PLOVER type,
one column per set; ``--json`` prints everything as JSON.

    .venv/bin/python benchmarks/bench_gold.py [GOLD.jsonl ...] [--per-type] [--json]

``gold_dev`` is what the coder is developed on; the other sets are held out: score
them once per round of development, and never tune against what they show.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def score(path: Path, pipeline: Any) -> dict[str, Any]:
    from sanderling.coding.evaluate import evaluate, read_gold
    from sanderling.records import Article

    records = read_gold(path)
    start = time.perf_counter()
    report = evaluate(records, lambda r: pipeline.code_article(Article(id=r.id, text=r.text, date=r.date)))
    seconds = time.perf_counter() - start
    out = report.as_dict()
    out["exact"] = report.sentences - len(report.errors)
    out["sentences_per_second"] = round(report.sentences / seconds, 1)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", nargs="*", type=Path, help="gold files (default: tests/data/gold_*.jsonl)")
    ap.add_argument("--per-type", action="store_true", help="also F1 per PLOVER type")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = ap.parse_args()

    from sanderling.pipeline import default_pipeline

    paths = args.gold or sorted((ROOT / "tests" / "data").glob("gold_*.jsonl"))
    pipeline = default_pipeline()
    results = {path.stem: score(path, pipeline) for path in paths}
    if args.json:
        print(json.dumps(results, indent=2))
        return

    print(
        f"{'set':<12} {'n':>5}  {'event P / R / F1':>20}  {'root F1':>7}  {'triple P / R / F1':>20}  {'exact':>9}  {'sent/s':>6}"
    )
    for name, r in results.items():
        ev, root, tr = (r["overall"][k] for k in ("event", "root", "triple"))
        print(
            f"{name:<12} {r['sentences']:>5}  "
            f"{ev['precision']:.3f} / {ev['recall']:.3f} / {ev['f1']:.3f}  {root['f1']:>7.3f}  "
            f"{tr['precision']:.3f} / {tr['recall']:.3f} / {tr['f1']:.3f}  "
            f"{r['exact']:>4}/{r['sentences']:<4}  {r['sentences_per_second']:>6.0f}"
        )
    if args.per_type:
        types = sorted({t for r in results.values() for t in r["per_type"]})
        print()
        print(f"{'type':<10} " + " ".join(f"{name[-12:]:>12}" for name in results) + "   (event F1 / triple F1)")
        for t in types:
            cells = []
            for r in results.values():
                ev, tr = r["per_type"].get(t), r["per_type_triple"].get(t)
                cells.append(f"{ev['f1']:.2f} / {tr['f1']:.2f}" if ev and tr else "—")
            print(f"{t:<10} " + " ".join(f"{c:>12}" for c in cells))


if __name__ == "__main__":
    main()
