/// <reference lib="dom" />
/**
 * The lines between boxes: tree links as elbows, the chain of command along them, and
 * connectors (the chain where a manager sits across the tree; dotted lines) as curves.
 * Pure geometry and bookkeeping over box positions; chart.ts puts them in the SVG layer.
 */
import { BOX_H, BOX_W, COL } from "../geometry.js";
import { ancestors, inChart, type Model } from "./model.js";

export interface At {
  x: number;
  y: number;
}

/** A tree link from a parent's right edge to its child's left edge, turning in the gap between. */
export function elbow(a: At, b: At): string {
  const mid = a.x + BOX_W + (COL - BOX_W) / 2;
  return `M${a.x + BOX_W},${a.y + BOX_H / 2}H${mid}V${b.y + BOX_H / 2}H${b.x}`;
}

/**
 * A curve between two boxes: in one column, from right edge to right edge, bowed into the
 * gap beside it; across columns, from the right edge of the left box to the left edge of
 * the right one.
 */
export function curve(p: At, q: At): string {
  if (p.x === q.x) {
    const [x, y1, y2] = [p.x + BOX_W, p.y + BOX_H / 2, q.y + BOX_H / 2];
    return `M${x},${y1}C${x + 22},${y1} ${x + 22},${y2} ${x},${y2}`;
  }
  if (p.x > q.x) [p, q] = [q, p];
  const [x1, y1, x2, y2] = [p.x + BOX_W, p.y + BOX_H / 2, q.x, q.y + BOX_H / 2];
  const mid = (x1 + x2) / 2;
  return `M${x1},${y1}C${mid},${y1} ${mid},${y2} ${x2},${y2}`;
}

/**
 * The chain of command over the tree, from the units of the person and each manager in
 * turn: the units whose link to their parent is on it (where a manager's unit is above the
 * previous one), and the pairs of units joined directly (a manager elsewhere, by reportsTo).
 */
export function chainRoute(model: Model, units: readonly number[]): { links: Set<number>; jumps: [number, number][] } {
  const links = new Set<number>();
  const jumps: [number, number][] = [];
  for (let k = 0; k + 1 < units.length; k++) {
    const from = units[k] as number;
    const to = units[k + 1] as number;
    if (from === to || !inChart(model, from) || !inChart(model, to)) continue;
    const up = ancestors(model, from);
    const at = up.indexOf(to);
    if (at >= 0) for (const u of [from, ...up.slice(0, at)]) links.add(u);
    else jumps.push([from, to]);
  }
  return { links, jumps };
}

/** (unit, unit of a dotted-line manager) pairs between different units of the chart, each once, flat. */
export function dottedPairs(model: Model): Int32Array {
  const { people } = model.data;
  const n = model.data.units.length;
  const seen = new Set<number>();
  const out: number[] = [];
  for (const p of people) {
    const dotted = p[5];
    if (!dotted || !inChart(model, p[2])) continue;
    for (const m of dotted) {
      const b = people[m]?.[2] ?? -1;
      if (!inChart(model, b) || b === p[2] || seen.has(p[2] * n + b)) continue;
      seen.add(p[2] * n + b);
      out.push(p[2], b);
    }
  }
  return Int32Array.from(out);
}
