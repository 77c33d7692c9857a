"""`sanderling actors unknown`: the most frequent named actors with no code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from sanderling.actors.unknown import normalise, read_records, unknown_actors
from sanderling.cli import main
from sanderling.errors import InputError


def record(doc: str, text: str, actors: list[tuple[str, str]], recipients: list[tuple[str, str]] = ()) -> dict:
    def ents(pairs):
        return [{"code": c, "sector": "", "entity_text": t, "country": ""} for c, t in pairs]

    return {"id": f"{doc}-{len(text)}", "doc_id": doc, "text": text, "event": "CONSULT", "actor": ents(actors),
            "recipient": ents(list(recipients)), "text_info": {"doc_id": doc}}  # fmt: skip


RECORDS = [
    record("d1", "Katiba Serma attacked a convoy.", [("", "Katiba Serma")], [("MLI", "Mali")]),
    record("d2", "The Katiba Serma claimed the ambush.", [("", "the Katiba Serma")]),
    record("d3", "Mali accused Katiba Serma of the killings.", [("MLI", "Mali")], [("", "Katiba  Serma")]),
    record("d3", "Hassan Sheikh met Goita.", [("", "Hassan Sheikh")], [("MLI", "Goita")]),
    record("d4", "Mali met Niger.", [("MLI", "Mali")], [("NER", "Niger")]),
]


def test_unknown_counts_uncoded_names_most_frequent_first() -> None:
    found = unknown_actors(RECORDS)
    assert [(u.text, u.count) for u in found] == [("Katiba Serma", 3), ("Hassan Sheikh", 1)]
    top = found[0]
    assert (top.documents, top.as_actor, top.as_recipient) == (3, 2, 1)
    assert top.example == "Katiba Serma attacked a convoy." and top.doc_id == "d1"
    assert set(top.spellings) == {"Katiba Serma", "the Katiba Serma"}  # spacing normalised


def test_unknown_limit() -> None:
    assert [u.text for u in unknown_actors(RECORDS, limit=1)] == ["Katiba Serma"]


def test_unknown_normalise_ignores_article_case_and_spacing() -> None:
    assert normalise("The  Katiba\nSerma ") == normalise("katiba serma") == "katiba serma"


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_unknown_reads_a_jsonl_file(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "events.jsonl", RECORDS)
    assert [u.text for u in unknown_actors(read_records(path))] == ["Katiba Serma", "Hassan Sheikh"]


def test_unknown_bad_jsonl_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "events.jsonl"
    path.write_text(json.dumps(RECORDS[0]) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        list(read_records(path))
    assert info.value.line == 2 and "--jsonl" in info.value.fix


def test_unknown_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        read_records(tmp_path / "nope.duckdb")


def make_store(path: Path, records: list[dict]) -> Path:
    from sanderling.store import Store

    with Store(path) as store:
        for i, r in enumerate(records):
            store.con.execute(
                "INSERT INTO events (event_id, coder, doc_id, current, record) VALUES (?, 'test', ?, ?, ?)",
                [f"e{i}", r["doc_id"], True, json.dumps(r)],
            )
        # an old version of an event, replaced by a recode: not counted
        old = record("d9", "Old text.", [("", "Katiba Serma")])
        store.con.execute(
            "INSERT INTO events (event_id, coder, doc_id, current, record) VALUES ('old', 'v0', 'd9', false, ?)",
            [json.dumps(old)],
        )
    return path


def test_unknown_reads_current_events_of_a_store(tmp_path: Path) -> None:
    path = make_store(tmp_path / "events.duckdb", RECORDS)
    found = unknown_actors(read_records(path))
    assert [(u.text, u.count) for u in found] == [("Katiba Serma", 3), ("Hassan Sheikh", 1)]


def test_unknown_command_table_and_json(tmp_path: Path) -> None:
    path = make_store(tmp_path / "events.duckdb", RECORDS)
    runner = CliRunner()
    result = runner.invoke(main, ["actors", "unknown", "--db", str(path), "--limit", "5"])
    assert result.exit_code == 0, result.output
    assert "Katiba Serma" in result.output and "Hassan Sheikh" in result.output
    result = runner.invoke(main, ["actors", "unknown", "--db", str(path), "--json", "--limit", "1"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert [(u["text"], u["count"], u["example"]) for u in doc["unknown"]] == [
        ("Katiba Serma", 3, "Katiba Serma attacked a convoy.")
    ]


def test_unknown_command_accepts_jsonl(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "events.jsonl", RECORDS)
    result = CliRunner().invoke(main, ["actors", "unknown", "--db", str(path), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["unknown"][0]["text"] == "Katiba Serma"


def test_unknown_command_reports_a_bad_source(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["actors", "unknown", "--db", str(tmp_path / "missing.duckdb")])
    assert result.exit_code == 1 and "no such file" in result.output


def test_unknown_command_all_coded(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "events.jsonl", [RECORDS[-1]])
    result = CliRunner().invoke(main, ["actors", "unknown", "--db", str(path)])
    assert result.exit_code == 0 and "every named actor has a code" in result.output


@pytest.mark.model
def test_unknown_names_are_kept_with_empty_code_by_the_coder(pipeline) -> None:
    import datetime as dt

    from sanderling.records import Article

    events = pipeline.code_article(
        Article(
            id="u", text="Katiba Zarqawi attacked a Malian army convoy near Gao on Tuesday.", date=dt.date(2025, 4, 3)
        )
    )
    texts = [(a.code, a.entity_text) for e in events for a in e.actor]
    assert ("", "Katiba Zarqawi") in texts
    assert not [r for e in events for r in e.recipient if r.entity_text == "Tuesday"]
