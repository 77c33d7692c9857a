"""The store commands end to end: ingest a mixed directory, stats, events, export, recode."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from sanderling.cli import main

pytestmark = pytest.mark.model

GOOD = "ACCRA, Ghana — Ghana and Togo held talks on trade and security in Accra on Monday. The two ministers agreed to reopen a border crossing."


@pytest.fixture
def mixed_dir(tmp_path: Path) -> Path:
    d = tmp_path / "inbox"
    d.mkdir()
    (d / "good.txt").write_text(GOOD)
    (d / "wire.jsonl").write_text(
        json.dumps(
            {
                "id": "w1",
                "date": "2024-05-21",
                "text": "MOSCOW — Russia pledged to deliver grain and fertiliser to Burkina Faso this year, the ministry said.",
            }
        )
        + '\n{"id": "w2", "text": "broken\n'
    )
    (d / "empty.txt").write_text("")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (d / "latin1.txt").write_bytes("Le Tchad a signé un accord à N'Djamena.".encode("latin-1"))
    (d / "big.txt").write_bytes(b"Chad and Niger signed a pact. " * 350_000)  # 10.5 MB
    return d


def test_cli_ingest_mixed_directory(mixed_dir: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    result = CliRunner().invoke(main, ["ingest", str(mixed_dir), "--db", db])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output and isinstance(result.exception, SystemExit)
    assert "2 articles coded" in result.stderr and "5 failed" in result.stderr
    for reason in (
        "file is empty",
        "binary",
        "invalid UTF-8",
        "over the 5,000,000-byte limit",
        "wire.jsonl:2: not valid JSON",
    ):
        assert reason in result.stderr
    stats = json.loads(CliRunner().invoke(main, ["stats", "--db", db, "--json"]).stdout)
    assert stats["articles_by_status"] == {"coded": 2} and stats["failures"] == 5
    assert stats["failures_by_stage"] == {"read": 5}
    again = CliRunner().invoke(main, ["ingest", str(mixed_dir), "--db", db])
    assert "0 articles coded" in again.stderr and "2 already stored" in again.stderr
    after = json.loads(CliRunner().invoke(main, ["stats", "--db", db, "--json"]).stdout)
    assert {**after, "runs": 1} == stats


def test_cli_events_export_and_recode(mixed_dir: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    CliRunner().invoke(main, ["ingest", str(mixed_dir / "good.txt"), str(mixed_dir / "wire.jsonl"), "--db", db])
    found = CliRunner().invoke(
        main, ["events", "--db", db, "--actor", "RUS", "--type", "AGREE", "--since", "2024", "--json"]
    )
    assert found.exit_code == 0, found.output
    (record,) = [json.loads(line) for line in found.stdout.splitlines()]
    assert record["doc_id"] == "w1" and record["recipient"][0]["code"] == "BFA"
    table = CliRunner().invoke(main, ["events", "--db", db, "--recipient", "BFA"])
    assert "AGREE" in table.stdout
    out = tmp_path / "out.tsv"
    exported = CliRunner().invoke(main, ["export", "--db", db, "--format", "gdelt", "--out", str(out)])
    assert exported.exit_code == 0 and all(len(line.split("\t")) == 61 for line in out.read_text().splitlines())
    recoded = CliRunner().invoke(main, ["recode", "--db", db])
    assert recoded.exit_code == 0 and "0 articles re-coded" in recoded.stderr  # same coder version: nothing to do


def test_cli_store_errors_are_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["stats", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1 and "no store at" in result.output and "Traceback" not in result.output
    bad = CliRunner().invoke(main, ["events", "--db", str(tmp_path / "none.duckdb"), "--since", "May"])
    assert bad.exit_code == 1 and "Traceback" not in bad.output
    field = CliRunner().invoke(main, ["ingest", str(tmp_path), "--db", str(tmp_path / "x.duckdb"), "--field", "oops"])
    assert field.exit_code == 1 and "FIELD=KEY" in field.output
