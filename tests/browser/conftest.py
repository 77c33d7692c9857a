"""Browser tests: Debian's Chromium driven by Playwright against a live server on loopback.

Never `playwright install`: the browser is the system's /usr/bin/chromium (apt
packages chromium and chromium-driver, installed by .ci/run).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "examples" / "corpus"
SHOTS = ROOT / "artifacts" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
LOCAL = {"127.0.0.1", "localhost", "::1"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serve(db: Path) -> Iterator[str]:
    """The app over ``db`` on a free loopback port, in a thread; its base URL."""
    import uvicorn

    from sanderling.api import ApiSettings, create_app

    port = _free_port()
    app = create_app(ApiSettings(db=str(db), port=port, load_pipeline=False))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled corpus, coded and stored by the real ingest."""
    from sanderling.scale.runner import RunConfig, ingest

    db = tmp_path_factory.mktemp("corpus") / "corpus.duckdb"
    summary = ingest([str(CORPUS)], RunConfig(str(db)))
    assert summary.counts.events > 100 and not summary.counts.failures
    return db


@pytest.fixture(scope="session")
def corpus_server(corpus_db: Path) -> Iterator[str]:
    with serve(corpus_db) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install -y chromium chromium-driver (never 'playwright install')")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@dataclass
class Watched:
    """A page with every console error and every request recorded; requests to any
    host but this machine are blocked (and recorded)."""

    page: Any
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    outside: list[str] = field(default_factory=list)

    def shot(self, name: str) -> Path:
        SHOTS.mkdir(parents=True, exist_ok=True)
        path = SHOTS / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=True)
        return path

    def ready(self) -> None:
        self.page.wait_for_selector("body[data-state=ready]", state="attached", timeout=20_000)

    def goto(self, url: str) -> None:
        self.page.goto(url)
        self.ready()


@pytest.fixture
def watched(browser: Any) -> Iterator[Watched]:
    context = browser.new_context(viewport={"width": 1360, "height": 900}, service_workers="block")
    page = context.new_page()
    w = Watched(page)

    def route(r: Any) -> None:
        url = r.request.url
        w.requests.append(url)
        host = urlparse(url).hostname or ""
        if urlparse(url).scheme in ("data", "blob") or host in LOCAL:
            r.continue_()
        else:
            w.outside.append(url)
            r.abort()

    page.route("**/*", route)
    page.on("console", lambda m: w.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: w.errors.append(str(e)))
    yield w
    context.close()
