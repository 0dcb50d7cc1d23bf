/**
 * Unit questions: the path from the root, the members (primary and `also` posts) of a unit
 * or of its whole subtree, and headcount against plan by role. The unit tree gets the same
 * pre-order numbering as the reporting forest, so a subtree is a contiguous slice.
 */
import { NONE, type PostData, type UnitData } from "../model/data.js";
import type { RoleStaffing, UnplannedRole } from "./types.js";

export interface UnitForest {
  /** Units in depth-first pre-order (children in source order). */
  readonly order: Int32Array;
  readonly pre: Int32Array;
  /** Subtree size, the unit itself included. */
  readonly size: Int32Array;
}

/** Pre-order numbers of the unit tree by an iterative depth-first search. Linear. */
export function buildUnitForest(units: readonly UnitData[]): UnitForest {
  const n = units.length;
  const order = new Int32Array(n);
  const pre = new Int32Array(n).fill(NONE);
  const size = new Int32Array(n);
  const stack: number[] = [];
  let next = 0;
  for (const root of units) {
    if (root.parent !== NONE) continue;
    stack.push(root.index);
    while (stack.length > 0) {
      const u = units[stack.pop() as number] as UnitData;
      pre[u.index] = next;
      order[next++] = u.index;
      for (let k = u.children.length - 1; k >= 0; k--) stack.push(u.children[k] as number);
    }
  }
  for (let k = next - 1; k >= 0; k--) {
    const u = units[order[k] as number] as UnitData;
    size[u.index] = (size[u.index] as number) + 1;
    if (u.parent !== NONE) size[u.parent] = (size[u.parent] as number) + (size[u.index] as number);
  }
  return { order, pre, size };
}

/** Unit indexes from the root down to `unit`. O(depth). */
export function pathOf(units: readonly UnitData[], unit: number): number[] {
  const path: number[] = [];
  for (let u = unit; u !== NONE; u = (units[u] as UnitData).parent) path.push(u);
  return path.reverse();
}

/**
 * Members of `unit` (or of its subtree, through `forest`): people with their primary post
 * there first, then people present only through an `also` post; each group in source order,
 * each person once. O(posts in the units + k log k).
 */
export function membersOf(units: readonly UnitData[], unit: number, forest?: UnitForest): number[] {
  const scope = forest
    ? forest.order.subarray(forest.pre[unit], (forest.pre[unit] as number) + (forest.size[unit] as number))
    : [unit];
  const primary = new Set<number>();
  const also = new Set<number>();
  for (const u of scope) {
    for (const post of (units[u] as UnitData).posts) (post.primary ? primary : also).add(post.person);
  }
  for (const p of primary) also.delete(p);
  const ascending = (a: number, b: number) => a - b;
  return [...[...primary].sort(ascending), ...[...also].sort(ascending)];
}

/**
 * Staffing rows of one unit by format.md's arithmetic: a row per role of the merged plan
 * (plan order), then a row per role that has posts but no plan (first-post order), with
 * `planned: 0` — so such posts show as `over`.
 */
export function staffingOf(unit: UnitData): { staffing: RoleStaffing[]; unplanned: UnplannedRole[] } {
  const posts = new Map<string, number>();
  for (const post of unit.posts as PostData[]) posts.set(post.role, (posts.get(post.role) ?? 0) + 1);
  const staffing: RoleStaffing[] = [];
  for (const [role, planned] of unit.plan) staffing.push(row(role, planned, posts.get(role) ?? 0));
  // NOTE: posts in a role the unit has no plan for are "unplanned" (format.md), not "over":
  // they get no staffing row, and are listed on their own.
  const unplanned: UnplannedRole[] = [];
  for (const [role, count] of posts) if (!unit.plan.has(role)) unplanned.push({ role, posts: count });
  return { staffing, unplanned };
}

function row(role: string, planned: number, posts: number): RoleStaffing {
  const filled = Math.min(posts, planned);
  return { role, planned, filled, vacant: planned - filled, over: posts - filled };
}
