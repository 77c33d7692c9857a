from __future__ import annotations

import datetime as dt

import duckdb

from sanderling.analysis import frame_from_store
from sanderling.store import migrate


def test_frame_from_store_reads_current_dyads() -> None:
    con = duckdb.connect()
    migrate(con)
    con.execute(
        """INSERT INTO events (event_id, coder, doc_id, current, date, event, cameo, root, quad_code, goldstein,
                               modality, sentence)
           VALUES ('e1', 'c2', 'd1', TRUE, DATE '2022-05-02', 'SANCTION', '161', '16', 4, -4.0, 'asserted', 'Mali ended it.'),
                  ('e1', 'c1', 'd1', FALSE, DATE '2022-05-02', 'ACCUSE', '111', '11', 3, -2.0, 'asserted', 'old coding')"""
    )
    con.execute(
        """INSERT INTO event_actors (event_id, coder, doc_id, current, side, position, code, sector)
           VALUES ('e1', 'c2', 'd1', TRUE, 'actor', 0, 'MLI', 'GOV'),
                  ('e1', 'c2', 'd1', TRUE, 'recipient', 0, 'FRA', ''),
                  ('e1', 'c2', 'd1', TRUE, 'recipient', 1, 'IGOEUREEC', ''),
                  ('e1', 'c1', 'd1', FALSE, 'actor', 0, 'MLI', 'GOV'),
                  ('e1', 'c1', 'd1', FALSE, 'recipient', 0, 'DEU', '')"""
    )
    rows = frame_from_store(con).project("event_id, date, event, root, source, source_sector, target, text, coder")
    assert sorted(rows.fetchall()) == [
        ("e1", dt.date(2022, 5, 2), "SANCTION", "16", "MLI", "GOV", "FRA", "Mali ended it.", "c2"),
        ("e1", dt.date(2022, 5, 2), "SANCTION", "16", "MLI", "GOV", "IGOEUREEC", "Mali ended it.", "c2"),
    ]


def test_frame_open_frame_attaches_a_store_file_read_only(tmp_path) -> None:
    from sanderling.analysis import open_frame

    path = tmp_path / "events.duckdb"
    con = duckdb.connect(str(path))
    migrate(con)
    con.execute(
        "INSERT INTO events (event_id, coder, doc_id, current, date, event, cameo, quad_code, goldstein, modality, sentence)"
        " VALUES ('e1', 'c', 'd1', TRUE, DATE '2023-12-04', 'CONSULT', '040', 1, 1.0, 'asserted', 'They met.')"
    )
    con.execute(
        "INSERT INTO event_actors (event_id, coder, doc_id, current, side, position, code, sector) VALUES"
        " ('e1', 'c', 'd1', TRUE, 'actor', 0, 'RUS', 'GOV'), ('e1', 'c', 'd1', TRUE, 'recipient', 0, 'NER', 'GOV')"
    )
    con.close()
    _con, frame = open_frame(path)
    assert frame.project("source, target, root").fetchall() == [("RUS", "NER", "04")]
    duckdb.connect(str(path)).close()  # the store is not left locked
