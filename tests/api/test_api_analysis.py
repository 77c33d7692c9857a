from __future__ import annotations

from fastapi.testclient import TestClient


def test_dyads_series_has_periods_alignment_and_shift(client: TestClient) -> None:
    body = client.get("/api/dyads/MLI/RUS", params={"freq": "quarter"}).json()
    assert body["a_name"] == "Mali" and body["b_name"] == "Russia"
    assert len(body["periods"]) == 16
    first, last = body["periods"][0], body["periods"][-1]
    assert first["conflict"] == 3 and first["q3"] == 3
    assert last["cooperation"] >= 3 and last["smoothed"] > 0
    assert -1 <= last["low"] <= last["smoothed"] <= last["high"] <= 1
    assert [s["direction"] for s in body["shifts"]] == ["toward"]
    assert body["shifts"][0]["change_date"].startswith("2022-07")
    assert body["totals"]["events"] == sum(p["events"] for p in body["periods"])
    assert body["evidence"] and body["evidence"][0]["date"] >= body["evidence"][-1]["date"]


def test_dyads_month_is_the_default_and_order_does_not_matter(client: TestClient) -> None:
    ab = client.get("/api/dyads/MLI/RUS").json()
    ba = client.get("/api/dyads/rus/mli").json()
    assert ab["freq"] == "month" and len(ab["periods"]) == 48
    assert [p["events"] for p in ab["periods"]] == [p["events"] for p in ba["periods"]]


def test_dyads_scope_dates(client: TestClient) -> None:
    body = client.get("/api/dyads/MLI/RUS", params={"since": "2023", "until": "2023"}).json()
    assert {p["period"][:4] for p in body["periods"]} == {"2023"}


def test_dyads_bad_parameters(client: TestClient) -> None:
    assert client.get("/api/dyads/MLI/MLI").status_code == 400
    unknown = client.get("/api/dyads/MLI/XYZ")
    assert unknown.status_code == 404 and "unknown actor code 'XYZ'" in unknown.json()["detail"]
    assert client.get("/api/dyads/MLI/RUS", params={"freq": "decade"}).status_code == 422
    assert client.get("/api/dyads/MLI/RUS", params={"since": "2023-02-30"}).status_code == 400


def test_actor_profile_partners_series_and_shifts(client: TestClient) -> None:
    body = client.get("/api/actors/MLI").json()
    assert body["name"] == "Mali" and body["kind"] == "state"
    assert {p["code"] for p in body["partners"]} == {"RUS", "FRA"}
    assert {s["partner"]: s["direction"] for s in body["shifts"]} == {"RUS": "toward", "FRA": "away"}
    assert {s["partner"] for s in body["series"]} == {"RUS", "FRA"}
    assert all(p["smoothed"] is not None for s in body["series"] for p in s["points"])
    assert body["evidence"] and body["events_as_actor"] == 49 and body["events_as_recipient"] == 48


def test_actor_profile_of_an_organisation_lists_members(client: TestClient) -> None:
    body = client.get("/api/actors/IGOWAFAES").json()  # in the dictionary, not in the store
    assert body["kind"] == "organisation"
    assert set(body["members"]) == {"MLI", "BFA", "NER"}
    assert body["partners"] == [] and body["shifts"] == []


def test_actor_unknown_is_404(client: TestClient) -> None:
    response = client.get("/api/actors/QQQ")
    assert response.status_code == 404
    assert "GET /api/actors?q=" in response.json()["detail"]


def test_network_by_year_label(client: TestClient) -> None:
    body = client.get("/api/network", params={"period": "2023"}).json()
    assert body["freq"] == "year" and body["period"] == "2023"
    assert body["periods"] == ["2021", "2022", "2023", "2024"]
    assert ["MLI", "RUS"] in body["communities"]
    edges = {(e["a"], e["b"]): e for e in body["edges"]}
    assert edges[("FRA", "MLI")]["net"] < 0


def test_network_defaults_to_the_latest_period_and_reports_changes(client: TestClient) -> None:
    body = client.get("/api/network", params={"freq": "quarter"}).json()
    assert body["period"] == "2024-Q4"
    wanted = client.get("/api/network", params={"period": "2022-Q3"}).json()
    assert wanted["freq"] == "quarter"
    assert client.get("/api/network", params={"period": "2022-Q9"}).status_code == 400
    missing = client.get("/api/network", params={"period": "1999"}).json()
    assert missing["nodes"] == [] and missing["period"] == "1999"
