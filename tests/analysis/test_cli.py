from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from sanderling.cli import main

from .helpers import monthly


@pytest.fixture()
def db(tmp_path) -> str:
    events = monthly("2019-01-01", 24, "CONSULT", "AAA", "FFF") + monthly("2021-01-01", 24, "ACCUSE", "FFF", "AAA")
    events += monthly("2019-01-01", 48, "COOPERATE", "AAA", "BBB", every=3)
    path = tmp_path / "events.jsonl"
    path.write_text("".join(json.dumps(e.to_plover()) + "\n" for e in events), encoding="utf-8")
    return str(path)


def test_cli_shifts_json_rows(db) -> None:
    result = CliRunner().invoke(main, ["shifts", "aaa", "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [(r["partner"], r["direction"], r["change_date"]) for r in rows] == [("FFF", "away", "2021-01-01")]
    assert rows[0]["evidence"]["before"][0]["text"].startswith("AAA consult FFF")


def test_cli_dyad_and_blocs(db) -> None:
    result = CliRunner().invoke(main, ["dyad", "FFF", "AAA", "--db", db, "--freq", "year", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [(r["period"], r["cooperation"], r["conflict"]) for r in rows] == [
        ("2019-01-01", 12, 0), ("2020-01-01", 12, 0), ("2021-01-01", 0, 12), ("2022-01-01", 0, 12),
    ]  # fmt: skip
    assert rows[0]["alignment_confidence"] > 0.5
    result = CliRunner().invoke(main, ["blocs", "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    periods = json.loads(result.output)["periods"]
    assert periods[0]["communities"] == [["AAA", "BBB", "FFF"]]
    assert periods[-1]["conflicts"] == [{"a": "AAA", "b": "FFF", "cooperation": 0, "conflict": 12}]


def test_cli_report_writes_html(db, tmp_path) -> None:
    out = tmp_path / "aaa.html"
    result = CliRunner().invoke(main, ["report", "AAA", "--db", db, "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").count("<svg") == 2


def test_cli_missing_db_names_the_fix(tmp_path) -> None:
    result = CliRunner().invoke(main, ["shifts", "MLI", "--db", str(tmp_path / "none.jsonl")])
    assert result.exit_code == 1 and "sanderling code" in result.output
    result = CliRunner().invoke(main, ["shifts", "MLI", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1 and "sanderling ingest" in result.output
