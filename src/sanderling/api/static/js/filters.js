// The filter bar: its values live in the URL's query string, so every view can be shared.
import { get } from "./api.js";
import { h } from "./dom.js";

export const EVENT_FILTERS = ["either", "actor", "recipient", "type", "quad", "cameo", "modality", "country", "since", "until", "q", "doc_id"];
const FORM_FIELDS = ["either", "type", "quad", "modality", "country", "since", "until", "q"];
const TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];

export function params() {
  return new URLSearchParams(window.location.search);
}

// The event filters of the current URL as an object for the API.
export function eventFilters(extra) {
  const p = params();
  const out = {};
  for (const key of EVENT_FILTERS) if (p.get(key)) out[key] = p.get(key);
  return Object.assign(out, extra || {});
}

export function withParams(path, values) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value !== null && value !== undefined && value !== "") query.set(key, value);
  const qs = query.toString();
  return qs ? `${path}?${qs}` : path;
}

export function setupFilters(navigate) {
  const form = document.getElementById("filters");
  const select = document.getElementById("f-type");
  for (const t of TYPES) select.appendChild(h("option", { value: t }, t));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const p = params();
    for (const key of FORM_FIELDS) {
      const value = form.elements[key].value.trim();
      if (value) p.set(key, key === "either" || key === "country" ? value.toUpperCase() : value);
      else p.delete(key);
    }
    p.delete("offset");
    const qs = p.toString();
    navigate(window.location.pathname + (qs ? `?${qs}` : ""));
  });
  document.getElementById("f-clear").addEventListener("click", () => {
    const p = params();
    for (const key of EVENT_FILTERS) p.delete(key);
    p.delete("offset");
    const qs = p.toString();
    navigate(window.location.pathname + (qs ? `?${qs}` : ""));
  });
  get("/api/actors", { limit: 300 })
    .then((data) => {
      const list = document.getElementById("actor-codes");
      for (const a of data.actors) list.appendChild(h("option", { value: a.code }, `${a.name} (${a.events})`));
    })
    .catch(() => {});
}

// Show the URL's values in the form.
export function syncFilters() {
  const form = document.getElementById("filters");
  const p = params();
  for (const key of FORM_FIELDS) form.elements[key].value = p.get(key) || "";
}
