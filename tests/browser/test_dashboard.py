"""The dashboard in a real browser, on the bundled corpus coded by the real ingest."""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path

import pytest

from ..api.helpers import SCRIPT_SENTENCE, build_store, script_event_id
from .conftest import Watched, serve

pytestmark = [pytest.mark.browser, pytest.mark.model]


def _api(base: str, path: str) -> dict:  # type: ignore[type-arg]
    with urllib.request.urlopen(base + path, timeout=10) as response:
        return json.loads(response.read())  # type: ignore[no-any-return]


def test_dashboard_filter_event_and_dyad(watched: Watched, corpus_server: str) -> None:
    page = watched.page
    watched.goto(corpus_server + "/")
    assert page.locator(".kpi").count() >= 4
    assert page.locator("svg.chart rect.bar").count() > 10
    watched.shot("01-overview")

    page.fill("#f-either", "mli")
    page.click("#f-apply")
    page.wait_for_url("**/?either=MLI")
    watched.ready()
    rows = page.locator("table.events tbody tr")
    assert rows.count() > 0
    assert all("MLI" in rows.nth(i).inner_text() for i in range(rows.count()))
    watched.shot("02-overview-mli")

    first = page.locator("table.events td.date a").first
    href = first.get_attribute("href")
    assert href and href.startswith("/events/")
    first.click()
    page.wait_for_url(f"**{href}")
    watched.ready()
    expected = _api(corpus_server, "/api" + href)
    evidence = page.locator("#evidence")
    assert evidence.inner_text().strip() == expected["evidence"]["sentence"].strip()
    assert page.locator("#evidence mark.trigger").count() == 1
    assert page.locator("#evidence mark.trigger").inner_text() == next(
        s["text"] for s in expected["evidence"]["spans"] if s["role"] == "trigger"
    )
    watched.shot("03-event")

    watched.goto(corpus_server + "/actors/MLI")
    assert page.locator(".shift").count() >= 1
    watched.shot("04-actor-mli")
    page.locator('a[href="/dyads/MLI/RUS"]').first.click()
    page.wait_for_url("**/dyads/MLI/RUS")
    watched.ready()
    chart = page.locator("#dyad-chart svg")
    assert int(chart.get_attribute("data-points") or 0) > 0
    assert page.locator("#dyad-chart svg rect.bar").count() > 0
    assert int(page.locator("#alignment-chart svg").get_attribute("data-points") or 0) > 0
    watched.shot("05-dyad-mli-rus")

    for path, name, selector in (
        ("/map", "06-map", "svg.map path.country.step5"),
        ("/network?period=2023", "07-network", "svg.network circle.node"),
        ("/events?either=MLI&type=ASSAULT", "08-events", "table.events tbody tr"),
    ):
        watched.goto(corpus_server + path)
        assert page.locator(selector).count() > 0, path
        watched.shot(name)

    page.goto(corpus_server + "/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=20_000)
    watched.shot("09-api-docs")

    assert watched.errors == []
    assert watched.outside == []
    assert all(r.startswith(corpus_server) for r in watched.requests)


def test_sentence_markup_renders_as_text(watched: Watched, tmp_path: Path, browser: object) -> None:
    db = build_store(tmp_path / "markup.duckdb")
    with serve(db) as base:
        page = watched.page
        watched.goto(f"{base}/events/{script_event_id()}")
        assert page.locator("#evidence").inner_text().strip() == SCRIPT_SENTENCE
        assert page.locator("#view script, #view b, #view i").count() == 0
        assert page.evaluate("window.__xss") is None
        assert page.locator('a[href^="javascript"]').count() == 0  # the record's javascript: URL is not a link
        assert "A <i>title</i>" in page.locator("dl.facts").inner_text()
        watched.goto(f"{base}/events?q=wheat")
        assert SCRIPT_SENTENCE in page.locator("table.events").inner_text()
        assert page.evaluate("window.__xss") is None
        watched.shot("10-markup-as-text")
    assert watched.errors == []
    assert watched.outside == []
