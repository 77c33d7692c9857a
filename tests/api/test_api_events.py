from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from .helpers import SCRIPT_SENTENCE, events, script_event_id


def test_events_list_pages_with_total(client: TestClient) -> None:
    first = client.get("/api/events", params={"limit": 10}).json()
    second = client.get("/api/events", params={"limit": 10, "offset": 10}).json()
    assert first["total"] == len(events()) == second["total"]
    assert len(first["events"]) == 10
    assert not {e["id"] for e in first["events"]} & {e["id"] for e in second["events"]}


def test_events_sorted_newest_first_by_default(client: TestClient) -> None:
    dates = [e["date"] for e in client.get("/api/events", params={"limit": 30}).json()["events"]]
    assert dates == sorted(dates, reverse=True)
    oldest = client.get("/api/events", params={"limit": 5, "sort": "date"}).json()["events"]
    assert oldest[0]["date"] == "2021-01-10"


@pytest.mark.parametrize(
    ("params", "check"),
    [
        ({"actor": "MLI"}, lambda e: e["actor"][0]["code"] == "MLI"),
        ({"recipient": "mli"}, lambda e: e["recipient"][0]["code"] == "MLI"),
        ({"either": "RUS"}, lambda e: "RUS" in {e["actor"][0]["code"], e["recipient"][0]["code"]}),
        ({"type": "ASSAULT"}, lambda e: e["event"] == "ASSAULT"),
        ({"quad": 2}, lambda e: e["quad_code"] == 2),
        ({"cameo": "11"}, lambda e: e["cameo"].startswith("11")),
        ({"modality": "asserted"}, lambda e: e["modality"] == "asserted"),
        ({"country": "fra"}, lambda e: e["event_loc"]["country_code"] == "FRA"),
        ({"since": "2024-03", "until": "2024-03"}, lambda e: e["date"].startswith("2024-03")),
        ({"q": "traded"}, lambda e: "traded" in e["text"]),
        ({"q": "<b>wheat"}, lambda e: e["text"] == SCRIPT_SENTENCE),
    ],
)
def test_events_filter(client: TestClient, params: dict[str, object], check: object) -> None:
    body = client.get("/api/events", params={**params, "limit": 500}).json()
    assert body["total"] > 0
    assert body["total"] == len(body["events"])
    assert all(check(e) for e in body["events"])  # type: ignore[operator]


def test_events_text_search_treats_wildcards_literally(client: TestClient) -> None:
    assert client.get("/api/events", params={"q": "%"}).json()["total"] == 0
    assert client.get("/api/events", params={"q": "'; DROP TABLE events; --"}).json()["total"] == 0


@pytest.mark.parametrize(
    ("params", "words"),
    [
        ({"since": "2021-13"}, "not a date"),
        ({"until": "last week"}, "not a date"),
        ({"since": "2024", "until": "2023"}, "before since"),
        ({"actor": "ZZZ"}, "unknown actor code 'ZZZ'"),
        ({"recipient": "QQQQ"}, "unknown recipient code"),
    ],
)
def test_events_bad_parameters_answer_400_with_the_fix(client: TestClient, params: dict[str, str], words: str) -> None:
    response = client.get("/api/events", params=params)
    assert response.status_code == 400
    assert words in response.json()["detail"]
    assert "—" in response.json()["detail"]  # the message says the fix


@pytest.mark.parametrize("params", [{"quad": 5}, {"limit": 0}, {"limit": 501}, {"type": "HUG"}, {"actor": "M L I"}])
def test_events_malformed_parameters_answer_422(client: TestClient, params: dict[str, object]) -> None:
    assert client.get("/api/events", params=params).status_code == 422


def test_event_detail_gives_sentence_offsets(client: TestClient) -> None:
    body = client.get(f"/api/events/{script_event_id()}").json()
    evidence = body["evidence"]
    assert evidence["sentence"] == SCRIPT_SENTENCE
    spans = {s["role"]: s for s in evidence["spans"]}
    assert spans["trigger"]["text"] == "thanked"
    assert spans["actor"]["text"] == "Mali" and spans["actor"]["code"] == "MLI"
    assert spans["recipient"]["text"] == "Russia"
    for span in evidence["spans"]:
        assert SCRIPT_SENTENCE[span["start"] : span["end"]] == span["text"]
    assert body["event"]["text_info"]["sentence_start"] == evidence["sentence_start"]


def test_event_detail_unknown_id_is_404(client: TestClient) -> None:
    response = client.get("/api/events/ffffffffffffffff")
    assert response.status_code == 404
    assert "no event with id" in response.json()["detail"]


def test_timeline_counts_by_quad(client: TestClient) -> None:
    body = client.get("/api/timeline", params={"freq": "year", "either": "MLI"}).json()
    years = {r["label"]: r for r in body["rows"]}
    assert set(years) == {"2021", "2022", "2023", "2024"}
    total = sum(r["q1"] + r["q2"] + r["q3"] + r["q4"] for r in body["rows"])
    assert total == len(events())


def test_map_counts_by_location_country(client: TestClient) -> None:
    body = client.get("/api/map").json()
    countries = {c["code"]: c for c in body["countries"]}
    assert countries["MLI"]["name"] == "Mali"
    assert countries["MLI"]["events"] == 49
    assert {round(p["lat"]) for p in body["places"]} == {13, 49}  # Bamako, Paris: RUS never acts here


def test_stats_and_health(client: TestClient) -> None:
    stats = client.get("/api/stats").json()
    assert stats["events"] == len(events())
    assert stats["top_actors"][0]["code"] == "MLI"
    assert "/" not in stats["db"]  # the file name, not the server's path
    health = client.get("/api/health").json()
    assert health == {
        "status": "ok",
        "version": health["version"],
        "schema_version": 2,
        "events": len(events()),
        "writable": False,
        "pipeline": "disabled",
    }


def test_actor_search_by_name(client: TestClient) -> None:
    body = client.get("/api/actors", params={"q": "russ"}).json()
    assert [a["code"] for a in body["actors"]] == ["RUS"]


def test_events_filter_by_code_with_sector(client: TestClient) -> None:
    body = client.get("/api/events", params={"actor": "MLIGOV", "limit": 500}).json()
    assert body["total"] == 49  # MLI acts 49 times, always as GOV: MLIGOV matches the combined code
    assert all(e["actor"][0]["code"] == "MLI" and e["actor"][0]["sector"] == "GOV" for e in body["events"])
    assert client.get("/api/events", params={"recipient": "MLIGOV"}).json()["total"] == 0
