from __future__ import annotations

import re
import shutil
from pathlib import Path

import duckdb
import pytest
from fastapi.testclient import TestClient

from sanderling.api import ApiSettings, create_app, settings_from_env
from sanderling.api.routes.pages import PAGES, STATIC

from .conftest import make_client


def test_settings_bind_loopback_and_read_the_token_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    assert ApiSettings(db="x").host == "127.0.0.1"
    assert not ApiSettings(db="x").writable
    monkeypatch.setenv("SANDERLING_TOKEN", "s3cret")
    assert settings_from_env("x").token == "s3cret"
    assert settings_from_env("x", token="other", port=9000).port == 9000


def test_ingest_is_disabled_without_a_token(client: TestClient) -> None:
    response = client.post("/api/ingest", json={"articles": [{"id": "a1", "text": "Mali thanked Russia."}]})
    assert response.status_code == 403
    assert "writes are disabled" in response.json()["detail"]


def test_ingest_refuses_a_wrong_token(api_db: Path) -> None:
    c = make_client(api_db, token="right-token", load_pipeline=False)
    body = {"articles": [{"id": "a1", "text": "Mali thanked Russia."}]}
    assert c.post("/api/ingest", json=body).status_code == 401
    assert c.post("/api/ingest", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 401


def test_code_without_the_model_is_503(client: TestClient) -> None:
    response = client.post("/api/code", json={"text": "Mali thanked Russia."})
    assert response.status_code == 503


def test_code_refuses_an_oversized_body_with_413(api_db: Path) -> None:
    c = make_client(api_db, load_pipeline=False, code_max_bytes=1000, code_max_chars=100)
    huge = c.post("/api/code", json={"text": "x" * 5000})
    assert huge.status_code == 413 and "over 1000 bytes" in huge.json()["detail"]
    long = c.post("/api/code", json={"text": "x" * 500})
    assert long.status_code == 413 and "over the limit of 100" in long.json()["detail"]


def test_code_is_rate_limited_with_429(api_db: Path) -> None:
    c = make_client(api_db, load_pipeline=False, code_rate=2, rate_window=60.0)
    statuses = [c.post("/api/code", json={"text": "Mali thanked Russia."}).status_code for _ in range(4)]
    assert statuses == [503, 503, 429, 429]  # the limit counts before the model is needed
    assert "wait" in c.post("/api/code", json={"text": "x"}).json()["detail"]


def test_code_bad_date_is_400(client: TestClient) -> None:
    response = client.post("/api/code", json={"text": "Mali thanked Russia.", "date": "yesterday"})
    assert response.status_code == 400 and "YYYY-MM-DD" in response.json()["detail"]


def test_the_store_connection_is_read_only(client: TestClient) -> None:
    state = client.app.state.api  # type: ignore[attr-defined]
    with state.db.reading() as con, pytest.raises(duckdb.Error, match="read-only"):
        con.execute("DELETE FROM events")
    assert client.get("/api/stats").json()["events"] > 0


def test_pages_send_a_strict_content_security_policy(client: TestClient) -> None:
    for path in ("/", "/api/health", "/static/app.css"):
        headers = client.get(path).headers
        assert "default-src 'self'" in headers["content-security-policy"]
        assert "script-src 'self';" in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize(
    "path",
    [p.replace("{event_id}", "0").replace("{code}", "MLI").replace("{a}", "MLI").replace("{b}", "RUS") for p in PAGES],
)
def test_every_dashboard_path_serves_the_shell(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert '<main id="view"' in response.text


def test_no_asset_loads_from_another_host() -> None:
    """The dashboard and the docs reference only this server: no CDN, no tile server."""
    remote = re.compile(r"""(src|href)\s*=\s*["'](https?:)?//""", re.IGNORECASE)
    fetches = re.compile(r"""(fetch|import)\s*\(?\s*["'`](https?:)?//""", re.IGNORECASE)
    for file in STATIC.rglob("*"):
        if file.suffix in (".html", ".js", ".css"):
            text = file.read_text(encoding="utf-8")
            assert not remote.search(text), file
            assert not fetches.search(text), file
            assert "cdn" not in text.lower(), file


def test_docs_are_served_from_local_assets(client: TestClient) -> None:
    page = client.get("/docs")
    assert page.status_code == 200
    for asset in re.findall(r'(?:src|href)="([^"]+)"', page.text):
        assert asset.startswith("/"), asset
        assert client.get(asset).status_code == 200, asset
    schema = client.get("/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/dyads/{a}/{b}", "/api/actors/{code}", "/api/network",
            "/api/stats", "/api/health", "/api/code", "/api/ingest"} <= set(schema["paths"])  # fmt: skip


def test_a_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    from sanderling.errors import StoreError

    with pytest.raises(StoreError, match="no store at"):
        create_app(ApiSettings(db=str(tmp_path / "none.duckdb")))


def test_writing_waits_for_readers_and_reopens(api_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "copy.duckdb"
    shutil.copy(api_db, db)
    c = make_client(db, load_pipeline=False)
    state = c.app.state.api  # type: ignore[attr-defined]
    before = c.get("/api/stats").json()["events"]
    with state.db.writing() as path, duckdb.connect(path) as con:
        con.execute("UPDATE events SET current = FALSE WHERE event_id = (SELECT min(event_id) FROM events)")
    assert c.get("/api/stats").json()["events"] == before - 1
