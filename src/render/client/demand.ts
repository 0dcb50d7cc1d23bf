/// <reference lib="dom" />
/**
 * The demand figures on the page, when the org has drivers (payload `demand`): the required
 * mark on a box, and the panel's tables of the selected unit (its subtree's sums, then its
 * own rows by role), as `orgspec plan` gives them. Text goes in as text (dom.ts `h`).
 */
import type { DemandFiguresRow } from "../payload.js";
import { periodText } from "../period.js";
import { h } from "./dom.js";
import type { Model } from "./model.js";

const KEYS = ["required", "planned", "posts", "planGap", "toHire", "surplus"] as const;

/** "需 12" after a box's filled/planned, or false when the chart shows no demand. */
export function requiredMark(model: Model, u: number): HTMLElement | false {
  const demand = model.data.demand;
  const sub = demand?.units[u]?.[0];
  if (!demand || !sub) return false;
  const { labels, period } = demand;
  return h(
    "span",
    { class: "q", title: `${labels.required}${periodText(labels.period, period)}` },
    `${labels.req} ${sub[0]}`,
  );
}

/**
 * The tooltip of a box's figures line when the chart shows demand: every figure in words,
 * since a long line (a national root) is cut at the box's edge. Undefined without demand.
 */
export function figuresTitle(model: Model, u: number): string | undefined {
  const { demand, labels, staff } = model.data;
  const sub = demand?.units[u]?.[0];
  if (!demand || !sub) return undefined;
  const [planned, filled, vacant, over] = staff[u]?.[0] ?? [0, 0, 0, 0];
  return [
    `${labels.legend} ${filled}/${planned}`,
    `${demand.labels.required}${periodText(demand.labels.period, demand.period)} ${sub[0]}`,
    vacant > 0 ? `${labels.vacant} ${vacant}` : "",
    over > 0 ? `${labels.over} ${over}` : "",
  ]
    .filter(Boolean)
    .join(" · ");
}

/** The unit's demand tables, or none when the chart shows no demand. */
export function demandSection(model: Model, u: number): HTMLElement[] {
  const { demand, roles } = model.data;
  const row = demand?.units[u];
  if (!demand || !row) return [];
  const { labels, period } = demand;
  const [sub, own] = row;
  const header = (...first: string[]) =>
    h("tr", null, ...first.map((t) => h("th", null, t)), ...KEYS.map((k) => h("th", null, labels[k])));
  const cells = (figures: DemandFiguresRow, normed = true) =>
    figures.map((n, i) => {
      const key = KEYS[i] as string;
      const noNorm = i === 0 && !normed;
      return h(
        "td",
        { "data-k": key, class: noNorm ? "nn" : cellClass(key, n), title: noNorm ? labels.noNorm : undefined },
        String(n),
      );
    });
  const out = [
    h("h3", null, `${labels.title}${periodText(labels.period, period)} · ${model.data.labels.subtree}`),
    h("table", { id: "demand-subtree" }, header(), h("tr", null, ...cells(sub))),
  ];
  if (own.length > 0) {
    out.push(
      h("h3", null, `${labels.title} · ${model.data.labels.roles}`),
      h(
        "table",
        { id: "demand" },
        header(model.data.labels.role),
        ...own.map(([role, normed, ...figures]) =>
          h(
            "tr",
            { "data-role": roles[role]?.[0] ?? "" },
            h("td", null, roles[role]?.[1] ?? ""),
            ...cells(figures, normed === 1),
          ),
        ),
      ),
    );
  }
  return out;
}

/** Posts to hire in the vacancy colour, surplus posts in the over-plan colour. */
function cellClass(key: string, n: number): string | undefined {
  if (n <= 0) return undefined;
  return key === "toHire" ? "v" : key === "surplus" ? "o" : undefined;
}
