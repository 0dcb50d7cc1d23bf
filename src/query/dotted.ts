/**
 * Traversals that follow dotted lines (or both kinds): breadth-first search over the
 * "reports to" edges of the chosen kind, with a visited set, so that cycles among dotted
 * lines (allowed: A's functional manager may report functionally to A) end every walk.
 * Dotted lines in both directions are kept in CSR form (Int32Array offsets + targets),
 * built once in linear time; a walk costs the people and lines it visits, not the org.
 */
import { NONE, type PersonData } from "../model/data.js";
import { childrenOf, type ReportingForest } from "./forest.js";
import type { ReportingLines } from "./types.js";

/** Dotted lines as adjacency arrays: `up` from a person to their dotted managers, `down` back. */
export interface DottedIndex {
  readonly upOffsets: Int32Array;
  readonly up: Int32Array;
  readonly downOffsets: Int32Array;
  readonly down: Int32Array;
}

export function buildDotted(people: readonly PersonData[]): DottedIndex {
  const n = people.length;
  const upOffsets = new Int32Array(n + 1);
  const downOffsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const lines = (people[i] as PersonData).dotted;
    upOffsets[i + 1] = (upOffsets[i] as number) + lines.length;
    for (const d of lines) downOffsets[d.manager + 1] = (downOffsets[d.manager + 1] as number) + 1;
  }
  for (let i = 0; i < n; i++) downOffsets[i + 1] = (downOffsets[i + 1] as number) + (downOffsets[i] as number);
  const up = new Int32Array(upOffsets[n] as number);
  const down = new Int32Array(downOffsets[n] as number);
  const fill = downOffsets.slice(0, n);
  for (let i = 0; i < n; i++) {
    let k = upOffsets[i] as number;
    for (const d of (people[i] as PersonData).dotted) {
      up[k++] = d.manager;
      down[fill[d.manager] as number] = i;
      fill[d.manager] = (fill[d.manager] as number) + 1;
    }
  }
  return { upOffsets, up, downOffsets, down };
}

/** The people who report to `manager` directly over `lines`, in source order, each once. */
export function reportsOver(f: ReportingForest, d: DottedIndex, manager: number, lines: ReportingLines): number[] {
  const solid = lines === "dotted" ? EMPTY : childrenOf(f, manager);
  const dotted = lines === "solid" ? EMPTY : d.down.subarray(d.downOffsets[manager], d.downOffsets[manager + 1]);
  return mergeSorted(solid, dotted);
}

/** The managers `person` reports to directly over `lines`: the solid one first, then dotted ones. */
export function managersOver(f: ReportingForest, d: DottedIndex, person: number, lines: ReportingLines): number[] {
  const result: number[] = [];
  const solid = f.parent[person] as number;
  if (lines !== "dotted" && solid !== NONE) result.push(solid);
  if (lines !== "solid") {
    for (let k = d.upOffsets[person] as number; k < (d.upOffsets[person + 1] as number); k++) {
      const m = d.up[k] as number;
      if (m !== solid || lines === "dotted") result.push(m);
    }
  }
  return result;
}

/**
 * Everyone who reports to `manager`, directly or not, over `lines`: breadth-first (nearest
 * first), each once, never `manager` themself (even when a dotted cycle leads back). Lazy.
 */
export function* reportsBreadthFirst(
  f: ReportingForest,
  d: DottedIndex,
  manager: number,
  lines: ReportingLines,
): Generator<number, void, undefined> {
  const seen = new Set<number>([manager]);
  const queue = [manager];
  for (let head = 0; head < queue.length; head++) {
    for (const r of reportsOver(f, d, queue[head] as number, lines)) {
      if (seen.has(r)) continue;
      seen.add(r);
      queue.push(r);
      yield r;
    }
  }
}

/**
 * Whether `person` reports to `manager`, directly or not, over `lines`: a breadth-first walk
 * up from `person` that stops at `manager`. False for a person and themself.
 */
export function reachesUp(
  f: ReportingForest,
  d: DottedIndex,
  person: number,
  manager: number,
  lines: ReportingLines,
): boolean {
  if (person === manager) return false;
  const seen = new Set<number>([person]);
  const queue = [person];
  for (let head = 0; head < queue.length; head++) {
    for (const m of managersOver(f, d, queue[head] as number, lines)) {
      if (m === manager) return true;
      if (seen.has(m)) continue;
      seen.add(m);
      queue.push(m);
    }
  }
  return false;
}

const EMPTY = new Int32Array(0);

/** Merge two ascending index lists into one, dropping repeats. */
function mergeSorted(a: ArrayLike<number>, b: ArrayLike<number>): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? (a[i] as number) : Number.POSITIVE_INFINITY;
    const y = j < b.length ? (b[j] as number) : Number.POSITIVE_INFINITY;
    const next = Math.min(x, y);
    if (x === next) i++;
    if (y === next) j++;
    if (out[out.length - 1] !== next) out.push(next);
  }
  return out;
}
