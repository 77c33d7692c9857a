// The map of events: countries shaded by events located there (Natural Earth shapes
// served by this server, keyed by ISO3), places as dots. No tile server.
import { get } from "./api.js";
import { card, fmt, h, link, s } from "./dom.js";
import { eventFilters, withParams } from "./filters.js";

const SCALE = 170;
let world = null;

// Natural Earth I projection (Šavrič et al. 2011), north up, in SVG units.
function project(lon, lat) {
  const l = (lon * Math.PI) / 180, p = (lat * Math.PI) / 180, p2 = p * p, p4 = p2 * p2;
  const x = l * (0.8707 - 0.131979 * p2 + p4 * (-0.013791 + p4 * (0.003971 * p2 - 0.001529 * p4)));
  const y = p * (1.007226 + p2 * (0.015085 + p4 * (-0.044475 + 0.028874 * p2 - 0.005916 * p4)));
  return [x * SCALE, -y * SCALE];
}

// The frame: the whole width, from the pole down to 58°S (Antarctica left out).
function viewBox() {
  const [left] = project(-180, 0), [right] = project(180, 0);
  const [, top] = project(0, 90), [, bottom] = project(0, -58);
  return `${left.toFixed(0)} ${top.toFixed(0)} ${(right - left).toFixed(0)} ${(bottom - top).toFixed(0)}`;
}

function pathOf(geometry) {
  const parts = [];
  for (const polygon of geometry.coordinates) {
    for (const ring of polygon) {
      parts.push(ring.map(([lon, lat], i) => { const [x, y] = project(lon, lat); return `${i ? "L" : "M"}${x.toFixed(1)},${y.toFixed(1)}`; }).join("") + "Z");
    }
  }
  return parts.join("");
}

async function loadWorld() {
  if (!world) {
    const response = await fetch("/static/world.json");
    const data = await response.json();
    world = data.features.filter((f) => f.id !== "ATA").map((f) => ({ id: f.id, name: f.properties.name, d: pathOf(f.geometry) }));
  }
  return world;
}

function shade(n, max) {
  if (!n) return "none";
  const t = Math.log(1 + n) / Math.log(1 + max);
  return `step${Math.min(5, 1 + Math.floor(t * 5))}`;
}

export async function mapView(view, navigate) {
  const filters = eventFilters();
  const [shapes, data] = await Promise.all([loadWorld(), get("/api/map", filters)]);
  const counts = new Map(data.countries.map((c) => [c.code, c]));
  const max = Math.max(1, ...data.countries.map((c) => c.events));
  const svg = s("svg", { viewBox: viewBox(), class: "map", role: "img", "aria-label": "Events by country of location" },
    s("title", null, "Events by country of location"),
    s("defs", null, s("clipPath", { id: "globe" }, s("path", { d: outline() }))));
  svg.appendChild(s("path", { d: outline(), class: "sphere" }));
  const land = s("g", { "clip-path": "url(#globe)" });
  svg.appendChild(land);
  for (const shape of shapes) {
    const c = counts.get(shape.id);
    const path = s("path", { d: shape.d, class: `country ${c ? shade(c.events, max) : "none"}`, "data-code": shape.id || null },
      s("title", null, c ? `${c.name} (${c.code}): ${fmt(c.events)} events, ${fmt(c.cooperation)} cooperative, ${fmt(c.conflict)} conflictual` : shape.name));
    if (c) path.addEventListener("click", () => navigate(withParams("/events", Object.assign({}, filters, { country: c.code }))));
    land.appendChild(path);
  }
  const maxPlace = Math.max(1, ...data.places.map((p) => p.events));
  for (const p of data.places.slice().sort((a, b) => b.events - a.events)) {
    const [x, y] = project(p.lon, p.lat);
    svg.appendChild(s("circle", { cx: x.toFixed(1), cy: y.toFixed(1), r: (2 + 9 * Math.sqrt(p.events / maxPlace)).toFixed(1), class: "place" },
      s("title", null, `${p.place || "?"} (${p.country}): ${fmt(p.events)} events`)));
  }
  const unmapped = data.countries.filter((c) => !shapes.some((sh) => sh.id === c.code));
  view.append(
    card("Where events happened",
      h("div", { class: "legend" }, [1, 2, 3, 4, 5].map((k) => h("span", { class: "key" }, h("i", { class: `swatch step${k}` }))),
        h("span", { class: "muted" }, ` fewer → more events (log scale, up to ${fmt(max)}); dots are located places; click a country for its events`)),
      svg,
      unmapped.length ? h("p", { class: "muted small" }, "Too small for the 1:110m shapes: ",
        unmapped.map((c, i) => [i ? ", " : "", link(withParams("/events", Object.assign({}, filters, { country: c.code })), `${c.name} (${fmt(c.events)})`)])) : null),
    card("Countries",
      h("table", { class: "partners" },
        h("thead", null, h("tr", null, ["Country", "Events", "Cooperative", "Conflictual"].map((t) => h("th", null, t)))),
        h("tbody", null, data.countries.slice(0, 30).map((c) => h("tr", null,
          h("td", null, link(withParams("/events", Object.assign({}, filters, { country: c.code })), h("b", null, c.code), " ", c.name)),
          h("td", { class: "num" }, fmt(c.events)), h("td", { class: "num pos" }, fmt(c.cooperation)), h("td", { class: "num neg" }, fmt(c.conflict))))))));
}

function outline() {
  const pts = [];
  for (let lat = -90; lat <= 90; lat += 5) pts.push(project(180, lat));
  for (let lat = 90; lat >= -90; lat -= 5) pts.push(project(-180, lat));
  return pts.map(([x, y], i) => `${i ? "L" : "M"}${x.toFixed(1)},${y.toFixed(1)}`).join("") + "Z";
}
