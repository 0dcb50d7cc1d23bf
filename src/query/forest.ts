/**
 * The solid reporting forest as flat arrays: children in CSR form (Int32Array offsets +
 * targets), then one iterative depth-first pass giving pre-order numbers and subtree sizes,
 * so that "is x under m" is an interval test and m's whole team is a contiguous slice of
 * the pre-order. Linear time and memory; built once per org.
 */
import { NONE, type PersonData } from "../model/data.js";

export interface ReportingForest {
  /** Solid-line manager of each person, or NONE. */
  readonly parent: Int32Array;
  /** Direct reports of m are `targets[offsets[m] .. offsets[m + 1])`, in source order. */
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  /** Position of each person in the depth-first pre-order. */
  readonly pre: Int32Array;
  /** People in pre-order: a person's reports follow them, `size - 1` of them. */
  readonly order: Int32Array;
  /** Size of each person's subtree, themself included. */
  readonly size: Int32Array;
  /** People on the chain of command, themself included (a top is 1), as format.md counts it. */
  readonly depth: Int32Array;
  /** The top of each person's tree. */
  readonly top: Int32Array;
}

/**
 * Builds the forest from the resolved managers (acyclic: the model leaves people on a
 * reporting cycle without a manager).
 */
export function buildForest(people: readonly PersonData[]): ReportingForest {
  const n = people.length;
  const parent = new Int32Array(n);
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const m = (people[i] as PersonData).manager;
    parent[i] = m;
    if (m !== NONE) offsets[m + 1] = (offsets[m + 1] as number) + 1;
  }
  for (let i = 0; i < n; i++) offsets[i + 1] = (offsets[i + 1] as number) + (offsets[i] as number);
  const targets = new Int32Array(offsets[n] as number);
  const fill = offsets.slice(0, n);
  for (let i = 0; i < n; i++) {
    const m = parent[i] as number;
    if (m === NONE) continue;
    targets[fill[m] as number] = i;
    fill[m] = (fill[m] as number) + 1;
  }

  const pre = new Int32Array(n).fill(NONE);
  const order = new Int32Array(n);
  const stack = new Int32Array(n);
  let next = 0;
  for (let root = 0; root < n; root++) {
    if (parent[root] !== NONE) continue;
    let sp = 0;
    stack[sp++] = root;
    while (sp > 0) {
      const v = stack[--sp] as number;
      pre[v] = next;
      order[next++] = v;
      // Push children last-first so they come out in source order.
      for (let k = (offsets[v + 1] as number) - 1; k >= (offsets[v] as number); k--) stack[sp++] = targets[k] as number;
    }
  }
  if (next !== n) throw new Error("orgspec: internal error: the solid reporting lines have a cycle");

  const size = new Int32Array(n);
  for (let k = n - 1; k >= 0; k--) {
    const v = order[k] as number;
    size[v] = (size[v] as number) + 1;
    const p = parent[v] as number;
    if (p !== NONE) size[p] = (size[p] as number) + (size[v] as number);
  }
  const depth = new Int32Array(n);
  const top = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const v = order[k] as number;
    const p = parent[v] as number;
    depth[v] = p === NONE ? 1 : (depth[p] as number) + 1;
    top[v] = p === NONE ? v : (top[p] as number);
  }
  return { parent, offsets, targets, pre, order, size, depth, top };
}

/** Whether `person` is strictly below `manager` (an interval test, O(1)). */
export function isBelow(f: ReportingForest, person: number, manager: number): boolean {
  const p = f.pre[person] as number;
  const m = f.pre[manager] as number;
  return m < p && p < m + (f.size[manager] as number);
}

/** Whether `a` is `b` or above it: O(1). */
export function isAtOrAbove(f: ReportingForest, a: number, b: number): boolean {
  const pa = f.pre[a] as number;
  const pb = f.pre[b] as number;
  return pa <= pb && pb < pa + (f.size[a] as number);
}

/** Direct solid reports of `manager`, in source order (a view, no copy). */
export function childrenOf(f: ReportingForest, manager: number): Int32Array {
  return f.targets.subarray(f.offsets[manager] as number, f.offsets[manager + 1] as number);
}

/** Everyone below `manager`, depth-first (each report followed by their own team): a slice of the pre-order. */
export function subtreeOf(f: ReportingForest, manager: number): Int32Array {
  const start = (f.pre[manager] as number) + 1;
  return f.order.subarray(start, start - 1 + (f.size[manager] as number));
}

/** The chain of command above `person`: direct manager first, up to the top. O(depth). */
export function chainOf(f: ReportingForest, person: number): number[] {
  const chain: number[] = [];
  for (let m = f.parent[person] as number; m !== NONE; m = f.parent[m] as number) chain.push(m);
  return chain;
}
