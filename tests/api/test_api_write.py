"""The write endpoints with the real pipeline (loads the spaCy model)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .conftest import make_client

TEXT = "BAMAKO, Mali – Mali's interim President Assimi Goita thanked Russia on Monday for deliveries of wheat and fuel."


@pytest.mark.model
def test_code_returns_plover_records(api_db: Path) -> None:
    c = make_client(api_db)
    response = c.post("/api/code", json={"text": TEXT, "date": "2024-03-28"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["count"] == len(body["events"]) >= 1
    event = body["events"][0]
    assert event["actor"][0]["code"] == "MLI" and event["recipient"][0]["code"] == "RUS"
    assert event["date"] == "2024-03-25"
    assert c.get("/api/health").json()["pipeline"] == "loaded"


@pytest.mark.model
def test_ingest_with_the_token_stores_and_serves_the_article(api_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "writable.duckdb"
    shutil.copy(api_db, db)
    c = make_client(db, token="t0ken")
    article = {"id": "posted-1", "text": TEXT, "date": "2024-03-28", "title": "Goita thanks Russia"}
    headers = {"Authorization": "Bearer t0ken"}
    first = c.post("/api/ingest", json={"articles": [article]}, headers=headers)
    assert first.status_code == 200, first.text
    assert first.json()["articles"] == 1 and first.json()["events"] >= 1
    again = c.post("/api/ingest", json={"articles": [article]}, headers=headers).json()
    assert again["articles"] == 0 and again["already_stored"] == 1  # idempotent
    found = c.get("/api/events", params={"q": "Goita thanked"}).json()
    assert found["total"] >= 1
    assert c.get("/api/health").json()["writable"] is True
