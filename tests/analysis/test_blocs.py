from __future__ import annotations

import duckdb

from sanderling.analysis import Edge, bloc_changes, blocs, communities, frame_from_events

from .helpers import event


def _clique(members: list[str], date: str, kind: str = "COOPERATE", times: int = 2) -> list:
    return [event(date, kind, a, b) for i, a in enumerate(members) for b in members[i + 1 :] for _ in range(times)]


def test_blocs_communities_of_two_cliques_joined_by_conflict() -> None:
    edges = [Edge(a, b, 3, 0) for a, b in [("A", "B"), ("A", "C"), ("B", "C"), ("X", "Y"), ("X", "Z"), ("Y", "Z")]]
    edges += [Edge("A", "X", 0, 5), Edge("C", "Z", 1, 0)]
    assert communities(edges, seed=0) == (("A", "B", "C"), ("X", "Y", "Z"))
    assert communities(edges, seed=0) == communities(list(reversed(edges)), seed=0)  # deterministic


def test_blocs_per_period_and_who_changed() -> None:
    west, east = ["FFF", "GGG", "HHH"], ["RRR", "SSS", "TTT"]
    events = _clique([*west, "MMM"], "2019-03-01") + _clique(east, "2019-03-01")
    events += [event("2019-05-01", "ASSAULT", "FFF", "RRR")]
    events += _clique(west, "2023-03-01") + _clique([*east, "MMM"], "2023-03-01")
    events += [
        event("2023-05-01", "ACCUSE", "MMM", "FFF"),
        event("2023-05-02", "EXPEL" if False else "COERCE", "MMM", "GGG"),
    ]
    con = duckdb.connect()
    frame_from_events(con, events)
    periods = blocs(con, "dyads", period="year")
    assert [p.label for p in periods] == ["2019", "2023"]
    first, last = periods
    assert "MMM" in first.community_of("FFF") and "MMM" not in first.community_of("RRR")
    assert "MMM" in last.community_of("RRR") and "MMM" not in last.community_of("FFF")
    assert first.frustration == 0.0
    changes = {c.actor: c for c in bloc_changes(periods)}
    assert set(changes) == {"MMM"}
    assert changes["MMM"].left == ("FFF", "GGG", "HHH") and changes["MMM"].joined == ("RRR", "SSS", "TTT")
    assert first.to_dict()["conflicts"] == [{"a": "FFF", "b": "RRR", "cooperation": 0, "conflict": 1}]
