/**
 * Layers: a person's depth is the number of people on their chain of command, themself
 * included (a top is 1); layers is the largest depth. In a subtree, chains are cut at the
 * first manager outside it, so the subtree's own top people have depth 1. Depths are
 * memoized along each walk up (each person is climbed once): linear in people.
 */
import { NONE, type PersonData } from "../model/data.js";
import type { PersonRef } from "../model/types.js";
import type { StaffingData } from "./data.js";
import type { Scope } from "./scope.js";
import { directReports } from "./spans.js";
import type { LayersReport } from "./types.js";

/** Depth per person index within scope (0 for people outside it). */
export function depths(people: readonly PersonData[], scope: Scope): Int32Array {
  const depth = new Int32Array(people.length); // 0 unknown, -1 on the current walk
  const inScope = (i: number) => {
    const unit = (people[i] as PersonData).unit;
    return unit !== NONE && scope.has[unit] === 1;
  };
  const walk: number[] = [];
  for (const p of people) {
    if (!inScope(p.index) || depth[p.index] !== 0) continue;
    let j = p.index;
    while (j !== NONE && inScope(j) && depth[j] === 0) {
      depth[j] = -1;
      walk.push(j);
      j = (people[j] as PersonData).manager;
    }
    // NOTE: the model leaves no solid cycles (people on one get no manager); meeting the
    // current walk again (-1) is treated as reaching a top, so a bad input cannot loop.
    let base = j !== NONE && inScope(j) && (depth[j] as number) > 0 ? (depth[j] as number) : 0;
    while (walk.length > 0) depth[walk.pop() as number] = ++base;
  }
  return depth;
}

/**
 * Layers and the share of managers among the people in scope.
 *
 * @example
 * // 100001 > 110001 > 110101 > 110201 > 110211 > 110212: six people on the chain
 * layersReport(data, scope, ref).layers // 6
 */
export function layersReport(data: StaffingData, scope: Scope, ref: (person: number) => PersonRef): LayersReport {
  const depth = depths(data.people, scope);
  const reports = directReports(data.people);
  let deepest = NONE;
  let layers = 0;
  let people = 0;
  let managers = 0;
  for (const p of data.people) {
    const d = depth[p.index] as number;
    if (d === 0) continue;
    people += 1;
    if ((reports[p.index] as number) > 0) managers += 1;
    if (d > layers) {
      layers = d;
      deepest = p.index;
    }
  }
  const chain: PersonRef[] = [];
  for (let j = deepest, k = 0; j !== NONE && k < layers; j = (data.people[j] as PersonData).manager, k++) {
    chain.push(ref(j));
  }
  return { layers, people, managers, managerShare: people === 0 ? null : managers / people, deepest: chain.reverse() };
}
