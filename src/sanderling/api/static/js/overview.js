// Overview: counts, the timeline by quad class, the busiest actors, the latest events.
import { get } from "./api.js";
import { quadLegend, timelineChart } from "./charts.js";
import { card, fmt, h, link } from "./dom.js";
import { eventTable } from "./evidence.js";
import { eventFilters, withParams } from "./filters.js";

export async function overview(view) {
  const filters = eventFilters();
  const [stats, timeline, latest] = await Promise.all([
    get("/api/stats"),
    get("/api/timeline", Object.assign({ freq: "month" }, filters)),
    get("/api/events", Object.assign({ limit: 15, sort: "-date" }, filters)),
  ]);
  const filtered = Object.keys(filters).length > 0;
  view.append(
    h("div", { class: "kpis" },
      kpi(filtered ? "matching events" : "events", latest.total),
      kpi("articles", stats.articles),
      kpi("actors", stats.actors),
      kpi("span", `${(stats.first_date || "").slice(0, 4)}–${(stats.last_date || "").slice(0, 4)}`),
      kpi("failures", stats.failures)),
    card("Events per month by quad class",
      quadLegend(),
      timelineChart(timeline.rows, "month", timeline.dense_from && timeline.dense_from.slice(0, 7) + "-01", timeline.dense_to),
      h("p", { class: "muted small" }, "The axis spans the 1st to 99th percentile of event dates; background mentions of older events fall outside.")),
    h("div", { class: "cols" },
      card("Latest events",
        eventTable(latest.events),
        h("p", null, link(withParams("/events", filters), `All ${fmt(latest.total)} events →`))),
      card("Busiest actors",
        h("ol", { class: "ranked" }, stats.top_actors.map((a) => h("li", null,
          link(`/actors/${encodeURIComponent(a.code)}`, h("b", null, a.code), " ", a.name),
          h("span", { class: "count" }, fmt(a.events))))))));
}

function kpi(label, value) {
  return h("div", { class: "kpi" }, h("div", { class: "kpi-value" }, typeof value === "number" ? fmt(value) : value), h("div", { class: "kpi-label" }, label));
}
