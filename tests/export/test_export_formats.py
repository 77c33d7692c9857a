from __future__ import annotations

import csv
import json
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from sanderling.errors import StoreError
from sanderling.export import GDELT_COLUMNS, export
from sanderling.store import Store


def test_export_plover_round_trips_records(small_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    with Store(small_store, read_only=True) as store:
        assert export(store, "plover", str(out)) == 4
        stored = {
            json.loads(r[0])["id"]: json.loads(r[0]) for r in store.con.execute("SELECT record FROM events").fetchall()
        }
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(lines) == 4
    for line in lines:
        copies = (line.pop("num_articles"), line.pop("num_sources"), line.pop("sources"))
        assert line == stored[line["id"]]
        if line["doc_id"] == "d1":
            assert copies == (2, 2, ["Wire A", "Wire C"])


def test_export_gdelt_has_61_columns(small_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.tsv"
    with Store(small_store, read_only=True) as store:
        export(store, "gdelt", str(out))
    rows = [line.split("\t") for line in out.read_text().splitlines()]
    assert len(GDELT_COLUMNS) == 61 and len(rows) == 4
    assert all(len(r) == 61 for r in rows)
    first = dict(zip(GDELT_COLUMNS, rows[0], strict=True))
    assert first["SQLDATE"] == "20240105" and first["MonthYear"] == "202401" and first["Year"] == "2024"
    assert (first["Actor1Code"], first["Actor1CountryCode"], first["Actor1Type1Code"]) == ("RUSGOV", "RUS", "GOV")
    assert (first["Actor2Code"], first["EventCode"], first["EventBaseCode"], first["EventRootCode"]) == (
        "MLI",
        "0332",
        "033",
        "03",
    )
    assert (first["QuadClass"], first["GoldsteinScale"], first["NumArticles"], first["NumSources"]) == (
        "1",
        "5.2",
        "2",
        "2",
    )
    assert (
        first["Actor1Name"] == "RUS GOVERNMENT"
        and first["ActionGeo_Type"] == "4"
        and first["ActionGeo_FeatureID"] == "2460596"
    )
    assert first["SOURCEURL"] == "https://example.org/d1" and first["AvgTone"] == ""
    assert int(first["GLOBALEVENTID"]) == int(f"{1:016x}"[:15], 16)


def test_export_csv_reads_back(small_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    with Store(small_store, read_only=True) as store:
        export(store, "csv", str(out))
    with out.open(newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert len(rows) == 4
    assert (
        rows[0]["actor_codes"] == "RUS"
        and rows[0]["event"] == "AGREE"
        and rows[0]["sentence"] == "RUS\tagreed to help MLI."
    )


def test_export_parquet_partitioned_by_month(small_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "parquet"
    with Store(small_store, read_only=True) as store:
        export(store, "parquet", str(out))
    months = sorted(p.name for p in out.iterdir())
    assert months == ["month=2024-01", "month=2024-03", "month=undated"]
    assert pq.read_table(out / "month=2024-01").num_rows == 2
    total = duckdb.sql(f"SELECT count(*) FROM read_parquet('{out}/*/*.parquet', hive_partitioning = true)").fetchall()
    assert total == [(4,)]


def test_export_unknown_format_names_the_choices(small_store: Path, tmp_path: Path) -> None:
    with Store(small_store, read_only=True) as store, pytest.raises(StoreError, match="plover, gdelt, csv, parquet"):
        export(store, "xml", str(tmp_path / "x"))
