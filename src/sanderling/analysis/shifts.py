"""Shift detection: for one actor, when and how its relation with each partner changed.

For every partner of the actor, the dyad series (both directions) is laid out on a
regular time axis from the actor's first to its last period: per period, the number
of cooperative and of conflictual events (0 and 0 in a period with no event, so that a
relation that starts from nothing can shift too). Recalled history is left out of
the axis: a few events (at most ``history_share`` of the actor's) dated before a gap
of ``history_gap_days`` with no event of the actor ("Moscow shut its embassy in 1992"
in a report of 2023) would add years of empty periods, which read as a long quiet
relation and hide the turns of the years the reports cover.

Change points come from ``ruptures`` (binary segmentation: the best split, then the
best split of each half, while a split pays its penalty) with a cost fit for counts: each segment
is two Poisson processes, cooperation and conflict, at constant rates, and its cost
is the Poisson deviance. A least-squares cost would treat one busy month (a summit
reported ten times) like a change of regime; the Poisson cost expects bursts to be
noisier. The number of change points is chosen by BIC: a penalty of
``(2 rates + 1 location) × log(periods)`` per change, times ``penalty``.

Each change is then tested against its neighbouring segments: the mean net
cooperation per period (cooperative minus conflictual events) on each side, and the
difference in standard errors (``z``, the error taken from the Poisson counts with one
pseudo-event per side so that an empty side is not taken as certain). Changes below
``z_min`` are dropped, the weakest first, and their segments merged.

A shift is ``toward`` the partner when net cooperation per period rose to a
cooperative relation (above 0), ``away`` when it fell to a conflictual one (below 0).
A change that ends in silence or in a balance (conflict easing to nothing,
cooperation fading when the reports stop, the end of a burst) is neither and is not
reported: silence in the news is not a turn.

The evidence of each side is the events that carry its direction (the cooperative
ones on a cooperative side), strongest Goldstein weight first, one per sentence.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import duckdb
import numpy as np
from ruptures.base import BaseCost

from ..errors import AnalysisError
from .scope import Scope, _quote, check_freq, period_sql, period_starts, scoped

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Evidence:
    """One event behind a number, with its sentence."""

    event_id: str
    doc_id: str
    date: dt.date
    event: str
    cameo: str
    goldstein: float
    source: str
    target: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "doc_id": self.doc_id,
            "date": self.date.isoformat(),
            "event": self.event,
            "cameo": self.cameo,
            "goldstein": self.goldstein,
            "source": self.source,
            "target": self.target,
            "text": self.text,
        }


@dataclass(frozen=True)
class Shift:
    """A change in an actor's relation with a partner.

    ``before`` and ``after`` are the mean net cooperation per period (cooperative
    minus conflictual events) on either side of ``change_date``; ``size`` is
    ``after - before``; ``z`` the difference in standard errors. ``start`` and ``end``
    bound the two segments compared (``end`` exclusive).
    """

    actor: str
    partner: str
    direction: str  # toward | away
    change_date: dt.date
    before: float
    after: float
    size: float
    z: float
    events_before: int
    events_after: int
    cooperation_before: int
    conflict_before: int
    cooperation_after: int
    conflict_after: int
    start: dt.date
    end: dt.date
    freq: str
    evidence_before: tuple[Evidence, ...] = field(default=())
    evidence_after: tuple[Evidence, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {
            "actor": self.actor,
            "partner": self.partner,
            "direction": self.direction,
            "change_date": self.change_date.isoformat(),
            "before": round(self.before, 4),
            "after": round(self.after, 4),
            "size": round(self.size, 4),
            "z": round(self.z, 2),
            "freq": self.freq,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "events_before": self.events_before,
            "events_after": self.events_after,
            "cooperation_before": self.cooperation_before,
            "conflict_before": self.conflict_before,
            "cooperation_after": self.cooperation_after,
            "conflict_after": self.conflict_after,
            "evidence": {
                "before": [e.to_dict() for e in self.evidence_before],
                "after": [e.to_dict() for e in self.evidence_after],
            },
        }


@dataclass(frozen=True)
class ShiftOptions:
    """Tuning of :func:`shifts` (the defaults are argued in the module docstring)."""

    freq: str = "month"
    penalty: float = 1.0  # times the BIC penalty per change point
    min_periods: int = 3  # shortest segment, in periods
    min_events: int = 6  # events a change needs (both segments together)
    z_min: float = 1.96  # smallest difference kept, in standard errors
    evidence: int = 3  # events shown on each side
    history_share: float = 0.05  # at most this share of the actor's earliest events is recalled history
    history_gap_days: int = 730  # ... when a gap this long separates them from the rest


def _after_history(con: duckdb.DuckDBPyConnection, view: str, options: ShiftOptions) -> dt.date | None:
    """The first date after the actor's recalled history (see the module docstring), or
    None when its events have no such leading stretch."""
    total = con.execute(f"SELECT count(*) FROM {view}").fetchall()[0][0]
    leading = int(options.history_share * total)  # the most events history may hold
    if leading < 1:
        return None
    rows = con.execute(f"SELECT date FROM {view} ORDER BY date LIMIT {leading + 1}").fetchall()
    dates = [row[0] for row in rows]
    start = None
    for k in range(1, len(dates)):
        if (dates[k] - dates[k - 1]).days >= options.history_gap_days:
            start = dates[k]
    return start


def _partner_counts(
    con: duckdb.DuckDBPyConnection, view: str, actor: str, freq: str, partners: Sequence[str] | None
) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray, np.ndarray, list[dt.date]]:
    """Per partner and period of the actor: cooperative and conflictual counts as
    dense arrays on the actor's period axis."""
    code = _quote(actor)
    where = f"(source = {code} OR target = {code})"
    if partners:
        where += " AND partner IN (" + ", ".join(_quote(p.upper()) for p in partners) + ")"
    bounds = con.execute(
        f"SELECT min({period_sql(freq)}), max({period_sql(freq)}) FROM {view} WHERE source = {code} OR target = {code}"
    ).fetchall()  # fetch to the end: DuckDB blocks the connection on an unfinished result
    span = bounds[0] if bounds else None
    if span is None or span[0] is None:
        empty = np.zeros((0, 0), dtype=np.int64)
        return [], empty, empty, empty, empty, []
    axis = period_starts(span[0], span[1], freq)
    rows = con.execute(
        f"""
        SELECT partner, {period_sql(freq)} AS period,
               count(*) FILTER (WHERE sign > 0) AS cooperation,
               count(*) FILTER (WHERE sign < 0) AS conflict
        FROM (SELECT *, CASE WHEN source = {code} THEN target ELSE source END AS partner FROM {view})
        WHERE {where} AND sign <> 0
        GROUP BY ALL ORDER BY partner, period
        """
    ).fetchnumpy()
    names: np.ndarray = np.unique(rows["partner"].astype(str))
    index = np.searchsorted(names, rows["partner"].astype(str))
    position = {p: i for i, p in enumerate(axis)}
    cols = np.array([position[p] for p in _as_dates(rows["period"])], dtype=np.int64)
    coop = np.zeros((len(names), len(axis)), dtype=np.int64)
    conf = np.zeros((len(names), len(axis)), dtype=np.int64)
    np.add.at(coop, (index, cols), rows["cooperation"].astype(np.int64))
    np.add.at(conf, (index, cols), rows["conflict"].astype(np.int64))
    return [str(n) for n in names], coop, conf, coop - conf, coop + conf, axis


def _as_dates(values: Any) -> list[dt.date]:
    out = []
    for v in values:
        if isinstance(v, dt.date):
            out.append(v)
        else:  # numpy datetime64
            out.append(dt.date.fromisoformat(str(np.datetime64(v, "D"))))
    return out


class PoissonCost(BaseCost):
    """``ruptures`` cost of a segment of count series: the Poisson deviance of each
    column around the segment's mean rate, summed over columns. O(1) per segment."""

    model = "poisson"
    min_size = 1

    def fit(self, signal: np.ndarray) -> PoissonCost:
        counts = np.asarray(signal, dtype=float)
        if counts.ndim == 1:
            counts = counts.reshape(-1, 1)
        if np.any(counts < 0):
            raise AnalysisError("a Poisson cost needs counts", "pass non-negative event counts")
        self.signal = counts  # read by ruptures (its length)
        # running sums of c and of c*log(c) per column: the deviance of any segment in O(1)
        xlogx = np.where(counts > 0, counts * np.log(np.where(counts > 0, counts, 1.0)), 0.0)
        zero = np.zeros((1, counts.shape[1]))
        self._sums = np.vstack([zero, np.cumsum(counts, axis=0)]).T.tolist()  # plain floats: fast scalar math
        self._xlogx = np.vstack([zero, np.cumsum(xlogx, axis=0)]).T.tolist()
        return self

    def error(self, start: int, end: int) -> float:
        length = end - start
        deviance = 0.0
        for sums, xlogx in zip(self._sums, self._xlogx, strict=True):
            total = sums[end] - sums[start]
            deviance += xlogx[end] - xlogx[start]
            if total > 0:
                deviance -= total * math.log(total / length)
        return 2.0 * deviance


def change_points(counts: np.ndarray, min_size: int = 3, penalty: float = 1.0) -> list[int]:
    """Indices where the rates of the count series ``counts`` (periods × kinds, e.g.
    cooperative and conflictual events) change: binary segmentation with the Poisson
    deviance and
    the BIC penalty ``(kinds + 1) × log(periods)`` times ``penalty``; segments at least
    ``min_size`` periods long."""
    import ruptures as rpt

    counts = np.asarray(counts)
    if counts.ndim == 1:
        counts = counts.reshape(-1, 1)
    n, kinds = counts.shape
    if n < 2 * min_size or not np.any(counts != counts[0]):
        return []
    algo = rpt.Binseg(custom_cost=PoissonCost(), min_size=min_size, jump=1).fit(counts)
    return [int(b) for b in algo.predict(pen=penalty * (kinds + 1) * math.log(n))[:-1]]


def _test(net: np.ndarray, n: np.ndarray, lo: int, mid: int, hi: int) -> tuple[float, float, float]:
    """(before, after, z) for the segments [lo, mid) and [mid, hi)."""
    t_before, t_after = mid - lo, hi - mid
    before = float(net[lo:mid].sum()) / t_before
    after = float(net[mid:hi].sum()) / t_after
    var = (float(n[lo:mid].sum()) + 1) / t_before**2 + (float(n[mid:hi].sum()) + 1) / t_after**2
    return before, after, (after - before) / math.sqrt(var)


def _significant(
    net: np.ndarray, n: np.ndarray, cuts: list[int], options: ShiftOptions
) -> list[tuple[int, int, int, float, float, float]]:
    """The change points that pass the test against their neighbouring segments, as
    (lo, mid, hi, before, after, z): the weakest failing one is dropped and the rest
    re-tested (its segments merge) until all pass."""
    cuts = list(cuts)
    while cuts:
        bounds = [0, *cuts, len(net)]
        tested = []
        for j in range(1, len(bounds) - 1):
            lo, mid, hi = bounds[j - 1], bounds[j], bounds[j + 1]
            before, after, z = _test(net, n, lo, mid, hi)
            ok = abs(z) >= options.z_min and int(n[lo:hi].sum()) >= options.min_events
            tested.append((ok, abs(z), j - 1, (lo, mid, hi, before, after, z)))
        failing = [t for t in tested if not t[0]]
        if not failing:
            return [t[3] for t in tested]
        cuts.pop(min(failing, key=lambda t: t[1])[2])
    return []


def shifts(
    con: duckdb.DuckDBPyConnection,
    frame: str | duckdb.DuckDBPyRelation,
    actor: str,
    *,
    options: ShiftOptions | None = None,
    scope: Scope | None = None,
    partners: Sequence[str] | None = None,
) -> list[Shift]:
    """The shifts in ``actor``'s relations, strongest (largest ``|z|``) first."""
    options = options or ShiftOptions()
    freq = check_freq(options.freq)
    if options.min_periods < 1:
        raise AnalysisError(f"min_periods {options.min_periods} is too small", "use 1 or more")
    actor = actor.upper()
    code = _quote(actor)
    # the actor's rows, once: the counts and every evidence query read only these
    view = "_shift_rows"
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE {view} AS "
        f"SELECT * FROM {scoped(con, frame, scope)} WHERE source = {code} OR target = {code}"
    )
    start = _after_history(con, view, options)
    if start is not None:
        con.execute(f"DELETE FROM {view} WHERE date < DATE '{start.isoformat()}'")
    names, coop, conf, net, n, axis = _partner_counts(con, view, actor, freq, partners)
    if not names:
        log.info("no events of %s in the frame", actor)
        return []
    found: list[Shift] = []
    for i, partner in enumerate(names):
        if n[i].sum() < options.min_events:
            continue
        cuts = change_points(np.stack([coop[i], conf[i]], axis=1), options.min_periods, options.penalty)
        for lo, mid, hi, before, after, z in _significant(net[i], n[i], cuts, options):
            if (after > before and after <= 0) or (after < before and after >= 0):
                continue  # a relation going quiet (or conflict easing into nothing) is no turn toward/away
            end = axis[hi] if hi < len(axis) else _next_period(axis[-1], freq)
            found.append(
                Shift(
                    actor=actor,
                    partner=partner,
                    direction="toward" if after > before else "away",
                    change_date=axis[mid],
                    before=before,
                    after=after,
                    size=after - before,
                    z=z,
                    events_before=int(n[i, lo:mid].sum()),
                    events_after=int(n[i, mid:hi].sum()),
                    cooperation_before=int(coop[i, lo:mid].sum()),
                    conflict_before=int(conf[i, lo:mid].sum()),
                    cooperation_after=int(coop[i, mid:hi].sum()),
                    conflict_after=int(conf[i, mid:hi].sum()),
                    start=axis[lo],
                    end=end,
                    freq=freq,
                )
            )
    found.sort(key=lambda s: (-abs(s.z), s.partner, s.change_date))
    if options.evidence > 0:
        found = [_with_evidence(con, view, s, options.evidence) for s in found]
    return found


def _next_period(start: dt.date, freq: str) -> dt.date:
    if freq == "week":
        return start + dt.timedelta(days=7)
    step = {"month": 1, "quarter": 3, "year": 12}[freq]
    month = start.month - 1 + step
    return dt.date(start.year + month // 12, month % 12 + 1, 1)


def _with_evidence(con: duckdb.DuckDBPyConnection, view: str, shift: Shift, limit: int) -> Shift:
    before_sign = 1 if shift.before > 0 else -1 if shift.before < 0 else 0
    after_sign = 1 if shift.after > 0 else -1 if shift.after < 0 else 0
    if before_sign == 0:  # nothing before: show what little there was against the turn
        before_sign = -after_sign
    if after_sign == 0:
        after_sign = -before_sign
    return _replace_evidence(
        shift,
        evidence(con, view, shift.actor, shift.partner, shift.start, shift.change_date, before_sign, limit),
        evidence(con, view, shift.actor, shift.partner, shift.change_date, shift.end, after_sign, limit),
    )


def _replace_evidence(shift: Shift, before: tuple[Evidence, ...], after: tuple[Evidence, ...]) -> Shift:
    from dataclasses import replace

    return replace(shift, evidence_before=before, evidence_after=after)


def evidence(
    con: duckdb.DuckDBPyConnection,
    view: str,
    actor: str,
    partner: str,
    start: dt.date,
    end: dt.date,
    sign: int,
    limit: int,
) -> tuple[Evidence, ...]:
    """Events between ``actor`` and ``partner`` dated in [start, end) with the given
    sign (all signs when 0), strongest Goldstein weight first, one per sentence."""
    a, p = _quote(actor), _quote(partner)
    sign_filter = f"AND sign = {int(sign)}" if sign else "AND sign <> 0"
    rows = con.execute(
        f"""
        SELECT event_id, doc_id, date, event, cameo, goldstein, source, target, text FROM (
            SELECT *, row_number() OVER (PARTITION BY coalesce(text, event_id)
                                         ORDER BY abs(goldstein) DESC, date, event_id) AS copy
            FROM {view}
            WHERE ((source = {a} AND target = {p}) OR (source = {p} AND target = {a}))
              AND date >= DATE '{start.isoformat()}' AND date < DATE '{end.isoformat()}' {sign_filter}
        ) WHERE copy = 1
        ORDER BY abs(goldstein) DESC, date, event_id
        LIMIT {int(limit)}
        """
    ).fetchall()
    return tuple(
        Evidence(
            str(r[0]),
            str(r[1]),
            r[2],
            str(r[3] or ""),
            str(r[4] or ""),
            float(r[5] or 0.0),
            str(r[6]),
            str(r[7]),
            str(r[8] or ""),
        )
        for r in rows
    )
