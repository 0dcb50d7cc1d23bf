/// <reference lib="dom" />
/**
 * The side panel: the selected person (chain of command, dotted-line managers) and the
 * selected unit's staffing (subtree figures as `orgspec stats --unit`, its own roles,
 * span bands of its managers, members; and, when the org has drivers, its demand).
 */
import type { PersonRow } from "../payload.js";
import { demandSection } from "./demand.js";
import { fill, h } from "./dom.js";
import { ancestors, chainOf, inChart, type Model } from "./model.js";

/** Members listed before "and N more". */
const MEMBERS_SHOWN = 60;

export interface PanelEvents {
  person(p: number): void;
  unit(u: number): void;
}

export function renderPanel(panel: HTMLElement, model: Model, unit: number, person: number, on: PanelEvents): void {
  panel.replaceChildren(
    ...(person >= 0 ? [personSection(model, person, on)] : []),
    ...(unit >= 0 ? [unitSection(model, unit, on)] : []),
  );
}

/** A person as a link: name, then id, role and unit in grey. */
function personLine(model: Model, p: number, on: PanelEvents): HTMLElement {
  const { people, roles, units } = model.data;
  const [id, name, unit, role] = people[p] as PersonRow;
  const where = units[unit]?.[1] ?? "";
  const button = h("button", { type: "button", class: "link" }, name);
  button.addEventListener("click", () => on.person(p));
  return h(
    "li",
    { "data-id": id },
    button,
    h("span", { class: "muted" }, ` ${id} · ${roles[role]?.[1] ?? ""} · ${where}`),
  );
}

function unitLink(model: Model, u: number, on: PanelEvents): HTMLElement {
  const name = model.data.units[u]?.[1] ?? "";
  if (!inChart(model, u)) return h("span", { title: model.data.labels.outside }, name);
  const button = h("button", { type: "button", class: "link", "data-unit": model.data.units[u]?.[0] }, name);
  button.addEventListener("click", () => on.unit(u));
  return button;
}

function personSection(model: Model, p: number, on: PanelEvents): HTMLElement {
  const { people, roles, labels } = model.data;
  const [id, name, unit, role, , dotted] = people[p] as PersonRow;
  const chain = chainOf(model, p);
  return h(
    "section",
    { id: "person", "data-id": id },
    h("h2", null, name, h("small", null, ` ${id}`)),
    h("p", null, `${roles[role]?.[1] ?? ""} · `, unitLink(model, unit, on)),
    h("h3", null, labels.chain),
    chain.length > 0
      ? h("ol", { id: "chain" }, ...chain.map((m) => personLine(model, m, on)))
      : h("p", { class: "muted", id: "chain-top" }, labels.top),
    dotted && dotted.length > 0 && h("h3", null, labels.dottedManagers),
    dotted && dotted.length > 0 && h("ul", { id: "dotted-managers" }, ...dotted.map((m) => personLine(model, m, on))),
  );
}

function unitSection(model: Model, u: number, on: PanelEvents): HTMLElement {
  const { units, people, types, roles, staff, bands, labels } = model.data;
  const [id, name, type, , head] = units[u] as (typeof units)[number];
  const row = staff[u];
  const path = ancestors(model, u).reverse();
  const headRow = people[head];
  const section = h(
    "section",
    { id: "unit", "data-id": id },
    h("h2", null, name),
    h("p", { class: "muted" }, `${types[type]?.[1] ?? ""} · ${id}`),
    path.length > 0 && h("p", { class: "path" }, ...path.flatMap((a) => [unitLink(model, a, on), " › "]), name),
    h("p", null, headRow ? `${labels.head}: ${headRow[1]} (${headRow[0]})` : labels.headVacant),
  );
  if (!row) return section;
  const [sub, ownRoles, managers] = row;
  const keys = ["planned", "filled", "vacant", "over", "unplanned", "people"] as const;
  section.append(
    h("h3", null, labels.subtree),
    h(
      "table",
      { id: "subtree" },
      h("tr", null, ...keys.map((k) => h("th", null, labels[k]))),
      h(
        "tr",
        null,
        ...keys.map((k, i) => h("td", { "data-k": k, class: cellClass(k, sub[i] as number) }, String(sub[i]))),
      ),
    ),
  );
  if (ownRoles.length > 0) {
    section.append(
      h("h3", null, labels.roles),
      h(
        "table",
        { id: "roles" },
        h("tr", null, h("th", null, labels.role), ...keys.slice(0, 5).map((k) => h("th", null, labels[k]))),
        ...ownRoles.map(([role, ...figures]) =>
          h(
            "tr",
            { "data-role": roles[role]?.[0] ?? "" },
            h("td", null, roles[role]?.[1] ?? ""),
            ...figures.map((n, i) =>
              h("td", { "data-k": keys[i] as string, class: cellClass(keys[i] as string, n) }, String(n)),
            ),
          ),
        ),
      ),
    );
  }
  section.append(...demandSection(model, u));
  const widest = Math.max(1, ...managers);
  section.append(
    h("h3", null, labels.spans),
    h(
      "table",
      { id: "spans" },
      h("tr", null, h("th", null, labels.band), h("th", null, labels.managers), h("th", null)),
      ...bands.map((band, i) => {
        const n = managers[i] ?? 0;
        const bar = h("span", { class: "bar" });
        bar.style.width = `${Math.round((100 * n) / widest)}%`;
        return h(
          "tr",
          { "data-band": band },
          h("td", null, band),
          h("td", { "data-k": "managers" }, String(n)),
          h("td", null, bar),
        );
      }),
    ),
  );
  const members = model.members(u);
  if (members.length > 0) {
    const shown = members.slice(0, MEMBERS_SHOWN);
    section.append(
      h("h3", null, `${labels.members} (${members.length})`),
      h(
        "ul",
        { id: "members" },
        ...shown.map((p) => personLine(model, p, on)),
        members.length > shown.length && h("li", { class: "muted" }, fill(labels.more, members.length - shown.length)),
      ),
    );
  }
  return section;
}

function cellClass(key: string, n: number): string | undefined {
  if (n === 0) return undefined;
  return key === "vacant" ? "v" : key === "over" ? "o" : undefined;
}
