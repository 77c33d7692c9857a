"""Dyad series and the alignment index, computed in DuckDB SQL over a dyad frame."""

from __future__ import annotations

from collections.abc import Sequence

import duckdb

from ..errors import AnalysisError
from .scope import Scope, _quote, check_freq, period_sql, scoped, step_interval

#: Grouping columns a series may be split by.
BREAKDOWNS: dict[str, str] = {
    "event": "event",
    "quad": "plover_quad",
    "quad_class": "quad_code",
    "root": "root",
    "source_org": "source_org",
    "target_org": "target_org",
}


def _pair_filter(left: str, right: str, pair: Sequence[str] | None, actor: str | None, directed: bool) -> list[str]:
    where = []
    if pair is not None:
        if len(pair) != 2:
            raise AnalysisError(f"a dyad has two actors, not {len(pair)}", "give two codes, e.g. MLI RUS")
        x, y = (_quote(p.upper()) for p in pair)
        if directed:
            where.append(f"{left} = {x} AND {right} = {y}")
        else:
            where.append(f"(({left} = {x} AND {right} = {y}) OR ({left} = {y} AND {right} = {x}))")
    if actor is not None:
        code = _quote(actor.upper())
        where.append(f"({left} = {code} OR {right} = {code})")
    return where


def _series_sql(
    con: duckdb.DuckDBPyConnection,
    frame: str | duckdb.DuckDBPyRelation,
    freq: str,
    directed: bool,
    by: Sequence[str],
    pair: Sequence[str] | None,
    actor: str | None,
    scope: Scope | None,
) -> tuple[str, str]:
    """The SQL of a series (unordered) and its ORDER BY keys."""
    view = scoped(con, frame, scope)
    left, right = ("source", "target") if directed else ("a", "b")
    unknown = [b for b in by if b not in BREAKDOWNS]
    if unknown:
        raise AnalysisError(f"cannot break a series down by {unknown}", f"use any of {', '.join(BREAKDOWNS)}")
    extra = "".join(f", {BREAKDOWNS[b]} AS {b}" for b in by)
    where = _pair_filter(left, right, pair, actor, directed) or ["TRUE"]
    sql = f"""
    SELECT {period_sql(freq)} AS period, {left}, {right}{extra},
           count(*) AS events,
           count(*) FILTER (WHERE sign > 0) AS cooperation,
           count(*) FILTER (WHERE sign < 0) AS conflict,
           CAST(sum(sign) AS BIGINT) AS net,
           sum(goldstein) AS goldstein_sum, avg(goldstein) AS goldstein_mean,
           CAST(sum(plover_score) AS BIGINT) AS plover_sum, avg(plover_score) AS plover_mean
    FROM {view}
    WHERE {" AND ".join(where)}
    GROUP BY ALL
    """
    return sql, f"{left}, {right}" + "".join(f", {b}" for b in by) + ", period"


def dyad_series(
    con: duckdb.DuckDBPyConnection,
    frame: str | duckdb.DuckDBPyRelation,
    *,
    freq: str = "month",
    directed: bool = True,
    by: Sequence[str] = (),
    pair: Sequence[str] | None = None,
    actor: str | None = None,
    scope: Scope | None = None,
) -> duckdb.DuckDBPyRelation:
    """Events per period and dyad.

    Directed series have columns ``period, source, target``; undirected ones
    ``period, a, b`` (the two codes sorted). ``by`` adds breakdown columns (keys of
    :data:`BREAKDOWNS`: ``event`` for the PLOVER type, ``quad`` for the PLOVER quad,
    ``quad_class`` for CAMEO's). ``pair`` keeps one dyad, ``actor`` the dyads of one
    actor. Measures: ``events``, ``cooperation``, ``conflict``, ``net`` (cooperation -
    conflict), ``goldstein_sum``, ``goldstein_mean``, ``plover_sum``, ``plover_mean``
    (the PLOVER score: ±1 verbal, ±2 material). Ordered by dyad, breakdown, period.
    """
    sql, keys = _series_sql(con, frame, check_freq(freq), directed, by, pair, actor, scope)
    return con.sql(f"{sql} ORDER BY {keys}")


def alignment(
    con: duckdb.DuckDBPyConnection,
    frame: str | duckdb.DuckDBPyRelation,
    *,
    freq: str = "month",
    window: int = 3,
    z: float = 1.96,
    directed: bool = False,
    pair: Sequence[str] | None = None,
    actor: str | None = None,
    scope: Scope | None = None,
) -> duckdb.DuckDBPyRelation:
    """The alignment index per dyad and period: cooperation against conflict.

    For each dyad and period with events, the counts of cooperative (``c``) and
    conflictual (``k``) events in the trailing ``window`` periods (this one and the
    ``window - 1`` before) give:

    * ``index`` — the raw index of the period alone, ``(c - k) / (c + k)`` in [-1, 1];
    * ``smoothed`` — the posterior mean of the window under a uniform prior,
      ``(C - K) / (C + K + 2)``: near 0 when few events support it;
    * ``low``, ``high`` — the Wilson score interval (``z``) of the cooperative share,
      mapped to [-1, 1];
    * ``confidence`` — ``1 - (high - low) / 2``, in [0, 1): it grows with the number of
      events in the window.
    """
    if window < 1:
        raise AnalysisError(f"window {window} is not a number of periods", "use 1 or more, e.g. --window 3")
    check_freq(freq)
    series, _ = _series_sql(con, frame, freq, directed, (), pair, actor, scope)
    left, right = ("source", "target") if directed else ("a", "b")
    span = step_interval(freq, window - 1)
    zz = float(z) ** 2
    sql = f"""
    WITH series AS ({series}), w AS (
        SELECT period, {left}, {right}, events, cooperation, conflict,
               sum(cooperation) OVER win AS window_cooperation,
               sum(conflict) OVER win AS window_conflict
        FROM series
        WINDOW win AS (PARTITION BY {left}, {right} ORDER BY period
                       RANGE BETWEEN {span} PRECEDING AND CURRENT ROW)
    ), s AS (
        SELECT *, window_cooperation + window_conflict AS window_events,
               window_cooperation / nullif(window_cooperation + window_conflict, 0) AS p
        FROM w
    ), wilson AS (
        SELECT *,
            (p + {zz} / (2 * window_events)) / (1 + {zz} / window_events) AS centre,
            sqrt({zz}) * sqrt(p * (1 - p) / window_events + {zz} / (4 * window_events * window_events))
                / (1 + {zz} / window_events) AS half
        FROM s
    )
    SELECT period, {left}, {right}, events, cooperation, conflict,
           CAST(window_events AS BIGINT) AS window_events,
           CAST(window_cooperation AS BIGINT) AS window_cooperation,
           CAST(window_conflict AS BIGINT) AS window_conflict,
           (cooperation - conflict) / nullif(cooperation + conflict, 0) AS "index",
           (window_cooperation - window_conflict) / (window_events + 2.0) AS smoothed,
           coalesce(2 * (centre - half) - 1, -1.0) AS low,
           coalesce(2 * (centre + half) - 1, 1.0) AS high,
           coalesce(1 - half * 2, 0.0) AS confidence
    FROM wilson
    ORDER BY {left}, {right}, period
    """
    return con.sql(sql)
