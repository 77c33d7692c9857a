// SVG charts drawn from API data: a stacked timeline by quad class, a dyad's
// cooperation/conflict bars, and the alignment index with its interval.
import { QUADS, fmt, h, s } from "./dom.js";

const W = 960;

// Every period start from first to last (ISO dates), by freq.
export function periodRange(first, last, freq) {
  const out = [];
  if (!first || !last) return out;
  let [y, m, d] = first.split("-").map(Number);
  const stop = last;
  let guard = 0;
  while (guard++ < 5000) {
    const iso = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
    if (iso > stop) break;
    out.push(iso);
    if (freq === "week") {
      const next = new Date(Date.UTC(y, m - 1, d + 7));
      [y, m, d] = [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()];
    } else {
      m += { month: 1, quarter: 3, year: 12 }[freq] || 1;
      while (m > 12) { m -= 12; y += 1; }
    }
  }
  return out;
}

function frame(height, title, width) {
  return s("svg", { viewBox: `0 0 ${width || W} ${height}`, class: "chart", role: "img", "aria-label": title },
    s("title", null, title));
}

function xAxis(svg, periods, x, y, band) {
  const years = new Map();
  periods.forEach((p, i) => { if (!years.has(p.slice(0, 4))) years.set(p.slice(0, 4), i); });
  const every = Math.max(1, Math.ceil(years.size / 12));
  let k = 0;
  const edge = x(periods.length - 1) + band;
  for (const [year, i] of years) {
    if (k++ % every) continue;
    const px = x(i);
    if (px > edge - 28) continue; // no room for the label
    svg.appendChild(s("line", { x1: px, x2: px, y1: y, y2: y + 5, class: "tick" }));
    svg.appendChild(s("text", { x: px + 2, y: y + 17, class: "axis" }, year));
  }
  svg.appendChild(s("line", { x1: x(0), x2: x(periods.length - 1) + band, y1: y, y2: y, class: "baseline" }));
}

function yTicks(svg, max, y, left, right, step) {
  for (let v = step; v <= max; v += step) {
    svg.appendChild(s("line", { x1: left, x2: right, y1: y(v), y2: y(v), class: "grid" }));
    svg.appendChild(s("text", { x: left - 6, y: y(v) + 4, class: "axis end" }, fmt(v)));
  }
}

function niceStep(max) {
  const raw = max / 4;
  const p = 10 ** Math.floor(Math.log10(Math.max(raw, 1)));
  return [1, 2, 5, 10].map((k) => k * p).find((k) => k >= raw) || p;
}

// rows: [{period, label, q1..q4}] → stacked bars, quads 1-2 up from the base, 3-4 above them.
export function timelineChart(rows, freq, from, to) {
  const first = from || (rows[0] && rows[0].period);
  const last = to || (rows.length && rows[rows.length - 1].period);
  const periods = periodRange(first, last, freq);
  const byPeriod = new Map(rows.map((r) => [r.period, r]));
  const height = 230, top = 14, bottom = 200, left = 44, right = W - 10;
  const svg = frame(height, "Events per period by quad class");
  if (!periods.length) return svg;
  const totals = periods.map((p) => { const r = byPeriod.get(p) || {}; return (r.q1 || 0) + (r.q2 || 0) + (r.q3 || 0) + (r.q4 || 0); });
  const max = Math.max(1, ...totals);
  const band = (right - left) / periods.length;
  const x = (i) => left + i * band;
  const y = (v) => bottom - (v / max) * (bottom - top);
  yTicks(svg, max, y, left, right, niceStep(max));
  periods.forEach((p, i) => {
    const r = byPeriod.get(p);
    if (!r) return;
    let base = 0;
    for (const q of [2, 1, 3, 4]) {
      const n = r[`q${q}`] || 0;
      if (!n) continue;
      const rect = s("rect", { x: x(i) + band * 0.1, width: Math.max(1, band * 0.8), y: y(base + n), height: y(base) - y(base + n), class: `bar ${QUADS[q].cls}` },
        s("title", null, `${r.label}: ${n} ${QUADS[q].name}`));
      svg.appendChild(rect);
      base += n;
    }
  });
  xAxis(svg, periods, x, bottom, band);
  return svg;
}

function changeMarks(svg, shifts, periods, x, band, top, bottom) {
  for (const shift of shifts || []) {
    const i = periods.findIndex((p) => p >= shift.change_date);
    if (i < 0) continue;
    const px = x(i);
    svg.appendChild(s("line", { x1: px, x2: px, y1: top, y2: bottom, class: `change ${shift.direction}` }));
    svg.appendChild(s("text", { x: px + 4, y: top + 10, class: `change-label ${shift.direction}` },
      `${shift.direction === "toward" ? "▲ toward" : "▼ away"} ${shift.partner} ${shift.change_date.slice(0, 7)}`));
  }
}

// periods: [{period, label, q1..q4}] → cooperation (q1, q2) above the axis, conflict (q3, q4) below.
// options: width (of the viewBox), span ([first, last] period: a common axis for small multiples).
export function dyadChart(rows, freq, shifts, title, options) {
  const opts = options || {};
  const width = opts.width || W;
  const span = opts.span || [rows[0] && rows[0].period, rows.length && rows[rows.length - 1].period];
  const periods = periodRange(span[0], span[1], freq);
  const byPeriod = new Map(rows.map((r) => [r.period, r]));
  const height = opts.width ? 170 : 260, top = 18, bottom = height - 28, left = 36, right = width - 8;
  const svg = frame(height, title || "Cooperation and conflict per period", width);
  svg.setAttribute("data-points", String(rows.length));
  if (!periods.length) return svg;
  const up = Math.max(1, ...rows.map((r) => (r.q1 || 0) + (r.q2 || 0)));
  const down = Math.max(1, ...rows.map((r) => (r.q3 || 0) + (r.q4 || 0)));
  const zero = top + ((bottom - top) * up) / (up + down);
  const unit = (bottom - top) / (up + down);
  const band = (right - left) / periods.length;
  const x = (i) => left + i * band;
  svg.appendChild(s("text", { x: left - 6, y: top + 8, class: "axis end" }, fmt(up)));
  svg.appendChild(s("text", { x: left - 6, y: bottom, class: "axis end" }, `−${fmt(down)}`));
  if (!opts.width) {
    svg.appendChild(s("text", { x: right - 2, y: top + 8, class: "legend-text end" }, "cooperation ↑"));
    svg.appendChild(s("text", { x: right - 2, y: bottom - 3, class: "legend-text end" }, "conflict ↓"));
  }
  periods.forEach((p, i) => {
    const r = byPeriod.get(p);
    if (!r) return;
    let above = 0, below = 0;
    for (const q of [2, 1]) {
      const n = r[`q${q}`] || 0;
      if (!n) continue;
      svg.appendChild(s("rect", { x: x(i) + band * 0.12, width: Math.max(1.5, band * 0.76), y: zero - (above + n) * unit, height: n * unit, class: `bar ${QUADS[q].cls}` },
        s("title", null, `${r.label}: ${n} ${QUADS[q].name}`)));
      above += n;
    }
    for (const q of [3, 4]) {
      const n = r[`q${q}`] || 0;
      if (!n) continue;
      svg.appendChild(s("rect", { x: x(i) + band * 0.12, width: Math.max(1.5, band * 0.76), y: zero + below * unit, height: n * unit, class: `bar ${QUADS[q].cls}` },
        s("title", null, `${r.label}: ${n} ${QUADS[q].name}`)));
      below += n;
    }
  });
  changeMarks(svg, shifts, periods, x, band, top, bottom);
  svg.appendChild(s("line", { x1: left, x2: right, y1: zero, y2: zero, class: "baseline" }));
  xAxis(svg, periods, x, bottom, band);
  return svg;
}

// points: [{period, smoothed, low, high}] → the alignment index in [-1, 1] with its interval.
export function alignmentChart(points, freq, shifts, title, options) {
  const opts = options || {};
  const width = opts.width || W;
  const withValue = points.filter((p) => p.smoothed !== null && p.smoothed !== undefined);
  const height = opts.width ? 110 : 200, top = 12, bottom = height - 26, left = 36, right = width - 8;
  const svg = frame(height, title || "Alignment index", width);
  svg.setAttribute("data-points", String(withValue.length));
  const span = opts.span || [points[0] && points[0].period, points.length && points[points.length - 1].period];
  const periods = periodRange(span[0], span[1], freq);
  if (!periods.length) return svg;
  const band = (right - left) / periods.length;
  const x = (i) => left + i * band + band / 2;
  const y = (v) => top + ((1 - v) / 2) * (bottom - top);
  for (const v of [1, 0, -1]) {
    svg.appendChild(s("line", { x1: left, x2: right, y1: y(v), y2: y(v), class: v === 0 ? "baseline" : "grid" }));
    svg.appendChild(s("text", { x: left - 6, y: y(v) + 4, class: "axis end" }, v > 0 ? "+1" : String(v)));
  }
  const index = new Map(periods.map((p, i) => [p, i]));
  const pts = withValue.filter((p) => index.has(p.period));
  if (pts.length) {
    const upper = pts.map((p) => `${x(index.get(p.period))},${y(p.high ?? p.smoothed)}`);
    const lower = pts.slice().reverse().map((p) => `${x(index.get(p.period))},${y(p.low ?? p.smoothed)}`);
    svg.appendChild(s("polygon", { points: upper.concat(lower).join(" "), class: "band" }));
    svg.appendChild(s("polyline", { points: pts.map((p) => `${x(index.get(p.period))},${y(p.smoothed)}`).join(" "), class: "line" }));
    for (const p of pts) {
      svg.appendChild(s("circle", { cx: x(index.get(p.period)), cy: y(p.smoothed), r: 3, class: p.smoothed >= 0 ? "dot coop" : "dot conf" },
        s("title", null, `${p.period.slice(0, 7)}: ${fmt(p.smoothed, 2)} (${fmt(p.low, 2)} to ${fmt(p.high, 2)})`)));
    }
  }
  changeMarks(svg, shifts, periods, (i) => left + i * band, band, top, bottom);
  xAxis(svg, periods, (i) => left + i * band, bottom, band);
  return svg;
}

export function quadLegend() {
  return h("div", { class: "legend" },
    [1, 2, 3, 4].map((q) => h("span", { class: "key" }, h("i", { class: `swatch ${QUADS[q].cls}` }), QUADS[q].name)));
}
