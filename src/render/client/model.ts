/// <reference lib="dom" />
/** The page's view of the payload: children, depths and members per unit, chains of command. */
import type { ChartPayload } from "../payload.js";

export interface Model {
  data: ChartPayload;
  /** Child units (in the chart) of each unit. */
  children: number[][];
  /** Depth below the chart's root; -1 outside the chart. */
  depth: Int32Array;
  /** People whose primary unit it is, per unit (built on first use). */
  members(unit: number): number[];
}

export function buildModel(data: ChartPayload): Model {
  const n = data.units.length;
  const children: number[][] = Array.from({ length: n }, () => []);
  data.units.forEach((u, i) => {
    if (u[3] >= 0) children[u[3]]?.push(i);
  });
  // Units come in preorder (every parent before its children): one pass sets the depths.
  const depth = new Int32Array(n).fill(-1);
  depth[data.root] = 0;
  data.units.forEach((u, i) => {
    if (u[3] >= 0) depth[i] = (depth[u[3]] as number) + 1;
  });
  let members: number[][] | undefined;
  return {
    data,
    children,
    depth,
    members(unit) {
      if (!members) {
        const m: number[][] = Array.from({ length: n }, () => []);
        data.people.forEach((p, i) => {
          if (p[2] >= 0) m[p[2]]?.push(i);
        });
        members = m;
      }
      return members[unit] ?? [];
    },
  };
}

/** Whether unit `u` is drawn in the chart (not one of the units outside it). */
export function inChart(model: Model, u: number): boolean {
  return u >= 0 && model.data.units[u]?.[5] === 1;
}

/** The unit's ancestors in the chart, its parent first. */
export function ancestors(model: Model, u: number): number[] {
  const out: number[] = [];
  for (let a = model.data.units[u]?.[3] ?? -1; a >= 0; a = model.data.units[a]?.[3] ?? -1) out.push(a);
  return out;
}

/** The person's managers, the direct one first, up to the top (as `orgspec query chain`). */
export function chainOf(model: Model, person: number): number[] {
  const out: number[] = [];
  const seen = new Set([person]);
  for (let m = model.data.people[person]?.[4] ?? -1; m >= 0 && !seen.has(m); m = model.data.people[m]?.[4] ?? -1) {
    seen.add(m);
    out.push(m);
  }
  return out;
}
