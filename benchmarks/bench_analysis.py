"""Speed of the alignment analytics on a synthetic dyad frame.

Builds a dyad frame of N events (default one million) among 200 actors over ten years
(one planted turn: actor A000 moves from partner A001 to partner A002 in 2020), then
times each analysis on a fresh query (DuckDB caches nothing between them):

* dyad series: every undirected dyad by month, with the measures (all rows fetched);
* dyad series by PLOVER type for one actor (all rows fetched);
* the alignment index of every dyad by month (all rows fetched);
* shifts for one actor (all its partners, with evidence);
* blocs for one period (one year) and for all ten.

    .venv/bin/python benchmarks/bench_analysis.py [--events 1000000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import time
from collections.abc import Callable
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa

from sanderling.analysis import Scope, ShiftOptions, alignment, blocs, dyad_series, shifts
from sanderling.analysis.frame import ARROW_SCHEMA
from sanderling.ontology import PLOVER_QUAD, PLOVER_TYPES

ACTORS = 200


def synthetic(n: int, seed: int = 0) -> pa.Table:
    rng = np.random.default_rng(seed)
    start = np.datetime64("2016-01-01")
    days = rng.integers(0, 3652, n)
    dates = start + days.astype("timedelta64[D]")
    # a few busy actors, many quiet ones (Zipf-like), no self-dyads
    weights = 1.0 / np.arange(1, ACTORS + 1) ** 0.8
    weights /= weights.sum()
    source = rng.choice(ACTORS, n, p=weights)
    target = rng.choice(ACTORS, n, p=weights)
    target = np.where(target == source, (target + 1) % ACTORS, target)
    # each dyad has its own propensity to cooperate
    propensity = rng.beta(2, 2, (ACTORS, ACTORS))
    p = propensity[source, target]
    # the planted turn: A000 cooperates with A001 until 2020, then conflicts; the reverse with A002
    after = dates >= np.datetime64("2020-01-01")
    p = np.where((source == 0) & (target == 1), np.where(after, 0.1, 0.9), p)
    p = np.where((source == 0) & (target == 2), np.where(after, 0.9, 0.1), p)
    cooperative = rng.random(n) < p
    coop_types = [t for t in PLOVER_TYPES if PLOVER_QUAD[t] <= 2]
    conflict_types = [t for t in PLOVER_TYPES if PLOVER_QUAD[t] >= 3]
    kinds = np.where(
        cooperative,
        np.array(coop_types)[rng.integers(0, len(coop_types), n)],
        np.array(conflict_types)[rng.integers(0, len(conflict_types), n)],
    )
    unique, inverse = np.unique(kinds, return_inverse=True)
    quad = np.array([PLOVER_QUAD[str(k)] for k in unique], dtype=np.int8)[inverse]
    goldstein = np.where(cooperative, rng.uniform(0.5, 8, n), rng.uniform(-10, -0.5, n)).round(1)
    modality = np.array(["asserted", "intent", "negated", "hypothetical", "background"])[
        rng.choice(5, n, p=[0.8, 0.08, 0.04, 0.04, 0.04])
    ]
    names = np.array([f"A{i:03d}" for i in range(ACTORS)])
    ids = np.char.add("e", np.arange(n).astype(str))
    return pa.table(
        {
            "event_id": ids,
            "doc_id": np.char.add("d", (np.arange(n) // 4).astype(str)),
            "date": pa.array(dates.astype("datetime64[D]"), pa.date32()),
            "event": kinds,
            "cameo": np.full(n, "040"),
            "root": np.full(n, "04"),
            "quad_code": quad,
            "goldstein": goldstein,
            "modality": modality,
            "source": names[source],
            "source_sector": np.full(n, "GOV"),
            "target": names[target],
            "target_sector": np.full(n, ""),
            "text": np.char.add("Synthetic sentence number ", np.arange(n).astype(str)),
            "coder": np.full(n, "synthetic"),
        },
        schema=ARROW_SCHEMA,
    )


def timed(label: str, repeat: int, func: Callable[[], Any]) -> Any:
    best, result = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = func()
        best = min(best, time.perf_counter() - t0)
    size = len(result) if hasattr(result, "__len__") else ""
    print(f"{label:<48} {best:8.3f} s   ({size} rows)")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    t0 = time.perf_counter()
    table = synthetic(args.events)
    con = duckdb.connect()
    con.register("synthetic_rows", table)
    con.execute("CREATE TABLE dyads AS SELECT * FROM synthetic_rows")
    con.unregister("synthetic_rows")
    print(
        f"synthetic frame: {args.events:,} events, {ACTORS} actors, 10 years; built in {time.perf_counter() - t0:.1f} s;"
        f" DuckDB {duckdb.__version__}, {os.cpu_count()} CPUs"
    )
    scope = Scope(keep_bare_sectors=True)
    r = args.repeat
    timed("dyad series, all dyads, month", r, lambda: dyad_series(con, "dyads", directed=False, scope=scope).fetchall())
    timed(
        "dyad series, one actor, month x PLOVER type",
        r,
        lambda: dyad_series(con, "dyads", actor="A000", by=("event",), scope=scope).fetchall(),
    )
    timed("alignment index, all dyads, month", r, lambda: alignment(con, "dyads", scope=scope).fetchall())
    found = timed("shifts, one actor (A000), month", r, lambda: shifts(con, "dyads", "A000", scope=scope))
    weekly = ShiftOptions(freq="week")
    timed("shifts, one actor (A000), week", r, lambda: shifts(con, "dyads", "A000", options=weekly, scope=scope))
    year = Scope(since=dt.date(2020, 1, 1), until=dt.date(2020, 12, 31), keep_bare_sectors=True)
    timed("blocs, one period (2020)", r, lambda: blocs(con, "dyads", period="year", scope=year))
    timed("blocs, ten periods (years)", 1, lambda: blocs(con, "dyads", period="year", scope=scope))
    planted = [(s.partner, s.direction, s.change_date.isoformat()) for s in found if s.partner in ("A001", "A002")]
    print(f"planted turn found: {planted}")


if __name__ == "__main__":
    main()
