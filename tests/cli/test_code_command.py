"""`sanderling code` as a user runs it: a real subprocess, real files."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

pytestmark = pytest.mark.model


def run(*args, stdin=None):
    return subprocess.run(
        [sys.executable, "-m", "sanderling", "code", *args], input=stdin, capture_output=True, text=True, timeout=120
    )


def test_code_command_prints_plover_jsonl_records(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Russia agreed to provide military equipment to Mali.", encoding="utf-8")
    out = run(str(f), "--date", "2025-04-03", "--jsonl")
    assert out.returncode == 0, out.stderr
    records = [json.loads(line) for line in out.stdout.splitlines()]
    assert records[0]["doc_id"] == "a.txt" and records[0]["event"] == "AGREE" and records[0]["cameo"] == "0332"
    for key in (
        "actor",
        "recipient",
        "modality",
        "event_text",
        "text",
        "text_info",
        "event_loc",
        "goldstein",
        "quad_code",
    ):
        assert key in records[0]
    assert records[0]["actor"][0] == {"code": "RUS", "sector": "", "entity_text": "Russia", "country": "RUS"}


def test_code_command_reads_stdin_jsonl_with_ids(tmp_path):
    lines = "\n".join(
        json.dumps(r)
        for r in [
            {"id": "x1", "text": "France recalled its ambassador from Mali.", "date": "2022-01-31"},
            {"id": "x2", "text": "Kenya and Ethiopia signed a trade agreement.", "date": "2023-05-02"},
        ]
    )
    out = run("-", "--jsonl", stdin=lines)
    assert out.returncode == 0, out.stderr
    ids = {json.loads(line)["doc_id"] for line in out.stdout.splitlines()}
    assert ids == {"x1", "x2"}


def test_code_command_bad_inputs_give_one_line_errors_and_keep_good_records(tmp_path):
    (tmp_path / "good.txt").write_text("Niger expelled the French ambassador.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "blob.txt").write_bytes(b"\x00\xff\x00binary")
    (tmp_path / "bad.txt").write_bytes(b"ok\n\xff\xfe broken")
    jl = tmp_path / "feed.jsonl"
    jl.write_text('{"id": "j1", "text": "Mali quit the G5 Sahel."}\nnot json\n{"id": "j3"}\n', encoding="utf-8")
    out = run(str(tmp_path), "--jsonl", "--date", "2023-08-01")
    assert out.returncode == 1
    assert "Traceback" not in out.stderr
    coded = {json.loads(line)["doc_id"] for line in out.stdout.splitlines()}
    assert coded == {"good.txt", "j1"}
    errors = [line for line in out.stderr.splitlines() if line.startswith("sanderling: skipped")]
    assert len(errors) == 5
    assert any("feed.jsonl:2" in e and "JSON" in e for e in errors)
    assert any("feed.jsonl:3" in e and "'text'" in e for e in errors)
    assert any("bad.txt:2" in e and "UTF-8" in e for e in errors)


def test_code_command_exits_2_when_nothing_could_be_coded(tmp_path):
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    out = run(str(tmp_path / "empty.txt"))
    assert out.returncode == 2
    assert "empty.txt" in out.stderr and "Traceback" not in out.stderr


def test_code_command_rejects_a_bad_date_with_the_fix():
    out = run("-", "--date", "03/04/2025", stdin="Mali met Niger.")
    assert out.returncode == 2 and "YYYY-MM-DD" in out.stderr


def test_code_command_help_is_fast():
    import time

    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "sanderling", "--help"], capture_output=True, text=True)
    assert out.returncode == 0 and "code" in out.stdout
    assert time.perf_counter() - start < 5  # generous: measured ~0.1 s; spaCy must not load


def test_code_command_with_two_parser_processes_codes_the_same_events_in_order(tmp_path):
    lines = [
        {"id": f"d{i}", "text": text}
        for i, text in enumerate(
            [
                "Niger expelled the French ambassador on Friday.",
                "The weather was mild in the capital.",
                "Mali and Russia signed a defence pact.",
                "Chad accused Sudan of arming the rebels.",
            ]
            * 20
        )
    ]
    f = tmp_path / "in.jsonl"
    f.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    one = run(str(f), "--jsonl", "--date", "2025-04-03")
    two = run(str(f), "--jsonl", "--date", "2025-04-03", "-j", "2")
    assert one.returncode == two.returncode == 0, two.stderr

    def key(out):
        return [(r["doc_id"], r["event"], r["cameo"]) for r in map(json.loads, out.stdout.splitlines())]

    assert key(one) == key(two)
    order = [int(doc_id[1:]) for doc_id, _, _ in key(two)]
    assert order == sorted(order) and len(order) >= 60
