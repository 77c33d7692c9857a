"""Blocs: communities of cooperation per period, and who moved between them.

For each period the dyads of the frame make a signed network: between two actors the
weight is their net cooperation (cooperative minus conflictual events, both
directions). Communities are found with Louvain (``networkx``, seeded, so the same
input gives the same blocs) on the cooperative part of the network — modularity needs
non-negative weights — and the conflictual edges are kept alongside, with the share
of them that falls inside a bloc (``frustration``: low when blocs are in conflict
with each other rather than within).

Community labels mean nothing from one period to the next, so a change is defined by
company kept: an actor changed bloc between two periods when, among the actors present
in both, the set it shares a bloc with overlaps by less than half (Jaccard) the set
it shared one with before.
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import duckdb

from ..errors import AnalysisError
from .scope import Scope, check_freq, period_label, period_sql, scoped

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Edge:
    a: str
    b: str
    cooperation: int
    conflict: int

    @property
    def net(self) -> int:
        return self.cooperation - self.conflict


@dataclass(frozen=True)
class BlocPeriod:
    """The blocs of one period: ``communities`` (each a sorted tuple of codes, largest
    first), ``unaligned`` actors with no cooperative tie, the conflict edges."""

    period: dt.date
    label: str
    communities: tuple[tuple[str, ...], ...]
    unaligned: tuple[str, ...]
    edges: tuple[Edge, ...]
    events: int
    frustration: float  # share of conflictual weight inside blocs

    def community_of(self, actor: str) -> tuple[str, ...]:
        for community in self.communities:
            if actor in community:
                return community
        return ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "period": self.period.isoformat(),
            "label": self.label,
            "events": self.events,
            "communities": [list(c) for c in self.communities],
            "unaligned": list(self.unaligned),
            "frustration": round(self.frustration, 4),
            "conflicts": [
                {"a": e.a, "b": e.b, "cooperation": e.cooperation, "conflict": e.conflict}
                for e in sorted(self.edges, key=lambda e: (e.net, e.a, e.b))
                if e.net < 0
            ],
        }


@dataclass(frozen=True)
class BlocChange:
    """``actor`` kept different company in ``to_label`` than in ``from_label``."""

    actor: str
    from_label: str
    to_label: str
    before: tuple[str, ...]  # bloc partners before (among actors present in both periods)
    after: tuple[str, ...]
    left: tuple[str, ...]
    joined: tuple[str, ...]
    overlap: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "actor": self.actor,
            "from": self.from_label,
            "to": self.to_label,
            "before": list(self.before),
            "after": list(self.after),
            "left": list(self.left),
            "joined": list(self.joined),
            "overlap": round(self.overlap, 3),
        }


def _edges(
    con: duckdb.DuckDBPyConnection, view: str, period: str, min_events: int
) -> dict[dt.date, tuple[list[Edge], int]]:
    rows = con.execute(
        f"""
        SELECT {period_sql(period)} AS period, a, b,
               count(*) FILTER (WHERE sign > 0) AS cooperation,
               count(*) FILTER (WHERE sign < 0) AS conflict
        FROM {view} WHERE sign <> 0
        GROUP BY ALL HAVING count(*) >= {int(min_events)}
        ORDER BY period, a, b
        """
    ).fetchall()
    totals = dict(
        con.execute(
            f"SELECT {period_sql(period)}, count(DISTINCT event_id) FROM {view} WHERE sign <> 0 GROUP BY ALL"
        ).fetchall()
    )
    out: dict[dt.date, tuple[list[Edge], int]] = {}
    for p, a, b, coop, conf in rows:
        out.setdefault(p, ([], int(totals.get(p, 0))))[0].append(Edge(str(a), str(b), int(coop), int(conf)))
    return out


def communities(edges: Sequence[Edge], seed: int = 0, resolution: float = 1.0) -> tuple[tuple[str, ...], ...]:
    """Louvain communities of the cooperative edges (net > 0, weighted by net),
    deterministic for a given ``seed``: largest first, each sorted."""
    import networkx as nx

    graph = nx.Graph()
    for e in sorted(edges, key=lambda e: (e.a, e.b)):
        if e.net > 0:
            graph.add_edge(e.a, e.b, weight=float(e.net))
    if graph.number_of_edges() == 0:
        return ()
    found = nx.community.louvain_communities(graph, weight="weight", resolution=resolution, seed=seed)
    return tuple(sorted((tuple(sorted(c)) for c in found), key=lambda c: (-len(c), c)))


def blocs(
    con: duckdb.DuckDBPyConnection,
    frame: str | duckdb.DuckDBPyRelation,
    *,
    period: str = "year",
    scope: Scope | None = None,
    min_events: int = 1,
    seed: int = 0,
    resolution: float = 1.0,
) -> list[BlocPeriod]:
    """The blocs of every ``period`` (week, month, quarter, year) with events, in order.

    ``min_events`` is the number of events a dyad needs in a period to be an edge.
    """
    check_freq(period)
    if min_events < 1:
        raise AnalysisError(f"min_events {min_events} is too small", "use 1 or more")
    view = scoped(con, frame, scope)
    out = []
    for start, (edges, events) in sorted(_edges(con, view, period, min_events).items()):
        found = communities(edges, seed=seed, resolution=resolution)
        member = {code: i for i, c in enumerate(found) for code in c}
        nodes = {e.a for e in edges} | {e.b for e in edges}
        negative = [e for e in edges if e.net < 0]
        total = sum(-e.net for e in negative)
        inside = sum(-e.net for e in negative if e.a in member and member.get(e.a) == member.get(e.b))
        out.append(
            BlocPeriod(
                period=start,
                label=period_label(start, period),
                communities=found,
                unaligned=tuple(sorted(nodes - set(member))),
                edges=tuple(edges),
                events=events,
                frustration=inside / total if total else 0.0,
            )
        )
    return out


def bloc_changes(periods: Sequence[BlocPeriod], threshold: float = 0.5) -> list[BlocChange]:
    """Actors whose bloc partners changed between consecutive periods: the Jaccard
    overlap of their partners (among actors with a bloc in both periods) is below
    ``threshold``."""
    changes = []
    for prev, cur in itertools.pairwise(periods):
        prev_members = {a for c in prev.communities for a in c}
        cur_members = {a for c in cur.communities for a in c}
        common = prev_members & cur_members
        for actor in sorted(common):
            before = set(prev.community_of(actor)) & common - {actor}
            after = set(cur.community_of(actor)) & common - {actor}
            if not before and not after:
                continue
            overlap = len(before & after) / len(before | after)
            if overlap < threshold:
                changes.append(
                    BlocChange(
                        actor=actor,
                        from_label=prev.label,
                        to_label=cur.label,
                        before=tuple(sorted(before)),
                        after=tuple(sorted(after)),
                        left=tuple(sorted(before - after)),
                        joined=tuple(sorted(after - before)),
                        overlap=overlap,
                    )
                )
    return changes
