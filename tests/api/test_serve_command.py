from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from sanderling.cli import main


def test_serve_is_listed_and_documents_its_options() -> None:
    runner = CliRunner()
    assert "serve" in runner.invoke(main, ["--help"]).output
    help_text = runner.invoke(main, ["serve", "--help"]).output
    for option in ("--db", "--host", "--port", "--token", "127.0.0.1", "SANDERLING_TOKEN"):
        assert option in help_text


def test_serve_refuses_a_missing_store(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.duckdb"), "--no-code"])
    assert result.exit_code == 1
    assert "no store at" in result.output
