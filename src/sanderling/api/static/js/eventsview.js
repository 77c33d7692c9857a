// The events list (filters, sort, pages) and one event with its evidence.
import { get } from "./api.js";
import { QUADS, card, fmt, h, link, safeUrl } from "./dom.js";
import { actorChips, eventTable, goldstein, highlighted } from "./evidence.js";
import { eventFilters, params, withParams } from "./filters.js";

const PAGE = 50;

export async function eventsList(view) {
  const p = params();
  const offset = Math.max(0, parseInt(p.get("offset") || "0", 10) || 0);
  const sort = p.get("sort") || "-date";
  const filters = eventFilters();
  const data = await get("/api/events", Object.assign({ limit: PAGE, offset, sort }, filters));
  const pageLink = (to) => withParams("/events", Object.assign({}, filters, { sort, offset: to || null }));
  const sortLink = (key, label) => link(withParams("/events", Object.assign({}, filters, { sort: key })), h("span", { class: key === sort ? "on" : null }, label));
  view.append(card(`Events (${fmt(data.total)})`,
    h("div", { class: "toolbar" }, "Sort: ", sortLink("-date", "newest"), " · ", sortLink("date", "oldest"), " · ",
      sortLink("-goldstein", "most cooperative"), " · ", sortLink("goldstein", "most conflictual")),
    eventTable(data.events),
    h("div", { class: "pager" },
      offset > 0 ? link(pageLink(Math.max(0, offset - PAGE)), "← previous") : h("span", { class: "muted" }, "← previous"),
      h("span", null, data.total ? `${fmt(offset + 1)}–${fmt(Math.min(offset + PAGE, data.total))} of ${fmt(data.total)}` : ""),
      offset + PAGE < data.total ? link(pageLink(offset + PAGE), "next →") : h("span", { class: "muted" }, "next →"))));
}

export async function eventView(view, id) {
  const data = await get(`/api/events/${encodeURIComponent(id)}`);
  const e = data.event;
  const loc = e.event_loc || {};
  const cite = e.cite_info || {};
  const url = safeUrl(cite.url || "");
  const pairs = [];
  for (const a of e.actor) for (const r of e.recipient) if (a.code !== r.code) pairs.push([a.code, r.code]);
  const q = QUADS[e.quad_code] || { name: "", cls: "" };
  view.append(
    card(null,
      h("div", { class: "event-head" },
        h("span", { class: `badge big ${q.cls}` }, e.event), h("span", { class: "cameo" }, `CAMEO ${e.cameo}`),
        h("span", { class: "muted" }, q.name), h("span", { class: "modality" }, e.modality)),
      h("blockquote", { class: "evidence", id: "evidence" }, highlighted(data.evidence.sentence, data.evidence.spans)),
      h("div", { class: "legend" },
        h("span", { class: "key" }, h("mark", { class: "hl trigger" }, "trigger")),
        h("span", { class: "key" }, h("mark", { class: "hl actor" }, "actor")),
        h("span", { class: "key" }, h("mark", { class: "hl recipient" }, "recipient")))),
    h("div", { class: "cols" },
      card("The event",
        h("dl", { class: "facts" },
          fact("Date", [e.date || "undated", e.date_text ? ` (“${e.date_text}”, ${e.date_precision})` : ""]),
          fact("Actor", actorChips(e.actor)),
          fact("Recipient", actorChips(e.recipient)),
          fact("Trigger", e.event_text),
          fact("Mode / context", [e.mode || "–", " / ", (e.context || []).join(", ") || "–"]),
          fact("Goldstein", goldstein(e.goldstein)),
          fact("Confidence", fmt(e.confidence, 2)),
          fact("Place", [loc.resolved_place || loc.extracted_place || "–", loc.country_code ? ` (${loc.country_code})` : ""]),
          fact("Source", [cite.publication || "", cite.title ? ` — ${cite.title}` : "", url ? [" ", h("a", { href: url, rel: "noopener noreferrer", target: "_blank" }, "link")] : ""]),
          fact("Article", link(withParams("/events", { doc_id: e.doc_id }), `${e.doc_id}, sentence ${e.text_info.sentence_index}`)),
          fact("Coder", `${e.coder} (${e.coded_date})`),
          fact("Offsets", `sentence ${data.evidence.sentence_start}–${data.evidence.sentence_end}; ` +
            data.evidence.spans.map((sp) => `${sp.role} ${sp.start}–${sp.end}`).join(", ")))),
      card("Relations",
        pairs.length ? h("ul", { class: "plain" }, pairs.map(([a, b]) => h("li", null, link(`/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}`, `${a} – ${b} over time`)))) : h("p", { class: "muted" }, "No dyad."),
        data.same_sentence.length ? [h("h3", null, "Other events in this sentence"),
          h("ul", { class: "plain" }, data.same_sentence.map((o) => h("li", null, link(`/events/${encodeURIComponent(o.id)}`, `${o.event} ${o.cameo}: `, o.actor.map((a) => a.code).join(","), " → ", o.recipient.map((a) => a.code).join(",")))))] : null,
        h("h3", null, "PLOVER record"),
        h("pre", { class: "json" }, JSON.stringify(e, null, 2)))));
}

function fact(label, value) {
  return [h("dt", null, label), h("dd", null, value)];
}
