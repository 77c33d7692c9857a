from __future__ import annotations

import datetime as dt

import duckdb
import pytest

from sanderling.analysis import Scope, alignment, dyad_series, frame_from_events
from sanderling.errors import AnalysisError

from .helpers import event, monthly


@pytest.fixture()
def con() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    frame_from_events(
        con,
        [
            event("2021-01-05", "CONSULT", "MLI", "RUS"),
            event("2021-01-20", "AID", "RUS", "MLI"),
            event("2021-02-03", "ACCUSE", "MLI", "FRA"),
            event("2021-02-04", "ASSAULT", "MLI", "FRA", modality="negated"),
            event("2021-02-05", "COERCE", "MLI", "FRA", modality="hypothetical"),
            event("2021-02-06", "SANCTION", "FRA", "MLI", modality="intent"),
            event("2021-02-07", "ASSAULT", "INS", "MLI"),  # a bare sector is no actor of a relation
        ],
    )
    return con


def _rows(relation) -> list[dict]:
    return [dict(zip(relation.columns, r, strict=True)) for r in relation.fetchall()]


def test_series_excludes_negated_and_hypothetical_by_default(con) -> None:
    rows = _rows(dyad_series(con, "dyads", directed=False, pair=("MLI", "FRA")))
    assert [(r["events"], r["conflict"]) for r in rows] == [(2, 2)]  # ACCUSE and the intended SANCTION
    rows = _rows(dyad_series(con, "dyads", directed=False, pair=("MLI", "FRA"), scope=Scope(include_unreal=True)))
    assert rows[0]["events"] == 4


def test_series_directed_and_undirected(con) -> None:
    directed = _rows(dyad_series(con, "dyads", pair=("MLI", "RUS"), directed=True))
    assert [(r["source"], r["target"], r["events"]) for r in directed] == [("MLI", "RUS", 1)]
    undirected = _rows(dyad_series(con, "dyads", pair=("RUS", "MLI"), directed=False))
    assert [(r["a"], r["b"], r["events"], r["cooperation"]) for r in undirected] == [("MLI", "RUS", 2, 2)]
    # Goldstein 1.0 (040) + 6.0 (060); PLOVER score +1 verbal, +2 material
    assert undirected[0]["goldstein_sum"] == pytest.approx(7.0)
    assert undirected[0]["plover_sum"] == 3 and undirected[0]["period"] == dt.date(2021, 1, 1)


def test_series_breakdown_by_type_and_quad(con) -> None:
    rows = _rows(dyad_series(con, "dyads", directed=False, actor="MLI", by=("event", "quad")))
    kinds = {(r["b"] if r["a"] == "MLI" else r["a"], r["event"], r["quad"]) for r in rows}
    assert kinds == {("RUS", "CONSULT", 1), ("RUS", "AID", 2), ("FRA", "ACCUSE", 3), ("FRA", "SANCTION", 4)}
    with pytest.raises(AnalysisError, match="use any of"):
        dyad_series(con, "dyads", by=("colour",))


def test_series_keeps_bare_sectors_on_request(con) -> None:
    assert not _rows(dyad_series(con, "dyads", pair=("INS", "MLI")))
    assert _rows(dyad_series(con, "dyads", pair=("INS", "MLI"), scope=Scope(keep_bare_sectors=True)))


def test_series_weekly_quarterly_and_unknown_frequency(con) -> None:
    assert len(_rows(dyad_series(con, "dyads", freq="week", pair=("MLI", "RUS"), directed=False))) == 2
    assert len(_rows(dyad_series(con, "dyads", freq="quarter", actor="MLI", directed=False))) == 2
    with pytest.raises(AnalysisError, match="week, month, quarter, year"):
        dyad_series(con, "dyads", freq="fortnight")


def test_alignment_confidence_grows_with_events() -> None:
    con = duckdb.connect()
    frame_from_events(
        con, monthly("2020-01-01", 12, "CONSULT", "AAA", "BBB") + monthly("2020-01-01", 12, "COOPERATE", "AAA", "BBB")
    )
    rows = _rows(alignment(con, "dyads", freq="month", window=3, pair=("AAA", "BBB")))
    confidence = [r["confidence"] for r in rows]
    assert confidence[0] < confidence[1] < confidence[2] == pytest.approx(confidence[-1])
    assert all(r["index"] == 1.0 and r["low"] <= r["smoothed"] <= r["high"] == pytest.approx(1.0) for r in rows)
    assert rows[-1]["window_events"] == 6 and rows[-1]["smoothed"] == pytest.approx(6 / 8)


def test_alignment_window_spans_empty_periods() -> None:
    con = duckdb.connect()
    frame_from_events(con, [event("2020-01-10", "CONSULT", "AAA", "BBB"), event("2020-06-10", "ACCUSE", "AAA", "BBB")])
    rows = _rows(alignment(con, "dyads", freq="month", window=3, pair=("AAA", "BBB")))
    assert [r["window_events"] for r in rows] == [1, 1]  # January is out of June's window
    assert rows[1]["smoothed"] == pytest.approx(-1 / 3)


def test_series_counts_only_state_agents_by_default() -> None:
    from sanderling.records import Entity

    con = duckdb.connect()
    strike = event("2021-03-01", "ASSAULT", "FRA", "MLI")
    on_jihadists = type(strike)(
        **{**strike.__dict__, "id": "jihadists", "recipient": (Entity("MLI", "INS", "jihadists", "MLI"),)}
    )
    on_army = type(strike)(**{**strike.__dict__, "id": "army", "recipient": (Entity("MLI", "MIL", "the army", "MLI"),)})
    frame_from_events(con, [on_jihadists, on_army])
    rows = _rows(dyad_series(con, "dyads", directed=False, pair=("FRA", "MLI")))
    assert [r["events"] for r in rows] == [1]  # the strike on jihadists in Mali is not France against Mali
    rows = _rows(dyad_series(con, "dyads", directed=False, pair=("FRA", "MLI"), scope=Scope(state_agents_only=False)))
    assert [r["events"] for r in rows] == [2]


def test_withdrawals_count_as_neither_cooperation_nor_conflict_unless_asked() -> None:
    con = duckdb.connect()
    frame_from_events(con, [event("2022-08-15", "RETREAT", "FRA", "MLI"), event("2022-08-20", "AGREE", "FRA", "MLI")])
    [row] = _rows(dyad_series(con, "dyads", directed=False, pair=("FRA", "MLI")))
    assert (row["events"], row["cooperation"], row["conflict"]) == (2, 1, 0)
    scope = Scope(neutral_types=())  # PLOVER's quads: a withdrawal is material cooperation
    [row] = _rows(dyad_series(con, "dyads", directed=False, pair=("FRA", "MLI"), scope=scope))
    assert (row["events"], row["cooperation"], row["conflict"]) == (2, 2, 0)
