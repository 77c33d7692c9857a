from __future__ import annotations

import datetime as dt
import json

import duckdb
import pytest

from sanderling.actors.dictionary import ActorDictionary, Membership
from sanderling.analysis import (
    DYAD_COLUMNS,
    expand_organisations,
    frame_from_events,
    frame_from_jsonl,
    frame_from_store,
)
from sanderling.errors import AnalysisError

from .helpers import event


def test_frame_from_events_one_row_per_pair() -> None:
    con = duckdb.connect()
    events = [
        event("2021-03-01", "CONSULT", ("MLI", "BFA"), ("RUS", "CHN", "RUS")),
        event("2021-03-02", "PROTEST", "MLI", ()),  # no recipient: no dyad
    ]
    frame = frame_from_events(con, events)
    assert frame.columns == [c for c, _ in DYAD_COLUMNS]
    rows = sorted(con.execute("SELECT source, target, root, date FROM dyads").fetchall())
    assert rows == [
        ("BFA", "CHN", "04", dt.date(2021, 3, 1)),
        ("BFA", "RUS", "04", dt.date(2021, 3, 1)),
        ("MLI", "CHN", "04", dt.date(2021, 3, 1)),
        ("MLI", "RUS", "04", dt.date(2021, 3, 1)),
    ]


def test_frame_from_jsonl_matches_events(tmp_path) -> None:
    events = [
        event("2021-03-01", "CONSULT", ("MLI", "BFA"), "RUS", text="Mali's <script>alert(1)</script> envoy"),
        event("2022-01-01", "ACCUSE", "FRA", "MLI", modality="negated"),
    ]
    path = tmp_path / "events.jsonl"
    path.write_text("".join(json.dumps(e.to_plover()) + "\n" for e in events), encoding="utf-8")
    con = duckdb.connect()
    frame_from_events(con, events, name="from_events")
    frame_from_jsonl(con, path, name="from_jsonl")
    a = con.execute("SELECT * FROM from_events ORDER BY event_id, source, target").fetchall()
    b = con.execute("SELECT * FROM from_jsonl ORDER BY event_id, source, target").fetchall()
    assert a == b and len(a) == 3


def test_frame_from_jsonl_missing_file_names_the_fix(tmp_path) -> None:
    with pytest.raises(AnalysisError, match="sanderling code"):
        frame_from_jsonl(duckdb.connect(), tmp_path / "nope.jsonl")


def test_frame_from_store_rejects_a_database_without_events() -> None:
    with pytest.raises(AnalysisError, match="sanderling ingest"):
        frame_from_store(duckdb.connect())


def _dictionary() -> ActorDictionary:
    d = ActorDictionary()
    d.members["IGOTST"] = (
        Membership("AAA", dt.date(2020, 1, 1), None),
        Membership("BBB", None, dt.date(2021, 1, 1)),  # left at the end of 2020
        Membership("CCC", dt.date(2020, 1, 1), None),
        Membership("DDD", dt.date(2022, 1, 1), None),  # joined later
    )
    d.suspensions["IGOTST"] = (Membership("CCC", dt.date(2020, 6, 1), dt.date(2020, 12, 1)),)
    return d


def test_frame_expand_organisations_by_date() -> None:
    con = duckdb.connect()
    frame_from_events(
        con,
        [
            event("2020-07-01", "SANCTION", "IGOTST", "XXX"),  # CCC suspended (still a member), DDD not yet in
            event("2021-06-01", "SANCTION", "IGOTST", "XXX"),  # BBB gone, CCC back
            event("2021-06-02", "CONSULT", "AAA", "IGOTST"),  # AAA is a member: no self-dyad
            event("2021-06-03", "CONSULT", "XXX", "IGOUNK"),  # unknown organisation stays
        ],
    )
    columns = "CAST(date AS VARCHAR), source, target, source_org, target_org"
    kept = sorted(expand_organisations(con, "dyads", _dictionary()).project(columns).fetchall())
    assert ("2020-07-01", "CCC", "XXX", "IGOTST", "") in kept  # as ActorDictionary.expand: suspended is a member
    expanded = expand_organisations(con, "dyads", _dictionary(), keep_suspended=False)
    rows = sorted(expanded.project(columns).fetchall())
    assert len(kept) == len(rows) + 1
    assert rows == [
        ("2020-07-01", "AAA", "XXX", "IGOTST", ""),
        ("2020-07-01", "BBB", "XXX", "IGOTST", ""),
        ("2021-06-01", "AAA", "XXX", "IGOTST", ""),
        ("2021-06-01", "CCC", "XXX", "IGOTST", ""),
        ("2021-06-02", "AAA", "CCC", "", "IGOTST"),
        ("2021-06-03", "XXX", "IGOUNK", "", ""),
    ]


@pytest.mark.parametrize("day", ["2020-08-20", "2023-08-01", "2024-07-06", "2025-02-01"])
def test_frame_expansion_matches_the_dictionary(day: str) -> None:
    from sanderling.actors import actor_dictionary

    dictionary = actor_dictionary()
    con = duckdb.connect()
    frame_from_events(con, [event(day, "SANCTION", org, "XXX") for org in ("IGOWAFWAS", "IGOWAFAES", "IGOAFRAFU")])
    expanded = expand_organisations(con, "dyads", dictionary)
    for org in ("IGOWAFWAS", "IGOWAFAES", "IGOAFRAFU"):
        got = {r[0] for r in expanded.filter(f"source_org = '{org}'").project("source").fetchall()}
        assert got == set(dictionary.expand(org, dt.date.fromisoformat(day))) - {"XXX"}
