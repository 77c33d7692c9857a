// The actor page and the dyad page: partners over time, alignment, shifts, evidence.
import { get } from "./api.js";
import { alignmentChart, dyadChart, quadLegend } from "./charts.js";
import { card, fmt, h, link } from "./dom.js";
import { eventTable } from "./evidence.js";
import { params, withParams } from "./filters.js";

const FREQS = ["month", "quarter", "year"];

function scopeParams(freqDefault) {
  const p = params();
  return {
    freq: FREQS.includes(p.get("freq")) ? p.get("freq") : freqDefault,
    since: p.get("since") || null,
    until: p.get("until") || null,
    all_modalities: p.get("all_modalities") || null,
    expand_orgs: p.get("expand_orgs") || null,
  };
}

function freqSwitch(path, scope) {
  return h("div", { class: "toolbar" }, "Period: ",
    FREQS.map((f, i) => [i ? " · " : "", link(withParams(path, Object.assign({}, scope, { freq: f })), h("span", { class: f === scope.freq ? "on" : null }, f))]),
    " · ",
    link(withParams(path, Object.assign({}, scope, { expand_orgs: scope.expand_orgs ? null : "true" })),
      scope.expand_orgs ? "keep organisations" : "organisations as their members"));
}

function shiftList(shifts, names) {
  if (!shifts.length) return h("p", { class: "muted" }, "No significant shift: no change in net cooperation passes the test (z ≥ 1.96, 6+ events).");
  return h("div", { class: "shifts" }, shifts.map((sh) => h("div", { class: `shift ${sh.direction}` },
    h("div", { class: "shift-head" },
      h("b", null, sh.direction === "toward" ? "▲ toward " : "▼ away from "),
      link(`/dyads/${encodeURIComponent(sh.actor)}/${encodeURIComponent(sh.partner)}`, `${names[sh.partner] || sh.partner} (${sh.partner})`),
      ` from ${sh.change_date}`),
    h("div", { class: "muted small" },
      `net cooperation per ${sh.freq}: ${fmt(sh.before, 2)} → ${fmt(sh.after, 2)} (z = ${fmt(sh.z, 1)}); ` +
      `${sh.cooperation_before} coop / ${sh.conflict_before} conflict before, ${sh.cooperation_after} / ${sh.conflict_after} after`),
    evidenceList("Before", sh.evidence.before),
    evidenceList("After", sh.evidence.after))));
}

function evidenceList(label, items) {
  if (!items.length) return null;
  return h("div", { class: "ev" }, h("div", { class: "ev-label" }, label),
    h("ul", { class: "plain" }, items.map((e) => h("li", null,
      link(`/events/${encodeURIComponent(e.event_id)}`, h("span", { class: "date" }, e.date)), " ",
      h("span", { class: "muted" }, `${e.source}→${e.target} ${e.event}`), " ", h("q", null, e.text)))));
}

export async function actorView(view, code) {
  const scope = scopeParams("quarter");
  const data = await get(`/api/actors/${encodeURIComponent(code)}`, scope);
  const names = Object.fromEntries(data.partners.map((p) => [p.code, p.name]));
  const path = `/actors/${encodeURIComponent(data.code)}`;
  const small = { width: 480, span: [data.periods[0], data.periods[data.periods.length - 1]] };
  view.append(
    h("div", { class: "title-row" },
      h("h1", null, data.name, " ", h("span", { class: "code" }, data.code)),
      h("span", { class: "muted" }, `${data.kind}${data.members.length ? ` · members now: ${data.members.join(", ")}` : ""}`)),
    h("div", { class: "kpis" },
      kpi("as actor", data.events_as_actor), kpi("as recipient", data.events_as_recipient),
      kpi("partners", data.partners.length), kpi("first", data.first_date || "–"), kpi("last", data.last_date || "–")),
    freqSwitch(path, scope),
    card("Shifts: who it moved toward and away from", shiftList(data.shifts, names)),
    card("Partners over time", quadLegend(),
      h("div", { class: "multiples" }, data.series.map((ps) => {
        const partner = ps.partner;
        const partnerShifts = data.shifts.filter((sh) => sh.partner === partner);
        const bars = ps.points.map((p) => ({ period: p.period, label: p.period.slice(0, 7), q1: p.cooperation, q3: p.conflict }));
        return h("div", { class: "multiple" },
          h("h3", null, link(`/dyads/${encodeURIComponent(data.code)}/${encodeURIComponent(partner)}`, `${names[partner] || partner} (${partner})`)),
          dyadChart(bars, data.freq, partnerShifts, `${data.code} – ${partner}: cooperation and conflict`, small),
          alignmentChart(ps.points, data.freq, partnerShifts, `${data.code} – ${partner}: alignment index`, small));
      }))),
    h("div", { class: "cols" },
      card("Partners",
        h("table", { class: "partners" },
          h("thead", null, h("tr", null, ["Partner", "Events", "Cooperation", "Conflict", ""].map((t) => h("th", null, t)))),
          h("tbody", null, data.partners.map((p) => h("tr", null,
            h("td", null, link(`/actors/${encodeURIComponent(p.code)}`, h("b", null, p.code), " ", p.name)),
            h("td", { class: "num" }, fmt(p.events)), h("td", { class: "num pos" }, fmt(p.cooperation)), h("td", { class: "num neg" }, fmt(p.conflict)),
            h("td", null, link(`/dyads/${encodeURIComponent(data.code)}/${encodeURIComponent(p.code)}`, "dyad →"))))))),
      card("Sectors", h("ul", { class: "plain" }, Object.entries(data.sectors).map(([k, v]) => h("li", null, `${k}: ${fmt(v)}`))))),
    card("Latest events", eventTable(data.evidence),
      h("p", null, link(withParams("/events", { either: data.code }), "All events →"))));
}

export async function dyadView(view, a, b) {
  const scope = scopeParams("quarter");
  const data = await get(`/api/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}`, Object.assign({ evidence: 20 }, scope));
  const path = `/dyads/${encodeURIComponent(data.a)}/${encodeURIComponent(data.b)}`;
  view.append(
    h("div", { class: "title-row" },
      h("h1", null, link(`/actors/${data.a}`, data.a_name), " – ", link(`/actors/${data.b}`, data.b_name)),
      h("span", { class: "muted" }, `${data.a} – ${data.b}, both directions · `, link(`/dyads/${data.b}/${data.a}`, "swap"))),
    h("div", { class: "kpis" }, kpi("events", data.totals.events), kpi("cooperative", data.totals.cooperation), kpi("conflictual", data.totals.conflict), kpi("shifts", data.shifts.length)),
    freqSwitch(path, scope),
    card(`Cooperation and conflict per ${data.freq}`, quadLegend(),
      data.periods.length ? h("div", { id: "dyad-chart" }, dyadChart(data.periods, data.freq, data.shifts, `${data.a} – ${data.b}`)) : h("p", { class: "muted empty" }, "No events between them in this scope.")),
    card("Alignment index", h("p", { class: "muted small" }, "(cooperative − conflictual) / (events + 2) over the last 3 periods; the band is the 95% Wilson interval."),
      h("div", { id: "alignment-chart" }, alignmentChart(data.periods, data.freq, data.shifts, `${data.a} – ${data.b}: alignment`))),
    card("Shifts", shiftList(data.shifts, { [data.a]: data.a_name, [data.b]: data.b_name })),
    card("Latest events between them", eventTable(data.evidence),
      h("p", null, link(withParams("/events", { actor: data.a, recipient: data.b }), `${data.a} → ${data.b}`), " · ",
        link(withParams("/events", { actor: data.b, recipient: data.a }), `${data.b} → ${data.a}`))));
}

function kpi(label, value) {
  return h("div", { class: "kpi" }, h("div", { class: "kpi-value" }, typeof value === "number" ? fmt(value) : value), h("div", { class: "kpi-label" }, label));
}
