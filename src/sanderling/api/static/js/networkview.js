// Blocs by period: communities of cooperation (Louvain, computed by the server) drawn
// as a network; green edges cooperate, red ones are in conflict.
import { get } from "./api.js";
import { card, fmt, h, link, s } from "./dom.js";
import { params, withParams } from "./filters.js";

const W = 960, H = 560;
const PALETTE = 8;

function layout(nodes, edges) {
  // A seeded spring layout: communities start on their own arc, so the same data draws the same picture.
  const n = nodes.length;
  const index = new Map(nodes.map((d, i) => [d.code, i]));
  const pos = nodes.map((d, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, n) + (d.community >= 0 ? d.community : 7) * 0.7;
    const radius = 180 + 40 * ((d.community + 1) % 3);
    return { x: W / 2 + radius * Math.cos(angle), y: H / 2 + radius * 0.8 * Math.sin(angle) };
  });
  const links = edges.filter((e) => index.has(e.a) && index.has(e.b)).map((e) => ({ i: index.get(e.a), j: index.get(e.b), w: e.net }));
  const k = Math.min(140, Math.sqrt((W * H) / Math.max(1, n)) * 0.5);
  for (let step = 0; step < 400; step++) {
    const t = 20 * (1 - step / 400) + 0.3;
    const disp = pos.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
      const dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
      const d = Math.max(Math.sqrt(dx * dx + dy * dy), 1);
      const f = (k * k) / d;
      disp[i].x += (dx / d) * f; disp[i].y += (dy / d) * f;
      disp[j].x -= (dx / d) * f; disp[j].y -= (dy / d) * f;
    }
    for (const l of links) {
      const dx = pos[l.i].x - pos[l.j].x, dy = pos[l.i].y - pos[l.j].y;
      const d = Math.max(Math.sqrt(dx * dx + dy * dy), 1);
      const f = ((d * d) / k) * (l.w > 0 ? 1 + Math.min(l.w, 5) * 0.15 : 0.25);
      disp[l.i].x -= (dx / d) * f; disp[l.i].y -= (dy / d) * f;
      disp[l.j].x += (dx / d) * f; disp[l.j].y += (dy / d) * f;
    }
    for (let i = 0; i < n; i++) {
      disp[i].x -= (pos[i].x - W / 2) * 0.9; // gravity keeps separate components in view
      disp[i].y -= (pos[i].y - H / 2) * 1.3;
      const d = Math.max(Math.hypot(disp[i].x, disp[i].y), 0.01);
      pos[i].x = Math.min(W - 50, Math.max(50, pos[i].x + (disp[i].x / d) * Math.min(d, t)));
      pos[i].y = Math.min(H - 24, Math.max(30, pos[i].y + (disp[i].y / d) * Math.min(d, t)));
    }
  }
  return pos;
}

export async function networkView(view) {
  const p = params();
  const query = { period: p.get("period") || null, freq: p.get("freq") || null, expand_orgs: p.get("expand_orgs") || null, all_modalities: p.get("all_modalities") || null };
  const data = await get("/api/network", query);
  const pick = h("div", { class: "toolbar periods" }, "Period: ",
    data.periods.map((label) => link(withParams("/network", Object.assign({}, query, { period: label, freq: data.freq })), h("span", { class: label === data.period ? "on" : null }, label))),
    " · by ", ["year", "quarter"].map((f, i) => [i ? " / " : "", link(withParams("/network", { freq: f }), h("span", { class: f === data.freq ? "on" : null }, f))]));
  if (!data.nodes.length) {
    view.append(card("Blocs", pick, h("p", { class: "muted empty" }, "No relations in this period.")));
    return;
  }
  const pos = layout(data.nodes, data.edges);
  const at = new Map(data.nodes.map((d, i) => [d.code, pos[i]]));
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "network", role: "img", "aria-label": `Blocs in ${data.period}` }, s("title", null, `Blocs in ${data.period}`));
  for (const e of data.edges) {
    const a = at.get(e.a), b = at.get(e.b);
    if (!a || !b) continue;
    svg.appendChild(s("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: e.net > 0 ? "edge coop" : e.net < 0 ? "edge conf" : "edge even", "stroke-width": (1 + Math.min(6, Math.abs(e.net))).toFixed(1) },
      s("title", null, `${e.a} – ${e.b}: ${e.cooperation} cooperative, ${e.conflict} conflictual`)));
  }
  const maxEvents = Math.max(1, ...data.nodes.map((d) => d.events));
  data.nodes.forEach((d, i) => {
    const r = 5 + 12 * Math.sqrt(d.events / maxEvents);
    const g = s("a", { href: `/actors/${encodeURIComponent(d.code)}`, "data-nav": true },
      s("circle", { cx: pos[i].x, cy: pos[i].y, r: r.toFixed(1), class: `node ${d.community >= 0 ? `c${d.community % PALETTE}` : "unaligned"}` }, s("title", null, `${d.name} (${d.code}): ${d.events} events`)),
      s("text", { x: pos[i].x, y: pos[i].y - r - 3, class: "node-label" }, d.code));
    svg.appendChild(g);
  });
  view.append(
    card(`Blocs in ${data.period}`, pick,
      h("p", { class: "muted small" }, `${fmt(data.events)} events; ${data.communities.length} blocs of cooperation; ${fmt(data.frustration * 100)}% of conflict falls inside a bloc.`),
      svg),
    h("div", { class: "cols" },
      card("Blocs", h("ol", { class: "blocs" }, data.communities.map((c, i) => h("li", null, h("i", { class: `swatch c${i % PALETTE}` }), " ",
        c.map((code, j) => [j ? ", " : "", link(`/actors/${encodeURIComponent(code)}`, code)])))),
        data.unaligned.length ? h("p", { class: "muted" }, "No cooperative tie: ", data.unaligned.join(", ")) : null),
      card("Changed bloc since the period before",
        data.changes.length ? h("ul", { class: "plain" }, data.changes.map((c) => h("li", null,
          link(`/actors/${encodeURIComponent(c.actor)}`, h("b", null, c.actor)),
          c.left.length ? ` left ${c.left.join(", ")}` : "", c.joined.length ? `${c.left.length ? ";" : ""} joined ${c.joined.join(", ")}` : "",
          h("span", { class: "muted" }, ` (${c.from_label} → ${c.to_label}, overlap ${fmt(c.overlap, 2)})`)))) : h("p", { class: "muted" }, "None."))));
}
