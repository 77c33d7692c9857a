from __future__ import annotations

import datetime as dt

import duckdb
import numpy as np
import pytest

from sanderling.analysis import ShiftOptions, change_points, frame_from_events, shifts

from .helpers import event, monthly


def test_shifts_change_points_find_a_known_rate_change() -> None:
    rng = np.random.default_rng(0)
    cooperation = np.concatenate([rng.poisson(2.0, 40), rng.poisson(0.2, 30)])
    conflict = np.concatenate([rng.poisson(0.2, 40), rng.poisson(2.0, 30)])
    assert change_points(np.stack([cooperation, conflict], axis=1), min_size=3) == [40]


def test_shifts_change_points_find_two_changes_and_none_in_noise() -> None:
    rng = np.random.default_rng(1)
    counts = np.array([0] * 30 + [3, 2, 4] * 7 + [1] * 29)[:80]
    assert change_points(counts, min_size=3) == [30, 51]
    assert change_points(rng.poisson(1.0, (80, 2)), min_size=3) == []  # one rate throughout
    assert change_points(np.zeros((30, 2)), min_size=3) == []
    assert change_points(np.array([[1, 0], [0, 1]]), min_size=3) == []


def test_shifts_poisson_cost_is_the_deviance() -> None:
    from sanderling.analysis.shifts import PoissonCost

    counts = np.array([[0, 2], [4, 1], [2, 0]])
    cost = PoissonCost().fit(counts)
    assert cost.error(0, 3) == pytest.approx(2 * ((4 * np.log(2) + 2 * np.log(1)) + (2 * np.log(2 / 1))))
    assert cost.error(1, 2) == 0.0


def _corpus() -> list:
    events = []
    # FFF: cooperation every month 2019-2020, then conflict every month 2021-2022 -> away, 2021-01
    events += monthly("2019-01-01", 24, "CONSULT", "AAA", "FFF")
    events += monthly("2021-01-01", 24, "ACCUSE", "FFF", "AAA")
    # RRR: nothing, then cooperation every month from 2022-01 -> toward, 2022-01
    events += [event("2019-06-10", "CONSULT", "AAA", "RRR")]
    events += monthly("2022-01-01", 24, "COOPERATE", "AAA", "RRR")
    # SSS: steady cooperation every other month -> no shift
    events += monthly("2019-01-01", 72, "CONSULT", "AAA", "SSS", every=2)
    # negated conflict with RRR would hide nothing: it is not counted
    events += [event("2023-05-05", "ASSAULT", "RRR", "AAA", modality="negated")]
    return events


def test_shifts_toward_and_away_with_dates_and_evidence() -> None:
    con = duckdb.connect()
    frame_from_events(con, _corpus())
    found = {(s.partner, s.direction): s for s in shifts(con, "dyads", "AAA")}
    assert set(found) == {("FFF", "away"), ("RRR", "toward")}
    away, toward = found["FFF", "away"], found["RRR", "toward"]
    assert away.change_date == dt.date(2021, 1, 1)
    assert toward.change_date == dt.date(2022, 1, 1)
    assert away.before == 1.0 and away.after < 0 and away.size < -1.5
    assert toward.events_before == 1 and toward.cooperation_after == 24
    assert all(e.event == "CONSULT" and e.date < away.change_date for e in away.evidence_before)
    assert all(e.event == "ACCUSE" and e.date >= away.change_date for e in away.evidence_after)
    assert len(away.evidence_before) == 3
    assert all(e.event != "ASSAULT" for e in toward.evidence_after)
    row = toward.to_dict()
    assert {"partner", "direction", "change_date", "before", "after", "size", "evidence"} <= set(row)
    assert row["evidence"]["after"][0]["text"]


def test_shifts_weekly_and_quarterly_agree_on_the_quarter() -> None:
    con = duckdb.connect()
    frame_from_events(con, _corpus())
    quarterly = {s.partner: s.change_date for s in shifts(con, "dyads", "AAA", options=ShiftOptions(freq="quarter"))}
    assert quarterly == {"FFF": dt.date(2021, 1, 1), "RRR": dt.date(2022, 1, 1)}


def test_shifts_of_an_unknown_actor_are_empty() -> None:
    con = duckdb.connect()
    frame_from_events(con, _corpus())
    assert shifts(con, "dyads", "ZZZ") == []


def _with_recalled_history() -> list:
    events = []
    # FFF: cooperation every third month in 2019-2020, conflict every third month after
    events += monthly("2019-01-01", 24, "CONSULT", "AAA", "FFF", every=3)
    events += monthly("2021-01-01", 24, "ACCUSE", "FFF", "AAA", every=3)
    events += monthly("2019-01-01", 48, "CONSULT", "AAA", "SSS")  # steady, the bulk of AAA's news
    # history recalled in later reports: "AAA and FFF signed a treaty in 1995"
    events += [event("1995-01-01", "COOPERATE", "AAA", "FFF"), event("2001-01-01", "CONSULT", "FFF", "AAA")]
    return events


def test_shifts_leave_recalled_history_out_of_the_axis() -> None:
    con = duckdb.connect()
    frame_from_events(con, _with_recalled_history())
    found = shifts(con, "dyads", "AAA")
    assert [(s.partner, s.direction) for s in found] == [("FFF", "away")]
    assert dt.date(2020, 11, 1) <= found[0].change_date <= dt.date(2021, 1, 1)  # the months between are empty
    assert found[0].start == dt.date(2019, 1, 1)
    # with the history kept, the empty years before 2019 read as relations that start there
    kept = {(s.partner, s.direction): s for s in shifts(con, "dyads", "AAA", options=ShiftOptions(history_share=0))}
    assert ("SSS", "toward") in kept and kept["SSS", "toward"].start == dt.date(1995, 1, 1)
