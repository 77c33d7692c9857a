"""A thin adapter over :mod:`sanderling.analysis` for the API: each function takes an
analysis cursor (:meth:`Database.analysing`), calls the public analysis functions on
the shared dyad frame and returns plain rows for the response models.

The analysis package builds its SQL with quoted literals; codes reach it only after
:func:`sanderling.api.queries.actor_code` has checked them (letters and digits)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import duckdb

from ..analysis import Scope, ShiftOptions, alignment, bloc_changes, blocs, dyad_series, shifts
from ..analysis.blocs import BlocChange, BlocPeriod
from ..analysis.scope import period_label
from ..analysis.shifts import Shift
from .database import FRAME

#: Frames with more rows than this are cut to one actor's rows before an analysis.
SMALL_FRAME = 50_000


def _rows_of(con: duckdb.DuckDBPyConnection, actor: str, name: str = "_actor_rows") -> str:
    """Temporary table ``name``: the frame's rows with ``actor`` on either side. Every
    analysis of the actor (or of one of its dyads) reads only these, so a large store is
    scanned once per request, not once per analysis (a small frame is read as it is)."""
    size = con.execute(f"SELECT count(*) FROM {FRAME}").fetchall()
    if size and int(size[0][0]) <= SMALL_FRAME:
        return FRAME
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE {name} AS SELECT * FROM {FRAME} WHERE source = ? OR target = ?", [actor, actor]
    )
    return name


def _pair_rows(con: duckdb.DuckDBPyConnection, frame: str, a: str, b: str, name: str = "_pair_rows") -> str:
    """Temporary table ``name``: the rows of ``frame`` between ``a`` and ``b``."""
    if frame == FRAME:  # a small frame is read as it is
        return frame
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE {name} AS SELECT * FROM {frame} "
        "WHERE (source = ? AND target = ?) OR (source = ? AND target = ?)",
        [a, b, b, a],
    )
    return name


def _records(rel: duckdb.DuckDBPyRelation) -> list[dict[str, Any]]:
    columns = rel.columns
    return [dict(zip(columns, row, strict=True)) for row in rel.fetchall()]


@dataclass(frozen=True)
class DyadRows:
    periods: list[dict[str, Any]]  # one per period: counts, by quad, alignment
    shifts: list[Shift]


def dyad(con: duckdb.DuckDBPyConnection, a: str, b: str, freq: str, scope: Scope, with_shifts: bool = True) -> DyadRows:
    """The undirected series of ``a``–``b``: counts, PLOVER quads and alignment per period."""
    pair = (a, b)
    frame = _rows_of(con, a)  # shifts need all of a's rows: silence before a turn counts
    pair_rows = _pair_rows(con, frame, a, b)  # the series and alignment need only the dyad's
    align = {r["period"]: r for r in _records(alignment(con, pair_rows, freq=freq, pair=pair, scope=scope))}
    table: dict[dt.date, dict[str, Any]] = {}
    # one series broken down by PLOVER quad; the period totals are its sums
    for row in _records(dyad_series(con, pair_rows, freq=freq, directed=False, by=("quad",), pair=pair, scope=scope)):
        p = row["period"]
        t = table.setdefault(p, {"events": 0, "cooperation": 0, "conflict": 0, "net": 0, "goldstein": 0.0,
                                 "q1": 0, "q2": 0, "q3": 0, "q4": 0})  # fmt: skip
        for key in ("events", "cooperation", "conflict", "net"):
            t[key] += int(row[key])
        t["goldstein"] += float(row["goldstein_sum"] or 0.0)
        if row["quad"] in (1, 2, 3, 4):
            t[f"q{int(row['quad'])}"] += int(row["events"])
    periods = []
    for p in sorted(table):
        t = table[p]
        al = align.get(p, {})
        periods.append(
            {
                "period": p.isoformat(),
                "label": period_label(p, freq),
                **{k: t[k] for k in ("events", "cooperation", "conflict", "net", "q1", "q2", "q3", "q4")},
                "goldstein_mean": round(t["goldstein"] / t["events"], 4) if t["events"] else None,
                "index": _num(al.get("index")),
                "smoothed": _num(al.get("smoothed")),
                "low": _num(al.get("low")),
                "high": _num(al.get("high")),
            }
        )
    found = shifts(con, frame, a, options=ShiftOptions(freq=freq), scope=scope, partners=[b]) if with_shifts else []
    return DyadRows(periods, found)


@dataclass(frozen=True)
class ActorRows:
    partners: list[dict[str, Any]]  # code, events, cooperation, conflict (busiest first)
    series: dict[str, dict[str, dict[str, Any]]]  # partner -> period -> point
    periods: list[str]
    shifts: list[Shift]


def actor(con: duckdb.DuckDBPyConnection, code: str, freq: str, scope: Scope, top: int) -> ActorRows:
    """The actor's partners (busiest first), their series and alignment, and its shifts."""
    totals: dict[str, dict[str, Any]] = {}
    points: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    all_periods: set[str] = set()
    frame = _rows_of(con, code)
    for row in _records(dyad_series(con, frame, freq=freq, directed=False, actor=code, scope=scope)):
        partner = row["b"] if row["a"] == code else row["a"]
        t = totals.setdefault(partner, {"code": partner, "events": 0, "cooperation": 0, "conflict": 0})
        for key in ("events", "cooperation", "conflict"):
            t[key] += int(row[key])
        period = row["period"].isoformat()
        all_periods.add(period)
        points[partner][period] = {
            "period": period,
            "cooperation": int(row["cooperation"]),
            "conflict": int(row["conflict"]),
        }
    found = shifts(con, frame, code, options=ShiftOptions(freq=freq), scope=scope)
    ranked = sorted(totals.values(), key=lambda t: (-t["events"], t["code"]))
    chosen = [s.partner for s in found if s.partner in totals]
    for t in ranked:
        if len(chosen) >= top:
            break
        if t["code"] not in chosen:
            chosen.append(t["code"])
    for row in _records(alignment(con, frame, freq=freq, actor=code, scope=scope)):
        partner = row["b"] if row["a"] == code else row["a"]
        if partner not in chosen:
            continue
        point = points[partner].setdefault(row["period"].isoformat(), {"period": row["period"].isoformat()})
        point.update(smoothed=_num(row["smoothed"]), low=_num(row["low"]), high=_num(row["high"]))
    return ActorRows(
        partners=ranked,
        series={p: points[p] for p in chosen},
        periods=sorted(all_periods),
        shifts=found,
    )


@dataclass(frozen=True)
class NetworkRows:
    periods: list[BlocPeriod]
    changes: list[BlocChange]


def network(con: duckdb.DuckDBPyConnection, freq: str, scope: Scope) -> NetworkRows:
    periods = blocs(con, FRAME, period=freq, scope=scope)
    return NetworkRows(periods, bloc_changes(periods))


def shift_dicts(found: Sequence[Shift]) -> list[dict[str, Any]]:
    return [s.to_dict() for s in found]


def _num(value: Any) -> float | None:
    if value is None:
        return None
    number = float(value)
    return None if number != number else round(number, 4)  # NaN → None
