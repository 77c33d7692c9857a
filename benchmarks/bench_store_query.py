"""A dyad-by-month query on a store of synthetic events (target: under 1 s for 1M events).

Usage:  python benchmarks/bench_store_query.py [--events 1000000] [--db PATH]

The events are generated in SQL straight into the store's schema (40 actors, 16
event types, 2015-2025), two actor rows per event in ``event_actors`` as the coder
writes them. Queries timed (best of 5, warm): counts and mean Goldstein per
actor→recipient dyad and month over all events, the monthly series of one dyad,
and every dyad of one actor by month.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from sanderling.store import Store

ACTORS = "MLI BFA NER TCD SEN GIN CIV GHA TGO BEN NGA CMR DZA MAR MRT LBY EGY SDN ETH KEN FRA RUS CHN USA TUR GBR DEU ITA ESP UKR IRN ARE SAU QAT IND BRA IGOWAFWAS IGOAFRAU IGOEUREEC IGOUNO".split()  # noqa: SIM905
TYPES = "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT".split()  # noqa: SIM905

BUILD = """
INSERT INTO events (event_id, coder, doc_id, current, date, event, cameo, root, quad_code, goldstein, modality, actor_codes, recipient_codes, record)
SELECT printf('%016x', i), 'bench', 'doc' || (i // 4), TRUE,
       DATE '2015-01-01' + CAST(hash(i) % 4018 AS INTEGER),
       $types[(1 + hash(i * 3) % 16)::BIGINT], '0' || (1 + hash(i * 3) % 16), '0' || (1 + hash(i * 3) % 16),
       1 + hash(i * 5) % 4, (hash(i * 7) % 200) / 10.0 - 10.0, 'asserted',
       [$actors[(1 + hash(i * 11) % 40)::BIGINT]], [$actors[(1 + hash(i * 13) % 40)::BIGINT]], '{}'
FROM range($n) t(i);
INSERT INTO event_actors (event_id, coder, doc_id, current, date, event, cameo, quad_code, goldstein, modality, side, position, code, sector, cameo_code, country)
SELECT event_id, coder, doc_id, TRUE, date, event, cameo, quad_code, goldstein, modality, 'actor', 0, actor_codes[1], 'GOV', actor_codes[1] || 'GOV', actor_codes[1] FROM events
UNION ALL
SELECT event_id, coder, doc_id, TRUE, date, event, cameo, quad_code, goldstein, modality, 'recipient', 0, recipient_codes[1], '', recipient_codes[1], recipient_codes[1] FROM events;
"""

ALL_DYADS = """
SELECT date_trunc('month', date) AS month, actor, recipient, count(*) AS n, avg(goldstein) AS goldstein
FROM dyads WHERE modality NOT IN ('negated', 'hypothetical')
GROUP BY ALL ORDER BY month, actor, recipient
"""

ONE_DYAD = """
SELECT date_trunc('month', a.date) AS month, count(*) AS n, avg(a.goldstein) AS goldstein,
       count(*) FILTER (WHERE a.quad_code <= 2) AS cooperative
FROM event_actors a JOIN event_actors r ON a.event_id = r.event_id AND a.coder = r.coder
WHERE a.current AND a.side = 'actor' AND a.code = 'MLI' AND r.side = 'recipient' AND r.code = 'RUS'
GROUP BY ALL ORDER BY month
"""


ONE_ACTOR = """
SELECT date_trunc('month', date) AS month, actor, recipient, count(*) AS n, avg(goldstein) AS goldstein
FROM dyads WHERE actor = 'MLI' OR recipient = 'MLI'
GROUP BY ALL ORDER BY month, actor, recipient
"""


def timed(store: Store, sql: str, repeats: int = 5) -> tuple[float, int]:
    best, rows = float("inf"), 0
    for _ in range(repeats):
        started = time.perf_counter()
        rows = store.con.sql(sql).to_arrow_table().num_rows  # columnar fetch, as analytics read it
        best = min(best, time.perf_counter() - started)
    return best, rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", help="Store file (default: a temporary one).")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(args.db or Path(tmp) / "bench.duckdb")
        with Store(db) as store:
            started = time.perf_counter()
            sql = BUILD.replace("$types", str(TYPES)).replace("$actors", str(ACTORS)).replace("$n", str(args.events))
            store.con.execute(sql)
            print(
                f"built {args.events:,} events ({2 * args.events:,} actor rows) in {time.perf_counter() - started:.1f} s"
            )
            store.con.execute("CHECKPOINT")
        with Store(db, read_only=True) as store:
            for name, query in (
                ("all dyads by month", ALL_DYADS),
                ("MLI->RUS by month", ONE_DYAD),
                ("MLI with everyone by month", ONE_ACTOR),
            ):
                seconds, rows = timed(store, query)
                print(f"{name}: {seconds * 1000:.0f} ms ({rows:,} rows)")


if __name__ == "__main__":
    main()
