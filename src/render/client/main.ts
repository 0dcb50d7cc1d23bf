/// <reference lib="dom" />
/**
 * The chart page's script: reads the org from the page's JSON, draws the unit tree
 * expanded to the chosen depth, and wires search, selection, the chain of command, dotted
 * lines and the staffing panel. Bundled with d3-hierarchy into one inline script.
 */

import { BOX_H, BOX_W } from "../geometry.js";
import type { ChartPayload } from "../payload.js";
import { Chart } from "./chart.js";
import { h } from "./dom.js";
import { ancestors, buildModel, chainOf, inChart } from "./model.js";
import { renderPanel } from "./panel.js";
import { type Hit, search } from "./search.js";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const data = JSON.parse($("orgspec-data").textContent ?? "{}") as ChartPayload;
const model = buildModel(data);
const { units, people, roles, types, labels } = data;

const expanded = new Uint8Array(units.length);
for (let u = 0; u < units.length; u++)
  if ((model.depth[u] as number) >= 0 && (model.depth[u] as number) < data.depth) expanded[u] = 1;
const state = { expanded, unit: data.root, person: -1, chain: [] as number[], dotted: false };

const scroller = $("chart");
const panel = $("panel");
const chart = new Chart(model, state, $("canvas"), {
  select: (u) => selectUnit(u, false),
  toggle: (u) => {
    expanded[u] = expanded[u] === 1 ? 0 : 1;
    chart.render();
  },
});
const panelEvents = { person: (p: number) => selectPerson(p), unit: (u: number) => selectUnit(u, true) };

/** Redraw the chart and the panel; the selection goes into the address (chart.html#110312). */
function update(remember = true): void {
  chart.render();
  renderPanel(panel, model, state.unit, state.person, panelEvents);
  const id = state.person >= 0 ? people[state.person]?.[0] : units[state.unit]?.[0];
  if (remember && id !== undefined) history.replaceState(null, "", `#${encodeURIComponent(id)}`);
}

/** Expand every unit above `u`, so that its box is drawn. */
function reveal(u: number): void {
  for (const a of ancestors(model, u)) expanded[a] = 1;
}

/**
 * Scroll the chart to the unit's box: centred vertically, and as far left as keeps it in
 * view, so that the units above it (its chain) show on its left.
 */
function scrollTo(u: number, focus = true): void {
  const at = chart.at.get(u);
  if (!at) return;
  scroller.scrollTo({
    left: Math.max(0, at.x + BOX_W + 32 - scroller.clientWidth),
    top: at.y + BOX_H / 2 - scroller.clientHeight / 2,
  });
  if (focus) (scroller.querySelector(`.box[data-i="${u}"]`) as HTMLElement | null)?.focus({ preventScroll: true });
}

function selectUnit(u: number, scroll: boolean): void {
  state.unit = u;
  state.person = -1;
  state.chain = [];
  reveal(u);
  update();
  if (scroll) scrollTo(u);
}

/** Select a person: their unit revealed and selected, their chain of command highlighted. */
function selectPerson(p: number): void {
  const unit = people[p]?.[2] ?? -1;
  state.person = p;
  state.unit = inChart(model, unit) ? unit : state.unit;
  state.chain = [unit, ...chainOf(model, p).map((m) => people[m]?.[2] ?? -1)];
  for (const u of state.chain) if (inChart(model, u)) reveal(u);
  update();
  scrollTo(state.unit);
}

function choose(hit: Hit): void {
  if (hit.kind === "person") selectPerson(hit.index);
  else selectUnit(hit.index, true);
}

// --- search box ---
const input = $<HTMLInputElement>("search");
const list = $<HTMLUListElement>("results");
let hits: Hit[] = [];
let active = 0;

function showHits(): void {
  list.hidden = input.value.trim() === "";
  list.replaceChildren(
    ...(hits.length === 0
      ? [h("li", { class: "muted" }, labels.noResults)]
      : hits.map((hit, k) => {
          const row =
            hit.kind === "person"
              ? [
                  people[hit.index]?.[0],
                  people[hit.index]?.[1],
                  roles[people[hit.index]?.[3] ?? -1]?.[1],
                  units[people[hit.index]?.[2] ?? -1]?.[1],
                ]
              : [units[hit.index]?.[0], units[hit.index]?.[1], types[units[hit.index]?.[2] ?? -1]?.[1], labels.unit];
          const [id, name, ...rest] = row;
          const li = h(
            "li",
            { role: "option", class: k === active ? "active" : undefined, "data-kind": hit.kind, "data-id": id },
            h("b", null, name ?? ""),
            h("span", { class: "muted" }, ` ${id} · ${rest.filter(Boolean).join(" · ")}`),
          );
          li.addEventListener("mousedown", (e) => {
            e.preventDefault();
            close();
            choose(hit);
          });
          return li;
        })),
  );
}

function close(): void {
  list.hidden = true;
}

input.addEventListener("input", () => {
  hits = search(model, input.value);
  active = 0;
  showHits();
});
input.addEventListener("keydown", (e) => {
  if (e.key === "ArrowDown" || e.key === "ArrowUp") {
    active = (active + (e.key === "ArrowDown" ? 1 : hits.length - 1)) % Math.max(1, hits.length);
    showHits();
  } else if (e.key === "Enter") {
    hits = search(model, input.value);
    const hit = hits[active] ?? hits[0];
    close();
    if (hit) choose(hit);
  } else if (e.key === "Escape") {
    close();
  } else return;
  e.preventDefault();
});
input.addEventListener("blur", close);

$<HTMLInputElement>("dotted-toggle").addEventListener("change", (e) => {
  state.dotted = (e.target as HTMLInputElement).checked;
  chart.render();
});

// --- first render ---
const start = (() => {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return ""; // a malformed address: start at the top
  }
})();
const first = start ? search(model, start, 1)[0] : undefined;
if (first && (first.kind === "person" ? people[first.index]?.[0] : units[first.index]?.[0]) === start) choose(first);
else {
  update(false);
  scrollTo(data.root, false);
}
document.getElementById("loading")?.remove();
document.documentElement.dataset.firstRender = performance.now().toFixed(1);
performance.mark("orgspec:first-render");
requestAnimationFrame(() => {
  document.documentElement.dataset.ready = "1";
});
