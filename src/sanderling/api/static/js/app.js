// The dashboard: a small router over the page paths the server serves (see
// routes/pages.py). Links marked data-nav navigate without a reload; the URL (path and
// query string) is the whole state of a view, so any view can be shared.
import { h } from "./dom.js";
import { eventView, eventsList } from "./eventsview.js";
import { setupFilters, syncFilters } from "./filters.js";
import { mapView } from "./mapview.js";
import { networkView } from "./networkview.js";
import { overview } from "./overview.js";
import { actorView, dyadView } from "./relations.js";

const ROUTES = [
  [/^\/$/, "overview", (v) => overview(v)],
  [/^\/map$/, "map", (v) => mapView(v, navigate)],
  [/^\/events$/, "events", (v) => eventsList(v)],
  [/^\/events\/([^/]+)$/, "events", (v, id) => eventView(v, id)],
  [/^\/actors\/([^/]+)$/, null, (v, code) => actorView(v, code)],
  [/^\/dyads\/([^/]+)\/([^/]+)$/, null, (v, a, b) => dyadView(v, a, b)],
  [/^\/network$/, "network", (v) => networkView(v)],
];

let rendering = 0;

async function render() {
  const view = document.getElementById("view");
  const ticket = ++rendering;
  syncFilters();
  const path = window.location.pathname;
  const route = ROUTES.find(([rx]) => rx.test(path));
  for (const tab of document.querySelectorAll("[data-tab]")) tab.classList.toggle("active", route && tab.dataset.tab === route[1]);
  const fresh = h("div", { class: "page" });
  view.replaceChildren(h("p", { class: "loading" }, "Loading…"));
  document.body.dataset.state = "loading";
  try {
    if (!route) throw new Error(`No page at ${path}`);
    const args = path.match(route[0]).slice(1).map(decodeURIComponent);
    await route[2](fresh, ...args);
    if (ticket !== rendering) return;
    view.replaceChildren(fresh);
  } catch (error) {
    if (ticket !== rendering) return;
    view.replaceChildren(h("div", { class: "error", role: "alert" }, h("b", null, "Cannot show this view. "), error.message));
  }
  document.body.dataset.state = "ready";
}

export function navigate(url) {
  if (url !== window.location.pathname + window.location.search) history.pushState(null, "", url);
  window.scrollTo(0, 0);
  render();
}

document.addEventListener("click", (event) => {
  const a = event.target.closest("a[data-nav]");
  if (!a || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  const href = a.getAttribute("href");
  if (!href || !href.startsWith("/")) return;
  event.preventDefault();
  navigate(href);
});
window.addEventListener("popstate", render);
setupFilters(navigate);
render();
