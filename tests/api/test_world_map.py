"""The dashboard's country shapes: Natural Earth via tools/build_world_map.py, keyed by ISO3."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from sanderling.api.routes.pages import STATIC

TOOL = Path(__file__).resolve().parents[2] / "tools" / "build_world_map.py"


def _tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("build_world_map", TOOL)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_world_map_is_small_and_keyed_by_iso3() -> None:
    path = STATIC / "world.json"
    assert path.stat().st_size < 1_000_000
    data = json.loads(path.read_text(encoding="utf-8"))
    codes = {f["id"] for f in data["features"]}
    assert {"MLI", "BFA", "NER", "RUS", "FRA", "USA", "CHN", "XKX"} <= codes
    assert all(len(c) == 3 and c.isupper() for c in codes if c)
    assert "Natural Earth" in data["source"]


def test_world_map_builder_decodes_topojson_and_keeps_rings_across_the_antimeridian() -> None:
    tool = _tool()
    topology = {
        "transform": {"scale": [1.0, 1.0], "translate": [0.0, 0.0]},
        "arcs": [[[170, 10], [10, 0], [-350, 5]], [[-170, 15], [0, -5], [-10, 0]]],
        "objects": {
            "countries": {
                "geometries": [{"type": "Polygon", "arcs": [[0, 1]], "id": "466", "properties": {"name": "Mali"}}]
            }
        },
    }
    arcs = tool.decode_arcs(topology)
    assert arcs[0] == [(170.0, 10.0), (180.0, 10.0), (-170.0, 15.0)]
    ring = tool.ring([0, 1], arcs)
    assert ring == [[170.0, 10.0], [180.0, 10.0], [190.0, 15.0], [190.0, 10.0], [180.0, 10.0]]
    assert tool.iso3_by_numeric()["466"] == "MLI"
