from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from sanderling.api import ApiSettings, create_app

from .helpers import build_store


@pytest.fixture(scope="session")
def api_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("api") / "events.duckdb")


@pytest.fixture(scope="session")
def client(api_db: Path) -> Iterator[TestClient]:
    app = create_app(ApiSettings(db=str(api_db), load_pipeline=False))
    with TestClient(app) as c:
        yield c


def make_client(db: Path, **settings: object) -> TestClient:
    return TestClient(create_app(ApiSettings(db=str(db), **settings)))  # type: ignore[arg-type]
