/**
 * The common manager and the reporting path between two people, on solid lines, from the
 * lowest common ancestor of the reporting forest (lca.ts) and parent walks.
 */
import { NONE } from "../model/data.js";
import type { ReportingForest } from "./forest.js";
import { lowestCommon } from "./lca.js";

/**
 * The lowest manager both `a` and `b` report to, or NONE. Nobody reports to themself: when
 * one of them is above the other (or they are the same person), the answer is the upper
 * one's own manager. O(log depth).
 */
export function commonManager(f: ReportingForest, jump: Int32Array, a: number, b: number): number {
  const l = lowestCommon(f, jump, a, b);
  if (l === NONE) return NONE;
  return l === a || l === b ? (f.parent[l] as number) : l;
}

/**
 * The solid reporting path from `a` to `b`, both ends included: when one is under the other,
 * the chain between them; otherwise up from `a` to the common manager and down to `b`.
 * `[a]` when a and b are the same person, `[]` when they are in different trees (no common
 * manager). O(log depth + length of the path).
 */
export function reportingPath(f: ReportingForest, jump: Int32Array, a: number, b: number): number[] {
  const l = lowestCommon(f, jump, a, b);
  if (l === NONE) return [];
  const up: number[] = [];
  for (let x = a; x !== l; x = f.parent[x] as number) up.push(x);
  up.push(l);
  const down: number[] = [];
  for (let x = b; x !== l; x = f.parent[x] as number) down.push(x);
  for (let k = down.length - 1; k >= 0; k--) up.push(down[k] as number);
  return up;
}
