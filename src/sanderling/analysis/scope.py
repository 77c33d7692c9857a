"""What part of a dyad frame an analysis reads, and the per-row scores it adds.

Every analysis starts from :func:`scoped`: the frame filtered by a :class:`Scope`
(dates, modality, actor kinds, organisation expansion) with these columns added:

* ``plover_quad`` — the PLOVER quad of the event type (1 verbal cooperation, 2 material
  cooperation, 3 verbal conflict, 4 material conflict; CAMEO's QuadClass when the type
  is unknown);
* ``sign`` — +1 for cooperation (quads 1-2), -1 for conflict (quads 3-4), 0 otherwise
  and for the scope's ``neutral_types`` (RETREAT by default);
* ``plover_score`` — the PLOVER score of the event: ±1 verbal, ±2 material
  (``sign`` × 1 or 2);
* ``a``, ``b`` — the dyad without direction (the two codes in sorted order);
* ``source_org``, ``target_org`` — the organisation an expanded actor stands for,
  ``''`` when the actor was named itself.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Literal

import duckdb

from ..errors import AnalysisError
from ..ontology import PLOVER_QUAD
from ..records import UNREAL_MODALITIES
from .frame import _identifier, _relation_sql, expand_organisations

Freq = Literal["week", "month", "quarter", "year"]
FREQS: tuple[str, ...] = ("week", "month", "quarter", "year")
#: Sectors through which a state or organisation acts: itself, government, armed
#: forces, police, intelligence, judiciary, legislature, and an organisation's organs.
STATE_SECTORS: tuple[str, ...] = ("", "GOV", "MIL", "COP", "SPY", "JUD", "LEG", "IGO")


@dataclass(frozen=True)
class Scope:
    """Which rows of the frame count.

    ``since``/``until`` are inclusive dates. Negated and hypothetical events are left
    out unless ``include_unreal``. ``expand_organisations`` replaces each organisation
    with its member states on the event date. Bare sector codes ("INS" for jihadists
    with no state named, "CVL" for protesters) are not actors of a relation between
    states and organisations, and are left out unless ``keep_bare_sectors``.
    ``sectors``, when given, keeps only rows whose two sides both have one of those
    sectors (``""`` is the state or organisation itself). By default
    (``state_agents_only``) a row counts only when both sides are states or
    organisations acting themselves or through their agents (:data:`STATE_SECTORS`):
    French strikes on jihadists in Mali (``MLI``/``INS``) are not France against Mali.
    """

    since: dt.date | None = None
    until: dt.date | None = None
    include_unreal: bool = False
    expand_organisations: bool = False
    drop_suspended: bool = False  # with expand_organisations: leave suspended members out
    keep_bare_sectors: bool = False
    sectors: tuple[str, ...] = ()
    state_agents_only: bool = True  # a state's relations are those of the state and its agents
    #: PLOVER types that count as events but as neither cooperation nor conflict (sign 0).
    #: PLOVER's quads make a withdrawal material cooperation, but it is as often forced as
    #: agreed (French forces leaving Mali after the junta demanded it), so by default it
    #: does not move an alignment; ``()`` follows PLOVER's quads.
    neutral_types: tuple[str, ...] = ("RETREAT",)


def check_freq(freq: str) -> str:
    if freq not in FREQS:
        raise AnalysisError(f"frequency {freq!r} is not known", f"use one of {', '.join(FREQS)}")
    return freq


def _quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _in_list(values: object) -> str:
    return "(" + ", ".join(_quote(str(v)) for v in sorted(values)) + ")"  # type: ignore[call-overload]


def scoped(
    con: duckdb.DuckDBPyConnection,
    frame: str | duckdb.DuckDBPyRelation,
    scope: Scope | None = None,
    name: str | None = None,
) -> str:
    """Create temporary view ``name`` over the rows of ``frame`` in ``scope`` (dated
    rows only, self-dyads dropped) with the columns described in the module; return
    its name."""
    from ..actors.dictionary import SECTORS

    scope = scope or Scope()
    source = _relation_sql(con, frame)
    if name is None:  # one view per frame and scope, so that lazy relations over it stay valid
        name = "scoped_" + hashlib.sha1(repr((source, scope)).encode()).hexdigest()[:12]
    if scope.expand_organisations:
        expanded = expand_organisations(con, source, name=f"{name}_expanded", keep_suspended=not scope.drop_suspended)
        source = _relation_sql(con, expanded)
        orgs = ""  # the expanded frame has them
    else:
        orgs = ", '' AS source_org, '' AS target_org"
    quads = " ".join(f"WHEN {_quote(t)} THEN {q}" for t, q in PLOVER_QUAD.items())
    where = ["date IS NOT NULL", "coalesce(source, '') <> ''", "coalesce(target, '') <> ''", "source <> target"]
    if not scope.include_unreal:
        where.append(f"coalesce(modality, '') NOT IN {_in_list(UNREAL_MODALITIES)}")
    if scope.since:
        where.append(f"date >= DATE '{scope.since.isoformat()}'")
    if scope.until:
        where.append(f"date <= DATE '{scope.until.isoformat()}'")
    if not scope.keep_bare_sectors:
        bare = _in_list(SECTORS)
        where.append(f"source NOT IN {bare} AND target NOT IN {bare}")
    if scope.sectors or scope.state_agents_only:
        keep = _in_list(scope.sectors or STATE_SECTORS)
        where.append(f"coalesce(source_sector, '') IN {keep} AND coalesce(target_sector, '') IN {keep}")
    neutral = f"event IN {_in_list(scope.neutral_types)}" if scope.neutral_types else "false"
    sql = f"""
    SELECT *, sign * (CASE WHEN plover_quad IN (2, 4) THEN 2 ELSE 1 END) AS plover_score FROM (
        SELECT *, CASE WHEN {neutral} THEN 0 WHEN plover_quad IN (1, 2) THEN 1
                       WHEN plover_quad IN (3, 4) THEN -1 ELSE 0 END AS sign
        FROM (
            SELECT *, coalesce(CASE event {quads} END, quad_code) AS plover_quad,
                   least(source, target) AS a, greatest(source, target) AS b{orgs}
            FROM {source}
            WHERE {" AND ".join(where)}
        )
    )
    """
    con.execute(f"CREATE OR REPLACE TEMP VIEW {_identifier(name)} AS {sql}")
    return name


def period_sql(freq: str, column: str = "date") -> str:
    """SQL for the first day of the ``freq`` period holding ``column``."""
    return f"CAST(date_trunc('{check_freq(freq)}', {column}) AS DATE)"


def step_interval(freq: str, periods: int) -> str:
    """SQL interval of ``periods`` steps of ``freq``."""
    check_freq(freq)
    if freq == "week":
        return f"INTERVAL {7 * periods} DAY"
    months = {"month": 1, "quarter": 3, "year": 12}[freq] * periods
    return f"INTERVAL {months} MONTH"


def period_label(start: dt.date, freq: str) -> str:
    """A readable name of the period starting on ``start``: 2024, 2024-Q3, 2024-07, 2024-W27."""
    if freq == "year":
        return f"{start.year}"
    if freq == "quarter":
        return f"{start.year}-Q{(start.month - 1) // 3 + 1}"
    if freq == "month":
        return f"{start.year}-{start.month:02d}"
    year, week, _ = start.isocalendar()
    return f"{year}-W{week:02d}"


def period_starts(first: dt.date, last: dt.date, freq: str) -> list[dt.date]:
    """Every period start from ``first`` to ``last`` (both period starts), in order."""
    check_freq(freq)
    out: list[dt.date] = []
    current = first
    while current <= last:
        out.append(current)
        if freq == "week":
            current = current + dt.timedelta(days=7)
        else:
            step = {"month": 1, "quarter": 3, "year": 12}[freq]
            month = current.month - 1 + step
            current = dt.date(current.year + month // 12, month % 12 + 1, 1)
    return out
