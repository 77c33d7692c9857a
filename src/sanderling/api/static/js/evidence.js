// Events as rows and sentences: the trigger and the actors highlighted by their offsets.
import { QUADS, fmt, h, link } from "./dom.js";

export function actorChips(entities) {
  if (!entities || !entities.length) return h("span", { class: "muted" }, "–");
  return h("span", { class: "chips" }, entities.map((a) =>
    link(`/actors/${encodeURIComponent(a.code)}`, h("span", { class: "chip", title: a.entity_text || a.code }, a.code + (a.sector ? `·${a.sector}` : "")))));
}

// Sentence text split into plain text and <mark> spans. spans: [{start, end, role, code}]
// relative to the sentence; overlapping spans are skipped.
export function highlighted(sentence, spans) {
  const out = h("span", { class: "sentence" });
  let at = 0;
  for (const span of spans.slice().sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (span.start < at) continue;
    if (span.start > at) out.appendChild(document.createTextNode(sentence.slice(at, span.start)));
    out.appendChild(h("mark", { class: `hl ${span.role}`, title: span.code ? `${span.role} ${span.code}` : span.role }, sentence.slice(span.start, span.end)));
    at = span.end;
  }
  if (at < sentence.length) out.appendChild(document.createTextNode(sentence.slice(at)));
  return out;
}

// The spans of a PLOVER record (offsets in text_info are into the article).
export function recordSpans(record) {
  const info = record.text_info || {};
  const base = info.sentence_start || 0;
  const text = record.text || "";
  const spans = [];
  const add = (role, start, end, code) => {
    const a = start - base, b = end - base;
    if (a >= 0 && b > a && b <= text.length) spans.push({ role, start: a, end: b, code });
  };
  add("trigger", info.trigger_start, info.trigger_end, "");
  (info.actor_offsets || []).forEach((o, i) => add("actor", o[0], o[1], (record.actor[i] || {}).code));
  (info.recipient_offsets || []).forEach((o, i) => add("recipient", o[0], o[1], (record.recipient[i] || {}).code));
  return spans;
}

export function quadBadge(record) {
  const q = QUADS[record.quad_code] || { name: "?", cls: "" };
  return h("span", { class: `badge ${q.cls}`, title: q.name }, record.event || "?");
}

export function eventTable(records, options) {
  const opts = options || {};
  if (!records.length) return h("p", { class: "muted empty" }, "No events match these filters.");
  return h("table", { class: "events" },
    h("thead", null, h("tr", null, ["Date", "Actor", "Event", "Recipient", "Sentence", "Place"].map((t) => h("th", null, t)))),
    h("tbody", null, records.map((r) => h("tr", { class: r.modality === "negated" || r.modality === "hypothetical" ? "unreal" : null },
      h("td", { class: "date" }, link(`/events/${encodeURIComponent(r.id)}`, r.date || "undated")),
      h("td", null, actorChips(r.actor)),
      h("td", null, quadBadge(r), " ", h("span", { class: "cameo" }, r.cameo), r.modality !== "asserted" ? h("span", { class: "modality" }, r.modality) : null),
      h("td", null, actorChips(r.recipient)),
      h("td", { class: "text" }, link(`/events/${encodeURIComponent(r.id)}`, snippet(r, opts.plain))),
      h("td", { class: "place" }, (r.event_loc && (r.event_loc.resolved_place || r.event_loc.country_code)) || "")))));
}

const SNIPPET = 320;

// The sentence, cut after SNIPPET characters (its spans kept where they fit).
function snippet(record, plain) {
  const text = record.text || "";
  const spans = plain ? [] : recordSpans(record);
  if (text.length <= SNIPPET) return highlighted(text, spans);
  return highlighted(text.slice(0, SNIPPET) + "…", spans.filter((sp) => sp.end <= SNIPPET));
}

export function goldstein(value) {
  return h("span", { class: value >= 0 ? "pos" : "neg" }, fmt(value, 1));
}
