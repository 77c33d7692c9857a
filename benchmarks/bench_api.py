"""Load on the REST API over loopback: p50/p95 latency of /api/events and /api/dyads, and
requests/s at 16 concurrent clients, on the bundled store and a synthetic store.

Usage:  python benchmarks/bench_api.py [--bundled DB] [--events 1000000] [--requests 400]

Targets (issue 8): p95 under 50 ms on the bundled store and under 300 ms on one
million events. The server runs as ``sanderling serve`` in its own process (so the
load generator does not share its interpreter); requests are bounded in number and
go to 127.0.0.1 only. The synthetic store is generated in SQL into the store's schema
(as benchmarks/bench_store_query.py does, 40 actors, 16 event types, 2015-2025), with a
PLOVER record per event so the API serves it as it serves a real one.

Each endpoint is timed three ways: one client asking each question for the first time
(dyads: distinct pairs, so no answer comes from the server's per-store cache of
analysis results), one client asking the same questions again, and 16 concurrent
clients asking new ones.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from sanderling.store import Store

ROOT = Path(__file__).resolve().parent.parent
ACTORS = "MLI BFA NER TCD SEN GIN CIV GHA TGO BEN NGA CMR DZA MAR MRT LBY EGY SDN ETH KEN FRA RUS CHN USA TUR GBR DEU ITA ESP UKR IRN ARE SAU QAT IND BRA IGOWAFWAS IGOAFRAFU IGOEUREEC IGOUNO".split()  # noqa: SIM905
TYPES = "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT".split()  # noqa: SIM905

BUILD = """
CREATE TEMP TABLE gen AS
SELECT i, printf('%016x', i) AS event_id, 'doc' || (i // 4) AS doc_id,
       DATE '2015-01-01' + CAST(hash(i) % 4018 AS INTEGER) AS date,
       $types[(1 + hash(i * 3) % 16)::BIGINT] AS event, 1 + hash(i * 3) % 16 AS t,
       $actors[(1 + hash(i * 11) % 40)::BIGINT] AS a, $actors[(1 + (hash(i * 11) % 40 + 1 + hash(i * 13) % 39) % 40)::BIGINT] AS r,
       (hash(i * 7) % 200) / 10.0 - 10.0 AS goldstein
FROM range($n) t(i);
INSERT INTO events (event_id, coder, doc_id, current, date, event, cameo, root, quad_code, goldstein, modality,
                    sentence, sentence_index, sentence_start, sentence_end, trigger_start, trigger_end,
                    actor_codes, recipient_codes, country_code, record)
SELECT event_id, 'bench', doc_id, TRUE, date, event, lpad(CAST(t AS VARCHAR), 2, '0') || '0',
       lpad(CAST(t AS VARCHAR), 2, '0'), CASE WHEN t <= 4 THEN 1 WHEN t <= 7 THEN 2 WHEN t <= 11 THEN 3 ELSE 4 END,
       goldstein, 'asserted', a || ' did ' || event || ' to ' || r || '.', 0, 0, 20, 4, 8, [a], [r], a,
       json_object('id', event_id, 'doc_id', doc_id, 'date', CAST(date AS VARCHAR), 'event', event,
                   'cameo', lpad(CAST(t AS VARCHAR), 2, '0') || '0', 'quad_code', CASE WHEN t <= 4 THEN 1 WHEN t <= 7 THEN 2 WHEN t <= 11 THEN 3 ELSE 4 END,
                   'goldstein', goldstein, 'modality', 'asserted', 'text', a || ' did ' || event || ' to ' || r || '.',
                   'actor', [json_object('code', a, 'sector', 'GOV', 'entity_text', a, 'country', a)],
                   'recipient', [json_object('code', r, 'sector', '', 'entity_text', r, 'country', r)],
                   'text_info', json_object('doc_id', doc_id, 'sentence_index', 0, 'sentence_start', 0, 'sentence_end', 20,
                                            'trigger_start', 4, 'trigger_end', 8, 'actor_offsets', [[0, 3]], 'recipient_offsets', [[16, 19]]),
                   'event_loc', json_object('country_code', a), 'coder', 'bench')
FROM gen;
INSERT INTO event_actors (event_id, coder, doc_id, current, date, event, cameo, quad_code, goldstein, modality, side, position, code, sector, cameo_code, country)
SELECT event_id, coder, doc_id, TRUE, date, event, cameo, quad_code, goldstein, modality, 'actor', 0, actor_codes[1], 'GOV', actor_codes[1] || 'GOV', actor_codes[1] FROM events
UNION ALL
SELECT event_id, coder, doc_id, TRUE, date, event, cameo, quad_code, goldstein, modality, 'recipient', 0, recipient_codes[1], '', recipient_codes[1], recipient_codes[1] FROM events;
"""


def build_synthetic(db: Path, n: int) -> float:
    started = time.perf_counter()
    with Store(db) as store:
        sql = BUILD.replace("$types", str(TYPES)).replace("$actors", str(ACTORS)).replace("$n", str(n))
        store.con.execute(sql)
        store.con.execute("CHECKPOINT")
    return time.perf_counter() - started


def build_bundled(db: Path) -> None:
    from sanderling.scale.runner import RunConfig, ingest

    ingest([str(ROOT / "examples" / "corpus")], RunConfig(str(db)))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: Path) -> tuple[subprocess.Popen[bytes], str, float]:
    port = free_port()
    exe = Path(sys.executable).parent / "sanderling"
    started = time.perf_counter()
    proc = subprocess.Popen(
        [str(exe), "serve", "--db", str(db), "--port", str(port), "--no-code"],
        env={**os.environ, "SANDERLING_TOKEN": ""},
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(1200):
        try:
            if httpx.get(base + "/api/health", timeout=2).status_code == 200:
                return proc, base, time.perf_counter() - started
        except httpx.HTTPError:
            pass
        if proc.poll() is not None:
            raise SystemExit(f"the server exited with {proc.returncode}")
        time.sleep(0.1)
    proc.terminate()
    raise SystemExit("the server did not start in 120 s")


def urls(kind: str, n: int, actors: list[str], seed: int = 1) -> list[str]:
    """``n`` distinct request paths (dyads: distinct pairs, so none is answered from cache)."""
    rng = random.Random(seed)
    out: list[str] = []
    seen: set[str] = set()
    while len(out) < n and len(seen) < 50 * n:
        if kind == "events":
            params = rng.choice([f"either={rng.choice(actors)}", f"actor={rng.choice(actors)}&type={rng.choice(TYPES)}",
                                 f"since=2020&until=2022&quad={rng.randint(1, 4)}", f"offset={rng.randint(0, 500)}"])  # fmt: skip
            path = f"/api/events?limit=50&{params}"
        else:
            a, b = rng.sample(actors, 2)
            path = f"/api/dyads/{a}/{b}?freq=month"
        if kind == "events" or path not in seen:
            out.append(path)
        seen.add(path)
    return out


async def load(base: str, paths: list[str], concurrency: int) -> tuple[list[float], float, int]:
    """Latencies (s) of every request, wall time, and errors, with ``concurrency`` clients."""
    latencies: list[float] = []
    errors = 0
    queue = list(reversed(paths))
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=httpx.Limits(max_connections=concurrency)) as client:

        async def worker() -> None:
            nonlocal errors
            while queue:
                path = queue.pop()
                started = time.perf_counter()
                response = await client.get(path)
                latencies.append(time.perf_counter() - started)
                errors += response.status_code >= 400

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
    return latencies, time.perf_counter() - started, errors


def pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1] * 1000


def bench(label: str, db: Path, requests: int, actors: list[str] | None) -> None:
    proc, base, startup = start_server(db)
    try:
        print(
            f"\n{label}: server ready in {startup:.1f} s ({httpx.get(base + '/api/health').json()['events']:,} events)"
        )
        if actors is None:
            actors = [a["code"] for a in httpx.get(base + "/api/actors?limit=30").json()["actors"]]
        for kind in ("events", "dyads"):
            asyncio.run(load(base, urls(kind, 10, actors, seed=99), 2))  # warm-up (other pairs)
            paths = urls(kind, requests, actors)
            cold, _, e1 = asyncio.run(load(base, paths, 1))
            warm, _, e2 = asyncio.run(load(base, paths, 1))
            many, wall, e3 = asyncio.run(load(base, urls(kind, requests, actors, seed=2), 16))
            print(
                f"  /api/{kind} ({len(paths)} requests per run, {e1 + e2 + e3} errors)\n"
                f"    1 client, first time: p50 {pct(cold, 50):.1f} ms, p95 {pct(cold, 95):.1f} ms\n"
                f"    1 client, repeated:   p50 {pct(warm, 50):.1f} ms, p95 {pct(warm, 95):.1f} ms\n"
                f"    16 clients:           p50 {pct(many, 50):.1f} ms, p95 {pct(many, 95):.1f} ms, {len(many) / wall:.0f} req/s"
            )
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundled", type=Path, help="A store of the bundled corpus (default: ingest one now).")
    parser.add_argument("--events", type=int, default=1_000_000, help="Synthetic events (0: skip).")
    parser.add_argument("--synthetic", type=Path, help="Reuse this synthetic store instead of building one.")
    parser.add_argument("--requests", type=int, default=400, help="Requests per endpoint and run.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        bundled = args.bundled or Path(tmp) / "bundled.duckdb"
        if not bundled.exists():
            build_bundled(bundled)
        bench("bundled corpus", bundled, args.requests, None)
        if args.events:
            synthetic = args.synthetic or Path(tmp) / "synthetic.duckdb"
            if not synthetic.exists():
                print(f"\nbuilt {args.events:,} synthetic events in {build_synthetic(synthetic, args.events):.1f} s")
            bench(f"{args.events:,} synthetic events", synthetic, args.requests, ACTORS)


if __name__ == "__main__":
    main()
