/**
 * Jump pointers (the skew-binary "one pointer per node" scheme of Myers, 1983) for the lowest
 * common manager: each person keeps one pointer up the chain, set in O(1) from their
 * manager's, so the whole index is built in linear time and linear memory; climbing with
 * the pointers while an O(1) interval test (forest.ts) says "not yet above b" takes
 * O(log depth) steps.
 */
import { NONE } from "../model/data.js";
import { isAtOrAbove, type ReportingForest } from "./forest.js";

/**
 * `jump[v]` is v's manager, or, when the two jumps above the manager cover equal distances,
 * the target of those two jumps (so jump lengths grow like a skew-binary number). A top
 * points at itself.
 */
export function buildJumps(f: ReportingForest): Int32Array {
  const n = f.order.length;
  const jump = new Int32Array(n);
  // Pre-order visits every manager before their reports.
  for (let k = 0; k < n; k++) {
    const v = f.order[k] as number;
    const p = f.parent[v] as number;
    if (p === NONE) {
      jump[v] = v;
      continue;
    }
    const jp = jump[p] as number;
    const jjp = jump[jp] as number;
    const d = f.depth;
    jump[v] = (d[p] as number) - (d[jp] as number) === (d[jp] as number) - (d[jjp] as number) ? jjp : p;
  }
  return jump;
}

/**
 * The lowest person at or above both `a` and `b` (one of them when one is above the other),
 * or NONE when they are in different trees. O(log depth).
 */
export function lowestCommon(f: ReportingForest, jump: Int32Array, a: number, b: number): number {
  if (f.top[a] !== f.top[b]) return NONE;
  if (isAtOrAbove(f, a, b)) return a;
  // Invariant: x is not at or above b; the answer is the first of x's managers that is.
  let x = a;
  for (;;) {
    const p = f.parent[x] as number; // exists: the shared top is above b
    if (isAtOrAbove(f, p, b)) return p;
    const j = jump[x] as number;
    x = isAtOrAbove(f, j, b) ? p : j;
  }
}
