"""Cost and accuracy of the dates and geo stages.

Codes a few thousand sentences (the bundled example corpus, the gold sets and the
geo/dates fixture tables, as articles) with the rule coder, then times the dates and geo
enrich steps over the same parses, and reports their overhead relative to coding
(``coder.code``) and to parsing + coding. Then scores place resolution on the place
tables of ``tests/geo/data``.

    .venv/bin/python benchmarks/bench_geo_dates.py [--repeat 3] [--passes 2]
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

from tests.geo.cases import DATA, event_at, parse, read_table  # noqa: E402

from sanderling import dates, geo  # noqa: E402
from sanderling.pipeline import Pipeline  # noqa: E402
from sanderling.records import Article, ParsedArticle  # noqa: E402


def articles() -> list[Article]:
    out: list[Article] = []
    for path in sorted((ROOT / "examples" / "corpus").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            out.append(Article(id=row["id"], text=row["text"], date=dt.date.fromisoformat(row["date"])))
    for name in ("gold_dev.jsonl", "gold_test.jsonl"):
        for line in (ROOT / "tests" / "data" / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            out.append(Article(id=row["id"], text=row["text"], date=dt.date.fromisoformat(row["date"])))
    tables = [DATA / "places.tsv", DATA / "places_heldout.tsv", ROOT / "tests" / "dates" / "data" / "events.tsv"]
    tables.append(ROOT / "tests" / "dates" / "data" / "phrases.tsv")
    for table in tables:
        for i, row in enumerate(read_table(table)):
            base = row.get("date") or row.get("base") or "2025-04-03"
            if len(base) != 10:
                base = "2025-04-03"
            out.append(Article(id=f"{table.stem}-{i}", text=row["text"], date=dt.date.fromisoformat(base)))
    return out


def timed(fn: Any) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def bench_cost(pipe: Pipeline, parsed: list[ParsedArticle], repeat: int) -> dict[str, float]:
    coded = [(p, pipe.coder.code(p)) for p in parsed]  # warm up
    gazetteer = geo.gazetteer_for()
    best = {"code": float("inf"), "dates": float("inf"), "geo": float("inf")}
    for _ in range(repeat):
        locator = geo.Locator(gazetteer)  # a cold name memo, as in a new Pipeline
        dates.resolve.cache_clear()
        best["code"] = min(best["code"], timed(lambda: [pipe.coder.code(p) for p in parsed]))
        best["dates"] = min(best["dates"], timed(lambda: [dates.enrich(p, e) for p, e in coded]))
        best["geo"] = min(best["geo"], timed(lambda loc=locator: [geo.enrich(p, e, loc) for p, e in coded]))
    best["events"] = sum(len(e) for _, e in coded)
    return best


def bench_accuracy(pipe: Pipeline, table: Path) -> tuple[int, int, int]:
    from sanderling.actors import actor_dictionary

    states = actor_dictionary().states
    locator = geo.Locator(geo.gazetteer_for())
    exact = place = 0
    rows = read_table(table)
    for row in rows:
        parsed = parse(pipe.parser, row["text"], row["date"])
        event = event_at(
            parsed, row["trigger"], states, row["event"], row["modality"], row["actors"], row["recipients"]
        )
        loc = geo.enrich(parsed, [event], locator)[0].location
        expected = int(row["geonameid"]) if row["geonameid"] else None
        place += loc.geonameid == expected
        exact += (loc.geonameid, loc.country_code, loc.resolution) == (expected, row["country"], row["resolution"])
    return exact, place, len(rows)


def main() -> None:
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cli.add_argument("--repeat", type=int, default=3, help="timing runs (the best is kept)")
    cli.add_argument("--passes", type=int, default=2, help="copies of the text set to code")
    args = cli.parse_args()

    start = time.perf_counter()
    pipe = Pipeline()
    load_pipeline = time.perf_counter() - start
    load_gazetteer = timed(lambda: geo.gazetteer_for())
    texts = articles() * args.passes
    start = time.perf_counter()
    parsed = list(pipe.parser.parse_many(texts))
    parse_time = time.perf_counter() - start
    sentences = sum(len(list(p.doc.sents)) for p in parsed)
    cost = bench_cost(pipe, parsed, args.repeat)
    added = cost["dates"] + cost["geo"]
    print(f"articles {len(parsed)}, sentences {sentences}, events {int(cost['events'])}")
    print(f"load: pipeline {load_pipeline:.2f}s, gazetteer (from cache) {load_gazetteer:.2f}s")
    print(f"parse {parse_time:.2f}s, code {cost['code']:.2f}s, dates {cost['dates']:.3f}s, geo {cost['geo']:.3f}s")
    print(
        f"overhead of dates+geo: {100 * added / cost['code']:.1f}% of coding, {100 * added / (parse_time + cost['code']):.1f}% of parsing+coding"
    )
    for table in (DATA / "places.tsv", DATA / "places_heldout.tsv"):
        exact, place, total = bench_accuracy(pipe, table)
        print(
            f"{table.name}: exact (geonameid, country, resolution) {exact}/{total} = {100 * exact / total:.1f}%, geonameid {place}/{total} = {100 * place / total:.1f}%"
        )


if __name__ == "__main__":
    main()
