"""kill -9 in the middle of an ingest, then the same command again: the clean run's store."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from sanderling.scale.synthetic import synthetic_articles, write_jsonl
from sanderling.store import Store

pytestmark = [pytest.mark.model, pytest.mark.slow]


def _ingest(corpus: Path, db: Path, *extra: str) -> subprocess.Popen[str]:
    cmd = [
        sys.executable,
        "-m",
        "sanderling",
        "-v",
        "ingest",
        str(corpus),
        "--db",
        str(db),
        "--batch-size",
        "3",
        *extra,
    ]
    return subprocess.Popen(cmd, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)


def _finish(proc: subprocess.Popen[str]) -> int:
    _, err = proc.communicate(timeout=300)
    assert "Traceback" not in err
    return proc.returncode


def _snapshot(db: Path) -> tuple[object, ...]:
    with Store(db, read_only=True) as store:
        counts = store.con.execute(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM articles WHERE status = 'duplicate'), "
            "(SELECT count(*) FROM events), (SELECT count(DISTINCT event_id) FROM events), "
            "(SELECT count(*) FROM event_actors), (SELECT count(*) FROM failures)"
        ).fetchone()
        ids = store.con.execute("SELECT list(event_id ORDER BY event_id) FROM events").fetchone()
    return (counts, ids)


def test_store_kill_9_then_rerun_equals_clean_run(sentences: list[str], tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    write_jsonl(synthetic_articles(90, sentences, per_article=3), corpus)
    with corpus.open("a") as stream:  # a copy and a broken line: resume must keep both decisions
        stream.write(corpus.read_text().splitlines()[5].replace("syn-0000005", "copy-5") + "\n{broken\n")
    clean = tmp_path / "clean.duckdb"
    assert _finish(_ingest(corpus, clean)) == 1  # 1: the broken line failed

    killed = tmp_path / "killed.duckdb"
    proc = _ingest(corpus, killed)
    assert proc.stderr is not None
    for line in proc.stderr:
        if "batch 4 committed" in line:
            os.kill(proc.pid, signal.SIGKILL)
            break
    proc.wait(timeout=60)
    proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL, "the ingest ended before it could be killed"
    with Store(killed, read_only=True) as store:
        partial = store.con.execute("SELECT count(*) FROM articles").fetchone()
        status = store.con.execute("SELECT status FROM runs").fetchone()
    assert partial is not None and 0 < partial[0] < 91 and status == ("running",)

    rerun = _ingest(corpus, killed)
    assert _finish(rerun) == 1
    assert _snapshot(killed) == _snapshot(clean)
    with Store(killed, read_only=True) as store:
        runs = store.con.execute("SELECT status FROM runs ORDER BY run_id").fetchall()
    assert runs == [("interrupted",), ("done",)]
